//! The clap definitions of every command's flags, the value parsers they
//! use, and the conversion of each into the typed options of
//! [`crate::commands`]. Flag names live only in this layer.
//!
//! ```
//! use taylormatch::cli::{parse_digits, parse_order_max};
//! assert_eq!(parse_digits("30"), Ok(30));
//! // a refusal names the flag and the allowed range
//! assert!(parse_digits("0").unwrap_err().starts_with("--digits must be an integer from 1 to"));
//! assert_eq!(parse_order_max("1e3", 5000), Ok(1000));
//! ```

pub mod bound;
pub mod catalogue;
pub mod coeffs;
pub mod compare;
pub mod derive;
pub mod explain;
pub mod fit;
pub mod report;
pub mod verify;

use crate::commands::OutputOptions;
use crate::error::Input;
use crate::numeric::decimal::MAX_DIGITS;
use crate::report::Format;
use clap::Args;

pub use bound::{parse_bits, BoundArgs};
pub use catalogue::CatalogueArgs;
pub use coeffs::CoeffsArgs;
pub use compare::CompareArgs;
pub use derive::DeriveArgs;
pub use explain::ExplainArgs;
pub use fit::FitArgs;
pub use report::ReportArgs;
pub use verify::VerifyArgs;

/// `--digits` of the commands that print numbers ([`OutputArgs`]); text and
/// LaTeX output without `--digits` show 12 instead (`cli::digits`).
pub const DEFAULT_DIGITS: u32 = 30;

/// Flags shared by commands that print numbers.
#[derive(Debug, Clone, Args)]
pub struct OutputArgs {
    /// Significant decimal digits of every printed decimal (1..=10000; fit ≤ 500, fit --criterion l2 ≤ 200, compare ≤ 100; report: see its --help); each is correctly rounded. Default 30, shown as 12 in text and LaTeX output.
    #[arg(long, short = 'd', default_value_t = DEFAULT_DIGITS, value_parser = parse_digits, value_name = "D", allow_negative_numbers = true)]
    pub digits: u32,
    /// Output format: text, markdown, csv, json, latex, html.
    #[arg(long, short = 'f', default_value = "text", value_parser = parse_format, value_name = "FORMAT")]
    pub format: Format,
}

impl OutputArgs {
    /// The typed output options.
    pub fn options(&self) -> OutputOptions {
        OutputOptions {
            digits: self.digits,
            format: self.format,
            style: Default::default(),
        }
    }
}

/// Parses `--digits` (1..=MAX_DIGITS).
pub fn parse_digits(s: &str) -> Result<u32, String> {
    crate::expr::values::integer(Input::Digits, s, 1, MAX_DIGITS as u64)
        .map(|d| d as u32)
        .map_err(|e| crate::cli::render(&e))
}

/// Parses `--format`.
pub fn parse_format(s: &str) -> Result<Format, String> {
    Format::parse(s).map_err(|e| crate::cli::render(&e))
}

/// Parses an `--order` in `1..=max`.
pub fn parse_order_max(s: &str, max: usize) -> Result<usize, String> {
    crate::expr::values::integer(Input::Order, s, 1, max as u64)
        .map(|n| n as usize)
        .map_err(|e| crate::cli::render(&e))
}
