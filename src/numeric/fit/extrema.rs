//! Local extrema of the error e(x) and its maximum modulus over an |x| range.
//!
//! |e| is even in x, so every range reduces to x ∈ [lo, hi] with x ≥ 0.
//! Extrema: scan e′ at step h for sign changes, then Newton on e′ = 0 with e″,
//! kept inside the bracket (bisection when a step leaves it). Endpoints of a
//! finite range are candidates too. An infinite end is cut at X where the
//! tail bound of [`far_bound`] is below a quarter of the maximum found.
//!
//! ```
//! use rug::{Float, Rational};
//! use taylormatch::numeric::fit::extrema::extrema_on;
//! use taylormatch::numeric::model::{Family, Kernel, Level};
//! // the largest |e| of tanh(√(2/π)(x + 0.044715x³)) − erf(x/√2) on [0, 4] is at x ≈ 2.5921
//! let k = Kernel::new(Family::Tanh, Level::Erf, 128);
//! let c = k.inner(&[Float::with_val(128, &Rational::from((44715, 1_000_000)))]);
//! let ex = extrema_on(&k, &c, &Float::with_val(128, 0), &Float::with_val(128, 4), (false, false));
//! assert!(ex[0].x > 2.592 && ex[0].x < 2.5922, "{}", ex[0].x);
//! ```

use crate::error::Input;
use crate::error::{Error, Result};
use crate::numeric::fit::dense::far_bound;
use crate::numeric::fit::Range;
use crate::numeric::model::{Kernel, Level};
use rug::{Float, Rational};

/// A local extremum (or an endpoint) of e.
#[derive(Debug, Clone)]
pub struct Ext {
    pub x: Float,
    pub e: Float,
    /// True for an endpoint of a finite range (not a zero of e′).
    pub endpoint: bool,
}

/// Scan step on [lo, hi]: 1/32, or 2^−k ≤ (hi − lo)/64 on a narrower range
/// (a range of width 10⁻⁶ still gets 64 scan intervals).
pub fn scan_step(bits: u32, lo: &Float, hi: &Float) -> Float {
    let mut h = Float::with_val(bits, Float::i_exp(1, -5));
    let w = Float::with_val(bits, hi - lo);
    let limit = Float::with_val(bits, &w >> 6u32);
    while h > limit && h.get_exp().unwrap_or(i32::MIN) > -4000 {
        h >>= 1u32;
    }
    h
}

/// Precision of the scans: 64 bits, plus 5 bits per halving of hi below 1.
///
/// Near 0 the error is e ≈ c·x⁵ (the model matches the target's series to
/// x³) while m and E are ≈ x, so e and e′ lose about 4·log2(1/x) bits to
/// cancellation; 5 per halving covers that with room. Capped at `bits`.
pub fn scan_bits(bits: u32, hi: &Float) -> u32 {
    let lost = match hi.get_exp() {
        Some(e) if e < 1 => 5 * (1 - e) as u32,
        _ => 0,
    };
    bits.min(64 + lost)
}

/// Newton on e′ = 0 in the bracket [a, b] where e′ changes sign.
pub fn refine(ctx: &Kernel, c: &(Float, Float), a: &Float, b: &Float, start: &Float) -> Float {
    let bits = ctx.bits;
    let (mut a, mut b) = (a.clone(), b.clone());
    let sa = ctx.error_derivs(&a, c).d1.is_sign_negative();
    let mut x = start.clone();
    for _ in 0..200 {
        let d = ctx.error_derivs(&x, c);
        if d.d1.is_zero() {
            return x;
        }
        if d.d1.is_sign_negative() == sa {
            a = x.clone();
        } else {
            b = x.clone();
        }
        let step = Float::with_val(bits, &d.d1 / &d.d2);
        let mut nx = Float::with_val(bits, &x - &step);
        if !(nx > a && nx < b && step.is_finite()) {
            nx = Float::with_val(bits, &a + &b) / 2u32;
        }
        let dx = Float::with_val(bits, &nx - &x).abs();
        x = nx;
        let tol = Float::with_val(bits, x.abs_ref()).max(&Float::with_val(bits, 1)) >> (bits - 6);
        if dx <= tol || Float::with_val(bits, &b - &a) <= tol {
            return x;
        }
    }
    x
}

/// All local extrema of e on [lo, hi] (x ≥ 0) found by the scan, refined; endpoints
/// included when `endpoints` says so. Sorted by |e|, largest first.
///
/// The scan itself runs at [`scan_bits`] (64 bits away from 0: a sign of
/// e′ ~ 10⁻⁸ or larger is safe there); each bracket is refined by Newton at
/// that precision, then polished by Newton at `ctx.bits` in the same bracket.
pub fn extrema_on(
    ctx: &Kernel,
    c: &(Float, Float),
    lo: &Float,
    hi: &Float,
    endpoints: (bool, bool),
) -> Vec<Ext> {
    extrema_coarse(ctx, c, lo, hi, endpoints, 0)
}

