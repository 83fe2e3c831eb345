//! The check of each catalogue claim against a certified bound
//! ([`check`]), and how far off a claim that does not hold is ([`how_far`]).

use super::{decimal, Claim, Entry};
use crate::error::Result;
use crate::numeric::model::bound::{max_error_tail, BoundResult, GeluTail};
use rug::ops::Pow;
use rug::Rational;

/// The verdict on a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Holds,
    DoesNotHold,
    /// The certified enclosure straddles the claimed figure.
    Undecided,
    NoClaim,
}

/// An entry's certified maximum error and the verdict on its claim.
#[derive(Debug, Clone)]
pub struct Checked {
    pub entry: &'static Entry,
    pub bound: BoundResult,
    pub verdict: Verdict,
}

/// Certifies max |error| of `e` to relative width `rel_tol` at `bits` and judges the claim.
///
/// Below(b): holds when hi < b, fails when lo ≥ b. Quoted(q) with d decimals
/// after the point: holds when [lo, hi] lies within q ± ½·10⁻ᵈ (the figure is
/// the correct rounding), fails when it lies outside.
pub fn check(e: &'static Entry, bits: u32, rel_tol: &Rational) -> Result<Checked> {
    let m = e.model()?;
    let f = m.at(bits, &[], false)?;
    let tail = GeluTail::of(&m);
    let bound = max_error_tail(&f, &e.range(), rel_tol, 200_000, tail.as_ref())?;
    let (lo, hi) = (
        bound.lo.to_rational().unwrap_or_default(),
        bound.hi.to_rational().unwrap_or_default(),
    );
    let verdict = match e.claim {
        Claim::None => Verdict::NoClaim,
        Claim::Below(b) => {
            let b = decimal(b);
            if hi < b {
                Verdict::Holds
            } else if lo >= b {
                Verdict::DoesNotHold
            } else {
                Verdict::Undecided
            }
        }
        Claim::Quoted(q) => {
            let places = q.split_once('.').map_or(0, |(_, f)| f.len()) as i32;
            let half = Rational::from((1, 2)) / Rational::from(10).pow(places);
            let (c, ulp) = (decimal(q), half);
            let (a, b) = (Rational::from(&c - &ulp), Rational::from(&c + &ulp));
            if lo >= a && hi <= b {
                Verdict::Holds
            } else if hi < a || lo > b {
                Verdict::DoesNotHold
            } else {
                Verdict::Undecided
            }
        }
    };
    Ok(Checked {
        entry: e,
        bound,
        verdict,
    })
}

/// The largest d ≤ 30 such that `q`, `lo` and `hi` (all > 0) share their
/// first d significant digits (truncated; 0 when the first already differs).
pub fn agreeing_digits(q: &Rational, lo: &Rational, hi: &Rational) -> u32 {
    use crate::numeric::decimal::{round_rational_mode, Rounding};
    let t = |v: &Rational, d| round_rational_mode(v, d, Rounding::Down);
    (1..=30)
        .take_while(|&d| {
            let r = t(q, d);
            r == t(lo, d) && r == t(hi, d)
        })
        .last()
        .unwrap_or(0)
}

/// For a claim that does not hold, how far off it is: a quoted figure "vs
/// certified C…: right to d significant digits" (C: the digits lo and hi
/// share; d: the leading digits the figure shares with them), a bound "the certified maximum exceeds it by at least r%"
/// (r from lo, rounded down to 3 digits). `None` otherwise.
pub fn how_far(c: &Checked) -> Option<String> {
    use crate::numeric::decimal::{round_rational_mode, Rounding};
    if c.verdict != Verdict::DoesNotHold {
        return None;
    }
    let lo = c.bound.lo.to_rational()?;
    let hi = c.bound.hi.to_rational()?;
    match c.entry.claim {
        Claim::Quoted(q) => {
            let d = agreeing_digits(&decimal(q), &lo, &hi);
            // the certified digits: the most that lo and hi share (≥ d)
            let shared = (1..=40)
                .take_while(|&k| {
                    round_rational_mode(&lo, k, Rounding::Down)
                        == round_rational_mode(&hi, k, Rounding::Down)
                })
                .last()
                .unwrap_or(1);
            let cert = round_rational_mode(&lo, shared, Rounding::Down).to_string_g();
            Some(if d == 0 {
                format!("{q} vs certified {cert}…: wrong in the first significant digit")
            } else {
                format!(
                    "{q} vs certified {cert}…: right to {d} significant digit{}",
                    if d == 1 { "" } else { "s" }
                )
            })
        }
        Claim::Below(b) => {
            let b = decimal(b);
            let excess = Rational::from(&lo - &b) / &b * Rational::from(100);
            let r = round_rational_mode(&excess, 3, Rounding::Down).to_string_g();
            let cert = round_rational_mode(&lo, 8, Rounding::Down).to_string_g();
            Some(format!(
                "the certified maximum (≥ {cert}) exceeds the bound by at least {r}%"
            ))
        }
        Claim::None => None,
    }
}
