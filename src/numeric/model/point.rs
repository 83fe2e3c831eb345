//! Evaluation as an MPFR point: every operation rounded to nearest at the
//! stated precision. A point value is an estimate (a few ulps per operation);
//! certified values come from the interval domain.
//!
//! ```
//! use rug::Float;
//! use taylormatch::numeric::model::point::{phi, sigmoid};
//! // Φ(0) = σ(0) = 1/2
//! assert_eq!(phi(&Float::with_val(64, 0), 64), 0.5);
//! assert_eq!(sigmoid(&Float::with_val(64, 0), 64), 0.5);
//! ```

use super::eval::{undefined, Domain, EvalResult};
use crate::expr::Func;
use rug::float::Constant;
use rug::ops::Pow;
use rug::{Float, Rational};
use std::cmp::Ordering;

/// Points at `bits`, with x and the parameters given.
#[derive(Debug, Clone)]
pub struct PointDomain {
    pub bits: u32,
    pub x: Float,
    pub params: Vec<Float>,
}

/// Φ(u) = erfc(−u/√2)/2 (through erfc, so small values keep their relative accuracy).
pub fn phi(u: &Float, bits: u32) -> Float {
    let s2 = Float::with_val(bits, 2u32).sqrt();
    let t = -Float::with_val(bits, u / &s2);
    t.erfc() / 2u32
}

/// φ(u) = e^(−u²/2)/√(2π), the normal density.
pub fn normal_density(u: &Float, bits: u32) -> Float {
    let two_pi = Float::with_val(bits, Constant::Pi) * 2u32;
    let e = (-Float::with_val(bits, u * u) / 2u32).exp();
    e / two_pi.sqrt()
}

/// σ(u) = 1/(1 + e^(−u)), written so that neither sign loses accuracy.
pub fn sigmoid(u: &Float, bits: u32) -> Float {
    if u.cmp0() != Some(Ordering::Less) {
        let e = Float::with_val(bits, -u).exp();
        Float::with_val(bits, 1u32) / (e + 1u32)
    } else {
        let e = Float::with_val(bits, u).exp();
        let d = Float::with_val(bits, &e + 1u32);
        e / d
    }
}

/// f(u) at `bits`, rounded to nearest; `Undefined` outside the domain of f.
pub fn apply(f: Func, u: &Float, bits: u32) -> EvalResult<Float> {
    let v = Float::with_val(bits, u);
    Ok(match f {
        Func::Exp => v.exp(),
        Func::Log => {
            if v.cmp0() != Some(Ordering::Greater) {
                return Err(undefined("log", "argument ≤ 0"));
            }
            v.ln()
        }
        Func::Sin => v.sin(),
        Func::Cos => v.cos(),
        Func::Tan => v.tan(),
        Func::Atan => v.atan(),
        Func::Sinh => v.sinh(),
        Func::Cosh => v.cosh(),
        Func::Tanh => v.tanh(),
        Func::Artanh => {
            if Float::with_val(bits, v.abs_ref()) >= 1 {
                return Err(undefined("artanh", "|argument| ≥ 1"));
            }
            v.atanh()
        }
        Func::Asinh => v.asinh(),
        Func::Erf => v.erf(),
        Func::Erfc => v.erfc(),
        Func::Phi => phi(&v, bits),
        Func::Sigmoid => sigmoid(&v, bits),
        Func::Softplus => {
            // log(1 + eᵘ) = u + log(1 + e⁻ᵘ) for u > 0
            if v.cmp0() == Some(Ordering::Greater) {
                let t = Float::with_val(bits, -&v).exp().ln_1p();
                v + t
            } else {
                v.exp().ln_1p()
            }
        }
        Func::Gelu => {
            let p = phi(&v, bits);
            v * p
        }
    })
}

/// u^q at `bits`: integers by exact-exponent powering, halves through √,
/// other exponents as e^(q·log u) (u > 0).
pub fn pow(u: &Float, q: &Rational, bits: u32) -> EvalResult<Float> {
    let zero = u.is_zero();
    if q.denom() == &1 {
        let n = q
            .numer()
            .to_i32()
            .ok_or_else(|| undefined("^", "exponent too large"))?;
        if n < 0 && zero {
            return Err(undefined("^", "0 to a negative power"));
        }
        return Ok(Float::with_val(bits, u.pow(n)));
    }
    if u.cmp0() == Some(Ordering::Less) || (zero && q.cmp0() == Ordering::Less) {
        return Err(undefined("^", "a fractional power of a negative number"));
    }
    if q.denom() == &2 {
        let n = q
            .numer()
            .to_i32()
            .ok_or_else(|| undefined("^", "exponent too large"))?;
        let s = Float::with_val(bits, u.sqrt_ref());
        return Ok(Float::with_val(bits, s.pow(n)));
    }
    if zero {
        return Ok(Float::new(bits));
    }
    let l = Float::with_val(bits, u.ln_ref()) * Float::with_val(bits, q);
    Ok(l.exp())
}

impl Domain for PointDomain {
    type V = Float;
    fn num(&self, q: &Rational) -> Float {
        Float::with_val(self.bits, q)
    }
    fn pi(&self) -> Float {
        Float::with_val(self.bits, Constant::Pi)
    }
    fn x(&self) -> Float {
        Float::with_val(self.bits, &self.x)
    }
    fn param(&self, i: usize) -> Float {
        self.params[i].clone()
    }
    fn neg(&self, a: &Float) -> Float {
        Float::with_val(self.bits, -a)
    }
    fn add(&self, a: &Float, b: &Float) -> Float {
        Float::with_val(self.bits, a + b)
    }
    fn sub(&self, a: &Float, b: &Float) -> Float {
        Float::with_val(self.bits, a - b)
    }
    fn mul(&self, a: &Float, b: &Float) -> Float {
        Float::with_val(self.bits, a * b)
    }
    fn div(&self, a: &Float, b: &Float) -> EvalResult<Float> {
        if b.is_zero() {
            return Err(undefined("/", "division by 0"));
        }
        Ok(Float::with_val(self.bits, a / b))
    }
    fn pow(&self, a: &Float, q: &Rational) -> EvalResult<Float> {
        pow(a, q, self.bits)
    }
    fn call(&self, f: Func, a: &Float) -> EvalResult<Float> {
        apply(f, a, self.bits)
    }
}
