//! Minimax: minimise M(θ) = max |e(x; θ)| over the range, one parameter θ
//! (x ≥ 0 suffices: |e| is even).
//!
//! For both one-parameter models ∂e/∂θ = w(1 − m²)φ ≥ 0 at every x ≥ 0
//! (φ = √(2/π)x³ or x/2, w = 1 or x/2), so P(θ) = max e is nondecreasing
//! and N(θ) = max(−e) is nonincreasing in θ. M = max(P, N) is therefore
//! smallest exactly where P = N: the optimum is the root of φ = P − N,
//! unique and global, and there the largest positive and the largest
//! negative extremum have equal size (the equioscillation).
//!
//! The root: safeguarded Newton in a bracket (φ < 0 < φ at the ends); by
//! the envelope theorem φ′ = ∂_θe(x₊) + ∂_θe(x₋) at the two arg-max points;
//! a step leaving the bracket becomes bisection. Every step rescans the
//! extrema ([`extrema_abs_range`]: a 64-bit scan of e′, each extremum refined
//! by Newton at 64 bits and polished at full precision), so a change of
//! arg-max is picked up. At the final root a dense 64-bit sampling confirms
//! no point exceeds the extrema (once per fit: the roots at the lower
//! precisions are only starting points).
//!
//! ```
//! use taylormatch::numeric::fit::minimax::fit_minimax;
//! use taylormatch::numeric::fit::{Criterion, FitSpec};
//! use taylormatch::numeric::model::{Family, Level};
//! // the minimax a against erf(x/√2) on ℝ (0.0447149112276… to 12 digits)
//! let r = fit_minimax(&FitSpec::new(Family::Tanh, Level::Erf, Criterion::Minimax, 8)).unwrap();
//! assert_eq!(r.param_decimal(0), "0.044714911");
//! ```

use crate::error::{Error, Result};
use crate::numeric::bits_for_digits;
use crate::numeric::fit::extrema::{cancel_bits, dense_check, extrema_abs_range, placed, Ext};
pub use crate::numeric::fit::max_error::{max_error, max_error_and_shift, MaxAbs};
use crate::numeric::fit::{fmt, start_params, until_stable, Extremum, FitResult, FitSpec, Stable};
use crate::numeric::model::{Family, Kernel, Level};
use rug::{Float, Rational};

fn sign(f: &Float) -> i32 {
    if f.is_sign_negative() {
        -1
    } else {
        1
    }
}

/// φ(θ) = P − N, φ′(θ), the extrema (by |e|, largest first) and the indices of x₊, x₋.
struct Phi {
    phi: Float,
    dphi: Float,
    exts: Vec<Ext>,
    pos: Option<usize>,
    neg: Option<usize>,
}

fn phi_at(ctx: &Kernel, theta: &Float, lo: &Rational, hi: Option<&Rational>) -> Result<Phi> {
    let bits = ctx.bits;
    let t = std::slice::from_ref(theta);
    let exts = extrema_abs_range(ctx, &ctx.inner(t), lo, hi)?;
    let pos = exts
        .iter()
        .position(|e| e.e.is_sign_positive() && !e.e.is_zero());
    let neg = exts
        .iter()
        .position(|e| e.e.is_sign_negative() && !e.e.is_zero());
    let mut phi = Float::new(bits);
    let mut dphi = Float::new(bits);
    for k in [pos, neg].into_iter().flatten() {
        phi += &exts[k].e;
        dphi += &ctx.error_dparams(&exts[k].x, t)[0];
    }
    Ok(Phi {
        phi,
        dphi,
        exts,
        pos,
        neg,
    })
}

struct Balanced {
    theta: Float,
    max: Float,
    exts: Vec<Ext>,
}

