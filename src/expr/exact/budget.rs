//! The size estimates that bound the work of [`super::eval`]: before a
//! product or a power is expanded, its multiplications, bits and largest
//! monomial power are bounded from above, and the expansion is refused
//! above [`super::MAX_TERMS`], [`super::MAX_BITS`], [`super::MAX_MONO_POWER`]
//! or the remaining budget of [`super::MAX_WORK_BITS`] ([`charge`]).
//!
//! ```text
//! a·b: multiplications |a|·|b|; bits ≤ min(|a|·|b|, reachable exponent
//!      vectors) · (bits(a) + bits(b) + ⌈log₂ min(|a|, |b|)⌉ + 1)
//! ```

use super::{Why, MAX_BITS, MAX_MONO_POWER, MAX_TERMS, MAX_WORK_BITS};
use crate::coeff::Sym;

/// (terms, bits, largest monomial power) of a result, estimated from above.
pub(super) type Estimate = (u128, u128, u128);

/// Refuses an estimate above the limits or the budget left; else takes its
/// cost (bits, or terms when more) from the budget.
pub(super) fn charge(est: Estimate, budget: &mut u128) -> Result<(), Why> {
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
pub(super) fn estimate_mul(a: &Sym, b: &Sym) -> Estimate {
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
pub(super) fn estimate_pow(b: &Sym, e: u64) -> Estimate {
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
