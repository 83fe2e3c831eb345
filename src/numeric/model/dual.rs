//! Evaluation with first and second derivatives with respect to chosen
//! variables (the parameters, and x when asked): forward-mode hyper-duals.
//!
//! A [`Dual2`] carries v = f, g_i = ∂f/∂p_i and h_ij = ∂²f/∂p_i∂p_j at one
//! point, in MPFR at the domain's precision. Rules:
//! (ab)_ij = a·b_ij + b·a_ij + a_i b_j + a_j b_i;
//! φ(u)_i = φ′(u)u_i, φ(u)_ij = φ′(u)u_ij + φ″(u)u_i u_j,
//! with φ, φ′, φ″ of each function from [`derivatives`].
//!
//! ```
//! use rug::Float;
//! use taylormatch::expr::Func;
//! use taylormatch::numeric::model::dual::derivatives;
//! // tanh(0) = 0, tanh′(0) = sech²(0) = 1, tanh″(0) = −2·tanh(0)·sech²(0) = 0
//! let (f0, f1, f2) = derivatives(Func::Tanh, &Float::with_val(64, 0), 64).unwrap();
//! assert_eq!((f0, f1, f2), (Float::with_val(64, 0), Float::with_val(64, 1), Float::with_val(64, 0)));
//! ```

use super::eval::{undefined, Domain, EvalResult};
use super::point;
use crate::expr::Func;
use rug::float::Constant;
use rug::{Float, Rational};

/// A value with its gradient and Hessian (n × n, row-major) in n variables;
/// `h` is empty when only first derivatives are carried ([`DualDomain::hessian`] false).
#[derive(Debug, Clone)]
pub struct Dual2 {
    pub v: Float,
    pub g: Vec<Float>,
    pub h: Vec<Float>,
}

impl Dual2 {
    fn constant(v: Float, n: usize, hessian: bool) -> Dual2 {
        let b = v.prec();
        Dual2 {
            v,
            g: vec![Float::new(b); n],
            h: vec![Float::new(b); if hessian { n * n } else { 0 }],
        }
    }

    fn n(&self) -> usize {
        self.g.len()
    }

    /// ∂²f/∂p_i∂p_j.
    pub fn hess(&self, i: usize, j: usize) -> &Float {
        &self.h[i * self.n() + j]
    }

    /// φ(self) given φ, φ′, φ″ at the value.
    pub fn chain(&self, f0: Float, f1: &Float, f2: &Float) -> Dual2 {
        let n = self.n();
        let b = f0.prec();
        let g = self
            .g
            .iter()
            .map(|gi| Float::with_val(b, f1 * gi))
            .collect();
        let mut h = Vec::with_capacity(self.h.len());
        for i in 0..n * usize::from(!self.h.is_empty()) {
            for j in 0..n {
                let t = Float::with_val(b, f1 * &self.h[i * n + j]);
                let u = Float::with_val(b, &self.g[i] * &self.g[j]) * f2;
                h.push(t + u);
            }
        }
        Dual2 { v: f0, g, h }
    }

    fn zip(&self, o: &Dual2, sign: i32) -> Dual2 {
        let b = self.v.prec();
        let op = |a: &Float, c: &Float| {
            if sign > 0 {
                Float::with_val(b, a + c)
            } else {
                Float::with_val(b, a - c)
            }
        };
        Dual2 {
            v: op(&self.v, &o.v),
            g: self.g.iter().zip(&o.g).map(|(a, c)| op(a, c)).collect(),
            h: self.h.iter().zip(&o.h).map(|(a, c)| op(a, c)).collect(),
        }
    }