/// A bracket [a, b] ∋ root of φ around `t` (half-width `t`·2^−`w`, doubled until φ changes sign).
fn bracket(
    ctx: &Kernel,
    t: &Float,
    w: i32,
    lo: &Rational,
    hi: Option<&Rational>,
) -> Result<(Float, Float)> {
    let bits = ctx.bits;
    let mut h = Float::with_val(bits, t.abs_ref()) >> w;
    for _ in 0..80 {
        let a = Float::with_val(bits, t - &h);
        let b = Float::with_val(bits, t + &h);
        if phi_at(ctx, &a, lo, hi)?.phi.is_sign_negative()
            && !phi_at(ctx, &b, lo, hi)?.phi.is_sign_negative()
        {
            return Ok((a, b));
        }
        h *= 2u32;
    }
    Err(Error::input(
        "minimax: could not bracket the balance of the largest positive and negative errors",
    ))
}

/// The root of φ at `ctx.bits` inside [a, b], to 2^−stop relative, with the checks.
///
/// Newton θ − φ/φ′ is taken when it stays in the closed bracket (the root
/// may sit on an end: a rounded φ(b) can be exactly 0), else bisection; a
/// Newton step that fails to halve the bracket twice in a row is replaced by
/// bisection, so the iteration ends within stop + 64 + log2(width/|θ|) steps.
fn balance(
    ctx: &Kernel,
    (mut a, mut b): (Float, Float),
    lo: &Rational,
    hi: Option<&Rational>,
    stop: u32,
) -> Result<Balanced> {
    let bits = ctx.bits;
    let mut theta = Float::with_val(bits, &a + &b) / 2u32;
    let mut slow = 0;
    let cap = stop as usize + 200;
    for _ in 0..cap {
        let f = phi_at(ctx, &theta, lo, hi)?;
        let width = Float::with_val(bits, &b - &a);
        if f.phi.is_sign_negative() {
            a = theta.clone();
        } else {
            b = theta.clone();
        }
        let mut next = Float::with_val(bits, &theta - Float::with_val(bits, &f.phi / &f.dphi));
        if !(next >= a && next <= b) || slow >= 2 {
            next = Float::with_val(bits, &a + &b) / 2u32;
            slow = 0;
        } else if Float::with_val(bits, &b - &a) > Float::with_val(bits, &width >> 1u32) {
            slow += 1;
        } else {
            slow = 0;
        }
        let step = Float::with_val(bits, &next - &theta).abs();
        theta = next;
        let tol = Float::with_val(bits, theta.abs_ref()) >> stop;
        if step <= tol || Float::with_val(bits, &b - &a) <= tol {
            return finish(ctx, theta, lo, hi);
        }
    }
    Err(Error::input(format!(
        "minimax: the balance iteration did not converge in {cap} steps"
    )))
}

/// The check at the root: both signs present (the dense scan is [`confirm`], once per fit).
fn finish(ctx: &Kernel, theta: Float, lo: &Rational, hi: Option<&Rational>) -> Result<Balanced> {
    let bits = ctx.bits;
    let f = phi_at(ctx, &theta, lo, hi)?;
    let (Some(p), Some(n)) = (f.pos, f.neg) else {
        return Err(Error::Verification(
            "minimax: the error does not take both signs at the optimum".into(),
        ));
    };
    let max = Float::with_val(bits, f.exts[p].e.abs_ref())
        .max(&Float::with_val(bits, f.exts[n].e.abs_ref()));
    // the balanced pair first, ordered by x; then the other extrema by size
    let mut pair = [f.exts[p].clone(), f.exts[n].clone()];
    if pair[0].x > pair[1].x {
        pair.swap(0, 1);
    }
    let mut exts: Vec<Ext> = pair.to_vec();
    exts.extend(
        f.exts
            .iter()
            .enumerate()
            .filter(|(k, _)| *k != p && *k != n)
            .map(|(_, e)| e.clone()),
    );
    Ok(Balanced { theta, max, exts })
}

