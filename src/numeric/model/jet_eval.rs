//! Evaluation as an interval Taylor jet at a base box X:
//! c_k ⊇ { f⁽ᵏ⁾(ξ)/k! : ξ ∈ X } for the expression f of x (parameters constant).
//!
//! ```
//! use rug::{Float, Rational};
//! use taylormatch::expr::parse;
//! use taylormatch::numeric::interval::Interval;
//! use taylormatch::numeric::model::eval::Compiled;
//! use taylormatch::numeric::model::jet_eval::JetDomain;
//! // the jet of exp(2x) at 0: c_k = 2ᵏ/k!, so c₂ = 2
//! let c = Compiled::new(&parse("exp(2*x)").unwrap(), &[]).unwrap();
//! let jet = c.eval(&JetDomain::new(64, 3, Interval::from_int(64, 0), vec![])).unwrap();
//! assert!(jet.c[2].contains(&Float::with_val(64, &Rational::from(2))));
//! ```

use super::eval::{undefined, Domain, EvalResult};
use crate::expr::Func;
use crate::numeric::interval::jet::Jet;
use crate::numeric::interval::Interval;
use rug::Rational;

/// Jets of `order` coefficients at base `x`, parameters as constant enclosures.
#[derive(Debug, Clone)]
pub struct JetDomain {
    pub bits: u32,
    pub order: usize,
    pub x: Interval,
    pub params: Vec<Interval>,
    two_over_sqrt_pi: Interval,
    inv_sqrt_2pi: Interval,
}

impl JetDomain {
    /// The domain at base `x`, with the constants 2/√π and 1/√(2π) enclosed at `bits`.
    pub fn new(bits: u32, order: usize, x: Interval, params: Vec<Interval>) -> JetDomain {
        let pi = Interval::pi(bits);
        let sqrt_pi = pi.sqrt().expect("π > 0");
        let two_over_sqrt_pi = Interval::from_int(bits, 2).div(&sqrt_pi).expect("√π > 0");
        let inv_sqrt_2pi = Interval::from_int(bits, 1)
            .div(&pi.mul_rational(&Rational::from(2)).sqrt().expect("2π > 0"))
            .expect("√(2π) > 0");
        JetDomain {
            bits,
            order,
            x,
            params,
            two_over_sqrt_pi,
            inv_sqrt_2pi,
        }
    }

    fn konst(&self, k: Interval) -> Jet {
        Jet::constant(k, self.order)
    }
}

impl Domain for JetDomain {
    type V = Jet;
    fn num(&self, q: &Rational) -> Jet {
        self.konst(Interval::from_rational(self.bits, q))
    }
    fn pi(&self) -> Jet {
        self.konst(Interval::pi(self.bits))
    }
    fn x(&self) -> Jet {
        Jet::var(&self.x, self.order)
    }
    fn param(&self, i: usize) -> Jet {
        self.konst(self.params[i].clone())
    }
    fn neg(&self, a: &Jet) -> Jet {
        a.neg()
    }
    fn add(&self, a: &Jet, b: &Jet) -> Jet {
        a.add(b)
    }
    fn sub(&self, a: &Jet, b: &Jet) -> Jet {
        a.sub(b)
    }
    fn mul(&self, a: &Jet, b: &Jet) -> Jet {
        a.mul(b)
    }
    fn div(&self, a: &Jet, b: &Jet) -> EvalResult<Jet> {
        a.div(b)
            .ok_or_else(|| undefined("/", "the divisor may be 0"))
    }
    fn pow(&self, a: &Jet, q: &Rational) -> EvalResult<Jet> {
        a.pow_q(q)
    }
    fn call(&self, f: Func, a: &Jet) -> EvalResult<Jet> {
        Ok(match f {
            Func::Exp => a.exp(),
            Func::Log => a.log()?,
            Func::Sin => a.sin_cos().0,
            Func::Cos => a.sin_cos().1,
            Func::Tan => a.tan()?,
            Func::Atan => a.atan(),
            Func::Sinh => a.sinh_cosh().0,
            Func::Cosh => a.sinh_cosh().1,
            Func::Tanh => a.tanh(),
            Func::Artanh => a.artanh()?,
            Func::Asinh => a.asinh()?,
            Func::Erf => a.erf(&self.two_over_sqrt_pi),
            Func::Erfc => a.erfc(&self.two_over_sqrt_pi),
            Func::Phi => a.phi(&self.inv_sqrt_2pi),
            Func::Sigmoid => a.sigmoid(),
            Func::Softplus => a.softplus(),
            Func::Gelu => a.gelu(&self.inv_sqrt_2pi),
        })
    }
}
