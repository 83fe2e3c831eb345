//! The L2 error of a model at given parameters: ∫_A^B e(x; p)² dx, by the
//! Gauss–Legendre rules of [`l2fit`](super::l2fit) (two rules must agree,
//! digits stable between two precisions), with the quadrature samples
//! shared between the calls that integrate over the same interval.
//!
//! ```
//! use rug::{Float, Rational};
//! use taylormatch::numeric::fit::l2_value::{l2_value, l2_value_samples, l2_value_with};
//! use taylormatch::numeric::fit::Range;
//! use taylormatch::numeric::model::{Family, Level};
//! // ∫₋₁₀¹⁰ e_GELU² dx for a = 0.044715, afresh and from shared samples: the same value
//! let a = |bits| vec![Float::with_val(bits, &Rational::from((44715, 1_000_000)))];
//! let r = Range::symmetric(10);
//! let shared = l2_value_samples(Level::Gelu, &r, 12).unwrap();
//! let v = l2_value(Family::Tanh, Level::Gelu, &r, 12, a).unwrap();
//! let w = l2_value_with(Family::Tanh, Level::Gelu, &r, 12, a, Some(&shared)).unwrap();
//! assert_eq!(v.decimal(), w.decimal());
//! ```

use crate::error::{Error, Result};
use crate::numeric::bits_for_digits;
use crate::numeric::fit::gridfit::accumulate_f;
use crate::numeric::fit::l2fit::{finite_range, nodes_for, rel_diff};
use crate::numeric::fit::quadrature::{samples, QuadSamples};
use crate::numeric::fit::{fmt, until_stable, Range, Stable};
use crate::numeric::model::{Family, Kernel, Level};
use rug::ops::Pow;
use rug::{Float, Rational};

/// ∫ e(x; p)² dx over `range` to `digits` digits (two rules must agree; stable in precision).
pub fn l2_value(
    model: Family,
    target: Level,
    range: &Range,
    digits: u32,
    p: impl Fn(u32) -> Vec<Float>,
) -> Result<Stable> {
    l2_value_with(model, target, range, digits, p, None)
}

/// [`l2_value`] with the quadrature samples (the erf values at the nodes)
/// taken from `known` where it holds them: they depend on the target, the
/// interval, the precision and the rule, not on the model or its parameters.
pub fn l2_value_with(
    model: Family,
    target: Level,
    range: &Range,
    digits: u32,
    p: impl Fn(u32) -> Vec<Float>,
    known: Option<&QuadSamples>,
) -> Result<Stable> {
    let tol = Float::with_val(64, 10u32).pow(-(digits as i32 + 2));
    let p64 = p(64);
    let (v, _, _) = until_stable(l2_value_bits(digits), |bits| {
        let (lo, hi, _) = finite_range(
            model,
            target,
            range,
            &p64,
            &Float::with_val(64, Float::i_exp(1, -40)),
            bits,
        )?;
        let ctx = Kernel::new(model, target, bits);
        let pb = p(bits);
        let n = nodes_for(bits);
        let sum = |n: usize| match known.and_then(|k| k.get(target, &lo, &hi, bits, n)) {
            Some(s) => accumulate_f(&ctx, s, &pb),
            None => accumulate_f(&ctx, &samples(&ctx, &lo, &hi, n).0, &pb),
        };
        let fa = sum(n);
        let fb = sum(n + n / 4 + 4);
        if rel_diff(&fa, &fb) > tol {
            return Err(Error::Verification(
                "the two Gauss–Legendre rules did not agree to the requested digits".into(),
            ));
        }
        let s = vec![fmt(&fb, digits)];
        Ok((fb, s))
    })?;
    Ok(Stable::new(v, digits))
}

/// The first working precision of [`l2_value`] at `digits` digits.
pub fn l2_value_bits(digits: u32) -> u32 {
    bits_for_digits(digits, 24)
}

/// The quadrature samples [`l2_value_with`] at `digits` digits uses on the
/// finite `range` (at most 64 long, integrated whole) at its first two
/// precisions, both rules each; `None` for a range that is cut (its interval
/// depends on the parameters).
pub fn l2_value_samples(target: Level, range: &Range, digits: u32) -> Option<QuadSamples> {
    let (lo, hi) = (range.lo.clone()?, range.hi.clone()?);
    if Rational::from(&hi - &lo) > 64 {
        return None;
    }
    let b0 = l2_value_bits(digits);
    let mut rules = Vec::new();
    for bits in [b0, b0 + 32] {
        let n = nodes_for(bits);
        rules.push((bits, n));
        rules.push((bits, n + n / 4 + 4));
    }
    Some(QuadSamples::new(target, lo, hi, &rules))
}
