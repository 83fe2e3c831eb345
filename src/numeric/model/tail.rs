//! A proven tail at the GELU level, where interval arithmetic meets ∞·0.
//!
//! For a GELU-level model whose erf-level approximant is M = tanh(u(x)) or
//! M = 2σ(v(x)) − 1 = tanh(v(x)/2), with u an odd polynomial whose
//! coefficients are ≥ 0 and whose x coefficient c is > 0: for x ≥ X,
//!
//!   D(x) = M − erf(x/√2) = erfc(x/√2) − (1 − tanh u),  both terms ≥ 0, so
//!   |D| ≤ max(erfc(x/√2), 2e^(−2u))   (1 − tanh u = 2/(e^(2u) + 1) ≤ 2e^(−2u)),
//!
//! and the GELU-level error x·D/2 satisfies
//!
//!   |x·D(x)/2| ≤ (X/2)·max(erfc(X/√2), 2e^(−2u(X)))   for x ≥ X ≥ max(1, 1/(2c)),
//!
//! because x·erfc(x/√2) decreases for x ≥ 1 (erfc y < e^(−y²)/(y√π)) and
//! x·e^(−2u(x)) decreases where 2x·u′(x) ≥ 1 (u′ ≥ c). The error is even
//! (M and erf odd), so the same bound holds for x ≤ −X.
//!
//! ```
//! use taylormatch::expr::parse;
//! use taylormatch::numeric::model::tail::GeluTail;
//! use taylormatch::numeric::model::{Level, Model};
//! // GELU's tanh approximation with its constant given has the proven tail
//! let m = parse("tanh(sqrt(2/pi)*(x + 0.044715*x^3))").unwrap();
//! assert!(GeluTail::of(&Model::lifted(m.clone(), vec![], Level::Gelu)).is_some());
//! // at the erf level there is no ∞·0 to close
//! assert!(GeluTail::of(&Model::lifted(m, vec![], Level::Erf)).is_none());
//! ```

use super::{Level, Model};
use crate::coeff::Sym;
use crate::expr::{expand, Expr, Func};
use crate::numeric::interval::Interval;
use crate::numeric::Enclose;
use num_traits::Signed;
use rug::float::Round;
use rug::{Float, Rational};

/// The tail bound of one model: u's coefficients (index = power).
#[derive(Debug, Clone)]
pub struct GeluTail {
    coeffs: Vec<Sym>,
}

/// A polynomial in x with constant coefficients (no parameters, x only under
/// +, −, ·, nonnegative integer powers, division by constants), and its degree.
fn poly_degree(e: &Expr) -> Option<usize> {
    if !e.has_x() {
        return e.params().is_empty().then_some(0);
    }
    match e {
        Expr::X => Some(1),
        Expr::Neg(a) => poly_degree(a),
        Expr::Add(a, b) | Expr::Sub(a, b) => Some(poly_degree(a)?.max(poly_degree(b)?)),
        Expr::Mul(a, b) => Some(poly_degree(a)? + poly_degree(b)?),
        Expr::Div(a, b) if !b.has_x() => poly_degree(a),
        Expr::Pow(a, q) if q.is_integer() && !q.is_negative() => {
            let k: usize = q.to_integer().try_into().ok()?;
            Some(poly_degree(a)?.checked_mul(k)?)
        }
        _ => None,
    }
}

fn two() -> Expr {
    Expr::Num(crate::coeff::Q::from_integer(2.into()))
}

/// u with M = tanh(u), from the erf-level approximant M.
fn inner(m: &Expr) -> Option<Expr> {
    match m {
        Expr::Call(Func::Tanh, u) => Some((**u).clone()),
        Expr::Sub(a, one) if **one == Expr::Num(crate::coeff::Q::from_integer(1.into())) => {
            match &**a {
                Expr::Mul(c, s) if **c == two() => match &**s {
                    Expr::Call(Func::Sigmoid, v) => Some((**v).clone() / two()),
                    _ => None,
                },
                _ => None,
            }
        }
        _ => None,
    }
}

impl GeluTail {
    /// The tail of `m` when it is a GELU-level model of the form above.
    pub fn of(m: &Model) -> Option<GeluTail> {
        if m.level != Some(Level::Gelu) || !m.params.is_empty() {
            return None;
        }
        let u = inner(&m.approx)?;
        let deg = poly_degree(&u)?;
        if deg > 64 {
            return None;
        }
        let s = expand(&u, deg + 1).ok()?;
        let coeffs: Vec<Sym> = s.coeffs().to_vec();
        let t = GeluTail { coeffs };
        // odd, coefficients ≥ 0, the x coefficient > 0 (checked at 64 bits)
        for (k, c) in t.coeffs.iter().enumerate() {
            let iv = c.enclose(64)?;
            let zero = iv.lo.is_zero() && iv.hi.is_zero();
            if (k % 2 == 0 && !zero) || iv.lo.is_sign_negative() && !iv.lo.is_zero() {
                return None;
            }
        }
        let c1 = t.coeffs.get(1)?.enclose(64)?;
        (c1.lo.cmp0() == Some(std::cmp::Ordering::Greater)).then_some(t)
    }

    /// The smallest X the bound holds from: max(1, 1/(2c)) rounded up.
    pub fn start(&self, bits: u32) -> Option<Float> {
        let c = self.coeffs.get(1)?.enclose(bits)?;
        let two_c = Float::with_val_round(bits, &c.lo * 2u32, Round::Down).0;
        let inv = Float::with_val_round(bits, 1u32 / &two_c, Round::Up).0;
        Some(inv.max(&Float::with_val(bits, 1)))
    }

    /// An upper bound of |error| on |x| ≥ `x` (None below [`GeluTail::start`]).
    pub fn bound(&self, x: &Float, bits: u32) -> Option<Float> {
        if *x < self.start(bits)? {
            return None;
        }
        let xi = Interval::point(bits, x);
        let mut u = Interval::from_rational(bits, &Rational::new());
        let mut p = Interval::from_rational(bits, &Rational::from(1));
        for c in &self.coeffs {
            u = u.add(&c.enclose(bits)?.mul(&p));
            p = p.mul(&xi);
        }
        let s2 = Interval::from_rational(bits, &Rational::from(2)).sqrt()?;
        let one = Interval::from_rational(bits, &Rational::from(1));
        let erfc = one.sub(&xi.div(&s2)?.erf());
        let e = u
            .mul_rational(&Rational::from(-2))
            .exp()
            .mul_rational(&Rational::from(2));
        let m = Float::with_val(bits, &erfc.hi).max(&e.hi);
        let half_x = xi.mul_rational(&Rational::from((1, 2)));
        Some(Float::with_val_round(bits, &half_x.hi * &m, Round::Up).0)
    }
}