    /// Product.
    pub fn mul(&self, o: &Dual2) -> Dual2 {
        let n = self.n();
        let b = self.v.prec();
        let v = Float::with_val(b, &self.v * &o.v);
        let g = (0..n)
            .map(|i| Float::with_val(b, &self.v * &o.g[i]) + Float::with_val(b, &o.v * &self.g[i]))
            .collect();
        let mut h = Vec::with_capacity(self.h.len());
        for i in 0..n * usize::from(!self.h.is_empty()) {
            for j in 0..n {
                let k = i * n + j;
                let mut t = Float::with_val(b, &self.v * &o.h[k]);
                t += Float::with_val(b, &o.v * &self.h[k]);
                t += Float::with_val(b, &self.g[i] * &o.g[j]);
                t += Float::with_val(b, &self.g[j] * &o.g[i]);
                h.push(t);
            }
        }
        Dual2 { v, g, h }
    }
}

/// (φ(u), φ′(u), φ″(u)) at `bits`.
pub fn derivatives(f: Func, u: &Float, bits: u32) -> EvalResult<(Float, Float, Float)> {
    let f0 = point::apply(f, u, bits)?;
    let w = |x: Float| Float::with_val(bits, x);
    let one = w(Float::with_val(bits, 1));
    let u2 = w(Float::with_val(bits, u * u));
    let (f1, f2) = match f {
        Func::Exp => (f0.clone(), f0.clone()),
        Func::Log => {
            let r = w(Float::with_val(bits, 1) / u);
            let r2 = -w(Float::with_val(bits, &r * &r));
            (r, r2)
        }
        Func::Sin => (w(u.clone()).cos(), -f0.clone()),
        Func::Cos => (-w(u.clone()).sin(), -f0.clone()),
        Func::Tan | Func::Tanh => {
            // tan′ = 1 + t², tanh′ = 1 − t²; second: 2t·(first)·(±1)
            let t2 = w(Float::with_val(bits, &f0 * &f0));
            let s = if f == Func::Tan { 1 } else { -1 };
            let d1 = w(Float::with_val(bits, &one + Float::with_val(bits, &t2 * s)));
            let d2 = w(Float::with_val(bits, &f0 * &d1)) * (2 * s);
            (d1, d2)
        }
        Func::Atan => {
            let d = w(Float::with_val(bits, &one + &u2));
            let d1 = w(Float::with_val(bits, 1) / &d);
            let d2 = -w(Float::with_val(bits, u * 2u32)) * Float::with_val(bits, &d1 * &d1);
            (d1, d2)
        }
        Func::Sinh => (w(u.clone()).cosh(), f0.clone()),
        Func::Cosh => (w(u.clone()).sinh(), f0.clone()),
        Func::Artanh => {
            let d = w(Float::with_val(bits, &one - &u2));
            let d1 = w(Float::with_val(bits, 1) / &d);
            let d2 = w(Float::with_val(bits, u * 2u32)) * Float::with_val(bits, &d1 * &d1);
            (d1, d2)
        }
        Func::Asinh => {
            let s = w(Float::with_val(bits, &one + &u2)).sqrt();
            let d1 = w(Float::with_val(bits, 1) / &s);
            let d2 = -w(Float::with_val(bits, u * &d1)) / Float::with_val(bits, &s * &s);
            (d1, d2)
        }
        Func::Erf | Func::Erfc => {
            let c = Float::with_val(bits, 2u32) / w(Float::with_val(bits, Constant::Pi)).sqrt();
            let d1 = c * w(Float::with_val(bits, -&u2)).exp();
            let d1 = if f == Func::Erf { d1 } else { -d1 };
            let d2 = -w(Float::with_val(bits, u * 2u32)) * &d1;
            (d1, d2)
        }
        Func::Phi => {
            let d1 = point::normal_density(u, bits);
            let d2 = -w(Float::with_val(bits, u * &d1));
            (d1, d2)
        }
        Func::Sigmoid => {
            let d1 = w(Float::with_val(bits, &one - &f0)) * &f0;
            let d2 = w(Float::with_val(
                bits,
                &one - Float::with_val(bits, &f0 * 2u32),
            )) * &d1;
            (d1, d2)
        }
        Func::Softplus => {
            let s = point::sigmoid(u, bits);
            let d2 = w(Float::with_val(bits, &one - &s)) * &s;
            (s, d2)
        }
        Func::Gelu => {
            // (uΦ)′ = Φ + uφ, (uΦ)″ = φ(2 − u²)
            let p = point::phi(u, bits);
            let d = point::normal_density(u, bits);
            let d1 = p + Float::with_val(bits, u * &d);
            let d2 = d * w(Float::with_val(bits, 2u32 - &u2));
            (d1, d2)
        }
    };
    Ok((f0, f1, f2))
}

