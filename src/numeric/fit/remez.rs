//! Minimax for the two-parameter model `tanh-free`: tanh(c1 x + c3 x³).
//!
//! At a minimax optimum with two parameters the error reaches its maximum
//! size E at three points x₀ < x₁ < x₂ (x ≥ 0) with alternating signs
//! (the Chebyshev alternation for the linearisation in (c1, c3), whose basis
//! (1 − m²)·(x, x³) is a Haar system on x > 0). Remez-type iteration: at c,
//! scan the extrema, merge neighbours of equal sign, take the three
//! consecutive alternating extrema containing the largest one, and take a
//! Newton step on
//!
//!   e(x_i; c) − σ_i·E = 0,  i = 0, 1, 2   (unknowns c1, c3, E; σ alternating)
//!
//! with ∂/∂c_j = ∂e/∂c_j(x_i) (envelope theorem; endpoints stay fixed).
//! Converged when the step is below 2^−stop; then every extremum must be
//! within E, and a dense 64-bit sampling must find nothing larger.
//!
//! ```
//! use taylormatch::numeric::fit::{Criterion, FitSpec};
//! use taylormatch::numeric::model::{Family, Level};
//! use taylormatch::numeric::fit::remez::fit_minimax_free;
//! // tanh(c1 x + c3 x³) against erf(x/√2): c1 near √(2/π) ≈ 0.798, c3 near 0.0357
//! let r = fit_minimax_free(&FitSpec::new(Family::TanhFree, Level::Erf, Criterion::Minimax, 6)).unwrap();
//! let (c1, c3) = (r.param_decimal(0), r.param_decimal(1));
//! assert!(c1.starts_with("0.79") && c3.starts_with("0.03"), "{c1} {c3}");
//! ```

use crate::error::Input;
use crate::error::{Error, Result};
use crate::numeric::bits_for_digits;
use crate::numeric::fit::dense::dense_check;
use crate::numeric::fit::extrema::{extrema_abs_range, placed, Ext};
use crate::numeric::fit::{fmt, start_params, until_stable, Extremum, FitResult, FitSpec, Stable};
use crate::numeric::model::{Kernel, Level};
use rug::{Float, Rational};

/// The three alternating extrema (by x) around the largest one, or `None`.
fn alternation(exts: &[Ext]) -> Option<[Ext; 3]> {
    let mut by_x: Vec<&Ext> = exts.iter().filter(|e| !e.e.is_zero()).collect();
    by_x.sort_by(|a, b| a.x.partial_cmp(&b.x).unwrap_or(std::cmp::Ordering::Equal));
    let mut alt: Vec<&Ext> = Vec::new();
    for e in by_x {
        match alt.last() {
            Some(l) if l.e.is_sign_negative() == e.e.is_sign_negative() => {
                if e.e.clone().abs() > l.e.clone().abs() {
                    *alt.last_mut()? = e;
                }
            }
            _ => alt.push(e),
        }
    }
    if alt.len() < 3 {
        return None;
    }
    // the window of three with the largest smallest |e| among those holding the global maximum
    let top = (0..alt.len()).max_by(|&a, &b| {
        alt[a]
            .e
            .clone()
            .abs()
            .partial_cmp(&alt[b].e.clone().abs())
            .unwrap_or(std::cmp::Ordering::Equal)
    })?;
    let start = (top.saturating_sub(2)..=top.min(alt.len() - 3)).max_by(|&a, &b| {
        let m = |s: usize| {
            (s..s + 3)
                .map(|k| alt[k].e.clone().abs())
                .fold(Float::with_val(64, 1e300), |m, v| m.min(&v))
        };
        m(a).partial_cmp(&m(b)).unwrap_or(std::cmp::Ordering::Equal)
    })?;
    Some([
        alt[start].clone(),
        alt[start + 1].clone(),
        alt[start + 2].clone(),
    ])
}

