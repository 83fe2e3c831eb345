//! `taylormatch fit`: the high-precision optimum of a model under a criterion.
//!
//! ```
//! use taylormatch::commands::fit::{spec_from_args, FitOptions};
//! use taylormatch::commands::OutputOptions;
//! use taylormatch::numeric::fit::Criterion;
//! use taylormatch::report::Format;
//! let o = FitOptions {
//!     model: "sigmoid".into(),
//!     target: "gelu".into(),
//!     params: None,
//!     weight: None,
//!     criterion: "minimax".into(),
//!     range: Some("8".into()),
//!     step: None,
//!     points: None,
//!     float64: false,
//!     out: OutputOptions { digits: 12, format: Format::Text, ..Default::default() },
//! };
//! let spec = spec_from_args(&o).unwrap();
//! assert_eq!(spec.criterion, Criterion::Minimax);
//! assert_eq!(spec.model.name(), "sigmoid");
//! ```

use super::Output;
use crate::error::Input;
use crate::error::{Error, Message, Result};
use crate::numeric::fit::grid::Grid;
use crate::numeric::fit::{fit, Criterion, FitSpec, Range};
use crate::numeric::model::{Family, Level};
use rug::Rational;

mod document;
mod expr_fit;
pub use document::{document, float64_section};

/// Largest `--digits` for `fit` (release, user time: the 20 000-point grid at
/// 500 digits ≈ 5 s; minimax at 500 ≈ 1.5 s (erf) and 20 s (GELU level)).
pub const MAX_FIT_DIGITS: u32 = 500;

/// Largest `--digits` for `--criterion l2`: the quadrature grows with the
/// precision (≈ 2 s at 100 digits, 14 s and 230 MB at 200, 44 s and 600 MB
/// at 300; 500 would take minutes and gigabytes).
pub const MAX_L2_DIGITS: u32 = 200;

/// Options of `fit` (built by the command line from its flags).
#[derive(Debug, Clone)]
pub struct FitOptions {
    /// The model: tanh (tanh(√(2/π)(x + a x³))), sigmoid (2σ(kx) − 1), tanh-free (tanh(c1 x + c3 x³)), or an expression in x (with --target EXPR, --params and --range).
    pub model: String,
    /// The target: erf (model against erf(x/√2)) or gelu (½x(1 + model) against GELU); with an expression --model, an expression (e.g. 'gelu(x)').
    pub target: String,
    /// An expression model's free parameters and start values: NAME=START,… (e.g. c1=0.8,c3=0.035).
    pub params: Option<String>,
    /// An expression model's weight w(x) ≥ 0 for grid and l2 (Σ w·e², ∫ w·e² dx), an expression in x (e.g. 'exp(-x^2/2)').
    pub weight: Option<String>,
    /// The criterion: grid (least squares on a grid), l2 (∫ error² dx), minimax (max |error|).
    pub criterion: String,
    /// The interval A:B (inf allowed for l2/minimax; a finite minimax range at most 10000 wide on |x|), or L for -L:L. Defaults: grid -10:10, l2 and minimax ℝ.
    pub range: Option<String>,
    /// Grid step H (points A, A+H, … < B, exact decimals). Default 0.001.
    pub step: Option<String>,
    /// N equally spaced grid points on [A, B], both ends included (instead of --step).
    pub points: Option<String>,
    /// Also run a float64 Levenberg–Marquardt fit (SciPy-like curve_fit, p0 = 1) of the grid problem.
    pub float64: bool,
    pub out: super::OutputOptions,
}

fn rational(flag: impl Into<Message> + Copy, s: &str) -> Result<Rational> {
    crate::expr::values::rational_rug(flag, s)
}

/// Largest working precision (bits) an l2 fit is started with: 1e-100 at 200
/// digits estimates 2017 bits and takes about 27 s; 1e-300 at 50 digits
/// estimates 4176 bits and runs for minutes.
pub const MAX_L2_BITS: u64 = 2048;

/// Refuses an l2 range so narrow that the quadrature needs more than
/// [`MAX_L2_BITS`]: the model error there is about |x|⁴ times smaller than on
/// [−1, 1], so the precision grows by about 4 bits per halving of max |x|.
fn check_l2_precision(r: &Range, digits: u32) -> Result<()> {
    let (lo, hi) = match (&r.lo, &r.hi) {
        (Some(l), Some(h)) => (l.clone().abs(), h.clone().abs()),
        _ => return Ok(()),
    };
    let m = if lo > hi { lo } else { hi };
    if m >= 1 || m == 0 {
        return Ok(());
    }
    // log2(1/m) from the bit lengths of m's numerator and denominator
    let log2_inv = u64::from(m.denom().significant_bits())
        .saturating_sub(u64::from(m.numer().significant_bits()));
    let bits = u64::from(crate::numeric::bits_for_digits(digits, 24)) + 4 * log2_inv;
    if bits > MAX_L2_BITS {
        return Err(Error::input(crate::msg!(Input::Range, ": for ", Input::Criterion, " l2 this range needs about {bits} bits of working precision at {digits} digits (at most {MAX_L2_BITS}: about 4 more bits per halving of max |x|, which is about 2^-{log2_inv} here); widen the range or lower ", Input::Digits)));
    }
    Ok(())
}

