//! The enclosures an expression's functions need beyond `interval.rs` and
//! `enclose.rs`: log, sin, cos, tan, atan, sinh, cosh, artanh, asinh,
//! softplus, Φ through erfc, GELU and rational powers.
//!
//! Soundness. MPFR rounds every one of these functions correctly in the
//! requested direction, so `f(lo)` rounded down and `f(hi)` rounded up
//! enclose f([lo, hi]) whenever f is increasing there; no widening by an ulp
//! bound is needed. Where f is not monotone the range is reasoned out:
//! sin and cos take ±1 exactly at the critical points kπ (cos) and π/2 + kπ
//! (sin); an integer k in the outward enclosure of X/π (resp. X/π − ½) means a
//! critical point may lie in X and its extreme value is included; otherwise f
//! is monotone on X and the hull of both ends' directed values encloses it.
//! cosh has its minimum 1 at 0; GELU decreases below its minimiser
//! x₀ ≈ −0.75179 and increases above, so on X ≥ 0 and X ≤ −1 it is evaluated
//! at the ends, elsewhere as the product X·Φ(X) (valid, wider).
//!
//! ```
//! use rug::Float;
//! use taylormatch::numeric::interval::Interval;
//! // cos(π) = −1, enclosed from an enclosure of π
//! let c = Interval::pi(128).cos();
//! assert!(c.contains(&Float::with_val(128, -1)));
//! ```

use super::eval::{undefined, EvalResult};
use crate::numeric::interval::Interval;
use rug::float::Round;
use rug::{Float, Integer, Rational};
use std::cmp::Ordering;

/// [lo, hi], or the whole line when an end is NaN (an undefined limit such as
/// sin(∞) or ∞·0 at an infinite end): always an enclosure.
fn mk(lo: Float, hi: Float) -> Interval {
    if lo.is_nan() || hi.is_nan() {
        let b = lo.prec();
        return Interval {
            lo: Float::with_val(b, rug::float::Special::NegInfinity),
            hi: Float::with_val(b, rug::float::Special::Infinity),
        };
    }
    Interval { lo, hi }
}

/// f(lo) rounded down, f(hi) rounded up: the image of an increasing f.
fn up(x: &Interval, f: impl Fn(&mut Float, Round)) -> Interval {
    let mut lo = x.lo.clone();
    f(&mut lo, Round::Down);
    let mut hi = x.hi.clone();
    f(&mut hi, Round::Up);
    mk(lo, hi)
}

/// The smallest and largest integer in the (outward) interval t, if any.
fn integers_in(t: &Interval) -> Option<(Integer, Integer)> {
    let k0 = t.lo.clone().ceil().to_integer()?;
    let k1 = t.hi.clone().floor().to_integer()?;
    (k0 <= k1).then_some((k0, k1))
}

/// Hull of the directed values at both ends (f monotone on X, direction unknown).
fn ends(x: &Interval, f: impl Fn(&mut Float, Round)) -> Interval {
    let val = |v: &Float, r| {
        let mut y = v.clone();
        f(&mut y, r);
        y
    };
    let (a, b) = (val(&x.lo, Round::Down), val(&x.hi, Round::Down));
    let (c, d) = (val(&x.lo, Round::Up), val(&x.hi, Round::Up));
    if [&a, &b, &c, &d].iter().any(|v| v.is_nan()) {
        return mk(Float::with_val(x.bits(), rug::float::Special::Nan), b); // the whole line
    }
    mk(a.min(&b), c.max(&d))
}

/// A trigonometric function with extreme ±1 at t = X/π − shift ∈ ℤ
/// (+1 at even t when `even_is_max`).
fn trig(x: &Interval, shift: &Rational, f: impl Fn(&mut Float, Round)) -> Interval {
    let b = x.bits();
    let one = Float::with_val(b, 1);
    if !x.lo.is_finite() || !x.hi.is_finite() {
        return mk(-one.clone(), one);
    }
    let t = match x.div(&Interval::pi(b)) {
        Some(t) => t.sub(&Interval::from_rational(b, shift)),
        None => return mk(-one.clone(), one),
    };
    let mut r = ends(x, f);
    if let Some((k0, k1)) = integers_in(&t) {
        if k1 > k0 {
            return mk(-one.clone(), one);
        }
        if k0.is_even() {
            r.hi = one;
        } else {
            r.lo = -one;
        }
    }
    r
}

impl Interval {
    /// log (increasing on x > 0).
    pub fn log(&self) -> EvalResult<Interval> {
        if self.lo.cmp0() != Some(Ordering::Greater) {
            return Err(undefined("log", "argument may be ≤ 0"));
        }
        Ok(up(self, |v, r| {
            v.ln_round(r);
        }))
    }

    /// cos: extremes at kπ (+1 for even k).
    pub fn cos(&self) -> Interval {
        trig(self, &Rational::new(), |v, r| {
            v.cos_round(r);
        })
    }

    /// sin: extremes at π/2 + kπ (+1 for even k).
    pub fn sin(&self) -> Interval {
        trig(self, &Rational::from((1, 2)), |v, r| {
            v.sin_round(r);
        })
    }