/// Solves the 3×3 system A·d = r by Gaussian elimination with partial pivoting.
fn solve3(mut a: [[Float; 3]; 3], mut r: [Float; 3]) -> Option<[Float; 3]> {
    let b = r[0].prec();
    for col in 0..3 {
        let piv = (col..3).max_by(|&i, &j| {
            a[i][col]
                .clone()
                .abs()
                .partial_cmp(&a[j][col].clone().abs())
                .unwrap_or(std::cmp::Ordering::Equal)
        })?;
        if a[piv][col].is_zero() {
            return None;
        }
        a.swap(col, piv);
        r.swap(col, piv);
        for row in col + 1..3 {
            let f = Float::with_val(b, &a[row][col] / &a[col][col]);
            let pivot_row = a[col].clone();
            for (x, p) in a[row].iter_mut().zip(&pivot_row).skip(col) {
                *x -= Float::with_val(b, &f * p);
            }
            let t = Float::with_val(b, &f * &r[col]);
            r[row] -= t;
        }
    }
    let mut d = [Float::new(b), Float::new(b), Float::new(b)];
    for row in (0..3).rev() {
        let mut s = r[row].clone();
        for k in row + 1..3 {
            s -= Float::with_val(b, &a[row][k] * &d[k]);
        }
        d[row] = s / &a[row][row];
    }
    Some(d)
}

struct Solved {
    c: Vec<Float>,
    max: Float,
    pts: [Ext; 3],
    /// max(16, the farthest extremum): the end of the dense check on an infinite range.
    far: Float,
}

/// The Remez iteration at `ctx.bits` from `c0`.
fn remez(
    ctx: &Kernel,
    c0: &[Float],
    lo: &Rational,
    hi: Option<&Rational>,
    stop: u32,
) -> Result<Solved> {
    let bits = ctx.bits;
    let mut c: Vec<Float> = c0.iter().map(|v| Float::with_val(bits, v)).collect();
    for _ in 0..100 {
        let exts = extrema_abs_range(ctx, &ctx.inner(&c), lo, hi)?;
        let pts = alternation(&exts).ok_or_else(|| {
            Error::input(crate::msg!(
                Input::Range,
                ": minimax (tanh-free) finds fewer than three alternating extrema of the error on the range (as far from 0, where it falls below the working precision); give a range nearer 0"
            ))
        })?;
        let sigma0 = if pts[0].e.is_sign_negative() {
            -1i32
        } else {
            1
        };
        // current E: mean of the three sizes
        let e_now = pts.iter().fold(Float::new(bits), |s, p| {
            s + Float::with_val(bits, p.e.abs_ref())
        }) / 3u32;
        let z = || Float::new(bits);
        let mut a: [[Float; 3]; 3] = [[z(), z(), z()], [z(), z(), z()], [z(), z(), z()]];
        let mut r: [Float; 3] = [z(), z(), z()];
        for (i, p) in pts.iter().enumerate() {
            let sg = if i % 2 == 0 { sigma0 } else { -sigma0 };
            let g = ctx.error_dparams(&p.x, &c);
            a[i] = [g[0].clone(), g[1].clone(), Float::with_val(bits, -sg)];
            r[i] = Float::with_val(bits, &p.e - Float::with_val(bits, &e_now * sg));
        }
        let d = solve3(a, r)
            .ok_or_else(|| Error::input("minimax (tanh-free): singular alternation system"))?;
        c[0] -= &d[0];
        c[1] -= &d[1];
        let small = (0..2).all(|j| {
            Float::with_val(bits, d[j].abs_ref()) <= Float::with_val(bits, c[j].abs_ref()) >> stop
        });
        if small {
            let exts = extrema_abs_range(ctx, &ctx.inner(&c), lo, hi)?;
            let pts = alternation(&exts)
                .ok_or_else(|| Error::input("minimax (tanh-free): lost the alternation"))?;
            let max = pts
                .iter()
                .map(|p| Float::with_val(bits, p.e.abs_ref()))
                .fold(Float::new(bits), |m, v| m.max(&v));
            let tol = Float::with_val(bits, &max >> (bits / 2));
            let gmax = exts
                .first()
                .map(|e| Float::with_val(bits, e.e.abs_ref()))
                .unwrap_or_else(|| Float::new(bits));
            if gmax > Float::with_val(bits, &max + &tol) {
                continue; // another extremum is larger: exchange and iterate
            }
            // the dense scan reaches the farthest extremum (checked once per fit, at the end)
            let far = exts
                .iter()
                .map(|e| e.x.clone())
                .fold(Float::with_val(bits, 16), |m, x| m.max(&x));
            return Ok(Solved { c, max, pts, far });
        }
    }
    Err(Error::input(
        "minimax (tanh-free): the Remez iteration did not converge in 100 steps",
    ))
}

