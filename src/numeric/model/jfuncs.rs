//! Interval Taylor jets of the functions an expression may call.
//!
//! For g = f(v) with v a jet, g₀ = f(v₀) (an interval enclosure) and, from
//! g′ = f′(v)·v′, k·g_k = Σ_{j=1}^{k} j·v_j·p_{k−j} with p the jet of f′(v)
//! (`Jet::integrate_step`). p is a jet of elementary operations on v:
//!
//! | f        | f′(v)                 |   | f        | f′(v)                 |
//! |----------|-----------------------|---|----------|-----------------------|
//! | log      | 1/v                   |   | atan     | 1/(1 + v²)            |
//! | artanh   | 1/(1 − v²)            |   | asinh    | (1 + v²)^(−1/2)       |
//! | erfc     | −(2/√π)e^(−v²)        |   | Φ        | e^(−v²/2)/√(2π)       |
//! | softplus | σ(v)                  |   | GELU     | (v·Φ(v) by product)   |
//!
//! and f′ in terms of f itself for sin/cos (s′ = c·v′, c′ = −s·v′),
//! sinh/cosh (both +), tan (1 + t²) and σ (σ − σ²), filled in index order.
//! Powers v^q: k·v₀·w_k = Σ_{j=1}^{k} (q·j − (k − j))·v_j·w_{k−j} (from v·w′ = q·v′·w).
//!
//! ```
//! use rug::{Float, Rational};
//! use taylormatch::numeric::interval::Interval;
//! use taylormatch::numeric::interval::jet::Jet;
//! // log(1 + t) = t − t²/2 + …: the jet of log at x = 1
//! let j = Jet::var(&Interval::from_int(64, 1), 3).log().unwrap();
//! assert!(j.c[2].contains(&Float::with_val(64, &Rational::from((-1, 2)))));
//! ```

use super::eval::{undefined, EvalResult};
use crate::numeric::interval::jet::Jet;
use crate::numeric::interval::Interval;
use rug::Rational;

impl Jet {
    /// The constant jet (k, 0, 0, …) of `order` coefficients.
    pub fn constant(k: Interval, order: usize) -> Jet {
        let b = k.bits();
        let mut c = vec![Interval::from_int(b, 0); order.max(1)];
        c[0] = k;
        Jet { c }
    }

    /// g with g₀ = `g0` and g′ = p·v′ (p known to every index).
    fn integrate_derivative(&self, g0: Interval, p: &Jet) -> Jet {
        let mut g = vec![g0];
        for k in 1..self.order() {
            g.push(Jet::integrate_step(self, &p.c, k));
        }
        Jet { c: g }
    }

    fn one(&self) -> Jet {
        Jet::constant(Interval::from_int(self.bits(), 1), self.order())
    }

    fn div_or(&self, o: &Jet, f: &str) -> EvalResult<Jet> {
        self.div(o)
            .ok_or_else(|| undefined(f, "a divisor of its derivative may be 0"))
    }

    /// log v (v₀ > 0).
    pub fn log(&self) -> EvalResult<Jet> {
        let g0 = self.c[0].log()?;
        let p = self.one().div_or(self, "log")?;
        Ok(self.integrate_derivative(g0, &p))
    }

    /// atan v.
    pub fn atan(&self) -> Jet {
        let p = self
            .one()
            .div(&self.one().add(&self.sqr()))
            .expect("1 + v² ≥ 1");
        self.integrate_derivative(self.c[0].atan(), &p)
    }

    /// artanh v (|v₀| < 1).
    pub fn artanh(&self) -> EvalResult<Jet> {
        let g0 = self.c[0].artanh()?;
        let p = self.one().div_or(&self.one().sub(&self.sqr()), "artanh")?;
        Ok(self.integrate_derivative(g0, &p))
    }

    /// asinh v.
    pub fn asinh(&self) -> EvalResult<Jet> {
        let p = self
            .one()
            .add(&self.sqr())
            .pow_q(&Rational::from((-1, 2)))?;
        Ok(self.integrate_derivative(self.c[0].asinh(), &p))
    }

    /// erfc v = 1 − erf v: the erf jet with erfc(v₀) in front.
    pub fn erfc(&self, two_over_sqrt_pi: &Interval) -> Jet {
        let e = self.erf(two_over_sqrt_pi);
        let mut c: Vec<Interval> = e.c.iter().map(|a| a.neg()).collect();
        c[0] = self.c[0].erfc();
        Jet { c }
    }

