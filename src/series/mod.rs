//! Truncated power series with exact coefficients.
//!
//! A [`Series`] is `c₀ + c₁x + … + c_{n−1}x^{n−1} + O(xⁿ)` with `n` its
//! **order**. Every operation returns a series of the largest order that the
//! inputs determine (sums keep the smaller order; products too; a derivative
//! loses one; an integral gains one), and a coefficient at or past the order
//! is unknown: [`Series::coeff`] returns an error for it, never 0.
//!
//! Public operations check their preconditions and return
//! [`Error::Input`] naming the operation; private cores
//! assume them (the FLINT convention).
//!
//! ```
//! use taylormatch::coeff::Q;
//! use taylormatch::series::Series;
//! // exp(x) to O(x⁶), then log(exp(x)) = x exactly
//! let x: Series<Q> = Series::x(6);
//! let e = x.exp().unwrap();
//! assert_eq!(e.coeff(5).unwrap().to_string(), "1/120");
//! assert_eq!(e.log().unwrap(), x);
//! // a coefficient at the order is unknown, not 0
//! assert!(e.coeff(6).is_err());
//! ```

mod elementary;
#[cfg(test)]
mod kernel_tests;
mod ops;
mod tangent;
mod tangent_zeta;

pub use elementary::{tangent_numbers, tangent_numbers_triangle};
pub use tangent::tangent_numbers_staged;

use crate::coeff::{Coeff, Q};
use crate::error::{Error, Result};

/// A truncated power series over the coefficient ring `C`.
#[derive(Debug, Clone, PartialEq)]
pub struct Series<C> {
    c: Vec<C>,
}

impl<C: Coeff> Series<C> {
    /// The series with the given known coefficients; its order is `coeffs.len()`.
    pub fn from_coeffs(coeffs: Vec<C>) -> Self {
        Series { c: coeffs }
    }

    /// A polynomial known to order `order` (terms at or past `order` dropped,
    /// missing ones 0).
    pub fn from_poly(coeffs: Vec<C>, order: usize) -> Self {
        let mut c = coeffs;
        c.truncate(order);
        c.resize(order, C::zero());
        Series { c }
    }

    /// 0 + O(x^order).
    pub fn zero(order: usize) -> Self {
        Series {
            c: vec![C::zero(); order],
        }
    }

    /// The constant `v` + O(x^order).
    pub fn constant(v: C, order: usize) -> Self {
        Series::from_poly(vec![v], order)
    }

    /// x + O(x^order).
    pub fn x(order: usize) -> Self {
        Series::from_poly(vec![C::zero(), C::one()], order)
    }

    /// The number of known coefficients: the series is known modulo x^order.
    pub fn order(&self) -> usize {
        self.c.len()
    }

    /// The coefficient of xⁿ; an error when n is at or past the order.
    pub fn coeff(&self, n: usize) -> Result<&C> {
        self.c.get(n).ok_or_else(|| {
            Error::input(format!(
                "coefficient of x^{n} is unknown: the series is only known to O(x^{})",
                self.c.len()
            ))
        })
    }

    /// All known coefficients, c₀ … c_{order−1}.
    pub fn coeffs(&self) -> &[C] {
        &self.c
    }

    /// Consumes the series, returning its coefficients.
    pub fn into_coeffs(self) -> Vec<C> {
        self.c
    }

    /// The same series known to a smaller order.
    pub fn truncate(&self, order: usize) -> Self {
        Series {
            c: self.c[..order.min(self.c.len())].to_vec(),
        }
    }

    /// Index of the first nonzero known coefficient (`order` if all known are 0).
    pub fn valuation(&self) -> usize {
        self.c
            .iter()
            .position(|v| !v.is_zero())
            .unwrap_or(self.c.len())
    }

    /// Applies `f` to every coefficient (a ring map, e.g. substitution of a symbol).
    pub fn map<D: Coeff>(&self, f: impl Fn(&C) -> D) -> Series<D> {
        Series {
            c: self.c.iter().map(f).collect(),
        }
    }

    /// x^k · self, known to order + k.
    pub fn shift(&self, k: usize) -> Self {
        let mut c = vec![C::zero(); k];
        c.extend(self.c.iter().cloned());
        Series { c }
    }

    /// self(q·x) for a rational q.
    pub fn scale_x(&self, q: &Q) -> Self {
        let mut p = C::one();
        let qc = C::from_q(q.clone());
        let mut c = Vec::with_capacity(self.c.len());
        for v in &self.c {
            c.push(v.mul(&p));
            p = p.mul(&qc);
        }
        Series { c }
    }

    /// self(c·x) for a ring element c.
    pub fn scale_x_by(&self, k: &C) -> Self {
        let mut p = C::one();
        let mut c = Vec::with_capacity(self.c.len());
        for v in &self.c {
            c.push(v.mul(&p));
            p = p.mul(k);
        }
        Series { c }
    }

    /// True when every coefficient of an odd power is 0 (an even function).
    pub fn is_even(&self) -> bool {
        self.c.iter().skip(1).step_by(2).all(C::is_zero)
    }

    /// True when every coefficient of an even power is 0 (an odd function).
    pub fn is_odd(&self) -> bool {
        self.c.iter().step_by(2).all(C::is_zero)
    }
}