    /// tan (increasing between its poles π/2 + kπ; a box that may hold a pole is refused).
    pub fn tan(&self) -> EvalResult<Interval> {
        let b = self.bits();
        let t = self
            .div(&Interval::pi(b))
            .map(|t| t.sub(&Interval::from_rational(b, &Rational::from((1, 2)))));
        match t {
            Some(t) if self.lo.is_finite() && self.hi.is_finite() && integers_in(&t).is_none() => {
                Ok(up(self, |v, r| {
                    v.tan_round(r);
                }))
            }
            _ => Err(undefined("tan", "a pole π/2 + kπ may lie in the range")),
        }
    }

    /// atan (increasing).
    pub fn atan(&self) -> Interval {
        up(self, |v, r| {
            v.atan_round(r);
        })
    }

    /// sinh (increasing).
    pub fn sinh(&self) -> Interval {
        up(self, |v, r| {
            v.sinh_round(r);
        })
    }

    /// cosh (minimum 1 at 0).
    pub fn cosh(&self) -> Interval {
        let mut r = ends(self, |v, r| {
            v.cosh_round(r);
        });
        if self.contains_zero() {
            r.lo = Float::with_val(self.bits(), 1);
        }
        r
    }

    /// asinh (increasing).
    pub fn asinh(&self) -> Interval {
        up(self, |v, r| {
            v.asinh_round(r);
        })
    }

    /// artanh (increasing on (−1, 1)).
    pub fn artanh(&self) -> EvalResult<Interval> {
        if self.lo <= -1 || self.hi >= 1 {
            return Err(undefined("artanh", "|argument| may be ≥ 1"));
        }
        Ok(up(self, |v, r| {
            v.atanh_round(r);
        }))
    }

    /// softplus(x) = log(1 + eˣ) (increasing); for x > 0 as x + log(1 + e⁻ˣ),
    /// every step rounded in the end's direction (log1p is increasing in its argument).
    pub fn softplus(&self) -> Interval {
        up(self, |v, r| {
            if v.cmp0() == Some(Ordering::Greater) {
                let mut t = Float::with_val(v.prec(), -&*v);
                // e⁻ˣ is rounded in direction r: the value, not the function, is bounded
                t.exp_round(r);
                t.ln_1p_round(r);
                let s = Float::with_val_round(v.prec(), &*v + &t, r).0;
                *v = s;
            } else {
                v.exp_round(r);
                v.ln_1p_round(r);
            }
        })
    }

    /// Φ(x) = erfc(−x/√2)/2 (increasing), through erfc so that Φ of a negative
    /// argument keeps its relative accuracy.
    pub fn phi_erfc(&self) -> Interval {
        let b = self.bits();
        let inv_sqrt2 = Interval::from_rational(b, &Rational::from((1, 2)))
            .sqrt()
            .expect("1/2 ≥ 0");
        self.neg().mul(&inv_sqrt2).erfc().half()
    }

    /// GELU(x) = x·Φ(x): end values where it is monotone (X ≥ 0 increasing,
    /// X ≤ −1 decreasing), else the product of enclosures.
    pub fn gelu_tight(&self) -> Interval {
        let b = self.bits();
        let at = |x: &Float| {
            let p = Interval::point(b, x).phi_erfc();
            Interval::point(b, x).mul(&p)
        };
        if !self.lo.is_finite() || !self.hi.is_finite() {
            self.mul(&self.phi_erfc())
        } else if self.lo.cmp0() != Some(Ordering::Less) {
            mk(at(&self.lo).lo, at(&self.hi).hi)
        } else if self.hi <= -1 {
            mk(at(&self.hi).lo, at(&self.lo).hi)
        } else {
            self.mul(&self.phi_erfc())
        }
    }

    /// 1/x, `Undefined` when 0 may be in x.
    pub fn recip(&self) -> EvalResult<Interval> {
        Interval::from_int(self.bits(), 1)
            .div(self)
            .ok_or_else(|| undefined("/", "the divisor may be 0"))
    }

    /// x^q for rational q: integer powers by products; halves through √
    /// (x ≥ 0); other exponents as exp(q·log x) (x > 0).
    pub fn pow_q(&self, q: &Rational) -> EvalResult<Interval> {
        let big = || undefined("^", "exponent too large");
        if q.denom() == &1 {
            let n = q.numer().to_i32().ok_or_else(big)?;
            let p = self.powi(n.unsigned_abs());
            return if n < 0 { p.recip() } else { Ok(p) };
        }
        if q.denom() == &2 {
            let n = q.numer().to_i32().ok_or_else(big)?;
            let s = self
                .sqrt()
                .ok_or_else(|| undefined("sqrt", "argument may be < 0"))?;
            let p = s.powi(n.unsigned_abs());
            return if n < 0 { p.recip() } else { Ok(p) };
        }
        let l = self.log()?;
        Ok(l.mul(&Interval::from_rational(self.bits(), q)).exp())
    }
}
