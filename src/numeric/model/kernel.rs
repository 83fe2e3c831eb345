//! The closed-form evaluation strategy of the one [`Model`]: when a model is
//! recognised as one of the named families at a level ([`Model::kernel`]),
//! its error, e′, e″ and ∂e/∂p are evaluated by hand-written formulas instead
//! of the generic tree walk (the grid, L2 and minimax fits of
//! `fit --model tanh|sigmoid|tanh-free` run on this; tests/model_families.rs
//! property-tests it against the generic expression evaluation).
//!
//! Every family is M(x) = tanh(u(x)) with u(x) = c1·x + c3·x³, and (c1, c3)
//! depends affinely on the parameters:
//!
//! | family      | formula                     | c1      | c3      | parameters |
//! |-------------|-----------------------------|---------|---------|------------|
//! | `tanh`      | tanh(√(2/π)(x + a x³))      | √(2/π)  | √(2/π)a | a          |
//! | `sigmoid`   | 2σ(kx) − 1 = tanh(kx/2)     | k/2     | 0       | k          |
//! | `tanh-free` | tanh(c1 x + c3 x³)          | c1      | c3      | c1, c3     |
//!
//! The error at each [`Level`] is e(x) = w(x)·(M(x) − E(x)) with E(x) = erf(x/√2)
//! and w = 1 (erf), ½ (Φ) or x/2 (GELU): odd (erf, Φ) or even (GELU) in x,
//! so |e| is even.
//!
//! ```
//! use rug::{Float, Rational};
//! use taylormatch::numeric::model::{Family, Kernel, Level};
//! // e(x) = tanh(√(2/π)(x + a x³)) − erf(x/√2) at x = 0 is 0, for any a
//! let k = Kernel::new(Family::Tanh, Level::Erf, 128);
//! let c = k.inner(&[Float::with_val(128, &Rational::from((44715, 1_000_000)))]);
//! assert_eq!(k.error(&Float::with_val(128, 0), &c), 0);
//! assert_eq!(Family::parse("tanh-free").unwrap().param_names(), ["c1", "c3"]);
//! ```

use super::{Family, Level, Model};
use rug::float::Constant;
use rug::Float;

impl Model {
    /// The closed-form evaluation strategy at `bits` when this model is one of
    /// the named families at a level (`None` otherwise: the generic evaluation serves it).
    pub fn kernel(&self, bits: u32) -> Option<Kernel> {
        let level = self.level?;
        [Family::Tanh, Family::Sigmoid, Family::TanhFree]
            .into_iter()
            .find(|f| self.is_family(*f))
            .map(|f| Kernel::new(f, level, bits))
    }
}

/// A recognised family at a level, with its constants at precision `bits`.
#[derive(Debug, Clone)]
pub struct Kernel {
    pub family: Family,
    pub level: Level,
    pub bits: u32,
    /// √(2/π).
    pub s: Float,
    /// 1/√2.
    pub inv_sqrt2: Float,
}

/// e′, e″ at one point.
#[derive(Debug, Clone)]
pub struct ErrorDerivs {
    pub d1: Float,
    pub d2: Float,
}

impl Kernel {
    /// The constants at `bits`.
    pub fn new(family: Family, level: Level, bits: u32) -> Kernel {
        let pi = Float::with_val(bits, Constant::Pi);
        let s = Float::with_val(bits, 2 / pi).sqrt();
        let inv_sqrt2 = Float::with_val(bits, 2).sqrt().recip();
        Kernel {
            family,
            level,
            bits,
            s,
            inv_sqrt2,
        }
    }

    /// (c1, c3) of u(x) = c1·x + c3·x³ for parameters `p`.
    pub fn inner(&self, p: &[Float]) -> (Float, Float) {
        let b = self.bits;
        match self.family {
            Family::Tanh => (self.s.clone(), Float::with_val(b, &self.s * &p[0])),
            Family::Sigmoid => (Float::with_val(b, &p[0] / 2u32), Float::new(b)),
            Family::TanhFree => (Float::with_val(b, &p[0]), Float::with_val(b, &p[1])),
        }
    }

