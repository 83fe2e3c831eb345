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

/// (terms, bits, largest monomial power) of a result, estimated from above.
type Estimate = (u128, u128, u128);

fn charge(est: Estimate, budget: &mut u128) -> Result<(), Why> {
    let (terms, bits, mono) = est;
    if terms > MAX_TERMS || bits > MAX_BITS || mono > MAX_MONO_POWER {
        return Err(format!(
            "too large to expand exactly: estimated (before expanding) {} terms, {} bits, powers up to {} (limits {MAX_TERMS} terms, {MAX_BITS} bits, powers {MAX_MONO_POWER})",
            terms.min(MAX_TERMS * 1000),
            bits.min(MAX_BITS * 1000),
            mono.min(MAX_MONO_POWER * 1000)
        ));
    }
    let cost = bits.max(terms);
    if cost > *budget {
        return Err(format!(
            "too much work to evaluate exactly (more than {MAX_WORK_BITS} bits of products in all)"
        ));
    }
    *budget -= cost;
    Ok(())
}

/// ⌈log₂ n⌉ for n ≥ 1.
fn log2_ceil(n: u128) -> u128 {
    (128 - n.saturating_sub(1).leading_zeros()) as u128
}

/// Largest coefficient size (bits of numerator + denominator) and largest
/// |exponent| of π or a symbol, over the terms.
fn shape(s: &Sym) -> (u128, u128) {
    let mut bits: u128 = 1;
    let mut mono: u128 = 0;
    for (m, c) in s.terms() {
        bits = bits.max((c.numer().bits() + c.denom().bits()) as u128);
        mono = mono.max(m.pi_half.unsigned_abs() as u128);
        for (_, k) in &m.vars {
            mono = mono.max(*k as u128);
        }
    }
    (bits, mono)
}

/// The number of distinct exponent vectors reachable: 2·Π over coordinates of (span + 1).
fn coordinate_bound(spans: &[u128]) -> u128 {
    spans
        .iter()
        .fold(2u128, |acc, s| acc.saturating_mul(s.saturating_add(1)))
}

/// Per-coordinate spans (π, then each symbol) of a value.
fn spans(s: &Sym) -> Vec<(String, u128)> {
    let mut lo = i64::MAX;
    let mut hi = i64::MIN;
    let mut vars: Vec<(String, u128)> = Vec::new();
    for (m, _) in s.terms() {
        lo = lo.min(m.pi_half as i64);
        hi = hi.max(m.pi_half as i64);
        for (v, k) in &m.vars {
            match vars.iter_mut().find(|p| &p.0 == v) {
                Some(p) => p.1 = p.1.max(*k as u128),
                None => vars.push((v.clone(), *k as u128)),
            }
        }
    }
    let pi_span = if s.is_empty() { 0 } else { (hi - lo) as u128 };
    let mut out = vec![("π".to_string(), pi_span)];
    out.extend(vars);
    out
}

/// a·b: terms ≤ min(|a|·|b|, the exponent vectors reachable); coefficient bits ≤
/// the sum of both plus log₂ of the shorter length. The schoolbook product does
/// |a|·|b| multiplications: that count is what is bounded as "terms".
fn estimate_mul(a: &Sym, b: &Sym) -> Estimate {
    let (ba, ma) = shape(a);
    let (bb, mb) = shape(b);
    let mut sp = spans(a);
    for (v, s) in spans(b) {
        match sp.iter_mut().find(|p| p.0 == v) {
            Some(p) => p.1 += s,
            None => sp.push((v, s)),
        }
    }
    let (la, lb) = (a.len().max(1) as u128, b.len().max(1) as u128);
    let spans: Vec<u128> = sp.iter().map(|p| p.1).collect();
    let terms = (la * lb).min(coordinate_bound(&spans));
    let per = ba + bb + log2_ceil(la.min(lb)) + 1;
    (la * lb, terms.saturating_mul(per), ma + mb)
}

/// b^e: terms ≤ min(C(n+e−1, e), the exponent vectors reachable); coefficient
/// bits ≤ e·(bits + log₂ n) + 1.
fn estimate_pow(b: &Sym, e: u64) -> Estimate {
    let n = b.len().max(1) as u128;
    let e = e as u128;
    let (bits, mono) = shape(b);
    let spans: Vec<u128> = spans(b).iter().map(|p| p.1.saturating_mul(e)).collect();
    let terms = binomial_capped(n + e - 1, e).min(coordinate_bound(&spans));
    let per = e.saturating_mul(bits + log2_ceil(n)) + 1;
    (terms, terms.saturating_mul(per), mono.saturating_mul(e))
}

/// C(n, k), or a number above [`MAX_TERMS`] when it is larger.
fn binomial_capped(n: u128, k: u128) -> u128 {
    let k = k.min(n.saturating_sub(k));
    let mut c: u128 = 1;
    for i in 0..k {
        c = c * (n - i) / (i + 1);
        if c > MAX_TERMS * 1000 {
            return c;
        }
    }
    c
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
