//! Commands: each computes a [`Document`](crate::report::Document) and
//! returns it rendered; none prints.

pub mod bound;
pub mod catalogue;
pub mod coeffs;
pub mod coeffs_expr;
pub mod compare;
pub mod completions;
pub mod derive;
pub mod derive_expr;
pub mod explain;
pub mod fit;
pub mod report;
pub mod verify;
pub mod verify_expr;

use crate::cli::{Cli, Command};
use crate::error::Result;

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

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<Output> {
    crate::progress::set_quiet(cli.quiet);
    match cli.command {
        Command::Coeffs(a) => coeffs::run(&a),
        Command::Report(a) => report::run(&a),
        Command::Bound(a) => bound::run(&a),
        Command::Derive(a) => derive::run(&a),
        Command::Verify(a) => verify::run(&a),
        Command::Explain(a) => explain::run(&a),
        Command::Fit(a) => fit::run(&a),
        Command::Compare(a) => compare::run(&a),
        Command::Completions(a) => completions::completions(&a),
        Command::Man => completions::man(),
        Command::Catalogue(a) => catalogue::run(&a),
    }
}
