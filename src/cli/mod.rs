//! Command-line interface (clap derive), the top layer: the flags of every
//! command and their value parsers ([`args`]), the conversion of flags into
//! the typed options of [`crate::commands`], and the dispatch ([`run`]).
//! Only this layer (with [`crate::help`] and `main`) names flags.
//!
//! ```
//! use clap::Parser;
//! use taylormatch::cli::{run, Cli};
//! // every step of the x³ argument holds for a = 2/(3π) − 1/6: exit code 0
//! let out = run(Cli::try_parse_from(["taylormatch", "verify", "--format", "json"]).unwrap()).unwrap();
//! assert_eq!(out.code, 0);
//! // … and one fails for the paper's 0.044715: exit code 1
//! let out = run(Cli::try_parse_from(["taylormatch", "verify", "--a", "0.044715"]).unwrap()).unwrap();
//! assert_eq!(out.code, 1);
//! // a refused input names the flag the user typed; the library names the input
//! let e = run(Cli::try_parse_from(["taylormatch", "bound", "--model", "tanh"]).unwrap()).unwrap_err();
//! assert_eq!(taylormatch::cli::message(&e), "--a is required with --model tanh");
//! assert_eq!(e.to_string(), "a is required with model tanh");
//! ```

pub mod args;
pub mod completions;
mod digits;
pub mod values;

use crate::commands::{self, Output};
use crate::error::{Error, Input, Result as AppResult};
pub use args::{parse_digits, parse_format, parse_order_max, OutputArgs};
use clap::{Parser, Subcommand};

/// Exact series analysis of function approximations (GELU's tanh constant and friends).
#[derive(Debug, Parser)]
#[command(name = "taylormatch", version, about, long_about = None)]
pub struct Cli {
    /// No progress lines on stderr (they appear only when stderr is a terminal).
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
    /// Notation of exact values: unicode (default), sympy (SymPy's sympify reads it back), mathematica (InputForm), latex (math mode). Any command; LaTeX and HTML output set exact values as math regardless.
    #[arg(long, global = true, default_value = "unicode", value_parser = parse_notation, value_name = "NOTATION")]
    pub notation: crate::coeff::Notation,
    /// With --format latex: the document's body only (no preamble, no \\begin{document}), to \\input into a paper; its first line names the packages it needs.
    #[arg(long, global = true)]
    pub latex_fragment: bool,
    /// Digits the text renderer shows decimals with (12 when `--digits` is not given; `cli::digits`).
    #[arg(skip)]
    pub text_digits: Option<u32>,
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print exact Taylor coefficients of a named function or any expression in x (and their decimals).
    Coeffs(args::CoeffsArgs),
    /// The derivation report: series, matching, fits, bounds and the published claims, computed on the spot.
    Report(args::ReportArgs),
    /// Certified enclosure [lo, hi] of the maximum error of an approximation (or, with --residual, of the series residual θ).
    Bound(args::BoundArgs),
    /// Derive the matched inner series p (tanh(√(2/π)·p(x)) = erf(x/√2)), an inner series for any --outer, or a model's constants (--model/--solve), exactly.
    Derive(args::DeriveArgs),
    /// Check the x³ argument (or any --model against a --target) step by step with exact arithmetic (exit 1 if a step fails).
    Verify(args::VerifyArgs),
    /// Identify GELU-kernel literals (0.7978845608, 0.044715, …) as expressions in √(2/π) and a.
    Explain(args::ExplainArgs),
    /// Fit a model constant (a, k, or c1 and c3) to erf or GELU in high precision: grid, l2 or minimax.
    Fit(args::FitArgs),
    /// Compare the candidate constants (analytic, paper, fitted) on every error metric; recompute the published MSEs.
    Compare(args::CompareArgs),
    /// Write a shell completion script (bash, zsh, fish, elvish, powershell) to stdout.
    Completions(completions::CompletionsArgs),
    /// Write the man page taylormatch(1) (roff) to stdout.
    Man,
    /// Published approximations (GELU tanh, QuickGELU, Page, Bowling et al., Abramowitz–Stegun 7.1.26, kernel literals) with each claim checked by a certified bound (exit 1 if a claim does not hold).
    Catalogue(args::CatalogueArgs),
}

/// Parses `--notation`.
fn parse_notation(s: &str) -> Result<crate::coeff::Notation, String> {
    crate::coeff::Notation::parse(s).map_err(|e| e.to_string())
}

/// Parses the command line. On a usage error prints one line to stderr and
/// returns the exit code (2); on `--help`/`--version` prints them and returns 0.
pub fn parse() -> Result<Cli, u8> {
    parse_from(std::env::args_os())
}