/// The global check of a balanced root: a dense sampling finds nothing larger
/// than its maximum, over the range (a finite end) or [lo, max(16, farthest extremum)].
fn confirm(ctx: &Kernel, bal: &Balanced, lo: &Rational, hi: Option<&Rational>) -> Result<()> {
    let bits = ctx.bits;
    let c = ctx.inner(std::slice::from_ref(&bal.theta));
    let hif = match hi {
        Some(h) => Float::with_val(bits, h),
        None => bal
            .exts
            .iter()
            .map(|e| e.x.clone())
            .fold(Float::with_val(bits, 16), |m, x| m.max(&x)),
    };
    if !dense_check(ctx, &c, &Float::with_val(bits, lo), &hif, &bal.max) {
        return Err(Error::Verification(
            "minimax: a dense scan found a larger error than the extrema".into(),
        ));
    }
    Ok(())
}

/// Fits under the minimax criterion (one-parameter models).
pub fn fit_minimax(spec: &FitSpec) -> Result<FitResult> {
    if spec.model == Family::TanhFree {
        return crate::numeric::fit::remez::fit_minimax_free(spec);
    }
    let (model, target, digits) = (spec.model, spec.target, spec.digits);
    let (lo, hi) = spec.range.abs_range();
    let hi = hi.as_ref();
    // a range near 0 loses bits to cancellation (e ≈ c·x⁵): carry them
    let extra = cancel_bits(hi);
    // 64 bits (+ extra): bracket from ±20% of the series-matched value, solve to 2^−40
    let ctx64 = Kernel::new(model, target, 64 + extra);
    let t0 = start_params(model, 64 + extra).remove(0);
    let mut theta = balance(
        &ctx64,
        bracket(&ctx64, &t0, 3, &lo, hi)?,
        &lo,
        hi,
        40 + extra,
    )?
    .theta;
    // at least 64 bits and a balance to 2^-32, however few digits are printed:
    // the extrema and the confirming scan need that much to be compared
    let stop = bits_for_digits(digits, 12).max(32) + extra;
    let (bal, _, bits) = until_stable(bits_for_digits(digits, 24).max(64) + 2 * extra, |bits| {
        let ctx = Kernel::new(model, target, bits);
        let br = bracket(&ctx, &Float::with_val(bits, &theta), 30, &lo, hi)?;
        let r = balance(&ctx, br, &lo, hi, stop)?;
        theta = r.theta.clone();
        let mut s = vec![fmt(&r.theta, digits), fmt(&r.max, digits)];
        for e in r.exts.iter().take(2) {
            let (x, v) = placed(&spec.range, target, &e.x, &e.e);
            s.push(fmt(&x, digits));
            s.push(fmt(&v, digits));
        }
        Ok((r, s))
    })?;
    confirm(&Kernel::new(model, target, bits), &bal, &lo, hi)?;
    let mut extrema = Vec::new();
    for (k, e) in bal.exts.iter().enumerate().take(6) {
        let (xp, vp) = placed(&spec.range, target, &e.x, &e.e);
        // the balanced pair to full digits (stable between the runs), the others to 6
        let d = if k < 2 { digits } else { 6.min(digits) };
        let sg = sign(&vp);
        extrema.push(Extremum {
            x: Stable::new(xp, d),
            error: Stable::new(vp, d),
            sign: sg,
        });
    }
    let mirror = match target {
        Level::Erf | Level::Phi => "e is odd: e(−x) = −e(x)",
        Level::Gelu => "e is even: e(−x) = e(x)",
    };
    Ok(FitResult {
        spec: spec.clone(),
        objective: Stable::new(bal.max.clone(), digits),
        params: vec![bal.theta],
        objective_label: "max".into(),
        n_points: None,
        bits,
        extrema,
        note: Some(format!(
            "largest positive and negative errors (first two rows, full digits) balance to 2^-{stop}; as e rises with the parameter at every x ≥ 0 this is the global minimax; others shown to 6 digits; {mirror}; maximum confirmed by a scan at step 1/32 (finer on a range narrower than 2) and sampling at 1/8 of that step"
        )),
    })
}
