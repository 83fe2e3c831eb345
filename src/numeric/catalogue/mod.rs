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
//! ([`GeluTail`](crate::numeric::model::bound::GeluTail)), so they are checked on the
//! whole line too. A finite range is used only where the source states its
//! claim on one (MLX: [−6, 6]).
//!
//! ```
//! use taylormatch::numeric::catalogue::{decimal, find};
//! let e = find("quick-gelu").unwrap();
//! assert_eq!(e.name, "quick-gelu");
//! assert_eq!(decimal("1.702"), rug::Rational::from((851, 500)));
//! assert!(find("no-such-entry").is_err());
//! ```

use crate::coeff::Coeff;
use crate::error::{Error, Result};
use crate::expr::parse_in;
use crate::numeric::model::bound::Range;
use crate::numeric::model::{Level, Model};
use rug::Rational;

mod check;
pub use check::{agreeing_digits, check, how_far, Checked, Verdict};

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
