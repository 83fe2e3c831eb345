//! The flags of `taylormatch derive` (clap) and the typed options they build.
//!
//! ```
//! use clap::Parser;
//! use taylormatch::cli::{Cli, Command};
//! let cli = Cli::try_parse_from(["taylormatch", "derive", "--order", "11"]).unwrap();
//! let Command::Derive(args) = cli.command else { panic!("not derive") };
//! let o = args.options();
//! assert_eq!((o.order, o.outer.is_none()), (11, true));
//! ```

use super::OutputArgs;
use crate::commands::derive::DeriveOptions;
use clap::Args;

/// Flags of `derive`.
#[derive(Debug, Clone, Args)]
#[command(after_help = "Examples:
  taylormatch derive --order 12
  taylormatch derive --outer 'tanh(sqrt(2/pi)*u)' --target 'erf(x/sqrt(2))' --order 12
  taylormatch derive --model 'tanh(sqrt(2/pi)*(x + a*x^3 + b*x^5))' --target 'erf(x/sqrt(2))' --solve a,b
  taylormatch derive --model '1/(1+exp(-(c1*x + c3*x^3)))' --target 'Phi(x)' --solve c1,c3
  taylormatch derive --model 'x*sigmoid(k*x)' --target 'gelu(x)' --solve k")]
pub struct DeriveArgs {
    /// Outer function: tanh (p with tanh(√(2/π)·p(x)) = erf(x/√2); the default), sigmoid (q with 2σ(q(x)) − 1 = erf(x/√2)), or an expression in u such as 'tanh(sqrt(2/pi)*u)' (then p with outer(p(x)) = --target).
    #[arg(long, value_name = "OUTER", allow_hyphen_values = true)]
    pub outer: Option<String>,
    /// The target function of x for --outer EXPR or --model (default for --outer: erf(x/sqrt(2))).
    #[arg(long, value_name = "EXPR", allow_hyphen_values = true)]
    pub target: Option<String>,
    /// A model in x with unknown parameters, matched to --target lowest power first (needs --solve).
    #[arg(long, value_name = "EXPR", allow_hyphen_values = true)]
    pub model: Option<String>,
    /// The model's unknowns, in any order: each xᵐ equation must bring one new unknown, e.g. a,b.
    #[arg(long, value_name = "A,B,…")]
    pub solve: Option<String>,
    /// Values for other parameters: name=value pairs, e.g. k=1.702 (exact; any constant expression).
    #[arg(long, value_name = "NAME=VALUE,…", allow_hyphen_values = true)]
    pub set: Option<String>,
    /// Number of coefficients: powers 0 … N−1 (the series is known to O(x^N)); at most 2000 for tanh/sigmoid in text, JSON or CSV (written row by row; the output grows like N³·log N, 3.3 GB of CSV at 2000), else at most 800 (the document is held whole).
    #[arg(long, short = 'n', default_value_t = 10, value_parser = parse_order, value_name = "N", allow_negative_numbers = true)]
    pub order: usize,
    /// Print exact coefficients only (no decimals).
    #[arg(long)]
    pub exact_only: bool,
    #[command(flatten)]
    pub out: OutputArgs,
}

impl DeriveArgs {
    /// The typed options the command runs with.
    pub fn options(&self) -> DeriveOptions {
        DeriveOptions {
            outer: self.outer.clone(),
            target: self.target.clone(),
            model: self.model.clone(),
            solve: self.solve.clone(),
            set: self.set.clone(),
            order: self.order,
            exact_only: self.exact_only,
            out: self.out.options(),
        }
    }
}

fn parse_order(s: &str) -> std::result::Result<usize, String> {
    super::parse_order_max(s, crate::commands::derive::MAX_DERIVE_ORDER)
}
