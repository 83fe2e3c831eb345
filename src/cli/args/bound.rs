//! The flags of `taylormatch bound` (clap) and the typed options they build.
//!
//! ```
//! use clap::Parser;
//! use taylormatch::cli::{Cli, Command};
//! let cli = Cli::try_parse_from(["taylormatch", "bound", "--a", "0.044715", "--bits", "96"]).unwrap();
//! let Command::Bound(args) = cli.command else { panic!("not bound") };
//! let o = args.options();
//! assert_eq!((o.a.as_deref(), o.bits), (Some("0.044715"), 96));
//! // --bits below 64 is refused by its parser, naming the flag
//! assert!(Cli::try_parse_from(["taylormatch", "bound", "--bits", "32"]).is_err());
//! ```

use super::{parse_digits, parse_format};
use crate::commands::bound::BoundOptions;
use crate::error::Input;
use crate::report::Format;
use clap::Args;

/// Flags of `bound`.
///
/// Without `--residual`: encloses max |approximation − target| over `--range`
/// (default: the whole real line). With `--residual R`: encloses θ in
/// tanh(√(2/π)(x + a x³)) − erf(x/√2) = c₅x⁵(1 + θ(x)) for 0 < |x| ≤ R at
/// a = 2/(3π) − 1/6 (the series argument's residual).
#[derive(Debug, Clone, Args)]
pub struct BoundArgs {
    /// The approximation: tanh (tanh(√(2/π)(x + a x³)), needs --a), sigmoid (2σ(kx) − 1, needs --k), or an expression in x (e.g. 'x*sigmoid(1.702*x)', with --target EXPR and --set for its parameters).
    #[arg(long, default_value = "tanh", value_name = "MODEL")]
    pub model: String,
    /// tanh model's a: a decimal taken exactly (0.044715), an exact form, or `analytic` (2/(3π) − 1/6).
    #[arg(long, value_name = "A", allow_hyphen_values = true)]
    pub a: Option<String>,
    /// sigmoid model's k (> 0): a decimal taken exactly (1.702), an exact form, or `matched` (2√(2/π)).
    #[arg(long, value_name = "K", allow_hyphen_values = true)]
    pub k: Option<String>,
    /// Level for tanh|sigmoid: erf (model vs erf(x/√2), the default), phi (½(1 + model) vs Φ), gelu (½x(1 + model) vs GELU); with an expression --model, the target expression (e.g. 'gelu(x)').
    #[arg(long, value_name = "TARGET", allow_hyphen_values = true)]
    pub target: Option<String>,
    /// An expression model's parameter values, exact: NAME=VALUE,… (e.g. a=0.044715,b=2).
    #[arg(long, value_name = "NAME=VALUE,…", allow_hyphen_values = true)]
    pub set: Option<String>,
    /// With an expression --model: bound the relative error (model − target)/target.
    #[arg(long)]
    pub relative: bool,
    /// Range A:B with rational A < B (decimals or fractions, e.g. -3:3 or 0:1/2); default the whole real line.
    #[arg(long, value_name = "A:B", allow_hyphen_values = true)]
    pub range: Option<String>,
    /// Relative tolerance: stop once hi − lo ≤ T·lo (0 < T < 1; a decimal or fraction).
    #[arg(
        long,
        value_name = "T",
        default_value = "1e-12",
        allow_hyphen_values = true
    )]
    pub tolerance: String,
    /// MPFR working precision in bits (64..=8192; about 10 s at 8192, 4× per doubling).
    #[arg(long, default_value_t = 128, value_parser = parse_bits, value_name = "BITS", allow_negative_numbers = true)]
    pub bits: u32,
    /// Instead of the max error: at a = 2/(3π) − 1/6, enclose θ in tanh(√(2/π)(x + a x³)) − erf(x/√2) = c₅x⁵(1 + θ(x)) for 0 < |x| ≤ R (0 < R ≤ 4).
    #[arg(long, value_name = "R", allow_hyphen_values = true)]
    pub residual: Option<String>,
    /// Significant digits of lo and hi (1..=10000), rounded outward (lo down, hi up).
    #[arg(long, short = 'd', default_value_t = 17, value_parser = parse_digits, value_name = "D", allow_negative_numbers = true)]
    pub digits: u32,
    /// Output format: text, markdown, csv, json, latex, html.
    #[arg(long, short = 'f', default_value = "text", value_parser = parse_format, value_name = "FORMAT")]
    pub format: Format,
}

impl BoundArgs {
    /// The typed options the command runs with.
    pub fn options(&self) -> BoundOptions {
        BoundOptions {
            model: self.model.clone(),
            a: self.a.clone(),
            k: self.k.clone(),
            target: self.target.clone(),
            set: self.set.clone(),
            relative: self.relative,
            range: self.range.clone(),
            tolerance: self.tolerance.clone(),
            bits: self.bits,
            residual: self.residual.clone(),
            out: crate::commands::OutputOptions {
                digits: self.digits,
                format: self.format,
                style: Default::default(),
            },
        }
    }
}

/// Parses `--bits` (64..=[`MAX_BITS`](crate::numeric::bound::MAX_BITS)).
pub fn parse_bits(s: &str) -> std::result::Result<u32, String> {
    use crate::numeric::bound::MAX_BITS;
    crate::expr::values::integer(Input::Bits, s, 64, MAX_BITS as _)
        .map(|b| b as u32)
        .map_err(|e| crate::cli::render(&e))
}
