//! The closed-form jet strategy of the one [`Model`] for the certified
//! bounds of the tanh and sigmoid families: interval Taylor jets of the error
//! by hand-written formulas, and the analytic tails on the whole line
//! ([`Model::jet_kernel`] recognises the family; tests/model_families.rs
//! property-tests the jets against the generic expression jets).
//!
//! With s = √(2/π) and y = x/√2 the target is erf(y) and the model M is
//! tanh(s(x + a x³)) (the paper's form) or 2σ(kx) − 1 = tanh(kx/2)
//! (QuickGELU). The error at each level:
//!
//! * erf level:  e(x) = M(x) − erf(x/√2)            (odd in x)
//! * Φ level:    ½(1 + M) − Φ(x) = e(x)/2            (odd)
//! * GELU level: ½x(1 + M) − x·Φ(x) = x·e(x)/2       (even)
//!
//! so |error| is even at every level, and a symmetric range reduces to x ≥ 0.
//!
//! ```
//! use std::cmp::Ordering;
//! use taylormatch::coeff::parse_exact;
//! use taylormatch::numeric::model::jet_kernel::sign_of;
//! // the sign of an exact value, decided by enclosure: 2/(3π) − 1/6 > 0, 1/6 − 2/(3π) < 0
//! assert_eq!(sign_of(&parse_exact("2/(3*pi) - 1/6").unwrap()), Ordering::Greater);
//! assert_eq!(sign_of(&parse_exact("1/6 - 2/(3*pi)").unwrap()), Ordering::Less);
//! ```

use super::{Family, Level, Model};
use crate::coeff::Sym;
use crate::error::{Error, Input, Result};
use crate::numeric::interval::jet::Jet;
use crate::numeric::interval::Interval;
use crate::numeric::Enclose;
use rug::{Float, Rational};
use std::cmp::Ordering;

impl Model {
    /// The closed-form jets at `bits` of this model with the exact parameter
    /// `values`, when it is the tanh or sigmoid family at a level.
    pub fn jet_kernel(&self, values: &[Sym], bits: u32) -> Result<JetKernel> {
        JetKernel::new(self, values, bits)
    }

    /// The named family this model is (at any level), if any.
    pub fn named_family(&self) -> Option<Family> {
        [Family::Tanh, Family::Sigmoid, Family::TanhFree]
            .into_iter()
            .find(|f| self.is_family(*f))
    }
}

/// The sign of an exact constant, from enclosures of growing precision.
pub fn sign_of(v: &Sym) -> Ordering {
    if v.is_empty() {
        return Ordering::Equal;
    }
    let mut bits = 64;
    while bits <= 1 << 16 {
        if let Some(iv) = v.enclose(bits) {
            if iv.lo.cmp0() == Some(Ordering::Greater) {
                return Ordering::Greater;
            }
            if iv.hi.cmp0() == Some(Ordering::Less) {
                return Ordering::Less;
            }
        }
        bits *= 2;
    }
    Ordering::Equal
}

/// The error of the tanh or sigmoid family at a level, its constants enclosed at `bits`.
#[derive(Debug, Clone)]
pub struct JetKernel {
    pub level: Level,
    pub bits: u32,
    /// tanh model: a; sigmoid model: k/2.
    param: Interval,
    sigmoid: bool,
    s: Interval,
    inv_sqrt2: Interval,
    two_over_sqrt_pi: Interval,
    /// The model's argument u(x) is increasing on x ≥ 0 (a ≥ 0, or k > 0).
    pub increasing: bool,
}

