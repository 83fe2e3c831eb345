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
use crate::functions::analytic_a;
use crate::numeric::convert::q_to_rug;
use crate::numeric::Enclose;
use num_bigint::BigInt;
use rug::Rational;

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

/// A candidate expression and its exact value.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub expression: String,
    pub value: Sym,
    /// For an expression in the paper's a: the same expression with the
    /// analytic a (shown next to a match, for comparison).
    pub analytic_counterpart: Option<String>,
    /// How to show the value when its exact form is not the point (a fitted
    /// optimum, known to many digits): e.g. "minimax fit, 40 digits".
    pub exact_label: Option<String>,
    /// Significant digits of `value` that are known: `None` for an exact
    /// value, `Some(d)` for a fitted optimum stored as its d-digit decimal
    /// (digits past d are not known and must not be printed).
    pub known_digits: Option<u32>,
}

/// The paper's a = 0.044715, exactly 44715/1000000.
pub fn paper_a() -> Sym {
    Sym::rational(crate::coeff::q(44715, 1_000_000))
}

/// Every candidate expression, in the order they are tried.
pub fn candidates() -> Vec<Candidate> {
    let s = Sym::sqrt_2_over_pi();
    let (ap, aa) = (paper_a(), analytic_a());
    let k = |n: i64| Q::from_integer(BigInt::from(n));
    let c = |e: &str, v: Sym| Candidate {
        expression: e.into(),
        value: v,
        analytic_counterpart: None,
        exact_label: None,
        known_digits: None,
    };
    let paper = |e: &str, v: Sym, analytic: &str| Candidate {
        expression: e.into(),
        value: v,
        analytic_counterpart: Some(analytic.into()),
        exact_label: None,
        known_digits: None,
    };
    let mut out = vec![
        c("√(2/π)", s.clone()),
        paper(
            "a (paper, 0.044715)",
            ap.clone(),
            "a = 2/(3π) − 1/6 (analytic)",
        ),
        c("a = 2/(3π) − 1/6 (analytic)", aa.clone()),
        paper("√(2/π)·a (paper a)", s.mul(&ap), "√(2/π)·a (analytic a)"),
        c("√(2/π)·a (analytic a)", s.mul(&aa)),
        paper(
            "3√(2/π)·a (paper a; derivative of the inner polynomial)",
            s.mul(&ap).mul_q(&k(3)),
            "3√(2/π)·a (analytic a)",
        ),
        c("3√(2/π)·a (analytic a)", s.mul(&aa).mul_q(&k(3))),
        c("2√(2/π) (matched sigmoid slope k)", s.mul_q(&k(2))),
        paper(
            "2√(2/π)·a (paper a)",
            s.mul(&ap).mul_q(&k(2)),
            "2√(2/π)·a (analytic a)",
        ),
        c("2√(2/π)·a (analytic a)", s.mul(&aa).mul_q(&k(2))),
        c("1/√2", Sym::radical(true, 0).mul_q(&crate::coeff::q(1, 2))),
        c(
            "1/√(2π) (standard normal density at 0)",
            s.mul_q(&crate::coeff::q(1, 2)),
        ),
        c(
            "2/√π",
            <Sym as Coeff>::two_over_sqrt_pi().unwrap_or_default(),
        ),
    ];
    out.extend(fitted_candidates());
    out
}

/// Significant digits of the fitted candidates (far more than any literal has).
pub const FIT_DIGITS: u32 = 40;

/// The minimax constants at the Φ (= erf) level over ℝ, from `fit`, as
/// exact decimals of [`FIT_DIGITS`] significant digits.
fn fitted_candidates() -> Vec<Candidate> {
    use crate::numeric::decimal::round_rational;
    use crate::numeric::fit::{fit, Criterion, FitSpec};
    use crate::numeric::model::{Family, Level};
    let models = [
        (Family::Tanh, "minimax a at the Φ (erf) level over ℝ (fit)"),
        (
            Family::Sigmoid,
            "minimax k at the Φ (erf) level over ℝ (fit)",
        ),
    ];
    // the two fits in parallel
    let fits = crate::parallel::map_ranges_min(models.len(), 2, |r| {
        r.map(|i| {
            let spec = FitSpec::new(models[i].0, Level::Erf, Criterion::Minimax, FIT_DIGITS);
            fit(&spec).ok()
        })
        .collect::<Vec<_>>()
    });
    let mut out = Vec::new();
    for ((_, what), r) in models.iter().zip(fits.into_iter().flatten()) {
        let Some(r) = r else {
            continue;
        };
        let Some(q) = r.params.first().and_then(|p| p.to_rational()) else {
            continue;
        };
        let d = round_rational(&q, FIT_DIGITS);
        // the decimal's exact value: mantissa · 10^exp10
        let p10 = Rational::from(rug::Integer::u_pow_u(10, d.exp10.unsigned_abs() as u32));
        let m = Rational::from(d.mantissa.clone());
        let mut v = if d.exp10 >= 0 { m * p10 } else { m / p10 };
        if d.negative {
            v = -v;
        }
        out.push(Candidate {
            expression: what.to_string(),
            value: Sym::rational(crate::numeric::convert::q_from_rug(&v)),
            analytic_counterpart: None,
            exact_label: Some(format!("minimax optimum (fit, {FIT_DIGITS} digits)")),
            known_digits: Some(FIT_DIGITS),
        });
    }
    out
}

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
