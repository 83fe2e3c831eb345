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
//! a step leaving the bracket becomes bisection. At each step the extrema are
//! followed from the previous θ by Newton on e′ = 0
//! ([`follow`](crate::numeric::fit::track::follow)); where that
//! fails (an extremum appears or vanishes: far from the root the sign
//! pattern differs) they are rescanned with a 64-bit scan of e′ at 4× the
//! usual step ([`extrema_abs_coarse`](crate::numeric::fit::extrema::extrema_abs_coarse)).
//! At the final θ one full scan
//! ([`extrema_abs_range`](crate::numeric::fit::extrema::extrema_abs_range):
//! step 1/32, each extremum refined at 64 bits and polished at full
//! precision) must find the balanced pair as the largest positive and
//! negative errors (to 2^−(bits−16) of the maximum), else the fit is solved
//! again scanning at the full step at every θ (the route before following,
//! e.g. taken on [0, 0.01]). Then a dense 64-bit sampling
//! ([`dense_check`]) confirms no point exceeds the extrema.
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
use crate::numeric::fit::balance::{balance, bracket, phi_at, Balanced, Finder, Phi};
use crate::numeric::fit::dense::dense_check;
use crate::numeric::fit::extrema::{cancel_bits, placed};
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
///
/// The extrema are followed from step to step
/// ([`follow`](crate::numeric::fit::track::follow)) and the result
/// checked by one full scan at the final θ: the largest positive and
/// negative errors it finds must be the balanced pair. Else (an extremum the
/// following could not see) the fit is solved again with a full scan at every step.
pub fn fit_minimax(spec: &FitSpec) -> Result<FitResult> {
    if spec.model == Family::TanhFree {
        return crate::numeric::fit::remez::fit_minimax_free(spec);
    }
    match solve(spec, true) {
        Ok(Some(r)) => Ok(r),
        // a following that failed its check (or lost its way): scan at every step
        _ => solve(spec, false)?.ok_or_else(|| {
            Error::Verification("minimax: the full scans disagree with themselves".into())
        }),
    }
}

/// Whether the scanned extrema at the final θ have the balanced pair's
/// values (to 2^−(bits−16) of the maximum).
fn same_pair(scan: &Phi, bal: &Balanced, bits: u32) -> bool {
    let (Some(p), Some(n)) = (scan.pos, scan.neg) else {
        return false;
    };
    let (a, b) = (&bal.exts[0].e, &bal.exts[1].e);
    let (bp, bn) = if a.is_sign_positive() { (a, b) } else { (b, a) };
    let tol = Float::with_val(bits, &bal.max >> (bits - 16));
    Float::with_val(bits, &scan.exts[p].e - bp).abs() <= tol
        && Float::with_val(bits, &scan.exts[n].e - bn).abs() <= tol
}

/// The fit with the extrema followed (`follow`) or scanned at every step;
/// `None` when the followed result fails its final scan.
fn solve(spec: &FitSpec, follow: bool) -> Result<Option<FitResult>> {
    let (model, target, digits) = (spec.model, spec.target, spec.digits);
    let (lo, hi) = spec.range.abs_range();
    let hi = hi.as_ref();
    let mut fd = Finder::new(follow);
    // a range near 0 loses bits to cancellation (e ≈ c·x⁵): carry them
    let extra = cancel_bits(hi);
    // 64 bits (+ extra): bracket from ±3% of the series-matched value (doubled until it
    // holds the root), solve to 2^−40
    let ctx64 = Kernel::new(model, target, 64 + extra);
    let t0 = start_params(model, 64 + extra).remove(0);
    let br = bracket(&ctx64, &t0, 5, &lo, hi, &mut fd)?;
    let mut theta = balance(&ctx64, br, &lo, hi, 40 + extra, &mut fd)?.theta;
    // at least 64 bits and a balance to 2^-32, however few digits are printed:
    // the extrema and the confirming scan need that much to be compared
    let stop = bits_for_digits(digits, 12).max(32) + extra;
    let (mut bal, _, bits) =
        until_stable(bits_for_digits(digits, 24).max(64) + 2 * extra, |bits| {
            let ctx = Kernel::new(model, target, bits);
            let br = bracket(&ctx, &Float::with_val(bits, &theta), 30, &lo, hi, &mut fd)?;
            let r = balance(&ctx, br, &lo, hi, stop, &mut fd)?;
            theta = r.theta.clone();
            let mut s = vec![fmt(&r.theta, digits), fmt(&r.max, digits)];
            for e in r.exts.iter().take(2) {
                let (x, v) = placed(&spec.range, target, &e.x, &e.e);
                s.push(fmt(&x, digits));
                s.push(fmt(&v, digits));
            }
            Ok((r, s))
        })?;
    let ctx = Kernel::new(model, target, bits);
    if follow {
        // one full scan at the final θ: the pair must be its largest errors; the others from it
        let scan = phi_at(&ctx, &bal.theta, &lo, hi, &mut Finder::new(false))?;
        if !same_pair(&scan, &bal, bits) {
            return Ok(None);
        }
        let (p, n) = (scan.pos, scan.neg);
        bal.exts.truncate(2);
        bal.exts.extend(
            scan.exts
                .into_iter()
                .enumerate()
                .filter(|(k, _)| Some(*k) != p && Some(*k) != n)
                .map(|(_, e)| e),
        );
    }
    confirm(&ctx, &bal, &lo, hi)?;
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
    Ok(Some(FitResult {
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
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::fit::{Criterion, Range};

    /// The followed route and the route scanning at every step (independent
    /// extrema at each θ) give the same printed result, and the followed one
    /// is taken (not the fallback) on these problems.
    #[test]
    fn followed_extrema_give_the_scanned_result() {
        for (family, level, range) in [
            (Family::Tanh, Level::Erf, Range::real_line()),
            (Family::Tanh, Level::Gelu, Range::real_line()),
            (Family::Sigmoid, Level::Erf, Range::symmetric(8)),
            (Family::Tanh, Level::Erf, Range::parse("1:4").unwrap()),
        ] {
            let mut spec = FitSpec::new(family, level, Criterion::Minimax, 20);
            spec.range = range;
            let fast = solve(&spec, true)
                .unwrap()
                .expect("the followed route holds");
            let slow = solve(&spec, false).unwrap().unwrap();
            let show = |r: &FitResult| {
                let mut v = vec![r.param_decimal(0), r.objective.decimal()];
                for e in &r.extrema {
                    v.push(e.x.decimal());
                    v.push(e.error.decimal());
                }
                v
            };
            assert_eq!(show(&fast), show(&slow), "{family:?} {level:?}");
        }
    }
}
