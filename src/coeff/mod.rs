//! Exact coefficient rings.
//!
//! * [`Q`]: the rationals (`BigRational`), lowest terms, positive denominator.
//! * [`Sym`]: polynomials with rational coefficients in √2, √π (any integer
//!   power, so 1/π and √(2/π) are monomials) and named free symbols such as
//!   `a` or `k`. It contains ℚ\[t\] with t = 2/π, which is all the GELU
//!   argument needs, and keeps constants like 2/√π and √(2/π) exact.
//!
//! One generic [`Series`](crate::series::Series) works over both through the
//! [`Coeff`] trait.
//!
//! ```
//! use taylormatch::coeff::{parse_exact, Coeff, Sym, Q};
//! // √(2/π) is one monomial; its square is the rational multiple 2/π of t-free ℚ·π⁻¹
//! let r = Sym::sqrt_2_over_pi();
//! assert_eq!(r.mul(&r), parse_exact("2/pi").unwrap());
//! // ℚ is exact: 1/3 + 1/6 = 1/2
//! let q = Q::new(1.into(), 3.into()) + Q::new(1.into(), 6.into());
//! assert_eq!(q, Q::new(1.into(), 2.into()));
//! ```

mod display;
pub mod gmp;
pub(crate) mod kronecker;
mod mathml;
mod notation;
mod parse;
pub(crate) mod qpoly;
pub(crate) mod qpoly_mpq;
mod sym;
mod term_text;

pub use display::combined_form;
pub use mathml::mathml;
pub use notation::Notation;
pub use parse::parse_exact;
pub use sym::{Mono, Sym};
pub use term_text::{format_single_term, superscript, superscript_digit};

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};
use std::fmt::Debug;

/// The rationals.
pub type Q = BigRational;

/// Shorthand: the rational `n/d`. Panics if `d == 0` (only for literals in code).
pub fn q(n: i64, d: i64) -> Q {
    Q::new(BigInt::from(n), BigInt::from(d))
}

/// A commutative ring with exact arithmetic, a ℚ-algebra.
pub trait Coeff: Clone + PartialEq + Debug + Send + Sync + 'static {
    /// 0.
    fn zero() -> Self;
    /// 1.
    fn one() -> Self;
    /// The image of a rational.
    fn from_q(q: Q) -> Self;
    /// Is this exactly 0?
    fn is_zero(&self) -> bool;
    /// self + o.
    fn add(&self, o: &Self) -> Self;
    /// self − o.
    fn sub(&self, o: &Self) -> Self;
    /// −self.
    fn neg(&self) -> Self;
    /// self · o.
    fn mul(&self, o: &Self) -> Self;
    /// self · q.
    fn mul_q(&self, q: &Q) -> Self;
    /// self += a · b (the inner loop of every product).
    fn add_mul(&mut self, a: &Self, b: &Self) {
        *self = Coeff::add(self, &Coeff::mul(a, b));
    }
    /// The multiplicative inverse when `self` is a unit of the ring, else `None`.
    fn inv(&self) -> Option<Self>;
    /// `Some(q)` when `self` is the rational `q`.
    fn as_q(&self) -> Option<Q>;
    /// 2/√π when the ring contains it (needed by erf), else `None`.
    fn two_over_sqrt_pi() -> Option<Self>;

    // Fast kernels for series over this ring (FLINT's specialisations). `None`
    // means "use the generic loop"; each must return what its generic loop
    // returns (property-tested in `series/kernel_tests.rs`).

    /// The product a·b truncated to order n.
    fn kernel_mul(_a: &[Self], _b: &[Self], _n: usize) -> Option<Vec<Self>> {
        None
    }
    /// 1/f to the order of f, given inv0 = 1/f(0).
    fn kernel_inverse(_f: &[Self], _inv0: &Self) -> Option<Vec<Self>> {
        None
    }
    /// exp(h) to the order of h, h(0) = 0.
    fn kernel_exp(_h: &[Self]) -> Option<Vec<Self>> {
        None
    }
    /// T with T′ = h′·(1 + s·T²), T(0) = 0, to the order of h.
    fn kernel_riccati(_h: &[Self], _s: i32) -> Option<Vec<Self>> {
        None
    }
}

impl Coeff for Q {
    fn zero() -> Self {
        Zero::zero()
    }
    fn one() -> Self {
        One::one()
    }
    fn from_q(q: Q) -> Self {
        q
    }
    fn is_zero(&self) -> bool {
        Zero::is_zero(self)
    }
    fn add(&self, o: &Self) -> Self {
        q_add(self, o)
    }
    fn sub(&self, o: &Self) -> Self {
        q_add(self, &-o)
    }
    fn neg(&self) -> Self {
        -self
    }
    fn mul(&self, o: &Self) -> Self {
        q_mul(self, o)
    }
    fn mul_q(&self, q: &Q) -> Self {
        q_mul(self, q)
    }
    fn add_mul(&mut self, a: &Self, b: &Self) {
        if !Zero::is_zero(a) && !Zero::is_zero(b) {
            *self = q_add(self, &q_mul(a, b));
        }
    }
    fn inv(&self) -> Option<Self> {
        if Zero::is_zero(self) {
            None
        } else {
            Some(self.recip())
        }
    }
    fn as_q(&self) -> Option<Q> {
        Some(self.clone())
    }
    fn two_over_sqrt_pi() -> Option<Self> {
        None
    }
    fn kernel_mul(a: &[Self], b: &[Self], n: usize) -> Option<Vec<Self>> {
        Some(qpoly::mul_q(a, b, n))
    }
    fn kernel_inverse(f: &[Self], inv0: &Self) -> Option<Vec<Self>> {
        qpoly::inverse_q(f, inv0)
    }
    fn kernel_exp(h: &[Self]) -> Option<Vec<Self>> {
        qpoly::exp_q(h)
    }
    fn kernel_riccati(h: &[Self], s: i32) -> Option<Vec<Self>> {
        qpoly::riccati_q(h, s)
    }
}

/// Operands longer than this (bits of numerator + denominator) go through
/// GMP: num-bigint's binary gcd, used by every num-rational operation, is
/// quadratic even against a one-word operand.
const GMP_BITS: u64 = 1024;

fn long(a: &Q) -> bool {
    a.numer().bits() + a.denom().bits() > GMP_BITS
}

/// a·b in lowest terms; long operands through GMP.
pub fn q_mul(a: &Q, b: &Q) -> Q {
    use crate::coeff::gmp::{q_from_rug, q_to_rug};
    if long(a) || long(b) {
        q_from_rug(&(q_to_rug(a) * q_to_rug(b)))
    } else {
        a * b
    }
}

/// a + b in lowest terms; long operands through GMP.
pub fn q_add(a: &Q, b: &Q) -> Q {
    use crate::coeff::gmp::{q_from_rug, q_to_rug};
    if long(a) || long(b) {
        q_from_rug(&(q_to_rug(a) + q_to_rug(b)))
    } else {
        a + b
    }
}

/// Formats a rational as `p/q`, or `p` when q = 1 (ASCII minus).
pub fn fmt_q(q: &Q) -> String {
    if q.denom().is_one() {
        q.numer().to_string()
    } else {
        format!("{}/{}", q.numer(), q.denom())
    }
}

/// |q| as a rational.
pub fn abs_q(q: &Q) -> Q {
    q.abs()
}