/// Hyper-duals at one point x, seeded in the parameters (and in x when `seed_x`,
/// as the last variable).
#[derive(Debug, Clone)]
pub struct DualDomain {
    pub bits: u32,
    pub x: Float,
    pub params: Vec<Float>,
    pub seed_x: bool,
    /// Carry the Hessian (else value and gradient only: n + 1 components instead of n² + n + 1).
    pub hessian: bool,
}

impl DualDomain {
    fn n(&self) -> usize {
        self.params.len() + usize::from(self.seed_x)
    }
    fn seeded(&self, v: &Float, i: usize) -> Dual2 {
        let mut d = Dual2::constant(Float::with_val(self.bits, v), self.n(), self.hessian);
        d.g[i] = Float::with_val(self.bits, 1);
        d
    }
}

impl Domain for DualDomain {
    type V = Dual2;
    fn num(&self, q: &Rational) -> Dual2 {
        Dual2::constant(Float::with_val(self.bits, q), self.n(), self.hessian)
    }
    fn pi(&self) -> Dual2 {
        Dual2::constant(
            Float::with_val(self.bits, Constant::Pi),
            self.n(),
            self.hessian,
        )
    }
    fn x(&self) -> Dual2 {
        if self.seed_x {
            self.seeded(&self.x, self.params.len())
        } else {
            Dual2::constant(Float::with_val(self.bits, &self.x), self.n(), self.hessian)
        }
    }
    fn param(&self, i: usize) -> Dual2 {
        self.seeded(&self.params[i], i)
    }
    fn neg(&self, a: &Dual2) -> Dual2 {
        Dual2::constant(Float::new(self.bits), self.n(), self.hessian).zip(a, -1)
    }
    fn add(&self, a: &Dual2, b: &Dual2) -> Dual2 {
        a.zip(b, 1)
    }
    fn sub(&self, a: &Dual2, b: &Dual2) -> Dual2 {
        a.zip(b, -1)
    }
    fn mul(&self, a: &Dual2, b: &Dual2) -> Dual2 {
        a.mul(b)
    }
    fn div(&self, a: &Dual2, b: &Dual2) -> EvalResult<Dual2> {
        if b.v.is_zero() {
            return Err(undefined("/", "division by 0"));
        }
        let bits = self.bits;
        let r = Float::with_val(bits, 1) / &b.v;
        let r2 = Float::with_val(bits, &r * &r);
        let r3 = Float::with_val(bits, &r2 * &r) * 2u32;
        Ok(a.mul(&b.chain(r, &-r2, &r3)))
    }
    fn pow(&self, a: &Dual2, q: &Rational) -> EvalResult<Dual2> {
        let bits = self.bits;
        let one = Rational::from(1);
        let f0 = point::pow(&a.v, q, bits)?;
        let q1 = Rational::from(q - &one);
        let q2 = Rational::from(&q1 - &one);
        let f1 = if q.cmp0().is_eq() {
            Float::new(bits)
        } else {
            point::pow(&a.v, &q1, bits)? * Float::with_val(bits, q)
        };
        let f2 = if q.cmp0().is_eq() || q1.cmp0().is_eq() {
            Float::new(bits)
        } else {
            point::pow(&a.v, &q2, bits)? * Float::with_val(bits, Rational::from(q * &q1))
        };
        Ok(a.chain(f0, &f1, &f2))
    }
    fn call(&self, f: Func, a: &Dual2) -> EvalResult<Dual2> {
        let (f0, f1, f2) = derivatives(f, &a.v, self.bits)?;
        Ok(a.chain(f0, &f1, &f2))
    }
}
