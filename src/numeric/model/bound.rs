//! Certified enclosure of max |e(x)| for any [`Model`](super::Model)'s error
//! over a finite range, or over the whole line where the tails are provable.
//!
//! Method: a lower bound from 257 sample points (each a certified interval;
//! a point where the error is undefined is refused); branch and bound
//! ([`crate::numeric::bound::bnb`]) with the expression's interval Taylor jets.
//! Whole line: for T = 4, 8, …, 2¹⁰ the error is enclosed directly over
//! [T, +∞] and [−∞, −T] in interval arithmetic with infinite ends (MPFR's
//! limits: tanh(+∞) = 1, e^(−∞) = 0, …); the first T where both enclosures
//! are finite and below the sampled maximum is taken, and the search runs on
//! [−T, T]. Where they do not close that way (x·(…) at ∞·0) a proven bound
//! ([`GeluTail`]: GELU-level tanh and logistic forms) is used when one applies;
//! otherwise the expression is refused with a request for a finite range.
//!
//! ```
//! use rug::Rational;
//! use taylormatch::numeric::model::bound::max_error;
//! use taylormatch::numeric::model::{Family, Level, Model};
//! use taylormatch::numeric::interval::outward::float_directed;
//! let f = Model::family(Family::Tanh, Level::Erf).at(128, &[Rational::from((44715, 1_000_000))], false).unwrap();
//! let range = (Some(Rational::from(-4)), Some(Rational::from(4)));
//! let m = max_error(&f, &range, &Rational::from((1, 1_000_000)), 100_000).unwrap();
//! // max |tanh(√(2/π)(x + 0.044715x³)) − erf(x/√2)| = 0.000357865167544… (at x ≈ ±2.592)
//! assert_eq!((float_directed(&m.lo, 5, false), float_directed(&m.hi, 5, true)), ("0.00035786".into(), "0.00035787".into()));
//! ```

use super::pair::ModelEval;
pub use super::tail::GeluTail;
use crate::error::{Error, Result};
use crate::numeric::bound::bnb::{self, ErrorJets};
pub use crate::numeric::bound::{BoundResult, Tail};
use crate::numeric::interval::jet::Jet;
use crate::numeric::interval::Interval;
use rug::float::{Round, Special};
use rug::{Float, Rational};

impl ErrorJets for ModelEval {
    fn bits(&self) -> u32 {
        self.bits
    }
    fn jets(&self, x: &Interval, order: usize) -> Option<Jet> {
        self.jet(x, order).ok()
    }
}

/// x to 12 significant digits, for messages.
fn show(x: &Float) -> String {
    crate::numeric::interval::outward::float_directed(x, 12, false)
}

fn finite(iv: &Interval) -> bool {
    iv.lo.is_finite() && iv.hi.is_finite()
}

/// max of |e| certified at 257 points of [a, b] (and the point), refusing undefined points.
fn sample(f: &ModelEval, a: &Float, b: &Float) -> Result<(Float, Float)> {
    let bits = f.bits;
    let mut best = (Float::new(bits), a.clone());
    for i in 0..=256u32 {
        let t = Float::with_val(bits, b - a) * i / 256u32;
        let x = Float::with_val(bits, a + &t).min(b);
        let v = f.interval(&Interval::point(bits, &x)).map_err(|u| {
            Error::input(format!(
                "the error is undefined at x = {} in the range: {}",
                show(&x),
                u.0
            ))
        })?;
        if !finite(&v) {
            return Err(Error::input(format!(
                "the error is not finite at x = {} in the range",
                show(&x)
            )));
        }
        if v.abs_lo() > best.0 {
            best = (v.abs_lo(), x);
        }
    }
    Ok(best)
}

/// A range with optional ends: `None` is −∞ (first) or +∞ (second).
pub type Range = (Option<Rational>, Option<Rational>);

