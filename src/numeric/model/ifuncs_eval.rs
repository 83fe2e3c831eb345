//! Evaluation as an MPFR interval, outward rounded: the result contains the
//! value of the expression at every x in the box and every parameter value in
//! the parameters' intervals.
//!
//! ```
//! use rug::Float;
//! use taylormatch::expr::Func;
//! use taylormatch::numeric::interval::Interval;
//! use taylormatch::numeric::model::ifuncs_eval::apply;
//! // sin([0, 1]) ⊇ [0, sin 1]; log of an interval reaching 0 is refused
//! let x = Interval::from_floats(Float::with_val(64, 0), Float::with_val(64, 1));
//! assert!(apply(Func::Sin, &x).unwrap().contains(&Float::with_val(64, 0)));
//! assert!(apply(Func::Log, &x).is_err());
//! ```

use super::eval::{undefined, Domain, EvalResult};
use crate::expr::Func;
use crate::numeric::interval::Interval;
use rug::Rational;

/// Intervals at `bits`, with the box of x and the parameter enclosures.
#[derive(Debug, Clone)]
pub struct IntervalDomain {
    pub bits: u32,
    pub x: Interval,
    pub params: Vec<Interval>,
}

/// f(X) ⊇ {f(x) : x ∈ X}.
pub fn apply(f: Func, a: &Interval) -> EvalResult<Interval> {
    Ok(match f {
        Func::Exp => a.exp(),
        Func::Log => a.log()?,
        Func::Sin => a.sin(),
        Func::Cos => a.cos(),
        Func::Tan => a.tan()?,
        Func::Atan => a.atan(),
        Func::Sinh => a.sinh(),
        Func::Cosh => a.cosh(),
        Func::Tanh => a.tanh(),
        Func::Artanh => a.artanh()?,
        Func::Asinh => a.asinh(),
        Func::Erf => a.erf(),
        Func::Erfc => a.erfc(),
        Func::Phi => a.phi_erfc(),
        Func::Sigmoid => a.sigmoid(),
        Func::Softplus => a.softplus(),
        Func::Gelu => a.gelu_tight(),
    })
}

impl Domain for IntervalDomain {
    type V = Interval;
    fn num(&self, q: &Rational) -> Interval {
        Interval::from_rational(self.bits, q)
    }
    fn pi(&self) -> Interval {
        Interval::pi(self.bits)
    }
    fn x(&self) -> Interval {
        self.x.clone()
    }
    fn param(&self, i: usize) -> Interval {
        self.params[i].clone()
    }
    fn neg(&self, a: &Interval) -> Interval {
        a.neg()
    }
    fn add(&self, a: &Interval, b: &Interval) -> Interval {
        a.add(b)
    }
    fn sub(&self, a: &Interval, b: &Interval) -> Interval {
        a.sub(b)
    }
    fn mul(&self, a: &Interval, b: &Interval) -> Interval {
        a.mul(b)
    }
    fn div(&self, a: &Interval, b: &Interval) -> EvalResult<Interval> {
        a.div(b)
            .ok_or_else(|| undefined("/", "the divisor may be 0"))
    }
    fn pow(&self, a: &Interval, q: &Rational) -> EvalResult<Interval> {
        a.pow_q(q)
    }
    fn call(&self, f: Func, a: &Interval) -> EvalResult<Interval> {
        apply(f, a)
    }
}