/// [`extrema_on`] with the scan step 2^`coarse` times [`scan_step`] (a first
/// look: the minimax iteration rescans at the full step at its end).
pub fn extrema_coarse(
    ctx: &Kernel,
    c: &(Float, Float),
    lo: &Float,
    hi: &Float,
    endpoints: (bool, bool),
    coarse: u32,
) -> Vec<Ext> {
    let sb = scan_bits(ctx.bits, hi);
    let sctx = Kernel::new(ctx.family, ctx.level, sb);
    let sc = (Float::with_val(sb, &c.0), Float::with_val(sb, &c.1));
    let h = scan_step(sb, lo, hi) << coarse;
    let shi = Float::with_val(sb, hi);
    let mut out = Vec::new();
    let mut x0 = Float::with_val(sb, lo);
    let mut d0 = sctx.error_derivs(&x0, &sc).d1;
    while x0 < shi {
        let x1 = Float::with_val(sb, &x0 + &h).min(&shi);
        let d1 = sctx.error_derivs(&x1, &sc).d1;
        if !d0.is_zero() && !d1.is_zero() && d0.is_sign_negative() != d1.is_sign_negative() {
            // Newton at the scan precision first, then polished at ctx.bits
            // (quadratic convergence: two or three steps from a 58-bit start)
            let mid = Float::with_val(sb, &x0 + &x1) / 2u32;
            let x = refine(&sctx, &sc, &x0, &x1, &mid);
            let x = if sb < ctx.bits {
                let (a, b) = (
                    Float::with_val(ctx.bits, &x0),
                    Float::with_val(ctx.bits, &x1),
                );
                refine(ctx, c, &a, &b, &Float::with_val(ctx.bits, &x))
            } else {
                x
            };
            out.push(Ext {
                e: ctx.error(&x, c),
                x,
                endpoint: false,
            });
        }
        x0 = x1;
        d0 = d1;
    }
    if endpoints.0 && !lo.is_zero() {
        out.push(Ext {
            e: ctx.error(lo, c),
            x: lo.clone(),
            endpoint: true,
        });
    }
    if endpoints.1 {
        out.push(Ext {
            e: ctx.error(hi, c),
            x: hi.clone(),
            endpoint: true,
        });
    }
    by_size(&mut out);
    out
}

/// Sorts extrema by |e|, largest first.
pub fn by_size(out: &mut [Ext]) {
    out.sort_by(|a, b| {
        b.e.clone()
            .abs()
            .partial_cmp(&a.e.clone().abs())
            .unwrap_or(std::cmp::Ordering::Equal)
    });
}

/// The extrema over the |x| range (lo, hi) (hi `None` = ∞): an infinite end
/// is cut at X where [`far_bound`] is below a quarter of the largest extremum.
pub fn extrema_abs_range(
    ctx: &Kernel,
    c: &(Float, Float),
    lo: &Rational,
    hi: Option<&Rational>,
) -> Result<Vec<Ext>> {
    extrema_abs_coarse(ctx, c, lo, hi, 0)
}

/// [`extrema_abs_range`] with the scan step 2^`coarse` times the usual one ([`extrema_coarse`]).
pub fn extrema_abs_coarse(
    ctx: &Kernel,
    c: &(Float, Float),
    lo: &Rational,
    hi: Option<&Rational>,
    coarse: u32,
) -> Result<Vec<Ext>> {
    let bits = ctx.bits;
    let lof = Float::with_val(bits, lo);
    match hi {
        Some(h) => Ok(extrema_coarse(
            ctx,
            c,
            &lof,
            &Float::with_val(bits, h),
            (true, true),
            coarse,
        )),
        None => {
            // [lo, X] scanned, X = max(4, lo + 4) doubled (the new part scanned) until
            // the bound beyond X is below a quarter of the largest extremum
            let mut x = Float::with_val(bits, 4).max(&Float::with_val(bits, &lof + 4u32));
            let mut ex = extrema_coarse(ctx, c, &lof, &x, (true, false), coarse);
            for _ in 0..8 {
                let top = ex
                    .first()
                    .map(|e| Float::with_val(bits, e.e.abs_ref()))
                    .unwrap_or_else(|| Float::new(bits));
                let bound = far_bound(ctx, &x, c).ok_or_else(|| {
                    Error::input("an infinite range needs c1 ≥ 1/2 and c3 ≥ 0 for the tail bound")
                })?;
                if top.is_zero() {
                    return Err(Error::input(crate::msg!(
                        Input::Range,
                        ": the error is 0 at the working precision everywhere on the range (far from 0 model and target agree to every bit); give a range nearer 0"
                    )));
                }
                if bound * 4u32 < top {
                    return Ok(ex);
                }
                let x2 = Float::with_val(bits, &x * 2u32);
                ex.extend(extrema_coarse(ctx, c, &x, &x2, (false, false), coarse));
                by_size(&mut ex);
                x = x2;
            }
            Err(Error::Verification(
                "could not bound the error beyond the scanned range".into(),
            ))
        }
    }
}

/// The point of `range` where |e| takes the value found at x ≥ 0 (the scans
/// work on |x|): x itself when the range holds it, else −x, with the error
/// there (e(−x) = −e(x) for the erf target, e(x) for GELU).
pub fn placed(range: &Range, target: Level, x: &Float, e: &Float) -> (Float, Float) {
    let inside =
        range.lo.as_ref().is_none_or(|l| *x >= *l) && range.hi.as_ref().is_none_or(|h| *x <= *h);
    let minus = Float::with_val(x.prec(), -x);
    let minus_inside = range.lo.as_ref().is_none_or(|l| minus >= *l)
        && range.hi.as_ref().is_none_or(|h| minus <= *h);
    // x is in the |x| range, so one of ±x is in the range up to the rounding of an end
    if inside || !minus_inside {
        return (x.clone(), e.clone());
    }
    let v = match target {
        Level::Erf | Level::Phi => -e.clone(),
        Level::Gelu => e.clone(),
    };
    (-x.clone(), v)
}

/// Extra working bits for a range close to 0: [`scan_bits`] − 64 at the
/// largest |x| of the range (0 for an infinite or a wide range).
pub fn cancel_bits(hi: Option<&Rational>) -> u32 {
    match hi {
        Some(h) => scan_bits(u32::MAX, &Float::with_val(64, h)) - 64,
        None => 0,
    }
}