/// Encloses max |e| over `range` (finite, half-line or the whole line).
pub fn max_error(
    f: &ModelEval,
    range: &Range,
    rel_tol: &Rational,
    max_boxes: usize,
) -> Result<BoundResult> {
    max_error_tail(f, range, rel_tol, max_boxes, None)
}

/// [`max_error`] with a proven tail bound for the infinite ends where
/// interval arithmetic cannot close them (e.g. [`GeluTail`] at ∞·0).
pub fn max_error_tail(
    f: &ModelEval,
    range: &Range,
    rel_tol: &Rational,
    max_boxes: usize,
    proven: Option<&GeluTail>,
) -> Result<BoundResult> {
    let bits = f.bits;
    let tol = Float::with_val_round(bits, rel_tol, Round::Down).0;
    let (l, r, tail, lb0) = finite_part(f, range, proven)?;
    let range = range.clone();
    let inside = move |x: &Float| {
        range.0.as_ref().is_none_or(|a| *x >= *a) && range.1.as_ref().is_none_or(|b| *x <= *b)
    };
    let out = bnb::search(f, l, r, inside, lb0, &tol, max_boxes);
    let mut hi = out.ub;
    if let Some((_, t)) = &tail {
        if *t > hi {
            hi = t.clone();
        }
    }
    // the whole range is searched (no symmetry is assumed); a tail is [T, ∞) and (−∞, −T]
    Ok(BoundResult {
        lo: out.lb,
        hi,
        best: out.best,
        argmax: out.argmax,
        symmetric: false,
        boxes: out.boxes,
        tail: tail.map(|(point, bound)| Tail { point, bound }),
        bits,
        converged: out.converged,
    })
}

type Start = (Float, Float, Option<(Float, Float)>, (Float, Float));

/// The finite interval [l, r] to search, with a bound on the infinite ends'
/// tails beyond it: the first T = 4·2^j (≤ 2¹⁰, beyond the finite ends) whose
/// tail enclosures are finite and below the maximum sampled on [l, r].
fn finite_part(f: &ModelEval, range: &Range, proven: Option<&GeluTail>) -> Result<Start> {
    let bits = f.bits;
    let down = |q: &Rational| Float::with_val_round(bits, q, Round::Down).0;
    let up = |q: &Rational| Float::with_val_round(bits, q, Round::Up).0;
    if let (Some(a), Some(b)) = range {
        let (l, r) = (down(a), up(b));
        let lb0 = sample(f, &l, &r)?;
        return Ok((l, r, None, lb0));
    }
    let inf = Float::with_val(bits, Special::Infinity);
    let ends: Vec<Float> = [&range.0, &range.1]
        .iter()
        .filter_map(|e| e.as_ref())
        .map(|q| Float::with_val(bits, q).abs())
        .collect();
    for j in 0..=8 {
        let t = Float::with_val(bits, 4u32 << j);
        if ends.iter().any(|e| *e >= t) {
            continue;
        }
        let l = range
            .0
            .as_ref()
            .map_or_else(|| Float::with_val(bits, -&t), down);
        let r = range.1.as_ref().map_or_else(|| t.clone(), up);
        let lb0 = sample(f, &l, &r)?;
        let mut bound = Float::new(bits);
        let mut ok = true;
        for (missing, bx) in [
            (
                range.0.is_none(),
                Interval::from_floats(-inf.clone(), l.clone()),
            ),
            (
                range.1.is_none(),
                Interval::from_floats(r.clone(), inf.clone()),
            ),
        ] {
            if !missing {
                continue;
            }
            match f.interval(&bx) {
                Ok(v) if finite(&v) => bound = bound.max(&v.abs_hi()),
                _ => match proven.and_then(|p| p.bound(&t, bits)) {
                    Some(b) => bound = bound.max(&b),
                    None => ok = false,
                },
            }
        }
        if ok && bound < lb0.0 {
            return Ok((l, r, Some((t, bound)), lb0));
        }
    }
    Err(Error::input(
        "a finite range is needed: the error's tails could not be bounded by interval arithmetic on |x| ≥ T for any T ≤ 1024",
    ))
}
