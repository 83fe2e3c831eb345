//! Exact values: [`Expr`] → [`Sym`] for constants and polynomials in parameters
//! (numbers, π, √, + − · /, integer and half-integer powers).
//!
//! Free symbols are checked on the tree, before any simplification, so a
//! symbol that would cancel (`a - a`) is still refused when not allowed.
//! The work is bounded: each product and power is estimated (terms and bits)
//! before it is expanded, and refused when too large.
//!
//! ```
//! use taylormatch::expr::exact::{eval, Symbols};
//! use taylormatch::expr::parse;
//! // √(8/π)/2 = √(2/π), exactly
//! let v = eval(&parse("sqrt(8/pi)/2").unwrap(), Symbols::Only(&[])).unwrap();
//! assert_eq!(v, taylormatch::coeff::Sym::sqrt_2_over_pi());
//! // a free symbol where none is allowed is refused
//! assert!(eval(&parse("2*a").unwrap(), Symbols::Only(&[])).is_err());
//! ```

use super::ast::Expr;
use crate::coeff::{Coeff, Mono, Sym, Q};
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

mod budget;
use budget::{charge, estimate_mul, estimate_pow};

/// Most terms an exact value (or the multiplications of one product) may have.
pub const MAX_TERMS: u128 = 100_000;
/// Most bits (numerators and denominators together) an exact value may have.
pub const MAX_BITS: u128 = 1 << 20;
/// Most bits all the products and powers of one value may create together.
pub const MAX_WORK_BITS: u128 = 1 << 26;
/// Largest power of π or of a symbol in a result.
pub const MAX_MONO_POWER: u128 = 1_000_000;

/// Which free symbols a value may contain.
#[derive(Debug, Clone, Copy)]
pub enum Symbols<'a> {
    /// Any name (reading back printed forms such as `3a²/7`).
    Any,
    /// Only these names (empty: a number).
    Only(&'a [&'a str]),
}

/// Why a tree has no exact value here (the caller adds the flag and the text).
pub type Why = String;

/// The first name, x or call in `e` that `allowed` refuses, as a message.
pub fn check_symbols(e: &Expr, allowed: Symbols<'_>) -> Result<(), Why> {
    let mut why = None;
    e.visit(&mut |n| {
        if why.is_some() {
            return;
        }
        why = match n {
            Expr::X => Some("x (the series variable) cannot occur in a value".to_string()),
            Expr::Call(f, _) => Some(format!(
                "the function {f} cannot occur in an exact value (numbers, π, √, + - * / ^ only)"
            )),
            Expr::Param(p) => match allowed {
                Symbols::Any => None,
                Symbols::Only(ok) if ok.contains(&p.as_str()) => None,
                Symbols::Only([]) => Some(format!(
                    "the free symbol {p:?} is not allowed: a number is wanted"
                )),
                Symbols::Only(ok) => Some(format!(
                    "the free symbol {p:?} is not allowed (allowed: {})",
                    ok.join(", ")
                )),
            },
            _ => None,
        };
    });
    why.map_or(Ok(()), Err)
}

/// The exact value of `e`, its free symbols checked against `allowed` first.
pub fn eval(e: &Expr, allowed: Symbols<'_>) -> Result<Sym, Why> {
    check_symbols(e, allowed)?;
    let mut budget = MAX_WORK_BITS;
    ev(e, &mut budget)
}

fn ev(e: &Expr, budget: &mut u128) -> Result<Sym, Why> {
    Ok(match e {
        Expr::Num(q) => Sym::rational(q.clone()),
        Expr::Pi => Sym::pi(),
        Expr::Param(p) => Sym::var(p),
        Expr::X | Expr::Call(..) => return Err("not a value".into()),
        Expr::Neg(a) => ev(a, budget)?.neg(),
        Expr::Add(a, b) => ev(a, budget)?.add(&ev(b, budget)?),
        Expr::Sub(a, b) => ev(a, budget)?.sub(&ev(b, budget)?),
        Expr::Mul(a, b) => {
            let (a, b) = (ev(a, budget)?, ev(b, budget)?);
            charge(estimate_mul(&a, &b), budget)?;
            a.mul(&b)
        }
        Expr::Div(a, b) => {
            let (a, b) = (ev(a, budget)?, ev(b, budget)?);
            let inv = invert(&b)?;
            charge(estimate_mul(&a, &inv), budget)?;
            a.mul(&inv)
        }
        Expr::Pow(a, q) => {
            let base = ev(a, budget)?;
            power(&base, q, budget)?
        }
    })
}

fn invert(b: &Sym) -> Result<Sym, Why> {
    if b.is_zero() {
        return Err("division by zero".into());
    }
    b.inv().ok_or_else(|| {
        "can only divide by a single term (a number times powers of π, √2 and symbols), not a sum"
            .into()
    })
}

/// base^q for an integer or half-integer q.
fn power(base: &Sym, q: &Q, budget: &mut u128) -> Result<Sym, Why> {
    let two = BigInt::from(2);
    let (b, n) = if q.denom().is_one() {
        (base.clone(), q.numer().clone())
    } else if *q.denom() == two {
        let r = sqrt_sym(base).ok_or_else(|| {
            format!("the square root of {base} is not of the form q·√2^e·π^(h/2)·Πsymbol^k")
        })?;
        (r, q.numer().clone())
    } else {
        return Err(format!(
            "the exponent {q} is not an integer or a half-integer"
        ));
    };
    let b = if n.is_negative() {
        if b.is_zero() {
            return Err("a negative power of 0".into());
        }
        b.inv()
            .ok_or("a negative power of a sum (only single terms can be inverted)")?
    } else {
        b
    };
    let e = n.abs().to_u64().ok_or("exponent too large")?;
    charge(estimate_pow(&b, e), budget)?;
    // binary powering
    let mut result = Sym::one();
    let mut sq = b;
    let mut k = e;
    while k > 0 {
        if k & 1 == 1 {
            result = result.mul(&sq);
        }
        k >>= 1;
        if k > 0 {
            sq = sq.mul(&sq);
        }
    }
    Ok(result)
}

/// √ of a single term q·√2^e·π^(h/2)·Πv^k when it is again such a term.
pub fn sqrt_sym(r: &Sym) -> Option<Sym> {
    if r.is_zero() {
        return Some(Sym::default());
    }
    if r.len() != 1 {
        return None;
    }
    let (m, c) = r.terms().next()?;
    if m.sqrt2 || m.pi_half % 2 != 0 || c.is_negative() || m.vars.iter().any(|v| v.1 % 2 != 0) {
        return None;
    }
    // √(p/d) = √(p·d)/d; p·d = 2^v·o, o a perfect square
    let mut n: BigInt = c.numer() * c.denom();
    let mut v = 0u64;
    while !n.is_zero() && !n.bit(0) {
        n >>= 1;
        v += 1;
    }
    let root = n.sqrt();
    if &root * &root != n {
        return None;
    }
    let coef = Q::new(root << (v / 2), c.denom().clone());
    let mono = Mono {
        vars: m.vars.iter().map(|(s, k)| (s.clone(), k / 2)).collect(),
        pi_half: m.pi_half / 2,
        sqrt2: v % 2 == 1,
    };
    Some(Sym::term(coef, mono))
}
