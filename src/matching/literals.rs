//! Identifying decimal literals found in GELU kernels (0.7978845608,
//! 0.044715, 0.0356774, …) as expressions in √(2/π) and a.
//!
//! A literal L with d decimals (last-digit unit u = 10⁻ᵈ) **matches** a
//! candidate value c when L is c rounded to d decimals, i.e. |L − c| < u/2,
//! or when c equals L exactly; it is **near** when u/2 ≤ |L − c| ≤ u (within
//! one unit of the last digit, but not the rounded value). Otherwise there is
//! no match. The comparisons are decided with MPFR enclosures of L − c.
//!
//! ```
//! use taylormatch::matching::literals::{paper_a, parse_literal};
//! let l = parse_literal("0.044715").unwrap();
//! assert_eq!((l.value.to_string(), l.decimals), ("8943/200000".to_string(), 6));
//! assert_eq!(paper_a().to_string(), "8943/200000");
//! ```

use crate::coeff::{Coeff, Sym, Q};
use crate::error::{Error, Result};
use crate::numeric::convert::q_to_rug;
use crate::numeric::Enclose;
use num_bigint::BigInt;
use rug::Rational;

mod candidates;
pub use candidates::{candidates, paper_a, Candidate, FIT_DIGITS};

/// The literals users meet in kernels, as printed there.
pub const KERNEL_LITERALS: &[&str] = &[
    "0.7978845608",
    "0.044715",
    "0.0356774",
    "0.1070322",
    "1.5957691",
    "0.0713548",
    "1.702",
];

/// How a literal relates to a candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchKind {
    /// L = c exactly.
    Exact,
    /// L is c rounded to L's decimals.
    Rounded,
    /// Within one unit of L's last digit, but not the rounded value.
    WithinOneUnit,
    /// Farther than one unit.
    None,
}

impl MatchKind {
    /// Words for the output.
    pub fn describe(self, decimals: u32) -> String {
        match self {
            MatchKind::Exact => "exact".into(),
            MatchKind::Rounded => format!("equals the value rounded to {decimals} decimals"),
            MatchKind::WithinOneUnit => {
                format!("within one unit of the last digit, but not the value rounded to {decimals} decimals")
            }
            MatchKind::None => "no match".into(),
        }
    }
}

/// A literal compared with one candidate.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub candidate: Candidate,
    pub kind: MatchKind,
    /// L − c, exact.
    pub difference: Sym,
    /// (L − c)/u, exact (u the unit of L's last digit).
    pub units: Sym,
}

/// A parsed literal: its exact value and the number of decimals it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Literal {
    pub text: String,
    pub value: Q,
    pub decimals: u32,
}

/// Parses a plain decimal literal `[+-]number` (taken exactly, in the shared
/// number grammar: `0.044715`, `.5`, `1.7e-3` shows 4 decimals).
pub fn parse_literal(s: &str) -> Result<Literal> {
    let (value, shown) = crate::expr::decimal_literal("VALUE", s)?;
    let decimals = u32::try_from(shown).map_err(|_| {
        Error::input(format!(
            "VALUE must show its decimals: a literal such as 0.044715, not {s:?} (a positive power of ten hides them)"
        ))
    })?;
    if decimals > 2000 {
        return Err(Error::input(format!(
            "VALUE may show at most 2000 decimals (got {decimals} in {:?}…)",
            s.chars().take(20).collect::<String>()
        )));
    }
    Ok(Literal {
        text: s.trim().to_string(),
        value,
        decimals,
    })
}

/// Decides |d| against u/2 and u, raising the precision until the
/// enclosure of d separates from both (d irrational or exactly compared).
fn classify(diff: &Sym, decimals: u32) -> MatchKind {
    if diff.is_zero() {
        return MatchKind::Exact;
    }
    let u = Rational::from((
        rug::Integer::from(1),
        rug::Integer::from(rug::Integer::u_pow_u(10, decimals)),
    ));
    let half = Rational::from(&u / 2u32);
    if let Some(dq) = diff.as_q() {
        let a = q_to_rug(&dq).abs();
        return if a < half {
            MatchKind::Rounded
        } else if a <= u {
            MatchKind::WithinOneUnit
        } else {
            MatchKind::None
        };
    }
    let mut bits = 128 + 4 * decimals;
    loop {
        if let Some(iv) = diff.enclose(bits) {
            let (lo, hi) = (iv.lo.to_rational(), iv.hi.to_rational());
            if let (Some(lo), Some(hi)) = (lo, hi) {
                let (mn, mx) = if lo.cmp0().is_ge() {
                    (lo, hi)
                } else if hi.cmp0().is_le() {
                    (-hi, -lo)
                } else {
                    (Rational::new(), lo.abs().max(hi))
                };
                if mx < half {
                    return MatchKind::Rounded;
                }
                if mn >= half && mx <= u {
                    return MatchKind::WithinOneUnit;
                }
                if mn > u {
                    return MatchKind::None;
                }
            }
        }
        if bits > 1 << 16 {
            // an irrational value cannot sit exactly on a boundary; this is unreachable in practice
            return MatchKind::None;
        }
        bits *= 2;
    }
}

/// Compares a literal with every candidate; sorted by |L − c|, closest first.
pub fn compare(lit: &Literal) -> Vec<Comparison> {
    compare_with(lit, &candidates())
}

/// [`compare`] against the given candidates (computed once for many
/// literals: [`candidates`] solves two minimax fits).
pub fn compare_with(lit: &Literal, cands: &[Candidate]) -> Vec<Comparison> {
    let lv = Sym::rational(lit.value.clone());
    let scale = Q::from_integer(BigInt::from(10).pow(lit.decimals));
    let mut out: Vec<(Comparison, rug::Float)> = cands
        .iter()
        .cloned()
        .map(|c| {
            let difference = lv.sub(&c.value);
            let units = difference.mul_q(&scale);
            let kind = classify(&difference, lit.decimals);
            // ordering key only (never printed): |L − c| at 64 bits
            let key = difference
                .enclose(64)
                .map(|i| i.mid().abs())
                .unwrap_or_else(|| rug::Float::with_val(64, 1e300));
            (
                Comparison {
                    candidate: c,
                    kind,
                    difference,
                    units,
                },
                key,
            )
        })
        .collect();
    out.sort_by(|a, b| a.1.partial_cmp(&b.1).unwrap_or(std::cmp::Ordering::Equal));
    out.into_iter().map(|x| x.0).collect()
}
