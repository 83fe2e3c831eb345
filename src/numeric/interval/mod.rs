//! Interval arithmetic on MPFR floats with directed rounding.
//!
//! An [`Interval`] `[lo, hi]` encloses a real number: every operation rounds
//! `lo` down and `hi` up, so the true result of the operation applied to any
//! point of the inputs lies inside the output. MPFR's elementary functions
//! are correctly rounded in every direction, which makes monotone functions
//! (exp, tanh, erf, sqrt) exact enclosures of their image.
//!
//! ```
//! use rug::{Float, Rational};
//! use taylormatch::numeric::interval::Interval;
//! // e = exp(1) ∈ exp([1, 1]); the enclosure is a few ulps wide at 128 bits
//! let e = Interval::from_rational(128, &Rational::from(1)).exp();
//! let (lo, hi) = (Rational::from((2718281828459045u64, 1_000_000_000_000_000u64)),
//!                 Rational::from((2718281828459046u64, 1_000_000_000_000_000u64)));
//! assert!(e.lo > Float::with_val(128, &lo) && e.hi < Float::with_val(128, &hi));
//! assert!(e.width() < Float::with_val(128, 1e-30));
//! ```

pub mod enclose;
pub mod jet;
pub mod outward;

use rug::float::{Constant, Round};
use rug::{Float, Rational};
use std::cmp::Ordering;

/// A closed interval `[lo, hi]` of reals, `lo <= hi`, at precision `bits`.
#[derive(Debug, Clone, PartialEq)]
pub struct Interval {
    pub lo: Float,
    pub hi: Float,
}

impl Interval {
    /// The enclosure of a rational, rounded outward to `bits`.
    pub fn from_rational(bits: u32, q: &Rational) -> Interval {
        let (lo, _) = Float::with_val_round(bits, q, Round::Down);
        let (hi, _) = Float::with_val_round(bits, q, Round::Up);
        Interval { lo, hi }
    }

    /// The degenerate interval [f, f] (f kept exactly at its own precision or `bits`, whichever is larger).
    pub fn point(bits: u32, f: &Float) -> Interval {
        let b = bits.max(f.prec());
        Interval {
            lo: Float::with_val(b, f),
            hi: Float::with_val(b, f),
        }
    }

    /// An enclosure of π.
    pub fn pi(bits: u32) -> Interval {
        let (lo, _) = Float::with_val_round(bits, Constant::Pi, Round::Down);
        let (hi, _) = Float::with_val_round(bits, Constant::Pi, Round::Up);
        Interval { lo, hi }
    }

    /// Working precision (the larger of the two ends).
    pub fn bits(&self) -> u32 {
        self.lo.prec().max(self.hi.prec())
    }

    /// True when 0 is in the interval.
    pub fn contains_zero(&self) -> bool {
        self.lo.cmp0() != Some(Ordering::Greater) && self.hi.cmp0() != Some(Ordering::Less)
    }

    /// True when `x` is in the interval.
    pub fn contains(&self, x: &Float) -> bool {
        &self.lo <= x && x <= &self.hi
    }

    /// hi − lo, rounded up.
    pub fn width(&self) -> Float {
        Float::with_val_round(self.bits(), &self.hi - &self.lo, Round::Up).0
    }

    /// Negation (exact).
    pub fn neg(&self) -> Interval {
        Interval {
            lo: Float::with_val(self.hi.prec(), -&self.hi),
            hi: Float::with_val(self.lo.prec(), -&self.lo),
        }
    }

    /// Sum.
    pub fn add(&self, o: &Interval) -> Interval {
        let b = self.bits().max(o.bits());
        Interval {
            lo: Float::with_val_round(b, &self.lo + &o.lo, Round::Down).0,
            hi: Float::with_val_round(b, &self.hi + &o.hi, Round::Up).0,
        }
    }

    /// Difference.
    pub fn sub(&self, o: &Interval) -> Interval {
        let b = self.bits().max(o.bits());
        Interval {
            lo: Float::with_val_round(b, &self.lo - &o.hi, Round::Down).0,
            hi: Float::with_val_round(b, &self.hi - &o.lo, Round::Up).0,
        }
    }

