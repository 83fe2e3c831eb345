//! Commands: each computes a [`Document`](crate::report::Document) and
//! returns it rendered; none prints.

pub mod bound;
pub mod catalogue;
pub mod coeffs;
pub mod coeffs_expr;
pub mod compare;
pub mod derive;
pub mod derive_expr;
pub mod explain;
pub mod fit;
pub mod report;
pub mod verify;
pub mod verify_expr;

use crate::report::Format;

/// What a command hands back to `main`: the rendered output and the exit code.
#[derive(Debug)]
pub struct Output {
    pub text: String,
    pub code: u8,
}

impl Output {
    /// Successful output.
    pub fn ok(text: String) -> Self {
        Output { text, code: 0 }
    }
}

/// How a command prints its numbers: significant digits of every decimal and
/// the output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutputOptions {
    /// Significant decimal digits of every printed decimal (each correctly rounded).
    pub digits: u32,
    /// The output format.
    pub format: Format,
}

impl Default for OutputOptions {
    fn default() -> Self {
        OutputOptions {
            digits: 30,
            format: Format::Text,
        }
    }
}
