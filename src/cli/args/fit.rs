//! The flags of `taylormatch fit` (clap) and the typed options they build.
//!
//! ```
//! use clap::Parser;
//! use taylormatch::cli::{Cli, Command};
//! let cli = Cli::try_parse_from(["taylormatch", "fit", "--model", "sigmoid", "--criterion", "minimax"]).unwrap();
//! let Command::Fit(args) = cli.command else { panic!("not fit") };
//! let o = args.options();
//! assert_eq!((o.model.as_str(), o.criterion.as_str()), ("sigmoid", "minimax"));
//! ```

use super::OutputArgs;
use crate::commands::fit::FitOptions;
use clap::Args;

/// Flags of `fit`.
#[derive(Debug, Clone, Args)]
pub struct FitArgs {
    /// The model: tanh (tanh(√(2/π)(x + a x³))), sigmoid (2σ(kx) − 1), tanh-free (tanh(c1 x + c3 x³)), or an expression in x (with --target EXPR, --params and --range).
    #[arg(long, default_value = "tanh", value_name = "MODEL")]
    pub model: String,
    /// The target: erf (model against erf(x/√2)) or gelu (½x(1 + model) against GELU); with an expression --model, an expression (e.g. 'gelu(x)').
    #[arg(
        long,
        default_value = "erf",
        value_name = "TARGET",
        allow_hyphen_values = true
    )]
    pub target: String,
    /// An expression model's free parameters and start values: NAME=START,… (e.g. c1=0.8,c3=0.035).
    #[arg(long, value_name = "NAME=START,…", allow_hyphen_values = true)]
    pub params: Option<String>,
    /// An expression model's weight w(x) ≥ 0 for grid and l2 (Σ w·e², ∫ w·e² dx), an expression in x (e.g. 'exp(-x^2/2)').
    #[arg(long, value_name = "EXPR", allow_hyphen_values = true)]
    pub weight: Option<String>,
    /// The criterion: grid (least squares on a grid), l2 (∫ error² dx), minimax (max |error|).
    #[arg(long, default_value = "grid", value_name = "CRITERION", ignore_case = true, value_parser = ["grid", "l2", "minimax"])]
    pub criterion: String,
    /// The interval A:B (inf allowed for l2/minimax; a finite minimax range at most 10000 wide on |x|), or L for -L:L. Defaults: grid -10:10, l2 and minimax ℝ.
    #[arg(long, value_name = "A:B", allow_hyphen_values = true)]
    pub range: Option<String>,
    /// Grid step H (points A, A+H, … < B, exact decimals). Default 0.001.
    #[arg(long, value_name = "H", allow_hyphen_values = true)]
    pub step: Option<String>,
    /// N equally spaced grid points on [A, B], both ends included (instead of --step).
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub points: Option<String>,
    /// Also run a float64 Levenberg–Marquardt fit (SciPy-like curve_fit, p0 = 1) of the grid problem.
    #[arg(long)]
    pub float64: bool,
    #[command(flatten)]
    pub out: OutputArgs,
}

impl FitArgs {
    /// The typed options the command runs with.
    pub fn options(&self) -> FitOptions {
        FitOptions {
            model: self.model.clone(),
            target: self.target.clone(),
            params: self.params.clone(),
            weight: self.weight.clone(),
            criterion: self.criterion.clone(),
            range: self.range.clone(),
            step: self.step.clone(),
            points: self.points.clone(),
            float64: self.float64,
            out: self.out.options(),
        }
    }
}
