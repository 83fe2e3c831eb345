//! Extrema of e followed from one parameter value to the next, instead of a
//! fresh scan at every step of the minimax iteration.
//!
//! Between two nearby parameter values each local extremum x* of e moves a
//! little (x* solves e′(x; θ) = 0, smooth in θ), so Newton on e′ = 0 started at
//! the previous x*, x ← x − e′(x)/e″(x), finds it again in a few steps. An
//! endpoint of a finite range is simply re-evaluated. A run that leaves
//! `reach` of its start, leaves [lo, hi] or does not settle in 16 steps
//! returns `None`: the caller scans afresh. Following cannot see an extremum
//! that appears between two steps, so a result found this way is checked by
//! one full scan at its final parameters (`minimax.rs`).
//!
//! ```
//! use rug::{Float, Rational};
//! use taylormatch::numeric::fit::extrema::extrema_on;
//! use taylormatch::numeric::fit::track::follow;
//! use taylormatch::numeric::model::{Family, Kernel, Level};
//! let k = Kernel::new(Family::Tanh, Level::Erf, 128);
//! let (lo, hi) = (Float::with_val(128, 0), Float::with_val(128, 4));
//! let c = k.inner(&[Float::with_val(128, &Rational::from((44715, 1_000_000)))]);
//! let ex = extrema_on(&k, &c, &lo, &hi, (false, false));
//! // a 0.1% change of a: the extrema followed agree with a fresh scan
//! let c2 = k.inner(&[Float::with_val(128, &Rational::from((447597, 10_000_000)))]);
//! let fresh = extrema_on(&k, &c2, &lo, &hi, (false, false));
//! let moved = follow(&k, &c2, &ex, &lo, &hi, &Float::with_val(128, 0.125)).unwrap();
//! let d = Float::with_val(128, &moved[0].e - &fresh[0].e).abs();
//! assert!(d < 1e-30, "{d}");
//! ```

use crate::numeric::fit::extrema::{by_size, Ext};
use crate::numeric::model::Kernel;
use rug::Float;

/// The extrema `prev` followed to the parameters `c` (see the module doc), largest |e| first.
pub fn follow(
    ctx: &Kernel,
    c: &(Float, Float),
    prev: &[Ext],
    lo: &Float,
    hi: &Float,
    reach: &Float,
) -> Option<Vec<Ext>> {
    let bits = ctx.bits;
    let mut out = Vec::with_capacity(prev.len());
    for p in prev {
        let x = if p.endpoint {
            Float::with_val(bits, &p.x)
        } else {
            newton(ctx, c, &p.x, reach, lo, hi)?
        };
        out.push(Ext {
            e: ctx.error(&x, c),
            x,
            endpoint: p.endpoint,
        });
    }
    by_size(&mut out);
    Some(out)
}

/// Newton on e′ = 0 from `x0`: to a step below 2^−(bits−6)·max(1, |x|) (as
/// [`refine`](crate::numeric::fit::extrema::refine)), or one step past a step
/// below 2^−(bits/2+2)·max(1, |x|) (Newton's error is then ~ that step squared:
/// the rounding floor of e′ may keep the steps from getting smaller); `None`
/// outside `reach` of `x0` or of [lo, hi], or after 16 steps.
fn newton(
    ctx: &Kernel,
    c: &(Float, Float),
    x0: &Float,
    reach: &Float,
    lo: &Float,
    hi: &Float,
) -> Option<Float> {
    let bits = ctx.bits;
    let mut x = Float::with_val(bits, x0);
    let mut last = false;
    for _ in 0..16 {
        let d = ctx.error_derivs(&x, c);
        if d.d1.is_zero() {
            return Some(x);
        }
        let step = Float::with_val(bits, &d.d1 / &d.d2);
        if !step.is_finite() {
            return None;
        }
        x -= &step;
        if Float::with_val(bits, &x - x0).abs() > *reach || x < *lo || x > *hi {
            return None;
        }
        let scale = Float::with_val(bits, x.abs_ref()).max(&Float::with_val(bits, 1));
        let step = step.abs();
        if last || step <= Float::with_val(bits, &scale >> (bits - 6)) {
            return Some(x);
        }
        last = step <= (scale >> (bits / 2 + 2));
    }
    None
}
