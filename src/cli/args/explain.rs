//! The flags of `taylormatch explain` (clap) and the typed options they build.
//!
//! ```
//! use clap::Parser;
//! use taylormatch::cli::{Cli, Command};
//! let cli = Cli::try_parse_from(["taylormatch", "explain", "0.044715", "0.7978845608"]).unwrap();
//! let Command::Explain(args) = cli.command else { panic!("not explain") };
//! assert_eq!(args.options().values, ["0.044715", "0.7978845608"]);
//! ```

use super::OutputArgs;
use crate::commands::explain::ExplainOptions;
use clap::Args;

/// Flags of `explain`.
#[derive(Debug, Clone, Args)]
pub struct ExplainArgs {
    /// Decimal literals to identify (default: the kernel literals 0.7978845608 0.044715 0.0356774 0.1070322 1.5957691 0.0713548 1.702).
    #[arg(value_name = "VALUE")]
    pub values: Vec<String>,
    #[command(flatten)]
    pub out: OutputArgs,
}

impl ExplainArgs {
    /// The typed options the command runs with.
    pub fn options(&self) -> ExplainOptions {
        ExplainOptions {
            values: self.values.clone(),
            out: self.out.options(),
        }
    }
}