    /// Product (all four corner products, rounded outward).
    pub fn mul(&self, o: &Interval) -> Interval {
        let b = self.bits().max(o.bits());
        let corners = [
            (&self.lo, &o.lo),
            (&self.lo, &o.hi),
            (&self.hi, &o.lo),
            (&self.hi, &o.hi),
        ];
        let mut lo: Option<Float> = None;
        let mut hi: Option<Float> = None;
        for (x, y) in corners {
            let d = Float::with_val_round(b, x * y, Round::Down).0;
            let u = Float::with_val_round(b, x * y, Round::Up).0;
            lo = Some(match lo {
                Some(l) if l <= d => l,
                _ => d,
            });
            hi = Some(match hi {
                Some(h) if h >= u => h,
                _ => u,
            });
        }
        Interval {
            lo: lo.unwrap_or_else(|| Float::new(b)),
            hi: hi.unwrap_or_else(|| Float::new(b)),
        }
    }

    /// Product with a rational, exactly enclosed.
    pub fn mul_rational(&self, q: &Rational) -> Interval {
        self.mul(&Interval::from_rational(self.bits(), q))
    }

    /// Quotient; `None` when the divisor contains 0.
    pub fn div(&self, o: &Interval) -> Option<Interval> {
        if o.contains_zero() {
            return None;
        }
        let b = self.bits().max(o.bits());
        let inv = Interval {
            lo: Float::with_val_round(b, 1 / &o.hi, Round::Down).0,
            hi: Float::with_val_round(b, 1 / &o.lo, Round::Up).0,
        };
        Some(self.mul(&inv))
    }

    /// Square root; `None` when the interval has negative numbers.
    pub fn sqrt(&self) -> Option<Interval> {
        if self.lo.cmp0() == Some(Ordering::Less) {
            return None;
        }
        let b = self.bits();
        Some(Interval {
            lo: Float::with_val_round(b, self.lo.sqrt_ref(), Round::Down).0,
            hi: Float::with_val_round(b, self.hi.sqrt_ref(), Round::Up).0,
        })
    }

    /// Integer power (n ≥ 0), by repeated multiplication with outward rounding.
    pub fn powi(&self, n: u32) -> Interval {
        let b = self.bits();
        if n == 0 {
            return Interval::from_rational(b, &Rational::from(1));
        }
        // even powers of an interval straddling 0 start at 0
        let mut r = self.clone();
        for _ in 1..n {
            r = r.mul(self);
        }
        if n.is_multiple_of(2) && self.contains_zero() {
            r.lo = Float::new(b);
        }
        r
    }

    /// A monotone increasing function applied with outward rounding.
    fn increasing(&self, f: impl Fn(&mut Float, Round)) -> Interval {
        let mut lo = self.lo.clone();
        f(&mut lo, Round::Down);
        let mut hi = self.hi.clone();
        f(&mut hi, Round::Up);
        Interval { lo, hi }
    }

    /// exp (increasing).
    pub fn exp(&self) -> Interval {
        self.increasing(|x, r| {
            x.exp_round(r);
        })
    }

    /// tanh (increasing).
    pub fn tanh(&self) -> Interval {
        self.increasing(|x, r| {
            x.tanh_round(r);
        })
    }

    /// erf (increasing).
    pub fn erf(&self) -> Interval {
        self.increasing(|x, r| {
            x.erf_round(r);
        })
    }

    /// Midpoint (rounded to nearest) – a point estimate, not an enclosure.
    pub fn mid(&self) -> Float {
        let b = self.bits();
        let mut m = Float::with_val(b, &self.lo + &self.hi);
        m /= 2;
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pi_is_enclosed_and_tight() {
        let p = Interval::pi(200);
        let reference = Float::with_val(400, Constant::Pi);
        assert!(p.lo <= reference && reference <= p.hi);
        assert!(p.width() < Float::with_val(200, Float::i_exp(1, -195)));
    }

    #[test]
    fn products_round_outward() {
        let third = Interval::from_rational(64, &Rational::from((1, 3)));
        let prod = third.mul(&Interval::from_rational(64, &Rational::from(3)));
        assert!(prod.lo <= 1 && prod.hi >= 1);
        assert!(prod.lo < prod.hi);
    }
}
