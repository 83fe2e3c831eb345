//! High-precision fits of the tanh/sigmoid models: one entry point, [`fit`].
//!
//! Every criterion is solved at a working precision and solved again at a
//! higher one; the printed decimals are those both runs agree on (the
//! precision is raised until they do), so each digit shown is stable.
//!
//! ```
//! use taylormatch::numeric::fit::{fit, Criterion, FitSpec};
//! use taylormatch::numeric::model::{Family, Level};
//! // least squares on the published grid (SciPy printed 0.04485)
//! let r = fit(&FitSpec::new(Family::Tanh, Level::Erf, Criterion::Grid, 4)).unwrap();
//! assert_eq!(r.param_decimal(0), "0.04485");
//! ```

mod balance;
pub mod dense;
pub mod erf_table;
pub mod extrema;
pub mod fit_set;
pub mod float64;
pub mod grid;
pub mod grid_samples;
pub mod gridfit;
pub mod l2_value;
pub mod l2fit;
pub mod lsq;
pub mod max_error;
pub mod minimax;
pub mod quadrature;
pub mod remez;
pub mod tanh_run;
pub mod track;

use crate::error::Input;
use crate::error::{Error, Result};
use crate::functions::analytic_a;
use crate::numeric::convert::q_to_rug;
use crate::numeric::decimal::float_to_string;
use crate::numeric::fit::grid::{dec, Grid};
use crate::numeric::model::{Family, Level};
pub use crate::numeric::stable::Stable;
use crate::numeric::Enclose;
use rug::{Float, Rational};

mod precision;
pub use precision::{bits_for_residual, raise_until_resolved, until_stable};

/// The optimality criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Criterion {
    /// Least squares on a grid: minimise Σ e(xᵢ)².
    Grid,
    /// Continuous least squares: minimise ∫ e(x)² dx over the range.
    L2,
    /// Minimax: minimise max |e(x)| over the range.
    Minimax,
}

impl Criterion {
    /// Parses `--criterion`.
    pub fn parse(s: &str) -> Result<Criterion> {
        match s.trim().to_ascii_lowercase().as_str() {
            "grid" => Ok(Criterion::Grid),
            "l2" => Ok(Criterion::L2),
            "minimax" => Ok(Criterion::Minimax),
            _ => Err(Error::input(crate::msg!(
                Input::Criterion,
                " must be grid, l2 or minimax (got {s:?})"
            ))),
        }
    }

    /// CLI name.
    pub fn name(self) -> &'static str {
        match self {
            Criterion::Grid => "grid",
            Criterion::L2 => "l2",
            Criterion::Minimax => "minimax",
        }
    }
}

/// An interval of the real line; `None` ends are infinite.
#[derive(Debug, Clone, PartialEq)]
pub struct Range {
    pub lo: Option<Rational>,
    pub hi: Option<Rational>,
}

impl Range {
    /// ℝ.
    pub fn real_line() -> Range {
        Range { lo: None, hi: None }
    }

    /// [−L, L].
    pub fn symmetric(l: i64) -> Range {
        Range {
            lo: Some(Rational::from(-l)),
            hi: Some(Rational::from(l)),
        }
    }

    /// Parses `--range` with the shared range grammar ([`crate::expr::values::range`]):
    /// `A:B` (A < B; `inf`/`-inf` allowed), `L` (= −L:L) or `inf` (= ℝ).
    pub fn parse(s: &str) -> Result<Range> {
        use crate::expr::values::{range, End};
        let conv = |e: End| match e {
            End::Finite(q) => Some(q_to_rug(&q)),
            End::NegInf | End::PosInf => None,
        };
        let (a, b) = range(Input::Range, s)?;
        Ok(Range {
            lo: conv(a),
            hi: conv(b),
        })
    }

    /// `[A, B]` as text.
    pub fn describe(&self) -> String {
        let a = self.lo.as_ref().map(dec).unwrap_or_else(|| "-∞".into());
        let b = self.hi.as_ref().map(dec).unwrap_or_else(|| "∞".into());
        if self.lo.is_none() && self.hi.is_none() {
            "ℝ".into()
        } else {
            format!("[{a}, {b}]")
        }
    }

    /// The |x| interval [lo, hi] (hi `None` = ∞) that |e|, an even function, sees over this range.
    pub fn abs_range(&self) -> (Rational, Option<Rational>) {
        match (&self.lo, &self.hi) {
            (None, None) => (Rational::new(), None),
            // (−∞, h]: |x| ≥ −h when h < 0, else every |x| ≥ 0
            (None, Some(h)) if *h < 0 => (Rational::from(-h), None),
            // [l, ∞): |x| ≥ l when l > 0, else every |x| ≥ 0
            (Some(l), None) if *l > 0 => (l.clone(), None),
            (None, Some(_)) | (Some(_), None) => (Rational::new(), None),
            (Some(l), Some(h)) => {
                if *l <= 0 && *h >= 0 {
                    (Rational::new(), Some(Rational::from(-l).max(h.clone())))
                } else {
                    let (a, b) = (Rational::from(l.abs_ref()), Rational::from(h.abs_ref()));
                    (a.clone().min(b.clone()), Some(a.max(b)))
                }
            }
        }
    }
}

