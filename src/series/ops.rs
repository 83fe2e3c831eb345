//! Ring operations on series: sum, product, inverse, quotient, calculus,
//! composition and reversion.

use super::Series;
use crate::coeff::{Coeff, Q};
use crate::error::{Error, Result};
use num_bigint::BigInt;

impl<C: Coeff> Series<C> {
    /// self + o, known to the smaller order.
    pub fn add(&self, o: &Self) -> Self {
        let n = self.order().min(o.order());
        Series {
            c: (0..n).map(|i| self.c[i].add(&o.c[i])).collect(),
        }
    }

    /// self − o, known to the smaller order.
    pub fn sub(&self, o: &Self) -> Self {
        let n = self.order().min(o.order());
        Series {
            c: (0..n).map(|i| self.c[i].sub(&o.c[i])).collect(),
        }
    }

    /// −self.
    pub fn neg(&self) -> Self {
        Series {
            c: self.c.iter().map(C::neg).collect(),
        }
    }

    /// c · self for a ring element c.
    pub fn scale(&self, k: &C) -> Self {
        Series {
            c: self.c.iter().map(|v| v.mul(k)).collect(),
        }
    }

    /// q · self for a rational q.
    pub fn scale_q(&self, q: &Q) -> Self {
        Series {
            c: self.c.iter().map(|v| v.mul_q(q)).collect(),
        }
    }

    /// self · o. Known to min(n_f + v_g, n_g + v_f), where n is the order and
    /// v the valuation: a factor divisible by x^v raises the other's order.
    pub fn mul(&self, o: &Self) -> Self {
        let (nf, ng) = (self.order(), o.order());
        let n = (nf + o.valuation()).min(ng + self.valuation());
        self.mul_trunc(o, n)
    }

    /// The product truncated to order n (n must not exceed what the inputs determine).
    pub(crate) fn mul_trunc(&self, o: &Self, n: usize) -> Self {
        if let Some(c) = C::kernel_mul(&self.c, &o.c, n) {
            return Series { c };
        }
        self.mul_trunc_generic(o, n)
    }

    /// The reference route of `mul_trunc`, in the ring's own arithmetic.
    pub(crate) fn mul_trunc_generic(&self, o: &Self, n: usize) -> Self {
        let mut c = vec![C::zero(); n];
        for (i, a) in self.c.iter().enumerate().take(n) {
            if a.is_zero() {
                continue;
            }
            let upto = (n - i).min(o.c.len());
            for (j, b) in o.c[..upto].iter().enumerate() {
                c[i + j].add_mul(a, b);
            }
        }
        Series { c }
    }

    /// selfᵏ (k = 0 gives 1 to the same order).
    pub fn pow(&self, k: u32) -> Self {
        if k == 0 {
            return Series::constant(C::one(), self.order());
        }
        let mut acc: Option<Self> = None;
        let mut base = self.clone();
        let mut e = k;
        loop {
            if e & 1 == 1 {
                acc = Some(match acc {
                    None => base.clone(),
                    Some(a) => a.mul(&base),
                });
            }
            e >>= 1;
            if e == 0 {
                break;
            }
            base = base.mul(&base);
        }
        acc.unwrap_or_else(|| Series::constant(C::one(), self.order()))
    }

    /// 1/self. Requires a constant term that is a unit of the ring.
    ///
    /// b₀ = 1/c₀, b_k = −(1/c₀) Σ_{j=1..k} c_j b_{k−j}.
    pub fn inverse(&self) -> Result<Self> {
        let c0 = self.c.first().ok_or_else(|| {
            Error::input("inverse: the series has order 0, its constant term is unknown")
        })?;
        let inv0 = c0.inv().ok_or_else(|| {
            Error::input(format!(
                "inverse: the constant term must be a unit (got {c0:?})"
            ))
        })?;
        Ok(self.inverse_core(&inv0))
    }

    pub(crate) fn inverse_core(&self, inv0: &C) -> Self {
        if let Some(c) = C::kernel_inverse(&self.c, inv0) {
            return Series { c };
        }
        self.inverse_core_generic(inv0)
    }

    /// The reference route of `inverse_core`, in the ring's own arithmetic.
    pub(crate) fn inverse_core_generic(&self, inv0: &C) -> Self {
        let n = self.order();
        let mut b: Vec<C> = Vec::with_capacity(n);
        b.push(inv0.clone());
        let ninv0 = inv0.neg();
        for k in 1..n {
            let mut s = C::zero();
            for j in 1..=k {
                s.add_mul(&self.c[j], &b[k - j]);
            }
            b.push(s.mul(&ninv0));
        }
        Series { c: b }
    }

