//! The published MSE figures of the widely read answer, recomputed on both
//! grids (exact decimals and NumPy's float64 points), with the parameter each
//! published figure belongs to.

use crate::coeff::{parse_exact, Coeff};
use crate::error::Result;
use crate::numeric::convert::q_to_rug;
use crate::numeric::decimal::{float_to_string, round_rational};
use crate::numeric::fit::float64::{curve_fit, grid_points_f64};
use crate::numeric::fit::grid::Grid;
use crate::numeric::fit::gridfit::{grid_bits, mse_stable, GridSamples};
use crate::numeric::fit::Stable;
use crate::numeric::model::{Family, Level};
use crate::report::{Document, Table, Value};
use rug::{Float, Rational};

/// Leading significant digits on which two values agree (both rounded to d digits), up to `max`.
fn agreeing_digits(a: &Rational, b: &Rational, max: u32) -> u32 {
    (1..=max)
        .take_while(|&k| round_rational(a, k) == round_rational(b, k))
        .last()
        .unwrap_or(0)
}

/// Significant digits shown of the parameter each published figure belongs to.
const IMPLIED_DIGITS: u32 = 12;

/// The parameter p near `p0` with MSE_GELU(p) = `target` on `grid` (Newton;
/// MSE′ = 2Σ e ∂e/N): at 64 bits until the step is below 2^−40 relative,
/// then at 128 bits until it is below 2^−(b + 16), b the bits of the
/// [`IMPLIED_DIGITS`] shown. Newton squares the relative error each step,
/// so after a step below 2^−(b + 16) the error left is far below the last
/// digit shown (usually one 128-bit step: the 64-bit stage ends within
/// 2^−40, its evaluation noise near 2^−60). Used to show which parameter a
/// published MSE belongs to.
fn implied_param(model: Family, grid: &GridSamples, p0: &Float, target: &Rational) -> Float {
    let mut p = Float::with_val(64, p0);
    let last = crate::numeric::bits_for_digits(IMPLIED_DIGITS, 16);
    for (bits, stop) in [(64, 40u32), (128, last)] {
        let ctx = crate::numeric::model::Kernel::new(model, Level::Gelu, bits);
        let samples = grid.at(bits);
        let n = grid.grid.len() as u64;
        p = Float::with_val(bits, &p);
        for _ in 0..8 {
            let s = crate::numeric::fit::lsq::accumulate(&ctx, &samples, std::slice::from_ref(&p));
            let f = Float::with_val(bits, &s.f / n) - target;
            let d = Float::with_val(bits, &s.g[0] * 2u32) / n;
            let step = f / d;
            p -= &step;
            if step.abs() <= Float::with_val(bits, p.abs_ref()) >> stop {
                break;
            }
        }
    }
    p
}

/// The first significant digit a relative change r can alter: ⌊−log10 r⌋ + 1.
fn first_affected_digit(r: &Float) -> i64 {
    if r.is_zero() {
        return 0;
    }
    let l = -Float::with_val(64, r.log10_ref());
    i64::from(l.floor().to_i32_saturating().unwrap_or(0)) + 1
}

/// One published MSE figure against its recomputations.
#[derive(Debug, Clone)]
pub struct PublishedRow {
    /// What the figure is (model, parameter).
    pub quantity: String,
    /// The published float64 figure, as printed.
    pub published: &'static str,
    /// The true MSE on the exact-decimal grid.
    pub exact_grid: Stable,
    /// Leading digits on which it agrees with the published figure.
    pub agree_exact: u32,
    /// The true MSE on NumPy's float64 grid points.
    pub float64_grid: Stable,
    /// Leading digits on which that agrees with the published figure.
    pub agree_float64: u32,
    /// The parameter at which the true MSE (float64 points) equals the published figure (a solved value, 128 bits).
    pub implied: Float,
}

/// The published MSE figures recomputed, and how far the two grids drift.
#[derive(Debug, Clone)]
pub struct Published {
    pub rows: Vec<PublishedRow>,
    /// Largest |float64 point − exact decimal| over the grid.
    pub drift: Rational,
    /// Largest relative change of a true MSE between the two grids.
    pub worst_effect: Float,
}

