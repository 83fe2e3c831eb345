//! The flags of `taylormatch verify` (clap) and the typed options they build.
//!
//! ```
//! use clap::Parser;
//! use taylormatch::cli::{Cli, Command};
//! let cli = Cli::try_parse_from(["taylormatch", "verify", "--a", "0.044715"]).unwrap();
//! let Command::Verify(args) = cli.command else { panic!("not verify") };
//! assert_eq!(args.options().a.as_deref(), Some("0.044715"));
//! ```

use super::OutputArgs;
use crate::commands::verify::VerifyOptions;
use clap::Args;

/// Flags of `verify`.
#[derive(Debug, Clone, Args)]
#[command(after_help = "Examples:
  taylormatch verify
  taylormatch verify --a 0.044715            (exit 1: step 3 fails)
  taylormatch verify --model 'tanh(sqrt(2/pi)*(x + a*x^3))' --target 'erf(x/sqrt(2))' --set a=0.044715
  taylormatch verify --model 'x*sigmoid(k*x)' --target 'gelu(x)'")]
pub struct VerifyArgs {
    /// The a to check: a decimal taken exactly (0.044715 = 44715/1000000), an exact form, or `analytic` (default: solve for it).
    #[arg(long, value_name = "A", allow_hyphen_values = true)]
    pub a: Option<String>,
    /// Any model in x (with --target): the five steps for it, e.g. 'x*sigmoid(k*x)'; parameters not given with --set are solved for.
    #[arg(long, value_name = "EXPR", allow_hyphen_values = true)]
    pub model: Option<String>,
    /// The function the model approximates (with --model), e.g. 'gelu(x)'.
    #[arg(long, value_name = "EXPR", allow_hyphen_values = true)]
    pub target: Option<String>,
    /// Values for the model's constants: name=value pairs, e.g. k=1.702 (exact; any constant expression).
    #[arg(long, value_name = "NAME=VALUE,…", allow_hyphen_values = true)]
    pub set: Option<String>,
    #[command(flatten)]
    pub out: OutputArgs,
}

impl VerifyArgs {
    /// The typed options the command runs with.
    pub fn options(&self) -> VerifyOptions {
        VerifyOptions {
            a: self.a.clone(),
            model: self.model.clone(),
            target: self.target.clone(),
            set: self.set.clone(),
            out: self.out.options(),
        }
    }
}