    /// ∂u/∂p_j = α_j·x + β_j·x³, as the constant pairs (α_j, β_j).
    pub fn dinner(&self) -> Vec<(Float, Float)> {
        let b = self.bits;
        match self.family {
            Family::Tanh => vec![(Float::new(b), self.s.clone())],
            Family::Sigmoid => vec![(Float::with_val(b, 0.5), Float::new(b))],
            Family::TanhFree => vec![
                (Float::with_val(b, 1), Float::new(b)),
                (Float::new(b), Float::with_val(b, 1)),
            ],
        }
    }

    /// E(x) = erf(x/√2).
    pub fn target_erf(&self, x: &Float) -> Float {
        Float::with_val(self.bits, x * &self.inv_sqrt2).erf()
    }

    /// The weight w(x): 1 (erf), ½ (Φ) or x/2 (GELU); `None` for 1.
    pub fn weight(&self, x: &Float) -> Option<Float> {
        match self.level {
            Level::Erf => None,
            Level::Phi => Some(Float::with_val(self.bits, 0.5)),
            Level::Gelu => Some(Float::with_val(self.bits, x / 2u32)),
        }
    }

    /// The model this strategy evaluates (its expression, for the generic route).
    pub fn model(&self) -> Model {
        Model::family(self.family, self.level)
    }

    /// m(x) = tanh(c1 x + c3 x³).
    pub fn model_value(&self, x: &Float, c: &(Float, Float)) -> Float {
        let x3 = Float::with_val(self.bits, x * x) * x;
        Float::with_val(self.bits, c.0.mul_add_mul_ref(x, &c.1, &x3)).tanh()
    }

    /// The error e(x) = w(x)(m(x) − E(x)).
    pub fn error(&self, x: &Float, c: &(Float, Float)) -> Float {
        let d = self.model_value(x, c) - self.target_erf(x);
        match self.weight(x) {
            None => d,
            Some(w) => d * w,
        }
    }

    /// e′, e″ at x (erf(x/√2) itself is needed only at the GELU level):
    /// m′ = (1 − m²)u′, m″ = (1 − m²)(u″ − 2m u′²), E′ = √(2/π)e^{−x²/2}, E″ = −xE′;
    /// Φ: half the erf level; GELU: e′ = (m − E)/2 + w(m′ − E′), e″ = (m′ − E′) + w(m″ − E″).
    pub fn error_derivs(&self, x: &Float, c: &(Float, Float)) -> ErrorDerivs {
        let b = self.bits;
        let x2 = Float::with_val(b, x * x);
        let x3 = Float::with_val(b, &x2 * x);
        let m = Float::with_val(b, c.0.mul_add_mul_ref(x, &c.1, &x3)).tanh();
        let d = Float::with_val(b, 1) - Float::with_val(b, m.square_ref());
        // u′ = c1 + 3c3x², u″ = 6c3x
        let u1 = Float::with_val(b, &c.1 * &x2) * 3u32 + &c.0;
        let u2 = Float::with_val(b, &c.1 * x) * 6u32;
        let m1 = Float::with_val(b, &d * &u1);
        let mu = Float::with_val(b, &m * &u1) * &u1 * 2u32;
        let m2 = Float::with_val(b, u2 - mu) * &d;
        let e1 = (-Float::with_val(b, &x2 / 2u32)).exp() * &self.s;
        let e2 = -Float::with_val(b, &e1 * x);
        let v1 = Float::with_val(b, &m1 - &e1);
        let v2 = Float::with_val(b, &m2 - &e2);
        match self.level {
            Level::Erf => ErrorDerivs { d1: v1, d2: v2 },
            Level::Phi => ErrorDerivs {
                d1: v1 / 2u32,
                d2: v2 / 2u32,
            },
            Level::Gelu => {
                let v0 = Float::with_val(b, &m - self.target_erf(x));
                let w = Float::with_val(b, x / 2u32);
                let d1 = Float::with_val(b, &v0 / 2u32) + Float::with_val(b, &w * &v1);
                let d2 = Float::with_val(b, &w * &v2) + v1;
                ErrorDerivs { d1, d2 }
            }
        }
    }

