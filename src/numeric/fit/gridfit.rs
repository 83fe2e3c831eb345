//! Least squares on a grid: minimise MSE(p) = (1/N) Σᵢ e(xᵢ; p)², solved by
//! Newton on ∇MSE = 0 with analytic first and second derivatives
//! (see [`lsq`](crate::numeric::fit::lsq)); the start comes from a 64-bit run.
//!
//! ```
//! use rug::{Float, Rational};
//! use taylormatch::numeric::fit::grid::Grid;
//! use taylormatch::numeric::fit::gridfit::solve_at;
//! use taylormatch::numeric::model::fit::grid_fit;
//! use taylormatch::numeric::model::{Family, Level, Model};
//! // the grid optimum on 61 points of [−3, 3], by this Newton and by the one model's
//! let grid = Grid::points(Rational::from(-3), Rational::from(3), 61).unwrap();
//! let p0 = [Float::with_val(128, &Rational::from((45, 1000)))];
//! let (p, _mse) = solve_at(Family::Tanh, Level::Erf, &grid, &p0, 128, 100).unwrap();
//! let f = Model::family(Family::Tanh, Level::Erf).at(128, &[Rational::from((45, 1000))], false).unwrap();
//! let xs: Vec<Float> = (0..61).map(|i| Float::with_val(128, grid.point_exact(i))).collect();
//! let q = grid_fit(&f, &xs, &p0).unwrap();
//! assert!((p[0].clone() - &q.params[0]).abs() < Float::with_val(128, &Rational::from((1, 1u128 << 80))));
//! ```

use crate::error::Input;
use crate::error::Result;
use crate::numeric::bits_for_digits;
use crate::numeric::fit::grid::Grid;
pub use crate::numeric::fit::grid_samples::{grid_samples, GridSamples};
use crate::numeric::fit::lsq::{newton, Sample};
use crate::numeric::fit::tanh_run::tanh_values;
use crate::numeric::fit::{
    fmt, raise_until_resolved, start_params, until_stable, FitResult, FitSpec, Stable,
};
use crate::numeric::model::{Family, Kernel, Level};
use crate::parallel::map_ranges;
use rug::Float;

/// Working precision for `digits` digits of a sum of `n` terms.
pub fn grid_bits(digits: u32, n: usize) -> u32 {
    bits_for_digits(digits, 24) + (usize::BITS - n.leading_zeros())
}

/// The grid least-squares optimum at `bits`, from `p0`, to 2^−stop_bits relative.
pub fn solve_at(
    model: Family,
    target: Level,
    grid: &Grid,
    p0: &[Float],
    bits: u32,
    stop_bits: u32,
) -> Result<(Vec<Float>, Float)> {
    solve_with(model, target, grid, p0, bits, stop_bits, None)
}

/// [`solve_at`] with the grid samples taken from `known` where it serves them.
pub fn solve_with(
    model: Family,
    target: Level,
    grid: &Grid,
    p0: &[Float],
    bits: u32,
    stop_bits: u32,
    known: Option<&GridSamples>,
) -> Result<(Vec<Float>, Float)> {
    let ctx = Kernel::new(model, target, bits);
    let samples = grid_samples(&ctx, grid, known);
    let out = newton(&ctx, &samples, p0, stop_bits, 60)?;
    let mse = out.sums.f / grid.len() as u64;
    Ok((out.p, mse))
}

/// The distinct values |xᵢ| ≠ 0 of the grid, counted up to `cap` + 1.
///
/// e(0) = 0 for every parameter, and e(−x) = ∓e(x), so a grid with as many
/// distinct |xᵢ| ≠ 0 as the model has parameters is interpolated: the
/// least-squares optimum has every residual 0 and the MSE is exactly 0.
pub fn distinct_abs_points(grid: &Grid, cap: usize) -> usize {
    let mut seen: Vec<rug::Rational> = Vec::new();
    for i in 0..grid.len() {
        let x = grid.point_exact(i).abs();
        if x != 0 && !seen.contains(&x) {
            seen.push(x);
            if seen.len() > cap {
                break;
            }
        }
    }
    seen.len()
}

/// Fits on `spec.grid`; the objective is the MSE. `known` samples (of this
/// grid and target, at any precision) are used instead of recomputing them.
pub fn fit_grid(spec: &FitSpec, known: Option<&GridSamples>) -> Result<FitResult> {
    let n = spec.grid.len();
    let digits = spec.digits;
    let np = spec.model.n_params();
    let distinct = distinct_abs_points(&spec.grid, np);
    if distinct == np {
        return fit_interpolating(spec, distinct, known);
    }
    // |w| ≤ max(1, max|x|/2): the scale of the rounding error of each residual
    let ends = [spec.grid.point_exact(0), spec.grid.point_exact(n - 1)];
    let wmax = match spec.target {
        Level::Erf | Level::Phi => 1,
        Level::Gelu => ends
            .iter()
            .map(|q| q.clone().abs().ceil().numer().to_u32().unwrap_or(u32::MAX))
            .max()
            .unwrap_or(1),
    };
    raise_until_resolved(
        grid_bits(digits, n),
        digits,
        &crate::msg!(Input::Range, ": the model error on this grid is below what 32768 bits resolve (a range very close to 0?); widen the range"),
        crate::numeric::fit::lsq::is_nonconvergence,
        |bits| fit_grid_at(spec, bits, known).map(|(r, mse)| (r, Some((mse, wmax)))),
    )
}

