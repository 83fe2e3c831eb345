//! The matched inner polynomial: the unique odd series p(x) = x + a₃x³ + a₅x⁵ + …
//! with tanh(√(2/π)·p(x)) = erf(x/√2), exactly.
//!
//! Closed route (this file): with t = 2/π and erf(x/√2) = √(2/π)·S(x),
//! S(x) = Σ (−1)ⁿ x²ⁿ⁺¹/(n!·2ⁿ·(2n+1)),
//!
//! ```text
//! p = √(π/2)·artanh(√(2/π)·S) = Σ_k t^k · S^{2k+1}/(2k+1),
//! ```
//!
//! so \[xⁿ\]p = Σ_k \[xⁿ\]S^{2k+1}/(2k+1) · t^k is a polynomial in t over ℚ. The
//! powers of S are computed in exponential scaling, where they are integral
//! (GMP integers via rug, no gcds in the inner loop), exploiting parity
//! (S odd, S² even); [`inner_t_polys_reference`] is the plain rational route.
//! Second routes live in [`solve`]: the generic
//! engine (`Series<Sym>::artanh`) and an order-by-order solve with a
//! symbolic unknown; `tests/derive.rs` checks they agree.
//!
//! * [`verify`]: the x³ argument as numbered, checked steps.
//! * [`literals`]: identifying GELU-kernel literals.
//!
//! ```
//! use rug::Rational;
//! use taylormatch::matching::{inner_t_polys, inner_t_polys_reference};
//! let p = inner_t_polys(8);
//! // [x³]p = a = t/3 − 1/6 with t = 2/π, i.e. 2/(3π) − 1/6
//! assert_eq!(p[3], [Rational::from((-1, 6)), Rational::from((1, 3))]);
//! // the integer route agrees with the plain rational one
//! assert_eq!(p, inner_t_polys_reference(8));
//! ```

pub mod literals;
pub mod model;
pub mod model_ratio;
pub mod model_roots;
pub mod model_verify;
pub mod numeric;
pub mod roots;
pub mod solve;
mod t_polys;
pub mod verify;

pub use t_polys::{inner_t_polys, inner_t_polys_reference};

use crate::coeff::{Mono, Sym};
use crate::error::Input;
use crate::numeric::convert::q_from_rug;
use crate::numeric::interval::Interval;
use crate::numeric::Enclose;
use crate::series::Series;
use rug::Rational;

/// The two outer functions the inner series can be matched for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outer {
    /// tanh(√(2/π)·p(x)) = erf(x/√2).
    Tanh,
    /// 2σ(q(x)) − 1 = erf(x/√2), i.e. q = 2·artanh(erf(x/√2)) = 2√(2/π)·p.
    Sigmoid,
}

impl Outer {
    /// Parses `--outer`.
    pub fn parse(s: &str) -> crate::error::Result<Outer> {
        match s.trim().to_ascii_lowercase().as_str() {
            "tanh" => Ok(Outer::Tanh),
            "sigmoid" => Ok(Outer::Sigmoid),
            _ => Err(crate::error::Error::input(crate::msg!(
                Input::Outer,
                " must be tanh or sigmoid (got {s:?})"
            ))),
        }
    }

    /// The CLI name.
    pub fn name(self) -> &'static str {
        match self {
            Outer::Tanh => "tanh",
            Outer::Sigmoid => "sigmoid",
        }
    }
}

/// Σ_k c_k t^k (t = 2/π) as a [`Sym`]: t^k = 2^k·π^{−k}.
pub fn t_poly_to_sym(poly: &[Rational]) -> Sym {
    let terms: Vec<Sym> = poly
        .iter()
        .enumerate()
        .filter(|(_, c)| **c != 0)
        .map(|(k, c)| {
            let v = Rational::from(c << k as u32);
            Sym::term(
                q_from_rug(&v),
                Mono {
                    vars: vec![],
                    pi_half: -2 * k as i32,
                    sqrt2: false,
                },
            )
        })
        .collect();
    balanced_sum(&terms)
}

/// Σ terms by halves (each addition copies its left operand, so a running sum would be quadratic).
fn balanced_sum(terms: &[Sym]) -> Sym {
    use crate::coeff::Coeff;
    match terms.len() {
        0 => Sym::zero(),
        1 => terms[0].clone(),
        n => balanced_sum(&terms[..n / 2]).add(&balanced_sum(&terms[n / 2..])),
    }
}

/// The matched inner series p(x) to order `order` (powers 0 … order−1), by
/// the closed route: tanh(√(2/π)·p) = erf(x/√2) + O(x^order).
///
/// ```
/// let p = taylormatch::matching::inner_series(6);
/// assert_eq!(p.coeff(3).unwrap().to_string(), "2/(3π) - 1/6");
/// ```
pub fn inner_series(order: usize) -> Series<Sym> {
    Series::from_coeffs(
        inner_t_polys(order)
            .iter()
            .map(|p| t_poly_to_sym(p))
            .collect(),
    )
}

/// The sigmoid inner series q(x) = 2·artanh(erf(x/√2)) = 2√(2/π)·p(x), to
/// order `order`: 2σ(q(x)) − 1 = erf(x/√2) + O(x^order). Its x¹
/// coefficient is the matched slope k = 2√(2/π).
pub fn sigmoid_inner(order: usize) -> Series<Sym> {
    use crate::coeff::{Coeff, Q};
    inner_series(order).scale(&Sym::sqrt_2_over_pi().mul_q(&Q::from_integer(2.into())))
}

/// The inner series for `outer`.
pub fn matched_series(outer: Outer, order: usize) -> Series<Sym> {
    match outer {
        Outer::Tanh => inner_series(order),
        Outer::Sigmoid => sigmoid_inner(order),
    }
}

/// An enclosure of Σ_k c_k t^k at t = 2/π, by Horner's rule in interval
/// arithmetic at precision `bits`.
pub fn enclose_t_poly(poly: &[Rational], bits: u32) -> Interval {
    let t = Interval::from_rational(bits, &Rational::from(2))
        .div(&Interval::pi(bits))
        .unwrap_or_else(|| Interval::from_rational(bits, &Rational::new()));
    let mut acc = Interval::from_rational(bits, &Rational::new());
    for c in poly.iter().rev() {
        acc = acc.mul(&t).add(&Interval::from_rational(bits, c));
    }
    acc
}

/// Correctly rounded decimal of `scale · Σ_k c_k t^k` (t = 2/π) to `digits`
/// significant digits; `scale` must be free of symbols. Faster than
/// [`Sym::decimal`] for long polynomials in t (one Horner pass per precision).
/// A nonzero polynomial in t is nonzero at t = 2/π (π is transcendental), so
/// the refinement ends.
pub fn t_poly_decimal(poly: &[Rational], scale: &Sym, digits: u32) -> crate::Result<String> {
    use crate::coeff::Coeff;
    if !scale.vars().is_empty() {
        return Err(crate::Error::input(format!(
            "t_poly_decimal: the scale {scale} must be free of symbols"
        )));
    }
    let zero = poly.iter().all(|c| *c == 0) || scale.is_zero();
    crate::numeric::decimal::certified_decimal(digits, zero, |bits| {
        let s = scale
            .enclose(bits)
            .unwrap_or_else(|| Interval::from_rational(bits, &Rational::new()));
        enclose_t_poly(poly, bits).mul(&s)
    })
}