impl Published {
    /// The four published figures at `digits.max(20)` digits; `known` are the
    /// published grid's GELU samples where they serve.
    pub fn compute(digits: u32, known: Option<&GridSamples>) -> Result<Published> {
        let grid = Grid::published();
        let f64grid = Grid::NumpyArangePublished;
        let fa = curve_fit(Family::Tanh, Level::Erf, &grid_points_f64(&grid)).params[0];
        let fk = curve_fit(Family::Sigmoid, Level::Erf, &grid_points_f64(&grid)).params[0];
        let given: Vec<(Family, String, Rational, &'static str)> = vec![
            (
                Family::Tanh,
                "paper tanh, a = 0.044715".into(),
                Rational::from((44715, 1_000_000)),
                "2.4329173471294176e-08",
            ),
            (
                Family::Tanh,
                format!("fitted tanh, a = {fa:?} (float64 LM reproduction)"),
                Rational::from_f64(fa).unwrap_or_default(),
                "2.698034519269613e-08",
            ),
            (
                Family::Sigmoid,
                "paper sigmoid, k = 1.702".into(),
                Rational::from((1702, 1000)),
                "5.6479106346814546e-05",
            ),
            (
                Family::Sigmoid,
                format!("fitted sigmoid, k = {fk:?} (float64 LM reproduction)"),
                Rational::from_f64(fk).unwrap_or_default(),
                "5.704246564663601e-05",
            ),
        ];
        let shown = digits.max(20);
        // the float64 points' samples once, at the precision of the second run of the MSE
        let f64samples =
            GridSamples::new(&f64grid, Level::Gelu, grid_bits(shown, f64grid.len()) + 32);
        let mut worst_effect = Float::new(64);
        let drift = (0..grid.len())
            .map(|i| (f64grid.point_exact(i) - grid.point_exact(i)).abs())
            .max()
            .unwrap_or_default();
        let mut rows = Vec::new();
        for (model, quantity, p, published) in given {
            let pq = parse_exact(published)
                .ok()
                .and_then(|s| s.as_q())
                .map(|q| q_to_rug(&q))
                .unwrap_or_default();
            let pc = p.clone();
            let at = move |b: u32| vec![Float::with_val(b, &pc)];
            let exact_grid = mse_stable(model, Level::Gelu, &grid, shown, &at, known)?;
            let float64_grid =
                mse_stable(model, Level::Gelu, &f64grid, shown, &at, Some(&f64samples))?;
            // the exact values of the computed floats (no decimal read back)
            let q = |s: &Stable| s.value.to_rational().unwrap_or_default();
            let (qe, qf) = (q(&exact_grid), q(&float64_grid));
            let effect = Float::with_val(64, &(Rational::from(&qf - &qe) / &qe)).abs();
            worst_effect = worst_effect.max(&effect);
            let implied = implied_param(model, &f64samples, &Float::with_val(192, &p), &pq);
            rows.push(PublishedRow {
                quantity,
                published,
                agree_exact: agreeing_digits(&qe, &pq, 17),
                agree_float64: agreeing_digits(&qf, &pq, 17),
                exact_grid,
                float64_grid,
                implied,
            });
        }
        Ok(Published {
            rows,
            drift,
            worst_effect,
        })
    }

    /// Appends the table and its explanation.
    pub fn render(&self, d: &mut Document) {
        let mut t = Table::new(
            "published",
            &[
                ("quantity", "MSE vs GELU on the published grid"),
                ("published", "published (float64)"),
                ("exact_grid", "true MSE, exact-decimal grid"),
                ("agree_exact", "digits agreeing"),
                ("float64_grid", "true MSE, np.arange float64 points"),
                ("agree_float64", "digits agreeing"),
                (
                    "implied",
                    "parameter giving the published figure (float64 points)",
                ),
            ],
        )
        .titled("Published figures recomputed");
        for r in &self.rows {
            t.push(vec![
                r.quantity.clone().into(),
                Value::Str(r.published.into()),
                Value::dec(r.exact_grid.decimal()),
                Value::from(r.agree_exact as i64),
                Value::dec(r.float64_grid.decimal()),
                Value::from(r.agree_float64 as i64),
                Value::Num(float_to_string(&r.implied, IMPLIED_DIGITS)),
            ]);
        }
        d.table(t);
        // the computed figures are values of the prose: each renderer sets them its way
        d.prose(vec![
            Value::from(
                "The published figures are float64 computations on NumPy's float64 grid points. Those points (start + i·δ with \
                 δ = fl(-10 + 0.001) + 10) drift from the exact decimals by up to ",
            ),
            Value::Num(crate::numeric::decimal::rational_to_string(&self.drift, 2)),
            Value::from(", which changes the true MSE by up to "),
            Value::Num(float_to_string(&self.worst_effect, 2)),
            Value::from(" relative: the grid choice matters from the "),
            Value::Int(first_affected_digit(&self.worst_effect)),
            Value::from(
                "th significant digit on, so the float64-point column is the one to compare with. The fitted \
                 figures also depend on where the float64 optimiser stopped; the last column is the parameter at which the \
                 true MSE equals the published figure (shown to ",
            ),
            Value::Int(IMPLIED_DIGITS as i64),
            Value::from(" digits, a solved value, not a certified one)."),
        ]);
    }
}