/// Fits `tanh-free` under the minimax criterion.
pub fn fit_minimax_free(spec: &FitSpec) -> Result<FitResult> {
    let (model, target, digits) = (spec.model, spec.target, spec.digits);
    let (lo, hi) = spec.range.abs_range();
    let hi = hi.as_ref();
    let ctx64 = Kernel::new(model, target, 64);
    // start: least squares on a coarse grid over the range (at most [−10, 10]), at 64 bits
    let ten = Rational::from(10);
    let (glo, ghi) = (
        spec.range
            .lo
            .clone()
            .map_or(-ten.clone(), |l| l.max(-ten.clone())),
        spec.range
            .hi
            .clone()
            .map_or(ten.clone(), |h| h.min(ten.clone())),
    );
    // a range beyond ±10 keeps its own ends (a half-line: 20 units of it)
    let (glo, ghi) = if glo < ghi {
        (glo, ghi)
    } else {
        match (spec.range.lo.clone(), spec.range.hi.clone()) {
            (Some(l), Some(h)) => (l, h),
            (Some(l), None) => (l.clone(), l + 20u32),
            (None, Some(h)) => (Rational::from(&h - 20u32), h),
            (None, None) => (glo, ghi),
        }
    };
    let grid = crate::numeric::fit::grid::Grid::points(glo, ghi, 2001)?;
    let c0 = crate::numeric::fit::gridfit::solve_at(
        model,
        target,
        &grid,
        &start_params(model, 64),
        64,
        40,
    )
    .map(|r| r.0)
    .unwrap_or_else(|_| start_params(model, 64));
    let mut c = remez(&ctx64, &c0, &lo, hi, 40)?.c;
    let stop = bits_for_digits(digits, 12).max(32);
    let (sol, _, bits) = until_stable(bits_for_digits(digits, 24).max(64), |bits| {
        let ctx = Kernel::new(model, target, bits);
        let r = remez(&ctx, &c, &lo, hi, stop)?;
        c = r.c.clone();
        let mut s = vec![
            fmt(&r.c[0], digits),
            fmt(&r.c[1], digits),
            fmt(&r.max, digits),
        ];
        for p in &r.pts {
            let (x, v) = placed(&spec.range, target, &p.x, &p.e);
            s.push(fmt(&x, digits));
            s.push(fmt(&v, digits));
        }
        Ok((r, s))
    })?;
    // the global check, once at the final solution (the lower precisions only start the next)
    let ctx = Kernel::new(model, target, bits);
    let hif = hi.map_or_else(|| sol.far.clone(), |h| Float::with_val(bits, h));
    if !dense_check(
        &ctx,
        &ctx.inner(&sol.c),
        &Float::with_val(bits, &lo),
        &hif,
        &sol.max,
    ) {
        return Err(Error::Verification(
            "minimax (tanh-free): a dense scan found a larger error".into(),
        ));
    }
    let extrema = (0..3)
        .map(|k| {
            let (x, v) = placed(&spec.range, target, &sol.pts[k].x, &sol.pts[k].e);
            let sign = if v.is_sign_negative() { -1 } else { 1 };
            Extremum {
                x: Stable::new(x, digits),
                error: Stable::new(v, digits),
                sign,
            }
        })
        .collect();
    let mirror = match target {
        Level::Erf | Level::Phi => "e is odd",
        Level::Gelu => "e is even",
    };
    Ok(FitResult {
        spec: spec.clone(),
        objective: Stable::new(sol.max.clone(), digits),
        params: sol.c,
        objective_label: "max".into(),
        n_points: None,
        bits,
        extrema,
        note: Some(format!(
            "three alternating extrema of equal size (Remez exchange, step below 2^-{stop}); {mirror}; no other extremum larger; dense sampling at step 1/256"
        )),
    })
}
