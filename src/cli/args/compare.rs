//! The flags of `taylormatch compare` (clap) and the typed options they build.
//!
//! ```
//! use clap::Parser;
//! use taylormatch::cli::{Cli, Command};
//! let cli = Cli::try_parse_from(["taylormatch", "compare", "--digits", "8"]).unwrap();
//! let Command::Compare(args) = cli.command else { panic!("not compare") };
//! assert_eq!(args.options().out.digits, 8);
//! ```

use super::OutputArgs;
use crate::commands::compare::CompareOptions;
use clap::Args;

/// Flags of `compare`.
#[derive(Debug, Clone, Args)]
pub struct CompareArgs {
    #[command(flatten)]
    pub out: OutputArgs,
}

impl CompareArgs {
    /// The typed options the command runs with.
    pub fn options(&self) -> CompareOptions {
        CompareOptions {
            out: self.out.options(),
        }
    }
}