    /// ∂e/∂p_j at x: w(x)(1 − m²)(α_j x + β_j x³).
    pub fn error_dparams(&self, x: &Float, p: &[Float]) -> Vec<Float> {
        let b = self.bits;
        let c = self.inner(p);
        let x3 = Float::with_val(b, x * x) * x;
        let m = Float::with_val(b, c.0.mul_add_mul_ref(x, &c.1, &x3)).tanh();
        let mut d = Float::with_val(b, 1) - Float::with_val(b, m.square_ref());
        if let Some(w) = self.weight(x) {
            d *= w;
        }
        self.dinner()
            .iter()
            .map(|(al, be)| Float::with_val(b, al.mul_add_mul_ref(x, be, &x3)) * &d)
            .collect()
    }

    /// A bound B(x) ≥ |e(y)| for all y ≥ x ≥ 1, valid when c1 > 0, c3 ≥ 0:
    /// |1 − tanh u| ≤ 2e^{−2u}, 1 − erf(y/√2) ≤ e^{−y²/2}, u(y) ≥ c1·y, so
    /// |e(y)| ≤ w(y)(2e^{−2c1 y} + e^{−y²/2}); for y ≥ x ≥ 1 with c1 ≥ ½ this
    /// is decreasing, and we return its value at x. `None` when c1 < ½ or c3 < 0.
    pub fn tail_bound(&self, x: &Float, c: &(Float, Float)) -> Option<Float> {
        let b = self.bits;
        if c.0 < 0.5 || c.1 < 0 || *x < 1 {
            return None;
        }
        let t1 = Float::with_val(b, -Float::with_val(b, &c.0 * x) * 2u32).exp() * 2u32;
        let t2 = Float::with_val(b, -Float::with_val(b, x * x) / 2u32).exp();
        let s = t1 + t2;
        Some(match self.weight(x) {
            None => s,
            Some(w) => s * w,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fl(v: f64) -> Float {
        Float::with_val(128, v)
    }

    #[test]
    fn derivatives_match_differences() {
        // e′ and e″ against central differences at h = 2^-30 (error O(h²) ≈ 1e-18)
        for (model, target, p) in [
            (Family::Tanh, Level::Erf, vec![fl(0.0447)]),
            (Family::Sigmoid, Level::Gelu, vec![fl(1.7)]),
            (Family::TanhFree, Level::Gelu, vec![fl(0.8), fl(0.036)]),
        ] {
            let ctx = Kernel::new(model, target, 128);
            let c = ctx.inner(&p);
            let x = fl(1.37);
            let h = Float::with_val(128, Float::i_exp(1, -30));
            let xp = Float::with_val(128, &x + &h);
            let xm = Float::with_val(128, &x - &h);
            let d = ctx.error_derivs(&x, &c);
            let num1 = (ctx.error(&xp, &c) - ctx.error(&xm, &c)) / Float::with_val(128, &h * 2u32);
            let dp = ctx.error_derivs(&xp, &c);
            let dm = ctx.error_derivs(&xm, &c);
            let num2 = (dp.d1 - dm.d1) / Float::with_val(128, &h * 2u32);
            assert!((num1 - &d.d1).abs() < 1e-15, "{model:?} e′");
            assert!((num2 - &d.d2).abs() < 1e-15, "{model:?} e″");
            // ∂e/∂p_j against a difference in p_j
            let g = ctx.error_dparams(&x, &p);
            for j in 0..p.len() {
                let mut pp = p.clone();
                let mut pm = p.clone();
                pp[j] += &h;
                pm[j] -= &h;
                let num = (ctx.error(&x, &ctx.inner(&pp)) - ctx.error(&x, &ctx.inner(&pm)))
                    / Float::with_val(128, &h * 2u32);
                assert!((num - &g[j]).abs() < 1e-15, "{model:?} ∂e/∂p{j}");
            }
        }
    }

    #[test]
    fn sigmoid_is_tanh_of_half() {
        // 2σ(kx) − 1 = tanh(kx/2): compare with 2/(1 + e^{−kx}) − 1 at k = 1.702, x = 0.9
        let ctx = Kernel::new(Family::Sigmoid, Level::Erf, 128);
        let k = Float::with_val(128, 1.702);
        let x = Float::with_val(128, 0.9);
        let m = ctx.model_value(&x, &ctx.inner(std::slice::from_ref(&k)));
        let sig = Float::with_val(128, 2) / (Float::with_val(128, -(k * &x)).exp() + 1u32) - 1u32;
        assert!((m - sig).abs() < 1e-35);
    }
}