    /// self / o. If o = x^v·u with u(0) a unit, self must be divisible by x^v;
    /// the quotient is known to min(n_f, n_g) − v.
    pub fn div(&self, o: &Self) -> Result<Self> {
        let v = o.valuation();
        if v >= o.order() {
            return Err(Error::input("div: the divisor is 0 to its known order"));
        }
        if self.valuation() < v {
            return Err(Error::input(format!(
                "div: the dividend must be divisible by x^{v}, as the divisor is"
            )));
        }
        let num = Series {
            c: self.c[v.min(self.order())..].to_vec(),
        };
        let den = Series {
            c: o.c[v..].to_vec(),
        };
        let n = num.order().min(den.order());
        let inv = den.truncate(n).inverse()?;
        Ok(num.truncate(n).mul_trunc(&inv, n))
    }

    /// d/dx self, known to order − 1.
    pub fn derivative(&self) -> Self {
        Series {
            c: self
                .c
                .iter()
                .enumerate()
                .skip(1)
                .map(|(k, v)| v.mul_q(&Q::from_integer(BigInt::from(k))))
                .collect(),
        }
    }

    /// ∫₀ˣ self, known to order + 1, constant term 0.
    pub fn integral(&self) -> Self {
        let mut c = Vec::with_capacity(self.order() + 1);
        c.push(C::zero());
        for (k, v) in self.c.iter().enumerate() {
            c.push(v.mul_q(&Q::new(BigInt::from(1), BigInt::from(k + 1))));
        }
        Series { c }
    }

    /// self(g(x)). Requires g(0) = 0. Known to min(n_f·v_g, n_g) where v_g ≥ 1
    /// is the valuation of g.
    pub fn compose(&self, g: &Self) -> Result<Self> {
        match g.c.first() {
            None => {
                return Err(Error::input(
                    "compose: the inner series has order 0, g(0) is unknown",
                ))
            }
            Some(g0) if !g0.is_zero() => {
                return Err(Error::input("compose: the inner series must have g(0) = 0"))
            }
            _ => {}
        }
        let v = g.valuation();
        let n = self.order().saturating_mul(v).min(g.order());
        Ok(self.compose_core(g, n, v))
    }

    fn compose_core(&self, g: &Self, n: usize, v: usize) -> Self {
        // Horner: f₀ + g(f₁ + g(f₂ + …)), only the terms with k·v < n matter
        let kmax = if v == 0 {
            0
        } else {
            n.div_ceil(v).min(self.order())
        };
        let g = g.truncate(n);
        let mut r = Series::zero(n);
        for k in (0..kmax).rev() {
            r = r.mul_trunc(&g, n);
            r.c[0] = r.c[0].add(&self.c[k]);
        }
        r
    }

    /// The compositional inverse g with self(g(x)) = x. Requires c₀ = 0 and
    /// c₁ a unit. Lagrange: \[xⁿ\]g = (1/n)[w^{n−1}](w/f(w))ⁿ.
    pub fn revert(&self) -> Result<Self> {
        if self.order() < 2 {
            return Err(Error::input(
                "revert: the series must be known to at least O(x^2)",
            ));
        }
        if !self.c[0].is_zero() {
            return Err(Error::input("revert: the constant term must be 0"));
        }
        if self.c[1].inv().is_none() {
            return Err(Error::input("revert: the x coefficient must be a unit"));
        }
        let n = self.order();
        // φ = w / f(w) = (f/x)^{-1}, known to order n − 1
        let fx = Series {
            c: self.c[1..].to_vec(),
        };
        let phi = fx.inverse()?;
        let mut g = vec![C::zero(); n];
        let mut p = phi.clone(); // φ^k
        for (k, gk) in g.iter_mut().enumerate().skip(1) {
            if k > 1 {
                p = p.mul_trunc(&phi, n - 1);
            }
            *gk = p.c[k - 1].mul_q(&Q::new(BigInt::from(1), BigInt::from(k)));
        }
        Ok(Series { c: g })
    }
}

macro_rules! forward_binop {
    ($tr:ident, $m:ident) => {
        impl<C: Coeff> std::ops::$tr<&Series<C>> for &Series<C> {
            type Output = Series<C>;
            fn $m(self, o: &Series<C>) -> Series<C> {
                Series::$m(self, o)
            }
        }
        impl<C: Coeff> std::ops::$tr<Series<C>> for Series<C> {
            type Output = Series<C>;
            fn $m(self, o: Series<C>) -> Series<C> {
                Series::$m(&self, &o)
            }
        }
    };
}
forward_binop!(Add, add);
forward_binop!(Sub, sub);
forward_binop!(Mul, mul);

impl<C: Coeff> std::ops::Neg for &Series<C> {
    type Output = Series<C>;
    fn neg(self) -> Series<C> {
        Series::neg(self)
    }
}
