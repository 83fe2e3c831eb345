//! What the expression engine asks of a coefficient ring beyond [`Coeff`]:
//! the constants an expression can name (π, parameters, √2) and the roots and
//! trigonometric values that stay inside the ring.
//!
//! Two rings: ℚ (fast GMP kernels; no π, no parameters, no √2) and [`Sym`]
//! (ℚ[√2, √π^±1, symbols]). The engine tries ℚ first when an expression can
//! live there and falls back to [`Sym`] on any refusal.

use crate::coeff::{Coeff, Mono, Sym, Q};
use num_bigint::BigInt;
use num_traits::{One, Pow, Signed, ToPrimitive};
use std::fmt::Display;

/// A coefficient ring for expressions.
pub trait Ring: Coeff + Display {
    /// π, when the ring holds it.
    fn pi() -> Option<Self>;
    /// The free symbol `name`, when the ring holds symbols.
    fn param(name: &str) -> Option<Self>;
    /// √2, when the ring holds it.
    fn sqrt2() -> Option<Self>;
    /// c^α for a rational α that is not an integer, when that value is again an
    /// element of the ring (a real root of a positive single term).
    fn root(c: &Self, alpha: &Q) -> Option<Self>;
    /// (sin c, cos c) when both are in the ring (c = 0, or c = kπ/4 in [`Sym`]).
    fn sin_cos(c: &Self) -> Option<(Self, Self)>;
}

/// √r for a rational r ≥ 0 when it is rational.
pub fn sqrt_q(r: &Q) -> Option<Q> {
    if r.is_negative() {
        return None;
    }
    let n = r.numer().sqrt();
    let d = r.denom().sqrt();
    (&n * &n == *r.numer() && &d * &d == *r.denom()).then(|| Q::new(n, d))
}

/// r^α for a rational r > 0 and a rational α = p/d when the d-th root of r is rational.
pub fn root_q(r: &Q, alpha: &Q) -> Option<Q> {
    if !r.is_positive() {
        return None;
    }
    let d = alpha.denom().to_u32()?;
    let (n, m) = (r.numer().nth_root(d), r.denom().nth_root(d));
    if n.clone().pow(d) != *r.numer() || m.clone().pow(d) != *r.denom() {
        return None;
    }
    let p = alpha
        .numer()
        .to_i32()
        .filter(|p| p.unsigned_abs() <= 100_000)?;
    let base = Q::new(n, m);
    Some(if p < 0 {
        base.recip().pow(-p)
    } else {
        base.pow(p)
    })
}

/// c^(p/2) for an odd p, from √c: (√c)^p, inverting for p < 0.
fn half_power<C: Coeff>(sqrt_c: C, alpha: &Q) -> Option<C> {
    let p = (alpha * Q::from_integer(2.into())).to_integer().to_i64()?;
    let base = if p < 0 { sqrt_c.inv()? } else { sqrt_c };
    let mut r = C::one();
    for _ in 0..p.unsigned_abs() {
        r = r.mul(&base);
    }
    Some(r)
}

fn is_half_integer(alpha: &Q) -> bool {
    *alpha.denom() == BigInt::from(2)
}

impl Ring for Q {
    fn pi() -> Option<Self> {
        None
    }
    fn param(_: &str) -> Option<Self> {
        None
    }
    fn sqrt2() -> Option<Self> {
        None
    }
    fn root(c: &Self, alpha: &Q) -> Option<Self> {
        root_q(c, alpha)
    }
    fn sin_cos(c: &Self) -> Option<(Self, Self)> {
        Coeff::is_zero(c).then(|| (<Q as Coeff>::zero(), <Q as Coeff>::one()))
    }
}

impl Ring for Sym {
    fn pi() -> Option<Self> {
        Some(Sym::pi())
    }
    fn param(name: &str) -> Option<Self> {
        Some(Sym::var(name))
    }
    fn sqrt2() -> Option<Self> {
        Some(Sym::radical(true, 0))
    }
    /// √(q·√2^e·π^(h/2)) = √q'·√2^e'·π^(h/4) needs e = 0, h even, no symbols
    /// (√(a²) = |a| is not a polynomial in a) and q > 0 a square or twice one.
    fn root(c: &Self, alpha: &Q) -> Option<Self> {
        if let Some(r) = c.as_q().and_then(|r| root_q(&r, alpha)) {
            return Some(Sym::rational(r));
        }
        if !is_half_integer(alpha) || c.len() != 1 {
            return None;
        }
        let (m, q) = c.terms().next()?;
        if !m.vars.is_empty() || m.sqrt2 || m.pi_half % 2 != 0 || !q.is_positive() {
            return None;
        }
        let (r, sqrt2) = match sqrt_q(q) {
            Some(r) => (r, false),
            None => (sqrt_q(&(q / Q::from_integer(2.into())))?, true),
        };
        let s = Sym::term(
            r,
            Mono {
                vars: vec![],
                pi_half: m.pi_half / 2,
                sqrt2,
            },
        );
        half_power(s, alpha)
    }
    fn sin_cos(c: &Self) -> Option<(Self, Self)> {
        if c.is_zero() {
            return Some((Sym::zero(), Sym::one()));
        }
        // c = qπ with 4q ∈ ℤ: sin(kπ/4) ∈ {0, ±1, ±√2/2}
        if c.len() != 1 {
            return None;
        }
        let (m, q) = c.terms().next()?;
        if !m.vars.is_empty() || m.sqrt2 || m.pi_half != 2 {
            return None;
        }
        let k4 = q * Q::from_integer(4.into());
        if !k4.is_integer() {
            return None;
        }
        let k = k4.to_integer().mod_floor_8();
        Some((sin_quarter_pi(k), sin_quarter_pi((k + 2) % 8)))
    }
}

trait ModFloor8 {
    fn mod_floor_8(&self) -> u8;
}

impl ModFloor8 for BigInt {
    fn mod_floor_8(&self) -> u8 {
        let r = ((self % BigInt::from(8)) + BigInt::from(8)) % BigInt::from(8);
        r.to_u8().unwrap_or(0)
    }
}

/// sin(kπ/4) for k = 0 … 7.
fn sin_quarter_pi(k: u8) -> Sym {
    let half_sqrt2 = Sym::term(
        Q::new(BigInt::one(), BigInt::from(2)),
        Mono {
            vars: vec![],
            pi_half: 0,
            sqrt2: true,
        },
    );
    match k {
        0 | 4 => Sym::zero(),
        1 | 3 => half_sqrt2,
        2 => Sym::one(),
        5 | 7 => half_sqrt2.neg(),
        _ => Sym::one().neg(),
    }
}
