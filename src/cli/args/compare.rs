//! The flags of `taylormatch compare` (clap) and the typed options they build.

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
