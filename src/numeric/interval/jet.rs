//! Interval Taylor jets: enclosures of derivatives over an interval.
//!
//! A [`Jet`] of order n at a base interval X holds n intervals c₀ … c_{n−1}
//! with c_k ⊇ { f⁽ᵏ⁾(ξ)/k! : ξ ∈ X }. Jets are built from the variable
//! (X + h) by ring operations and the recurrences of tanh, exp and erf,
//! evaluated in interval arithmetic; each coefficient is a polynomial
//! expression in the base value, so evaluating it on X encloses its range.
//!
//! This is what makes subdivision converge: c₁ over a box bounds the slope
//! (mean-value form, monotonicity test), c₂ the curvature, and c₇ at X = [0, r]
//! bounds a Lagrange remainder.
//!
//! ```
//! use rug::{Float, Rational};
//! use taylormatch::numeric::interval::Interval;
//! use taylormatch::numeric::interval::jet::Jet;
//! // the jet of exp at 0: coefficients 1, 1, 1/2, 1/6 (Taylor coefficients f⁽ᵏ⁾(0)/k!)
//! let x = Jet::var(&Interval::from_int(64, 0), 4);
//! let e = x.exp();
//! assert!(e.c[3].contains(&Float::with_val(64, &Rational::from((1, 6)))));
//! assert_eq!(e.order(), 4);
//! ```

use crate::numeric::interval::Interval;
use rug::Rational;

/// Taylor coefficients (c_k ⊇ f⁽ᵏ⁾(X)/k!) of a function over a base interval.
#[derive(Debug, Clone)]
pub struct Jet {
    pub c: Vec<Interval>,
}

fn zero(bits: u32) -> Interval {
    Interval::from_int(bits, 0)
}

impl Jet {
    /// The identity x ↦ x at base X: coefficients (X, 1, 0, …). `order` ≥ 1.
    pub fn var(x: &Interval, order: usize) -> Jet {
        let b = x.bits();
        let mut c = vec![zero(b); order.max(1)];
        c[0] = x.clone();
        if order > 1 {
            c[1] = Interval::from_int(b, 1);
        }
        Jet { c }
    }

    /// Number of coefficients.
    pub fn order(&self) -> usize {
        self.c.len()
    }

    pub(crate) fn bits(&self) -> u32 {
        self.c[0].bits()
    }

    /// Sum.
    pub fn add(&self, o: &Jet) -> Jet {
        Jet {
            c: self.c.iter().zip(&o.c).map(|(a, b)| a.add(b)).collect(),
        }
    }

    /// Difference.
    pub fn sub(&self, o: &Jet) -> Jet {
        Jet {
            c: self.c.iter().zip(&o.c).map(|(a, b)| a.sub(b)).collect(),
        }
    }

    /// Product with a constant enclosure.
    pub fn scale(&self, k: &Interval) -> Jet {
        Jet {
            c: self.c.iter().map(|a| a.mul(k)).collect(),
        }
    }

    /// Half (exact).
    pub fn half(&self) -> Jet {
        Jet {
            c: self.c.iter().map(|a| a.half()).collect(),
        }
    }

    /// Cauchy product, truncated: (fg)_k = Σ_{i+j=k} f_i g_j.
    pub fn mul(&self, o: &Jet) -> Jet {
        let n = self.order().min(o.order());
        let b = self.bits();
        let c = (0..n)
            .map(|k| (0..=k).fold(zero(b), |acc, i| acc.add(&self.c[i].mul(&o.c[k - i]))))
            .collect();
        Jet { c }
    }

    /// Square: like `mul`, but the diagonal terms use `sqr` (tighter on intervals).
    pub fn sqr(&self) -> Jet {
        Jet {
            c: (0..self.order()).map(|k| self.sqr_coeff(k)).collect(),
        }
    }

    /// Quotient, `None` when the divisor's value b₀ contains 0:
    /// q_k = (a_k − Σ_{j=1}^{k} b_j q_{k−j}) / b₀.
    pub fn div(&self, o: &Jet) -> Option<Jet> {
        let n = self.order().min(o.order());
        let mut q: Vec<Interval> = Vec::with_capacity(n);
        for k in 0..n {
            let mut acc = self.c[k].clone();
            for j in 1..=k {
                acc = acc.sub(&o.c[j].mul(&q[k - j]));
            }
            q.push(acc.div(&o.c[0])?);
        }
        Some(Jet { c: q })
    }