/// [`fit_grid`] from a first precision `bits1`; also returns the MSE.
fn fit_grid_at(
    spec: &FitSpec,
    bits1: u32,
    known: Option<&GridSamples>,
) -> Result<(FitResult, Float)> {
    let n = spec.grid.len();
    let digits = spec.digits;
    // the erf values once, at the highest precision the first two runs use (unless known ones serve)
    let own;
    let known = match known {
        Some(k) if k.serves(&spec.grid, spec.target) && k.bits >= bits1 + 32 => k,
        _ => {
            own = GridSamples::new(&spec.grid, spec.target, bits1 + 32);
            &own
        }
    };
    let known = Some(known);
    // 64-bit start: Newton from the series-matched constants
    // a warm start; on a tiny range 64 bits may not resolve the error, then start from the series value
    let p0 = start_params(spec.model, 64);
    let mut p = solve_with(spec.model, spec.target, &spec.grid, &p0, 64, 40, known)
        .map(|r| r.0)
        .unwrap_or(p0);
    let stop = bits_for_digits(digits, 12);
    let ((params, mse), _, bits) = until_stable(bits1, |bits| {
        let (q, mse) = solve_with(spec.model, spec.target, &spec.grid, &p, bits, stop, known)?;
        p = q.clone();
        let mut s: Vec<String> = q.iter().map(|v| fmt(v, digits)).collect();
        s.push(fmt(&mse, digits));
        Ok(((q, mse), s))
    })?;
    let r = FitResult {
        spec: spec.clone(),
        params,
        objective_label: "MSE".into(),
        objective: Stable::new(mse.clone(), digits),
        n_points: Some(n),
        bits,
        extrema: vec![],
        note: Some(format!(
            "Newton steps below 2^-{stop} relative; digits agree at two precisions"
        )),
    };
    Ok((r, mse))
}

/// MSE(p) on `grid` at `bits` (the grid samples computed afresh).
pub fn mse_at(model: Family, target: Level, grid: &Grid, p: &[Float], bits: u32) -> Float {
    mse_with(model, target, grid, p, bits, None)
}

/// [`mse_at`] with the grid samples taken from `known` where it serves them.
pub fn mse_with(
    model: Family,
    target: Level,
    grid: &Grid,
    p: &[Float],
    bits: u32,
    known: Option<&GridSamples>,
) -> Float {
    let ctx = Kernel::new(model, target, bits);
    let samples = grid_samples(&ctx, grid, known);
    accumulate_f(&ctx, &samples, p) / grid.len() as u64
}

/// Σ q e(x)² only (no derivatives): the objective at p.
pub fn accumulate_f(ctx: &Kernel, samples: &[Sample], p: &[Float]) -> Float {
    let b = ctx.bits;
    let c = ctx.inner(p);
    let parts = map_ranges(samples.len(), |range| {
        let mut f = Float::new(b);
        let ms = tanh_values(&samples[range.clone()], &c, b);
        for (smp, mut m) in samples[range].iter().zip(ms) {
            m -= &smp.e;
            if let Some(w) = &smp.w {
                m *= w;
            }
            let mut r2 = Float::with_val(b, m.square_ref());
            if let Some(q) = &smp.q {
                r2 *= q;
            }
            f += r2;
        }
        f
    });
    parts.into_iter().fold(Float::new(b), |a, v| a + v)
}

/// MSE(p) on `grid` to `digits` digits, stable between two precisions;
/// `p(bits)` gives the parameters at a precision (e.g. an exact constant
/// rounded); `known` samples are used where they serve.
pub fn mse_stable(
    model: Family,
    target: Level,
    grid: &Grid,
    digits: u32,
    p: impl Fn(u32) -> Vec<Float>,
    known: Option<&GridSamples>,
) -> Result<Stable> {
    let (m, _, _) = until_stable(grid_bits(digits, grid.len()), |bits| {
        let m = mse_with(model, target, grid, &p(bits), bits, known);
        let s = vec![fmt(&m, digits)];
        Ok((m, s))
    })?;
    Ok(Stable::new(m, digits))
}

/// The grid is interpolated ([`distinct_abs_points`] = number of
/// parameters): the optimum solves e(xᵢ; p) = 0, found by the same Newton
/// (it converges quadratically there), and the MSE is exactly 0. The
/// parameters are printed when two precisions agree; the MSE, pure rounding
/// noise in floating point, is printed as the exact 0.
fn fit_interpolating(
    spec: &FitSpec,
    distinct: usize,
    known: Option<&GridSamples>,
) -> Result<FitResult> {
    let digits = spec.digits;
    let p0 = start_params(spec.model, 64);
    let mut p = solve_with(spec.model, spec.target, &spec.grid, &p0, 64, 40, known)
        .map(|r| r.0)
        .unwrap_or(p0);
    let stop = bits_for_digits(digits, 12);
    let (params, _, bits) = until_stable(bits_for_digits(digits, 24).max(64), |bits| {
        let (q, _) = solve_with(spec.model, spec.target, &spec.grid, &p, bits, stop, known)?;
        p = q.clone();
        let s: Vec<String> = q.iter().map(|v| fmt(v, digits)).collect();
        Ok((q, s))
    })?;
    let pts = if distinct == 1 { "point" } else { "points" };
    Ok(FitResult {
        spec: spec.clone(),
        params,
        objective_label: "MSE".into(),
        objective: Stable::new(Float::new(bits), digits),
        n_points: Some(spec.grid.len()),
        bits,
        extrema: vec![],
        note: Some(format!(
            "the grid ({}) has {distinct} distinct {pts} |x| ≠ 0, as many as the model has parameters: \
             the fit interpolates (e = 0 at every grid point, MSE exactly 0); Newton steps below 2^-{stop} relative; \
             digits agree at two precisions",
            spec.grid.describe()
        )),
    })
}
