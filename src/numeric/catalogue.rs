//! Published approximations with their constants, claimed accuracy and
//! source, each as expressions for the one [`Model`], and the check of each
//! claim against a certified bound (`model::bound::max_error`).
//!
//! Entries with a level are written as the erf-level approximant M(x) of
//! erf(x/√2) (the model lifts them: Φ ≈ (1 + M)/2, GELU ≈ x(1 + M)/2), which
//! keeps their error enclosures tight; the others as an (approximation,
//! target) pair. Constants are exactly as printed in the source.
//!
//! Ranges: at the erf and Φ levels the tails are bounded by interval
//! arithmetic with infinite ends, so whole-line claims are checked on the
//! whole line. At the GELU level x·(M − erf(x/√2))/2 is ∞·0 at infinity,
//! which interval arithmetic cannot close; every GELU entry here has
//! M = tanh(u) or 2σ(v) − 1 with an odd polynomial of nonnegative
//! coefficients inside, whose tail is proven analytically
//! ([`GeluTail`]), so they are checked on the
//! whole line too. A finite range is used only where the source states its
//! claim on one (MLX: [−6, 6]).

use super::model::bound::{max_error_tail, BoundResult, GeluTail, Range};
use super::model::{Level, Model};
use crate::coeff::Coeff;
use crate::error::{Error, Result};
use crate::expr::parse_in;
use rug::ops::Pow;
use rug::Rational;

/// What a source states about the error.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Claim {
    /// max |error| < the bound (a decimal) over the entry's range.
    Below(&'static str),
    /// max |error| quoted as this figure (to its printed digits).
    Quoted(&'static str),
    /// No accuracy stated; the certified figure is reported.
    None,
}

/// One published approximation.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub name: &'static str,
    pub title: &'static str,
    /// The approximation as expression text (the erf-level M(x) when `level` is set).
    pub approx: &'static str,
    /// The target as expression text (ignored with a level: erf(x/√2)).
    pub target: &'static str,
    pub level: Option<Level>,
    /// The range of the claim: ends as decimals, `None` for ∓∞.
    pub range: (Option<&'static str>, Option<&'static str>),
    pub claim: Claim,
    pub source: &'static str,
}

const TANH_PAGE: &str = "tanh(sqrt(2/pi)*(x + 0.044715*x^3))";