/// Widest |x| range (hi − lo of the range folded onto x ≥ 0) of a finite
/// minimax fit: its extrema are scanned at step 1/32 over the whole width at
/// every step of the balance (10000 takes about 5 s; 10⁶ ran for minutes). An
/// infinite end is cut where the tail bound allows, so `inf` is the whole line.
pub const MAX_MINIMAX_WIDTH: u32 = 10_000;

/// Refuses a finite minimax range wider than [`MAX_MINIMAX_WIDTH`] on |x|.
fn check_minimax_width(r: &Range) -> Result<()> {
    let (lo, hi) = r.abs_range();
    let Some(hi) = hi else {
        return Ok(());
    };
    let width = Rational::from(&hi - &lo);
    if width > MAX_MINIMAX_WIDTH {
        return Err(Error::input(crate::msg!(
            Input::Range,
            ": for ",
            Input::Criterion,
            " minimax the |x| range may be at most {MAX_MINIMAX_WIDTH} wide (got ",
            width.to_string(),
            "; its extrema are scanned at step 1/32); give inf for the whole line"
        )));
    }
    Ok(())
}

/// Builds the fit specification from the flags (every check happens here).
pub fn spec_from_args(a: &FitOptions) -> Result<FitSpec> {
    if a.out.digits > MAX_FIT_DIGITS {
        return Err(Error::input(crate::msg!(
            Input::Digits,
            " must be at most {MAX_FIT_DIGITS} for fit (got ",
            a.out.digits.to_string(),
            ")"
        )));
    }
    let model = Family::parse(&a.model)?;
    let target = Level::parse_erf_gelu(&a.target)?;
    let criterion = Criterion::parse(&a.criterion)?;
    if criterion == Criterion::L2 && a.out.digits > MAX_L2_DIGITS {
        return Err(Error::input(crate::msg!(
            Input::Digits,
            " must be at most {MAX_L2_DIGITS} for ",
            Input::Criterion,
            " l2 (got ",
            a.out.digits.to_string(),
            "; the quadrature at 200 digits takes about 14 s, at 300 about 45 s)"
        )));
    }
    let range = a.range.as_deref().map(Range::parse).transpose()?;
    if criterion == Criterion::L2 {
        if let Some(r) = &range {
            check_l2_precision(r, a.out.digits)?;
        }
    }
    if criterion == Criterion::Minimax {
        if let Some(r) = &range {
            check_minimax_width(r)?;
        }
    }
    let mut spec = FitSpec::new(model, target, criterion, a.out.digits);
    if criterion != Criterion::Grid {
        if a.step.is_some() || a.points.is_some() {
            return Err(Error::input(crate::msg!(
                Input::Step,
                " and ",
                Input::Points,
                " apply only to ",
                Input::Criterion,
                " grid"
            )));
        }
        if a.float64 {
            return Err(Error::input(crate::msg!(
                Input::Float64,
                " applies only to ",
                Input::Criterion,
                " grid"
            )));
        }
        if let Some(r) = range {
            spec.range = r;
        }
        return Ok(spec);
    }
    if a.step.is_some() && a.points.is_some() {
        return Err(Error::input(crate::msg!(
            Input::Step,
            " and ",
            Input::Points,
            " cannot be combined (give one)"
        )));
    }
    let r = range.unwrap_or_else(|| Range::symmetric(10));
    let (lo, hi) = match (r.lo, r.hi) {
        (Some(l), Some(h)) => (l, h),
        _ => {
            return Err(Error::input(crate::msg!(
                Input::Range,
                " must be finite for ",
                Input::Criterion,
                " grid (got an infinite end)"
            )))
        }
    };
    spec.grid = if let Some(n) = &a.points {
        let n = crate::expr::values::integer(Input::Points, n, 2, 10_000_000)? as usize;
        Grid::points(lo, hi, n)?
    } else {
        let h = match &a.step {
            Some(s) => rational(Input::Step, s)?,
            None => Rational::from((1, 1000)),
        };
        Grid::step(lo, hi, h)?
    };
    Ok(spec)
}

/// Runs `fit`.
pub fn run(a: &FitOptions) -> Result<Output> {
    let family = a.model.trim().to_ascii_lowercase();
    if !expr_fit::FAMILIES.contains(&family.as_str()) {
        let d = expr_fit::run_expr(a)?;
        return Ok(Output::ok(a.out.render(&d)?));
    }
    if a.params.is_some() {
        return Err(Error::input(crate::msg!(
            Input::Params,
            " applies to an expression ",
            Input::Model
        )));
    }
    if a.weight.is_some() {
        return Err(Error::input(crate::msg!(
            Input::Weight,
            " applies to an expression ",
            Input::Model,
            " (e.g. ",
            Input::Model,
            " 'tanh(sqrt(2/pi)*(x + a*x^3))' ",
            Input::Target,
            " 'erf(x/sqrt(2))')"
        )));
    }
    let t = a.target.trim().to_ascii_lowercase();
    if t != "erf" && t != "gelu" {
        return Err(Error::input(crate::msg!(
            Input::Target,
            " must be erf or gelu with ",
            Input::Model,
            " {family} (got ",
            format!("{:?}", a.target),
            ")"
        )));
    }
    let spec = spec_from_args(a)?;
    let progress = crate::progress::Spinner::new("fit: optimising");
    let r = fit(&spec)?;
    drop(progress);
    let mut d = document(&r);
    if a.float64 {
        float64_section(&mut d, &spec);
    }
    Ok(Output::ok(a.out.render(&d)?))
}