    /// Φ(v), with `inv_sqrt_2pi` enclosing 1/√(2π).
    pub fn phi(&self, inv_sqrt_2pi: &Interval) -> Jet {
        let p = self.sqr().half().neg().exp().scale(inv_sqrt_2pi);
        self.integrate_derivative(self.c[0].phi_erfc(), &p)
    }

    /// GELU(v) = v·Φ(v).
    pub fn gelu(&self, inv_sqrt_2pi: &Interval) -> Jet {
        let mut g = self.mul(&self.phi(inv_sqrt_2pi));
        g.c[0] = self.c[0].gelu_tight();
        g
    }

    /// −v.
    pub fn neg(&self) -> Jet {
        Jet {
            c: self.c.iter().map(|a| a.neg()).collect(),
        }
    }

    /// (sin v, cos v), filled together.
    pub fn sin_cos(&self) -> (Jet, Jet) {
        self.trig_pair(false)
    }

    /// (sinh v, cosh v), filled together.
    pub fn sinh_cosh(&self) -> (Jet, Jet) {
        self.trig_pair(true)
    }

    /// s′ = c·v′ and c′ = ∓s·v′ (− for sin/cos, + for sinh/cosh).
    fn trig_pair(&self, hyperbolic: bool) -> (Jet, Jet) {
        let v0 = &self.c[0];
        let (mut s, mut c) = if hyperbolic {
            (vec![v0.sinh()], vec![v0.cosh()])
        } else {
            (vec![v0.sin()], vec![v0.cos()])
        };
        for k in 1..self.order() {
            let sk = Jet::integrate_step(self, &c, k);
            let ck = Jet::integrate_step(self, &s, k);
            s.push(sk);
            c.push(if hyperbolic { ck } else { ck.neg() });
        }
        (Jet { c: s }, Jet { c })
    }

    /// tan v: t′ = (1 + t²)·v′.
    pub fn tan(&self) -> EvalResult<Jet> {
        let one = Interval::from_int(self.bits(), 1);
        let mut t = vec![self.c[0].tan()?];
        let mut p: Vec<Interval> = Vec::new();
        for k in 1..self.order() {
            let m = k - 1;
            let sq = Jet { c: t.clone() }.sqr_coeff(m);
            p.push(if m == 0 { one.add(&sq) } else { sq });
            t.push(Jet::integrate_step(self, &p, k));
        }
        Ok(Jet { c: t })
    }

    /// σ(v): σ′ = (σ − σ²)·v′.
    pub fn sigmoid(&self) -> Jet {
        let mut s = vec![self.c[0].sigmoid()];
        let mut p: Vec<Interval> = Vec::new();
        for k in 1..self.order() {
            let m = k - 1;
            let sq = Jet { c: s.clone() }.sqr_coeff(m);
            p.push(s[m].sub(&sq));
            s.push(Jet::integrate_step(self, &p, k));
        }
        Jet { c: s }
    }

    /// softplus v: softplus′ = σ(v)·v′.
    pub fn softplus(&self) -> Jet {
        let p = self.sigmoid();
        self.integrate_derivative(self.c[0].softplus(), &p)
    }

    /// v^q: integer q ≥ 0 by products (valid when v₀ contains 0), negative
    /// integers by division, other q by the recurrence (v₀ ≠ 0, and v₀ > 0 unless q is an integer).
    pub fn pow_q(&self, q: &Rational) -> EvalResult<Jet> {
        if q.denom() == &1 {
            let n = q
                .numer()
                .to_i32()
                .ok_or_else(|| undefined("^", "exponent too large"))?;
            let mut r = self.one();
            let mut base = self.clone();
            let mut e = n.unsigned_abs();
            while e > 0 {
                if e & 1 == 1 {
                    r = r.mul(&base);
                }
                e >>= 1;
                if e > 0 {
                    base = base.sqr();
                }
            }
            r.c[0] = self.c[0].powi(n.unsigned_abs());
            return if n < 0 {
                self.one().div_or(&r, "^")
            } else {
                Ok(r)
            };
        }
        let b = self.bits();
        let v0 = &self.c[0];
        let mut w = vec![v0.pow_q(q)?];
        let qi = Interval::from_rational(b, q);
        for k in 1..self.order() {
            let mut acc = Interval::from_int(b, 0);
            for j in 1..=k {
                let coef = qi
                    .mul_rational(&Rational::from(j as u64))
                    .sub(&Interval::from_int(b, (k - j) as i64));
                acc = acc.add(&coef.mul(&self.c[j]).mul(&w[k - j]));
            }
            let d = v0.mul_rational(&Rational::from(k as u64));
            w.push(acc.div(&d).ok_or_else(|| undefined("^", "base may be 0"))?);
        }
        Ok(Jet { c: w })
    }
}
