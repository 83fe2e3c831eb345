//! `--help` examples and EXIT STATUS, `completions SHELL`, `man`, `--quiet`
//! (with the real binary).

mod common;
use common::{assert_bad_input, run};
use taylormatch::help::EXAMPLES;

#[test]
fn every_command_help_has_an_example_and_the_exit_codes() {
    for (name, example) in EXAMPLES {
        let (code, out, err) = run(&[name, "--help"]);
        assert_eq!(code, 0, "{name}: {err}");
        assert!(out.contains("EXAMPLE:"), "{name}");
        assert!(out.contains(example), "{name}");
        assert!(
            out.contains("EXIT STATUS:") && out.contains("  2  bad input"),
            "{name}"
        );
        // the example is a command line of this very command
        assert!(
            example.starts_with(&format!("taylormatch {name} "))
                || *example == format!("taylormatch {name}")
        );
    }
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("EXAMPLES:") && out.contains("completions") && out.contains("--quiet"));
}

#[test]
fn every_subcommand_has_an_example() {
    use clap::CommandFactory;
    let cmd = taylormatch::cli::Cli::command();
    let names: Vec<&str> = cmd
        .get_subcommands()
        .map(|c| c.get_name())
        .filter(|n| *n != "help")
        .collect();
    for n in &names {
        assert!(EXAMPLES.iter().any(|(e, _)| e == n), "no example for {n}");
    }
    assert_eq!(names.len(), EXAMPLES.len());
}

#[test]
fn completion_scripts_name_every_command() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let (code, out, err) = run(&["completions", shell]);
        assert_eq!(code, 0, "{shell}: {err}");
        for c in ["coeffs", "report", "derive", "bound", "completions"] {
            assert!(out.contains(c), "{shell} script lacks {c}");
        }
        assert!(out.contains("digits"), "{shell}");
    }
    let (_, bash, _) = run(&["completions", "bash"]);
    assert!(bash.contains("complete -F") && bash.contains("taylormatch"));
    assert_bad_input(&["completions", "tcsh"], "tcsh");
}

#[test]
fn man_page_is_roff_with_the_commands() {
    let (code, out, err) = run(&["man"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with(".ie") || out.contains(".TH taylormatch"),
        "{}",
        &out[..200.min(out.len())]
    );
    assert!(out.contains(".TH taylormatch 1"));
    assert!(out.contains("EXIT STATUS") && out.contains("coeffs"));
}

#[test]
fn quiet_is_accepted_everywhere_and_output_is_unchanged() {
    let (c1, a, _) = run(&["derive", "--order", "6", "--digits", "8"]);
    let (c2, b, e) = run(&["--quiet", "derive", "--order", "6", "--digits", "8"]);
    let (c3, c, _) = run(&["derive", "-q", "--order", "6", "--digits", "8"]);
    assert_eq!((c1, c2, c3), (0, 0, 0));
    assert_eq!(a, b);
    assert_eq!(a, c);
    // stderr is a pipe here: no progress drawn, quiet or not
    assert!(e.is_empty(), "{e:?}");
}