    /// k·g_k = Σ_{j=1}^{k} j·v_j·p_{k−j}: the recurrence of g′ = v′·p.
    pub(crate) fn integrate_step(v: &Jet, p: &[Interval], k: usize) -> Interval {
        let b = v.bits();
        let mut acc = zero(b);
        for j in 1..=k {
            acc = acc.add(
                &v.c[j]
                    .mul(&p[k - j])
                    .mul_rational(&Rational::from(j as u64)),
            );
        }
        acc.mul_rational(&Rational::from((1u64, k as u64)))
    }

    /// exp(v): E′ = v′E, so k·e_k = Σ j v_j e_{k−j}, e₀ = exp(v₀).
    pub fn exp(&self) -> Jet {
        let mut e = vec![self.c[0].exp()];
        for k in 1..self.order() {
            let next = Jet::integrate_step(self, &e, k);
            e.push(next);
        }
        Jet { c: e }
    }

    /// tanh(v): T′ = (1 − T²)v′, so k·t_k = Σ j v_j P_{k−j} with
    /// P = 1 − T², P_m = δ_{m0} − Σ_{i+j=m} t_i t_j, t₀ = tanh(v₀).
    pub fn tanh(&self) -> Jet {
        let b = self.bits();
        let one = Interval::from_int(b, 1);
        let mut t = vec![self.c[0].tanh()];
        let mut p: Vec<Interval> = Vec::new();
        for k in 1..self.order() {
            let m = k - 1;
            let sq = Jet { c: t.clone() }.sqr_coeff(m);
            p.push(if m == 0 { one.sub(&sq) } else { sq.neg() });
            let next = Jet::integrate_step(self, &p, k);
            t.push(next);
        }
        Jet { c: t }
    }

    /// The coefficient m of the square of a jet known to index m.
    pub(crate) fn sqr_coeff(&self, m: usize) -> Interval {
        let b = self.bits();
        let mut acc = zero(b);
        for i in 0..=m / 2 {
            let j = m - i;
            if i == j {
                acc = acc.add(&self.c[i].sqr());
            } else {
                acc = acc.add(&self.c[i].mul(&self.c[j]).mul_rational(&Rational::from(2)));
            }
        }
        acc
    }

    /// erf(v): erf′(v) = (2/√π)·exp(−v²)·v′, so k·g_k = Σ j v_j q_{k−j}
    /// with q = (2/√π)·exp(−v²); `two_over_sqrt_pi` encloses 2/√π.
    pub fn erf(&self, two_over_sqrt_pi: &Interval) -> Jet {
        let q = self
            .sqr()
            .scale(&Interval::from_int(self.bits(), -1))
            .exp()
            .scale(two_over_sqrt_pi);
        let mut g = vec![self.c[0].erf()];
        for k in 1..self.order() {
            g.push(Jet::integrate_step(self, &q.c, k));
        }
        Jet { c: g }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rug::Float;

    #[test]
    fn tanh_jet_at_zero_matches_series() {
        // tanh x = x − x³/3 + 2x⁵/15 − 17x⁷/315
        let x = Interval::from_int(128, 0);
        let t = Jet::var(&x, 8).tanh();
        let want = [
            (0, 1),
            (1, 1),
            (0, 1),
            (-1, 3),
            (0, 1),
            (2, 15),
            (0, 1),
            (-17, 315),
        ];
        for (k, (n, d)) in want.iter().enumerate() {
            let q = Float::with_val(256, Rational::from((*n, *d)));
            assert!(t.c[k].contains(&q), "coefficient {k}: {:?}", t.c[k]);
            assert!(t.c[k].width() < Float::with_val(64, Float::i_exp(1, -100)));
        }
    }

    #[test]
    fn exp_jet_at_zero_is_one_over_factorial() {
        let e = Jet::var(&Interval::from_int(128, 0), 6).exp();
        for (k, f) in [1, 1, 2, 6, 24, 120].iter().enumerate() {
            assert!(e.c[k].contains(&Float::with_val(256, Rational::from((1, *f)))));
        }
    }
}
