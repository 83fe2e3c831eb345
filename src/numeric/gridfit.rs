//! Least squares on a grid: minimise MSE(p) = (1/N) Σᵢ e(xᵢ; p)², solved by
//! Newton on ∇MSE = 0 with analytic first and second derivatives
//! (see [`lsq`](super::lsq)); the start comes from a 64-bit run.

use super::fit::{fmt, start_params, until_stable, FitResult, FitSpec};
use super::grid::Grid;
use super::lsq::{accumulate, make_samples, newton, Sample};
use super::models::{Ctx, Model, Target};
use crate::error::Result;
use crate::numeric::bits_for_digits;
use rug::Float;

/// The grid samples at `ctx.bits`.
pub fn grid_samples(ctx: &Ctx, grid: &Grid) -> Vec<Sample> {
    make_samples(ctx, grid.len(), |i| (grid.point(i, ctx.bits), None))
}

/// Working precision for `digits` digits of a sum of `n` terms.
pub fn grid_bits(digits: u32, n: usize) -> u32 {
    bits_for_digits(digits, 24) + (usize::BITS - n.leading_zeros())
}

/// The grid least-squares optimum at `bits`, from `p0`, to 2^−stop_bits relative.
pub fn solve_at(
    model: Model,
    target: Target,
    grid: &Grid,
    p0: &[Float],
    bits: u32,
    stop_bits: u32,
) -> Result<(Vec<Float>, Float)> {
    let ctx = Ctx::new(model, target, bits);
    let samples = grid_samples(&ctx, grid);
    let out = newton(&ctx, &samples, p0, stop_bits, 60)?;
    let mse = out.sums.f / grid.len() as u64;
    Ok((out.p, mse))
}

/// Fits on `spec.grid`; the objective is the MSE.
pub fn fit_grid(spec: &FitSpec) -> Result<FitResult> {
    let n = spec.grid.len();
    let digits = spec.digits;
    // 64-bit start: Newton from the series-matched constants
    let (mut p, _) = solve_at(
        spec.model,
        spec.target,
        &spec.grid,
        &start_params(spec.model, 64),
        64,
        40,
    )?;
    let stop = bits_for_digits(digits, 12);
    let ((params, mse), strings, bits) = until_stable(grid_bits(digits, n), |bits| {
        let (q, mse) = solve_at(spec.model, spec.target, &spec.grid, &p, bits, stop)?;
        p = q.clone();
        let mut s: Vec<String> = q.iter().map(|v| fmt(v, digits)).collect();
        s.push(fmt(&mse, digits));
        Ok(((q, mse), s))
    })?;
    let _ = mse;
    let np = params.len();
    Ok(FitResult {
        spec: spec.clone(),
        param_decimals: strings[..np].to_vec(),
        params,
        objective_label: "MSE".into(),
        objective: strings[np].clone(),
        n_points: Some(n),
        bits,
        extrema: vec![],
        note: Some(format!(
            "Newton steps below 2^-{stop} relative; digits agree at two precisions"
        )),
    })
}

/// MSE(p) on `grid` at `bits`.
pub fn mse_at(model: Model, target: Target, grid: &Grid, p: &[Float], bits: u32) -> Float {
    let ctx = Ctx::new(model, target, bits);
    let samples = grid_samples(&ctx, grid);
    accumulate_f(&ctx, &samples, p) / grid.len() as u64
}

fn accumulate_f(ctx: &Ctx, samples: &[Sample], p: &[Float]) -> Float {
    accumulate(ctx, samples, p).f
}

/// MSE(p) on `grid` to `digits` digits, stable between two precisions;
/// `p(bits)` gives the parameters at a precision (e.g. an exact constant rounded).
pub fn mse_decimal(
    model: Model,
    target: Target,
    grid: &Grid,
    digits: u32,
    p: impl Fn(u32) -> Vec<Float>,
) -> Result<String> {
    let (_, s, _) = until_stable(grid_bits(digits, grid.len()), |bits| {
        let m = mse_at(model, target, grid, &p(bits), bits);
        Ok(((), vec![fmt(&m, digits)]))
    })?;
    Ok(s[0].clone())
}
