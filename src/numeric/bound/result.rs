//! The certified enclosure every bound returns (the named families' and any
//! expression's): lo ≤ max |error| ≤ hi, where it is attained, and how.

use crate::numeric::interval::Interval;
use rug::float::Round;
use rug::Float;
use std::cmp::Ordering;

/// The tail argument used on the whole line.
#[derive(Debug, Clone)]
pub struct Tail {
    /// X: the tail is [X, ∞) (and (−∞, −X] by symmetry).
    pub point: Float,
    /// Upper bound of |error| on the tail.
    pub bound: Float,
}

/// A certified enclosure: lo ≤ max |error| ≤ hi.
#[derive(Debug, Clone)]
pub struct BoundResult {
    pub lo: Float,
    pub hi: Float,
    /// Intervals that contain every maximiser (x ≥ 0 only when `symmetric`).
    pub argmax: Vec<Interval>,
    /// A point where |error| ≥ lo is certified.
    pub best: Float,
    /// The range was symmetric (or the whole line), so only x ≥ 0 was searched; maximisers come in ± pairs.
    pub symmetric: bool,
    /// Subintervals evaluated by branch and bound.
    pub boxes: usize,
    /// The tail argument (whole line only).
    pub tail: Option<Tail>,
    pub bits: u32,
    /// The tolerance was met.
    pub converged: bool,
}

impl BoundResult {
    /// hi − lo, rounded up.
    pub fn width(&self) -> Float {
        Float::with_val_round(self.bits, &self.hi - &self.lo, Round::Up).0
    }

    /// The maximum as a correctly rounded decimal with as many digits (≤ `max_digits`)
    /// as the enclosure certifies: the largest D for which lo and hi round to the
    /// same D-digit decimal (rounding is monotone, so the true maximum does too).
    /// `None` when not even one digit is certified.
    pub fn certified_decimal(&self, max_digits: u32) -> Option<(String, u32)> {
        let (lo, hi) = (self.lo.to_rational()?, self.hi.to_rational()?);
        if lo.cmp0() != Ordering::Greater {
            return None;
        }
        (1..=max_digits).rev().find_map(|d| {
            let a = crate::numeric::decimal::round_rational(&lo, d);
            (a == crate::numeric::decimal::round_rational(&hi, d)).then(|| (a.to_string_g(), d))
        })
    }
}