impl JetKernel {
    /// Encloses the constants of `model` (the tanh or sigmoid family at a
    /// level) with its one exact parameter `values[0]`; requires `bits >= 32`
    /// and a parameter free of symbols.
    pub fn new(model: &Model, values: &[Sym], bits: u32) -> Result<JetKernel> {
        let enc = |v: &Sym, flag: Input| {
            v.enclose(bits)
                .ok_or_else(|| Error::input(crate::msg!(flag, " must be a number (got {v})")))
        };
        let (Some(level), Some(family), [v]) = (model.level, model.named_family(), values) else {
            return Err(Error::input(format!(
                "no closed-form jets for {} with {} values (the tanh and sigmoid families at a level, one value, have them)",
                model.approx,
                values.len()
            )));
        };
        let (param, sigmoid, increasing) = match family {
            Family::Tanh => (enc(v, Input::A)?, false, sign_of(v) != Ordering::Less),
            Family::Sigmoid => {
                if sign_of(v) != Ordering::Greater {
                    return Err(Error::input(crate::msg!(
                        Input::K,
                        " must be > 0 (got {v})"
                    )));
                }
                (enc(v, Input::K)?.half(), true, true)
            }
            Family::TanhFree => {
                return Err(Error::input(format!(
                    "no closed-form jets for {} (the tanh and sigmoid families have them)",
                    model.approx
                )))
            }
        };
        let pi = Interval::pi(bits);
        let two = Interval::from_int(bits, 2);
        let s = two.div(&pi).and_then(|q| q.sqrt()).expect("2/π > 0");
        let inv_sqrt2 = Interval::from_rational(bits, &Rational::from((1, 2)))
            .sqrt()
            .expect("1/2 > 0");
        let two_over_sqrt_pi = two.div(&pi.sqrt().expect("π > 0")).expect("√π > 0");
        Ok(JetKernel {
            level,
            bits,
            param,
            sigmoid,
            s,
            inv_sqrt2,
            two_over_sqrt_pi,
            increasing,
        })
    }

    /// The model's argument u(x) (tanh(u) is the model).
    fn argument(&self, x: &Jet) -> Jet {
        if self.sigmoid {
            x.scale(&self.param)
        } else {
            x.mul(x).mul(x).scale(&self.param).add(x).scale(&self.s)
        }
    }

    /// Jet of the error at base X: c_k ⊇ err⁽ᵏ⁾(X)/k!.
    pub fn jet(&self, x: &Interval, order: usize) -> Jet {
        let v = Jet::var(x, order);
        let model = self.argument(&v).tanh();
        let target = v.scale(&self.inv_sqrt2).erf(&self.two_over_sqrt_pi);
        let e = model.sub(&target);
        match self.level {
            Level::Erf => e,
            Level::Phi => e.half(),
            Level::Gelu => e.mul(&v).half(),
        }
    }

    /// An enclosure of the error at the point x.
    pub fn at(&self, x: &Float) -> Interval {
        let mut j = self.jet(&Interval::point(self.bits, x), 1);
        j.c.swap_remove(0)
    }

    /// An upper bound of |error| on [X, ∞), for X ≥ 1 when u is increasing;
    /// `None` when the argument below does not apply at X.
    ///
    /// For x ≥ X: e = erfc(x/√2) − (1 − tanh u(x)), both terms ≥ 0, so
    /// |e| ≤ max(erfc(x/√2), 2e^(−2u(x))) (as 1 − tanh u = 2/(e^(2u) + 1)),
    /// and both are decreasing, so their values at X bound the tail.
    /// GELU level: x·erfc(x/√2) is decreasing for x ≥ 1 (erfc(y) < e^(−y²)/(y√π)),
    /// and x·e^(−2u(x)) is decreasing when 2x·u′(x) > 1 (u′ ≥ √(2/π) for tanh,
    /// u′ = k/2 for the sigmoid), so the bound is X/2 times the erf-level one.
    pub fn tail(&self, x: &Float) -> Option<Float> {
        let b = self.bits;
        if !self.increasing || *x < 1 {
            return None;
        }
        let xi = Interval::point(b, x);
        let y = xi.mul(&self.inv_sqrt2);
        let u = self.argument(&Jet::var(&xi, 1)).c.swap_remove(0);
        if u.lo.cmp0() != Some(Ordering::Greater) {
            return None;
        }
        let one_minus_tanh = u
            .mul_rational(&Rational::from(-2))
            .exp()
            .mul_rational(&Rational::from(2));
        let m = y.erfc().hull(&one_minus_tanh);
        let m = Interval::from_floats(Float::new(b), m.hi);
        let bound = match self.level {
            Level::Erf => m,
            Level::Phi => m.half(),
            Level::Gelu => {
                // 2x·u′(x) > 1 on [X, ∞): u′ ≥ s (tanh, a ≥ 0) or u′ = k/2 (sigmoid)
                let slope = if self.sigmoid {
                    self.param.clone()
                } else {
                    self.s.clone()
                };
                if xi.mul(&slope).mul_rational(&Rational::from(2)).lo <= 1 {
                    return None;
                }
                m.mul(&xi).half()
            }
        };
        Some(bound.hi)
    }
}
