//! More enclosures on [`Interval`]: the functions a rigorous error bound
//! needs beyond `interval.rs` (erfc, sigmoid, Φ, GELU, squares, absolute
//! values, hulls).
//!
//! Every function returns an interval that contains f(x) for every x in the
//! input. Monotone functions are evaluated at the two ends with MPFR's
//! directed rounding, each step rounding in the direction that keeps the
//! bound valid, so they are exact enclosures of the image up to one ulp.
//!
//! ```
//! use rug::{Float, Rational};
//! use taylormatch::numeric::interval::Interval;
//! // Φ(1) = 0.8413447460685429…
//! let p = Interval::from_int(128, 1).phi();
//! let (lo, hi) = (Rational::from((8413447460685429u64, 10_000_000_000_000_000u64)),
//!                 Rational::from((8413447460685430u64, 10_000_000_000_000_000u64)));
//! assert!(p.lo > Float::with_val(128, &lo) && p.hi < Float::with_val(128, &hi));
//! ```

use crate::numeric::interval::Interval;
use rug::float::Round;
use rug::{Float, Rational};
use std::cmp::Ordering;

impl Interval {
    /// The interval `[lo, hi]` from two floats (requires `lo <= hi`).
    pub fn from_floats(lo: Float, hi: Float) -> Interval {
        debug_assert!(lo <= hi);
        Interval { lo, hi }
    }

    /// The enclosure of an integer.
    pub fn from_int(bits: u32, n: i64) -> Interval {
        Interval::from_rational(bits, &Rational::from(n))
    }

    /// x² (tight also when the interval contains 0).
    pub fn sqr(&self) -> Interval {
        self.powi(2)
    }

    /// x/2 (exact: a power-of-two scaling).
    pub fn half(&self) -> Interval {
        Interval {
            lo: Float::with_val(self.lo.prec(), &self.lo / 2u32),
            hi: Float::with_val(self.hi.prec(), &self.hi / 2u32),
        }
    }

    /// Smallest interval containing both.
    pub fn hull(&self, o: &Interval) -> Interval {
        let lo = if self.lo <= o.lo {
            self.lo.clone()
        } else {
            o.lo.clone()
        };
        let hi = if self.hi >= o.hi {
            self.hi.clone()
        } else {
            o.hi.clone()
        };
        Interval { lo, hi }
    }

    /// The intersection, when it is not empty.
    pub fn intersect(&self, o: &Interval) -> Option<Interval> {
        let lo = if self.lo >= o.lo {
            self.lo.clone()
        } else {
            o.lo.clone()
        };
        let hi = if self.hi <= o.hi {
            self.hi.clone()
        } else {
            o.hi.clone()
        };
        (lo <= hi).then_some(Interval { lo, hi })
    }

    /// max |x| over the interval (an upper bound of |f| for the enclosed f).
    pub fn abs_hi(&self) -> Float {
        let a = Float::with_val(self.lo.prec(), self.lo.abs_ref());
        let b = Float::with_val(self.hi.prec(), self.hi.abs_ref());
        if a >= b {
            a
        } else {
            b
        }
    }

    /// min |x| over the interval (0 when it contains 0): a lower bound of |f|.
    pub fn abs_lo(&self) -> Float {
        let b = self.bits();
        if self.contains_zero() {
            Float::new(b)
        } else if self.lo.cmp0() == Some(Ordering::Greater) {
            Float::with_val(b, &self.lo)
        } else {
            Float::with_val(b, self.hi.abs_ref())
        }
    }

    /// erfc (decreasing): erfc(hi) rounded down, erfc(lo) rounded up.
    pub fn erfc(&self) -> Interval {
        let mut lo = self.hi.clone();
        lo.erfc_round(Round::Down);
        let mut hi = self.lo.clone();
        hi.erfc_round(Round::Up);
        Interval { lo, hi }
    }

    /// σ(x) = 1/(1 + e^(−x)) = (1 + tanh(x/2))/2 (increasing); each step
    /// (exact halving, tanh, +1, exact halving) rounds in the same direction.
    pub fn sigmoid(&self) -> Interval {
        let end = |x: &Float, r: Round| {
            let mut y = Float::with_val(x.prec(), x / 2u32);
            y.tanh_round(r);
            let (mut z, _) = Float::with_val_round(x.prec(), &y + 1u32, r);
            z /= 2u32;
            z
        };
        Interval {
            lo: end(&self.lo, Round::Down),
            hi: end(&self.hi, Round::Up),
        }
    }

    /// Φ(x) = ½(1 + erf(x/√2)) (increasing), through an enclosure of 1/√2.
    pub fn phi(&self) -> Interval {
        let b = self.bits();
        let inv_sqrt2 = Interval::from_rational(b, &Rational::from((1, 2)))
            .sqrt()
            .expect("1/2 ≥ 0");
        let e = self.mul(&inv_sqrt2).erf();
        e.add(&Interval::from_int(b, 1)).half()
    }

    /// GELU(x) = x·Φ(x), as the product of enclosures (valid, not tight).
    pub fn gelu(&self) -> Interval {
        self.mul(&self.phi())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iv(bits: u32, a: i64, b: i64, den: i64) -> Interval {
        Interval::from_rational(bits, &Rational::from((a, den)))
            .hull(&Interval::from_rational(bits, &Rational::from((b, den))))
    }

    #[test]
    fn sqr_of_straddling_interval_starts_at_zero() {
        let s = iv(64, -1, 2, 1).sqr();
        assert_eq!(s.lo, 0);
        assert_eq!(s.hi, 4);
    }

    #[test]
    fn abs_bounds() {
        let x = iv(64, -3, 2, 1);
        assert_eq!(x.abs_hi(), 3);
        assert_eq!(x.abs_lo(), 0);
        let y = iv(64, -3, -2, 1);
        assert_eq!(y.abs_lo(), 2);
    }

    #[test]
    fn sigmoid_at_zero_is_half_and_erfc_decreases() {
        let z = iv(64, 0, 0, 1).sigmoid();
        assert!(z.contains(&Float::with_val(64, 0.5)) && z.width() == 0);
        let e = iv(64, 1, 2, 1).erfc();
        assert!(e.lo < e.hi && e.hi < 1);
    }
}
