//! The largest |error| of a model at given parameters over a range, and
//! where it is attained: the extrema search of [`minimax`](crate::numeric::fit::minimax)
//! at fixed parameters, its digits stable between two precisions.
//!
//! ```
//! use rug::{Float, Rational};
//! use taylormatch::numeric::fit::Range;
//! use taylormatch::numeric::fit::max_error::max_error;
//! use taylormatch::numeric::model::{Family, Level};
//! // max |tanh(√(2/π)(x + 0.044715x³)) − erf(x/√2)| on ℝ = 0.000357865167544… (mpmath)
//! let a = |bits| vec![Float::with_val(bits, &Rational::from((44715, 1_000_000)))];
//! let m = max_error(Family::Tanh, Level::Erf, &Range::real_line(), 6, a).unwrap();
//! assert_eq!(m.value.decimal(), "0.000357865");
//! ```

use crate::error::{Error, Result};
use crate::numeric::bits_for_digits;
use crate::numeric::fit::extrema::extrema_abs_range;
use crate::numeric::fit::{fmt, until_stable, Range, Stable};
use crate::numeric::model::{Family, Kernel, Level};
use rug::Float;

/// The largest |error| of a model at given parameters and where it is attained.
#[derive(Debug, Clone, PartialEq)]
pub struct MaxAbs {
    /// max |e(x; p)| over the range (divided by 2^shift).
    pub value: Stable,
    /// The x ≥ 0 where it is attained (to at most 12 digits).
    pub x: Stable,
}

/// max |e(x; p)| over `range` and the x ≥ 0 where it is attained, to `digits` digits
/// (stable between two precisions); `p(bits)` gives the parameters at a precision.
pub fn max_error(
    model: Family,
    target: Level,
    range: &Range,
    digits: u32,
    p: impl Fn(u32) -> Vec<Float>,
) -> Result<MaxAbs> {
    // with shift 0 both values are the same, so the stability test is max_error's
    Ok(max_error_and_shift(model, target, range, digits, 0, p)?.0)
}

/// [`max_error`] and the same maximum divided by 2^`shift` (exact in binary;
/// shift 1 gives the Φ level from erf), from one search: both values' digits
/// are stable between the two precisions.
pub fn max_error_and_shift(
    model: Family,
    target: Level,
    range: &Range,
    digits: u32,
    shift: u32,
    p: impl Fn(u32) -> Vec<Float>,
) -> Result<(MaxAbs, MaxAbs)> {
    let (lo, hi) = range.abs_range();
    let ((v, x), _, _) = until_stable(bits_for_digits(digits, 24).max(64), |bits| {
        let ctx = Kernel::new(model, target, bits);
        let ex = extrema_abs_range(&ctx, &ctx.inner(&p(bits)), &lo, hi.as_ref())?;
        let top = ex
            .first()
            .ok_or_else(|| Error::input("no extremum on the range"))?;
        let v = Float::with_val(bits, top.e.abs_ref());
        let vs = Float::with_val(bits, &v >> shift);
        let s = vec![
            fmt(&v, digits),
            fmt(&vs, digits),
            fmt(&top.x, digits.min(12)),
        ];
        Ok(((v, top.x.clone()), s))
    })?;
    let at = |v: Float| MaxAbs {
        value: Stable::new(v, digits),
        x: Stable::new(x.clone(), digits.min(12)),
    };
    let vs = Float::with_val(v.prec(), &v >> shift);
    Ok((at(v), at(vs)))
}
