//! Command-line interface (clap derive). Each command's flags live with the
//! command in `commands/`; shared flags and value parsers live here.

use crate::numeric::decimal::MAX_DIGITS;
use crate::report::Format;
use clap::{Args, Parser, Subcommand};

pub use crate::expr::values;

/// Exact series analysis of function approximations (GELU's tanh constant and friends).
#[derive(Debug, Parser)]
#[command(name = "taylormatch", version, about, long_about = None)]
pub struct Cli {
    /// No progress lines on stderr (they appear only when stderr is a terminal).
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print exact Taylor coefficients of a named function or any expression in x (and their decimals).
    Coeffs(crate::commands::coeffs::CoeffsArgs),
    /// The derivation report: series, matching, fits, bounds and the published claims, computed on the spot.
    Report(crate::commands::report::ReportArgs),
    /// Certified enclosure [lo, hi] of the maximum error of an approximation (or, with --residual, of the series residual θ).
    Bound(crate::commands::bound::BoundArgs),
    /// Derive the matched inner series p (tanh(√(2/π)·p(x)) = erf(x/√2)), an inner series for any --outer, or a model's constants (--model/--solve), exactly.
    Derive(crate::commands::derive::DeriveArgs),
    /// Check the x³ argument (or any --model against a --target) step by step with exact arithmetic (exit 1 if a step fails).
    Verify(crate::commands::verify::VerifyArgs),
    /// Identify GELU-kernel literals (0.7978845608, 0.044715, …) as expressions in √(2/π) and a.
    Explain(crate::commands::explain::ExplainArgs),
    /// Fit a model constant (a, k, or c1 and c3) to erf or GELU in high precision: grid, l2 or minimax.
    Fit(crate::commands::fit::FitArgs),
    /// Compare the candidate constants (analytic, paper, fitted) on every error metric; recompute the published MSEs.
    Compare(crate::commands::compare::CompareArgs),
    /// Write a shell completion script (bash, zsh, fish, elvish, powershell) to stdout.
    Completions(crate::commands::completions::CompletionsArgs),
    /// Write the man page taylormatch(1) (roff) to stdout.
    Man,
    /// Published approximations (GELU tanh, QuickGELU, Page, Bowling et al., Abramowitz–Stegun 7.1.26, kernel literals) with each claim checked by a certified bound (exit 1 if a claim does not hold).
    Catalogue(crate::commands::catalogue::CatalogueArgs),
}

/// Flags shared by commands that print numbers.
#[derive(Debug, Clone, Args)]
pub struct OutputArgs {
    /// Significant decimal digits of every printed decimal (1..=10000; fit ≤ 500, fit --criterion l2 ≤ 200, compare ≤ 100; report: see its --help); each is correctly rounded.
    #[arg(long, short = 'd', default_value_t = 30, value_parser = parse_digits, value_name = "D", allow_negative_numbers = true)]
    pub digits: u32,
    /// Output format: text, markdown, csv, json, latex, html.
    #[arg(long, short = 'f', default_value = "text", value_parser = parse_format, value_name = "FORMAT")]
    pub format: Format,
}

/// Parses `--digits` (1..=MAX_DIGITS).
pub fn parse_digits(s: &str) -> Result<u32, String> {
    values::integer("--digits", s, 1, MAX_DIGITS as u64).map(|d| d as u32)
}

/// Parses `--format`.
pub fn parse_format(s: &str) -> Result<Format, String> {
    Format::parse(s).map_err(|e| e.to_string())
}

/// Parses an `--order` in `1..=max`.
pub fn parse_order_max(s: &str, max: usize) -> Result<usize, String> {
    values::integer("--order", s, 1, max as u64).map(|n| n as usize)
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
    let parsed = crate::help::command()
        .try_get_matches_from(args)
        .and_then(|m| Cli::from_arg_matches(&m));
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