/// Every entry.
pub const ENTRIES: &[Entry] = &[
    Entry {
        name: "gelu-tanh",
        title: "GELU, tanh form: ½x(1 + tanh(√(2/π)(x + 0.044715x³)))",
        approx: TANH_PAGE,
        target: "",
        level: Some(Level::Gelu),
        range: (None, None),
        claim: Claim::Quoted("0.00047326088"),
        source: "Hendrycks & Gimpel (2016), constant from Page (1977); the figure is quoted in a PaddlePaddle change",
    },
    Entry {
        name: "mlx-gelu-tanh",
        title: "MLX's tanh GELU on [−6, 6]",
        approx: TANH_PAGE,
        target: "",
        level: Some(Level::Gelu),
        range: (Some("-6"), Some("6")),
        claim: Claim::Below("0.0005"),
        source: "MLX documentation: \"max absolute error < 0.0005 in [-6, 6]\"",
    },
    Entry {
        name: "quick-gelu",
        title: "QuickGELU: x·σ(1.702x)",
        approx: "2*sigmoid(1.702*x) - 1",
        target: "",
        level: Some(Level::Gelu),
        range: (None, None),
        claim: Claim::None,
        source: "CLIP (Radford et al. 2021); Hendrycks & Gimpel (2016)",
    },
    Entry {
        name: "page-1977",
        title: "Page's Φ: ½(1 + tanh(√(2/π)(x + 0.044715x³)))",
        approx: TANH_PAGE,
        target: "",
        level: Some(Level::Phi),
        range: (None, None),
        claim: Claim::None,
        source: "Page (1977), Applied Statistics 26(1)",
    },
    Entry {
        name: "bowling-2009",
        title: "Bowling et al.'s logistic Φ: 1/(1 + exp(−(1.5976x + 0.07056x³)))",
        approx: "2*sigmoid(1.5976*x + 0.07056*x^3) - 1",
        target: "",
        level: Some(Level::Phi),
        range: (None, None),
        claim: Claim::Below("0.00014"),
        source: "Bowling, Khasawneh, Kaewkuekool & Cho (2009), JIEM 2(1); Stan's Phi_approx",
    },
    Entry {
        name: "as-7.1.26",
        title: "Abramowitz–Stegun 7.1.26: erf x ≈ 1 − (a₁t + … + a₅t⁵)e^(−x²), t = 1/(1 + px), x ≥ 0",
        approx: "1 - (0.254829592*t - 0.284496736*t^2 + 1.421413741*t^3 - 1.453152027*t^4 + 1.061405429*t^5)*exp(-x^2)",
        target: "erf(x)",
        level: None,
        range: (Some("0"), None),
        claim: Claim::Below("0.00000015"),
        source: "Abramowitz & Stegun (1964), 7.1.26 (|ε(x)| ≤ 1.5·10⁻⁷)",
    },
    Entry {
        name: "kernel-tanh",
        title: "Kernel literals, tanh form: ½x(1 + tanh(0.7978845608x + 0.0356774x³))",
        approx: "tanh(0.7978845608*x + 0.0356774*x^3)",
        target: "",
        level: Some(Level::Gelu),
        range: (None, None),
        claim: Claim::None,
        source: "float literals inlined in GELU kernels (√(2/π) and √(2/π)·0.044715)",
    },
    Entry {
        name: "kernel-sigmoid",
        title: "Kernel literals, sigmoid form: x·σ(1.5957691x + 0.0713548x³)",
        approx: "2*sigmoid(1.5957691*x + 0.0713548*x^3) - 1",
        target: "",
        level: Some(Level::Gelu),
        range: (None, None),
        claim: Claim::None,
        source: "float literals inlined in GELU kernels (2√(2/π) and 2√(2/π)·0.044715)",
    },
];

/// The entry called `name`.
pub fn find(name: &str) -> Result<&'static Entry> {
    ENTRIES.iter().find(|e| e.name == name).ok_or_else(|| {
        let names: Vec<&str> = ENTRIES.iter().map(|e| e.name).collect();
        Error::input(format!(
            "NAME must be one of {} (got {name:?})",
            names.join(", ")
        ))
    })
}

/// A decimal of the catalogue as an exact rational.
pub fn decimal(s: &str) -> Rational {
    crate::coeff::parse_exact(s)
        .ok()
        .and_then(|v| v.as_q())
        .map(|q| crate::numeric::convert::q_to_rug(&q))
        .expect("the catalogue's decimals are plain decimals")
}

impl Entry {
    /// The model (no free parameters: the constants are in the text).
    pub fn model(&self) -> Result<Model> {
        let mut m = parse_in("catalogue approximation", self.approx)?;
        if self.approx.contains("*t") {
            // A–S: t = 1/(1 + px)
            let t = parse_in("catalogue", "1/(1 + 0.3275911*x)")?;
            m = m.subst("t", &t);
        }
        Ok(match self.level {
            Some(l) => Model::lifted(m, vec![], l),
            None => Model::new(m, parse_in("catalogue target", self.target)?, vec![])?,
        })
    }

    /// The range of the claim.
    pub fn range(&self) -> Range {
        (self.range.0.map(decimal), self.range.1.map(decimal))
    }

    /// A range for studies that need finite ends at the GELU level (the
    /// report's fits and figures): the claim's range, except that a GELU
    /// entry checked on the whole line is studied on [−10, 10] ([−20, 20]
    /// for QuickGELU, whose error decays more slowly), where its maximum lies.
    pub fn study_range(&self) -> Range {
        let whole = self.range.0.is_none() && self.range.1.is_none();
        if self.level != Some(Level::Gelu) || !whole {
            return self.range();
        }
        let r = if self.name == "quick-gelu" { 20 } else { 10 };
        (Some(Rational::from(-r)), Some(Rational::from(r)))
    }
}

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
