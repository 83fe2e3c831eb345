//! The flags of `taylormatch coeffs` (clap) and the typed options they build.
//!
//! ```
//! use clap::Parser;
//! use taylormatch::cli::{Cli, Command};
//! let cli = Cli::try_parse_from(["taylormatch", "coeffs", "gelu-tanh", "--a", "analytic", "--order", "9"]).unwrap();
//! let Command::Coeffs(args) = cli.command else { panic!("not coeffs") };
//! let o = args.options();
//! assert_eq!((o.func.as_deref(), o.a.as_deref(), o.order), (Some("gelu-tanh"), Some("analytic"), 9));
//! ```

use super::OutputArgs;
use crate::commands::coeffs::CoeffsOptions;
use clap::Args;

/// Flags of `coeffs`.
#[derive(Debug, Clone, Args)]
#[command(after_help = "Examples:
  taylormatch coeffs tanh --order 12
  taylormatch coeffs gelu-tanh --a 0.044715 --order 8
  taylormatch coeffs 'x*sigmoid(1.702*x)' --order 10
  taylormatch coeffs 'tanh(sqrt(2/pi)*(x + a*x^3))' --set a=0.044715 --order 8
  taylormatch coeffs 'log(1+x)*exp(x)' --order 20 --exact-only")]
pub struct CoeffsArgs {
    /// A named function (erf, erf-sqrt2, phi, tanh, artanh, sigmoid, gelu, gelu-tanh, gelu-sigmoid) or any expression in x, e.g. 'x*sigmoid(1.702*x)'.
    #[arg(
        value_name = "FUNC",
        required_unless_present = "list",
        allow_hyphen_values = true
    )]
    pub func: Option<String>,
    /// Values for an expression's parameters: name=value pairs, e.g. a=0.044715,k=1.702 (exact; any constant expression).
    #[arg(long, value_name = "NAME=VALUE,…", allow_hyphen_values = true)]
    pub set: Option<String>,
    /// Number of coefficients: powers 0 … N−1 are printed (the series is known to O(x^N)).
    #[arg(long, short = 'n', default_value_t = 10, value_parser = parse_order, value_name = "N", allow_hyphen_values = true)]
    pub order: usize,
    /// gelu-tanh's a: `symbolic` (default), a decimal taken exactly (0.044715), an exact form, or `analytic`.
    #[arg(long, value_name = "A", allow_hyphen_values = true)]
    pub a: Option<String>,
    /// gelu-sigmoid's k: `symbolic` (default), a decimal taken exactly (1.702), an exact form, or `matched` (2√(2/π)).
    #[arg(long, value_name = "K", allow_hyphen_values = true)]
    pub k: Option<String>,
    /// Print exact coefficients only (no decimals): faster for long outputs.
    #[arg(long)]
    pub exact_only: bool,
    /// Omit zero coefficients from text, markdown and latex tables (JSON and CSV keep every power).
    #[arg(long)]
    pub nonzero: bool,
    /// List the functions with their definitions and exit.
    #[arg(long)]
    pub list: bool,
    /// Run even when the size estimate (an upper bound of the output) exceeds 4 GB.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub out: OutputArgs,
}

impl CoeffsArgs {
    /// The typed options the command runs with.
    pub fn options(&self) -> CoeffsOptions {
        CoeffsOptions {
            func: self.func.clone(),
            set: self.set.clone(),
            order: self.order,
            a: self.a.clone(),
            k: self.k.clone(),
            exact_only: self.exact_only,
            nonzero: self.nonzero,
            list: self.list,
            force: self.force,
            out: self.out.options(),
        }
    }
}

fn parse_order(s: &str) -> std::result::Result<usize, String> {
    super::parse_order_max(s, crate::commands::coeffs::MAX_ORDER)
}
