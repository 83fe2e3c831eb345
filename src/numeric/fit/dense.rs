//! The dense check of a minimax result and the tail bound that limits it:
//! after the scan of e′ has found the extrema, |e| sampled at 1/8 of the scan
//! step must stay below the maximum found ([`dense_check`]); beyond the point
//! where [`far_bound`] (a proven bound on |e(y)| for all y ≥ x) falls below
//! the maximum no sampling is needed.
//!
//! ```
//! use rug::{Float, Rational};
//! use taylormatch::numeric::fit::dense::far_bound;
//! use taylormatch::numeric::model::{Family, Kernel, Level};
//! let k = Kernel::new(Family::Tanh, Level::Erf, 64);
//! let c = k.inner(&[Float::with_val(64, &Rational::from((44715, 1_000_000)))]);
//! // beyond x = 4 the error stays below 7·10⁻⁵ (its maximum is 3.6·10⁻⁴)
//! let b = far_bound(&k, &Float::with_val(64, 4), &c).unwrap();
//! assert!(b < 7e-5 && b > 6e-5, "{b}");
//! ```

use crate::numeric::fit::erf_table::erf_sqrt2_many;
use crate::numeric::fit::extrema::{scan_bits, scan_step};
use crate::numeric::fit::lsq::Sample;
use crate::numeric::fit::tanh_run::tanh_values;
#[cfg(test)]
use crate::numeric::model::Family;
use crate::numeric::model::{Kernel, Level};
use rug::Float;

/// A dense check: |e| sampled at step h/8 on [lo, min(hi, X)] never exceeds
/// `max`·(1 + 2^−40) + δ, δ = 2^−(b−4)·max(1, hi) the rounding error of a
/// sample at the sampling precision b = [`scan_bits`] (m and E are ≤ 1, the
/// GELU weight ≤ hi/2; without δ a small maximum far out, e.g. 10⁻⁸ on
/// [5, 6], is lost to the rounding of 1 − 1). Sampling sees a peak only to
/// ~10⁻⁵ relative (its distance to the nearest sample); it guards against
/// extrema the scan missed. Beyond X, the first multiple of 1/4 from 1 on
/// where [`far_bound`] is below `max`, that bound covers every point.
/// m comes from the recurrence of [`tanh_values`], E from the anchored series.
pub fn dense_check(ctx: &Kernel, c: &(Float, Float), lo: &Float, hi: &Float, max: &Float) -> bool {
    let bits = scan_bits(ctx.bits.max(64), hi);
    let sctx = Kernel::new(ctx.family, ctx.level, bits);
    let c = &(Float::with_val(bits, &c.0), Float::with_val(bits, &c.1));
    let h = scan_step(bits, lo, hi) >> 3;
    let scale = Float::with_val(bits, hi).max(&Float::with_val(bits, 1));
    let delta = scale >> (bits - 4);
    let lim = Float::with_val(bits, max + Float::with_val(bits, max >> 40u32)) + delta;
    let mut cut = Float::with_val(bits, 1).max(lo);
    while cut < *hi && far_bound(&sctx, &cut, c).is_none_or(|b| b >= *max) {
        cut += 0.25;
    }
    let top = Float::with_val(bits, hi).min(&cut);
    let mut samples = Vec::new();
    let mut x = Float::with_val(bits, lo);
    while x <= top {
        let x3 = Float::with_val(bits, x.square_ref()) * &x;
        samples.push(Sample {
            x: x.clone(),
            x3,
            e: Float::new(bits),
            w: None,
            q: None,
        });
        x += &h;
    }
    let xs: Vec<Float> = samples.iter().map(|s| s.x.clone()).collect();
    // E(x) by the anchored Taylor series (a few ulps at `bits`, far inside δ)
    let es = erf_sqrt2_many(&xs, bits);
    let ms = tanh_values(&samples, c, bits);
    xs.iter().zip(es.iter().zip(&ms)).all(|(x, (e, m))| {
        let d = Float::with_val(bits, m - e);
        let err = match sctx.weight(x) {
            None => d,
            Some(w) => d * w,
        };
        err.abs() <= lim
    })
}

/// A bound on |e(y)| for every y ≥ x ≥ 1 (`None` unless c1 ≥ ½ and c3 ≥ 0):
/// m and E lie in (0, 1), so |m − E| ≤ max(1 − m, 1 − E), with
/// 1 − tanh u ≤ 2e^{−2u}, u(y) ≥ u(x), and 1 − erf(y/√2) ≤ √(2/π)e^{−y²/2}/y;
/// times the weight: ½ (Φ), or y/2 for GELU (y·e^{−2u(y)} falls for y ≥ 1 as
/// 2u′ ≥ 2c1 ≥ 1 ≥ 1/y, and y·e^{−y²/2}/y falls). Each term is decreasing in y, so its value at x bounds
/// the tail; rounded up by 2^−50 relative for the roundings of its evaluation.
pub fn far_bound(ctx: &Kernel, x: &Float, c: &(Float, Float)) -> Option<Float> {
    let b = ctx.bits;
    if c.0 < 0.5 || c.1 < 0 || *x < 1 {
        return None;
    }
    let x3 = Float::with_val(b, x.square_ref()) * x;
    let u = Float::with_val(b, c.0.mul_add_mul_ref(x, &c.1, &x3));
    let t1 = Float::with_val(b, -(u * 2u32)).exp() * 2u32;
    let t2 = Float::with_val(b, -Float::with_val(b, x.square_ref()) / 2u32).exp() * &ctx.s / x;
    let v = match ctx.level {
        Level::Erf => t1.max(&t2),
        Level::Phi => t1.max(&t2) / 2u32,
        Level::Gelu => t1.max(&t2) * x / 2u32,
    };
    Some(Float::with_val(b, &v >> 50u32) + v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rug::Rational;

    /// far_bound(x) is above |e(y)| (MPFR's tanh and erf at 128 bits) at points y ≥ x, each level.
    #[test]
    fn far_bound_bounds_the_tail() {
        for (family, level, p) in [
            (Family::Tanh, Level::Erf, Rational::from((44715, 1_000_000))),
            (
                Family::Tanh,
                Level::Gelu,
                Rational::from((44715, 1_000_000)),
            ),
            (Family::Sigmoid, Level::Phi, Rational::from((17, 10))),
        ] {
            let k = Kernel::new(family, level, 128);
            let c = k.inner(&[Float::with_val(128, &p)]);
            for x in [1u32, 2, 3, 4, 6] {
                let xf = Float::with_val(128, x);
                let b = far_bound(&k, &xf, &c).unwrap();
                for j in 0..40u32 {
                    let y = Float::with_val(128, &xf + Float::with_val(128, j) / 8u32);
                    assert!(
                        k.error(&y, &c).abs() <= b,
                        "{family:?} {level:?} x = {x}, y = {y}"
                    );
                }
            }
        }
        // no bound for c1 < 1/2
        let k = Kernel::new(Family::Sigmoid, Level::Erf, 64);
        let c = k.inner(&[Float::with_val(64, 0.9)]);
        assert!(far_bound(&k, &Float::with_val(64, 2), &c).is_none());
    }
}