/// What to fit.
#[derive(Debug, Clone, PartialEq)]
pub struct FitSpec {
    pub model: Family,
    pub target: Level,
    pub criterion: Criterion,
    /// The grid (criterion `grid`).
    pub grid: Grid,
    /// The range (criteria `l2` and `minimax`).
    pub range: Range,
    /// Significant digits of every printed value.
    pub digits: u32,
}

impl FitSpec {
    /// The published problem: least squares on the published grid, at `digits`.
    pub fn new(model: Family, target: Level, criterion: Criterion, digits: u32) -> FitSpec {
        FitSpec {
            model,
            target,
            criterion,
            grid: Grid::published(),
            range: Range::real_line(),
            digits,
        }
    }
}

/// A point where |error| reaches a local maximum.
#[derive(Debug, Clone, PartialEq)]
pub struct Extremum {
    /// x in the range (the mirror point −x has the same |error|).
    pub x: Stable,
    /// The signed error there.
    pub error: Stable,
    /// +1 or −1.
    pub sign: i32,
}

/// A solved fit: values whose first `spec.digits` digits are stable between
/// two working precisions (the higher one is `bits`). Decimals are made at
/// rendering ([`FitResult::param_decimal`], [`Stable::decimal`]).
#[derive(Debug, Clone)]
pub struct FitResult {
    pub spec: FitSpec,
    /// The optimum at `bits`; its first `spec.digits` digits are stable.
    pub params: Vec<Float>,
    /// What `objective` is ("MSE", "∫ e² dx", "max |e|").
    pub objective_label: String,
    /// The objective at the optimum.
    pub objective: Stable,
    /// Number of grid points or quadrature nodes.
    pub n_points: Option<usize>,
    /// Working precision of the final run.
    pub bits: u32,
    /// The extrema of the error (minimax).
    pub extrema: Vec<Extremum>,
    /// An error estimate (quadrature) or remark, as text.
    pub note: Option<String>,
}

impl FitResult {
    /// Parameter `i` with its certified digits.
    pub fn param(&self, i: usize) -> Stable {
        Stable::new(self.params[i].clone(), self.spec.digits)
    }

    /// The decimal of parameter `i` to the certified digits.
    pub fn param_decimal(&self, i: usize) -> String {
        self.param(i).decimal()
    }

    /// The decimals of every parameter.
    pub fn param_decimals(&self) -> Vec<String> {
        (0..self.params.len())
            .map(|i| self.param_decimal(i))
            .collect()
    }
}

/// A starting point: the series-matched constants (a = 2/(3π) − 1/6, k = 1.7, c = √(2/π)(1, a)).
pub fn start_params(model: Family, bits: u32) -> Vec<Float> {
    let a = analytic_a()
        .enclose(bits)
        .map(|i| i.mid())
        .unwrap_or_else(|| Float::with_val(bits, 0.0455));
    let s = Float::with_val(bits, 2 / Float::with_val(bits, rug::float::Constant::Pi)).sqrt();
    match model {
        Family::Tanh => vec![a],
        Family::Sigmoid => vec![Float::with_val(bits, 17) / 10u32],
        Family::TanhFree => vec![s.clone(), s * a],
    }
}

/// Decimal of a float at `digits`.
pub fn fmt(f: &Float, digits: u32) -> String {
    float_to_string(f, digits)
}

/// Fits `spec.model` to `spec.target` under `spec.criterion`.
///
/// Each call solves the fit afresh (there is no cache): callers that need a
/// fit twice keep the result (the report's [`FitSet`](crate::numeric::fit::fit_set::FitSet)).
///
/// ```
/// use taylormatch::numeric::fit::{fit, Criterion, FitSpec};
/// use taylormatch::numeric::model::{Family, Level};
/// let spec = FitSpec::new(Family::Tanh, Level::Erf, Criterion::Minimax, 12);
/// let r = fit(&spec).unwrap();
/// assert_eq!(r.param_decimal(0), "0.0447149112276");
/// ```
pub fn fit(spec: &FitSpec) -> Result<FitResult> {
    if spec.digits == 0 {
        return Err(Error::input(crate::msg!(
            Input::Digits,
            " must be an integer from 1 to 10000 (got 0)"
        )));
    }
    match spec.criterion {
        Criterion::Grid => crate::numeric::fit::gridfit::fit_grid(spec, None),
        Criterion::L2 => crate::numeric::fit::l2fit::fit_l2(spec),
        Criterion::Minimax => crate::numeric::fit::minimax::fit_minimax(spec),
    }
}
