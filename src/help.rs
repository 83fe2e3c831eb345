//! What `--help` adds to clap's flag lists: one example per command and an
//! EXIT STATUS section. Applied to the one clap definition the parser, the
//! completion scripts and the man page all use ([`command`]).
//!
//! ```
//! let help = taylormatch::help::command().render_long_help().to_string();
//! assert!(help.contains("EXIT STATUS"), "{help}");
//! ```

use clap::CommandFactory;

/// The exit codes, as `--help` and the man page state them.
pub const EXIT_STATUS: &str = "\
EXIT STATUS:
  0  success
  1  a verification failed (verify: a step of the argument does not hold; catalogue: a claim does not hold)
  2  bad input (the message names the flag and the allowed range) or an I/O error";

/// (command, example lines) for every subcommand.
pub const EXAMPLES: [(&str, &str); 11] = [
    (
        "coeffs",
        "taylormatch coeffs gelu-tanh --order 6 --a analytic --digits 12",
    ),
    (
        "report",
        "taylormatch report --out out --format latex   # report.tex, SVG/PNG/PDF figures\n  taylormatch report --approx bowling-2009   # the report for a catalogue entry\n  taylormatch report --model 'x + c*x^3' --target 'sin(x)' --params c=-0.1 --range -1:1",
    ),
    ("bound", "taylormatch bound --a 0.044715 --target phi"),
    (
        "catalogue",
        "taylormatch catalogue bowling-2009   # exits 1: the claim does not hold",
    ),
    ("derive", "taylormatch derive --order 8 --digits 12"),
    (
        "verify",
        "taylormatch verify --a 0.044715   # exits 1: a step fails",
    ),
    ("explain", "taylormatch explain 0.0356774 1.702 --digits 10"),
    ("fit", "taylormatch fit --criterion minimax --digits 20"),
    ("compare", "taylormatch compare --digits 12"),
    (
        "completions",
        "taylormatch completions bash > ~/.local/share/bash-completion/completions/taylormatch",
    ),
    (
        "man",
        "taylormatch man > taylormatch.1 && man -l taylormatch.1",
    ),
];

/// The text after a command's flags: its example, then the exit codes.
pub fn after_help(name: &str) -> String {
    let ex = EXAMPLES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, e)| format!("EXAMPLE:\n  {e}\n\n"))
        .unwrap_or_default();
    format!("{ex}{EXIT_STATUS}")
}

/// The clap command of [`Cli`](crate::cli::Cli) with the examples and exit codes attached.
pub fn command() -> clap::Command {
    let mut cmd = crate::cli::Cli::command().after_help(format!(
        "EXAMPLES:\n{}\n\n{EXIT_STATUS}",
        EXAMPLES
            .iter()
            .map(|(_, e)| format!("  {e}"))
            .collect::<Vec<_>>()
            .join("\n")
    ));
    for (name, _) in EXAMPLES {
        cmd = cmd.mut_subcommand(name, |c| c.after_help(after_help(name)));
    }
    cmd
}