/// [`parse`] from explicit arguments (for tests).
pub fn parse_from<I, T>(args: I) -> Result<Cli, u8>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    use clap::error::ErrorKind;
    use clap::FromArgMatches;
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    let parsed = crate::help::command()
        .try_get_matches_from(&args)
        .and_then(|m| {
            Cli::from_arg_matches(&m).map(|c| Cli {
                text_digits: digits::readable_digits(&m),
                ..c
            })
        });
    match parsed {
        Ok(c) => Ok(c),
        Err(e) => match e.kind() {
            ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                let _ = e.print();
                Err(
                    if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                        2
                    } else {
                        0
                    },
                )
            }
            _ => {
                // clap's message, cut to one line: the lines before the usage hint, joined
                let msg = e.to_string();
                let parts: Vec<&str> = msg
                    .lines()
                    .map(str::trim)
                    .take_while(|l| !l.is_empty() && !l.starts_with("Usage:"))
                    .filter(|l| !l.starts_with("tip:"))
                    .collect();
                let line = parts.join(" ");
                let line = line.trim_start_matches("error: ");
                let line = if line.is_empty() {
                    "invalid arguments"
                } else {
                    line
                };
                eprintln!(
                    "taylormatch: error: {}",
                    crate::error::shorten_quoted(&crate::error::shorten_quoted_by(line, '\''))
                );
                Err(2)
            }
        },
    }
}

/// Runs a parsed command line: each command's flags become its typed options.
pub fn run(cli: Cli) -> AppResult<Output> {
    crate::progress::set_quiet(cli.quiet);
    use commands::Styled;
    let style = crate::report::Style {
        notation: cli.notation,
        text_digits: cli.text_digits,
        latex_fragment: cli.latex_fragment,
    };
    match cli.command {
        // written to stdout as the rows become final (commands::coeffs::stream)
        Command::Coeffs(a) => {
            let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            commands::coeffs::run_to(&a.options().styled(style), &mut out)?;
            Ok(Output::ok(String::new()))
        }
        Command::Report(a) => commands::report::run(&a.options()?.styled(style)),
        Command::Bound(a) => commands::bound::run(&a.options().styled(style)),
        // CSV of the named outers written as the rows become final (commands::derive_stream)
        Command::Derive(a) => {
            let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            commands::derive::run_to(&a.options().styled(style), &mut out)
        }
        Command::Verify(a) => commands::verify::run(&a.options().styled(style)),
        Command::Explain(a) => commands::explain::run(&a.options().styled(style)),
        Command::Fit(a) => commands::fit::run(&a.options().styled(style)),
        Command::Compare(a) => commands::compare::run(&a.options().styled(style)),
        Command::Completions(a) => completions::completions(&a),
        Command::Man => completions::man(),
        Command::Catalogue(a) => commands::catalogue::run(&a.options().styled(style)),
    }
}

/// The flag that sets `input`: library errors name inputs, the command line
/// shows the flag the user typed.
pub const fn flag(input: Input) -> &'static str {
    match input {
        Input::A => "--a",
        Input::Bits => "--bits",
        Input::Criterion => "--criterion",
        Input::Digits => "--digits",
        Input::ExactOnly => "--exact-only",
        Input::Float64 => "--float64",
        Input::Force => "--force",
        Input::Format => "--format",
        Input::K => "--k",
        Input::List => "--list",
        Input::Model => "--model",
        Input::Notation => "--notation",
        Input::Order => "--order",
        Input::Out => "--out",
        Input::Outer => "--outer",
        Input::Params => "--params",
        Input::Points => "--points",
        Input::Range => "--range",
        Input::Relative => "--relative",
        Input::Residual => "--residual",
        Input::Set => "--set",
        Input::Solve => "--solve",
        Input::Step => "--step",
        Input::Target => "--target",
        Input::Tolerance => "--tolerance",
        Input::Weight => "--weight",
    }
}

/// The input a flag sets (`"--bits"` → [`Input::Bits`]).
pub fn input_of(flag_name: &str) -> Option<Input> {
    Input::ALL.into_iter().find(|&i| flag(i) == flag_name)
}

/// An error's message with every input shown as its flag.
pub fn render(e: &Error) -> String {
    e.render(&|i| flag(i).to_string())
}

/// The one line `main` prints for an error: [`render`] with long quoted
/// inputs shortened.
pub fn message(e: &Error) -> String {
    crate::error::shorten_quoted(&render(e))
}
