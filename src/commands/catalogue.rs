//! `taylormatch catalogue [NAME]`: published approximations of erf, Φ and
//! GELU, each claim checked against a certified bound (exit 1 when a checked
//! claim does not hold).
//!
//! ```
//! use taylormatch::commands::catalogue::{run, CatalogueOptions};
//! use taylormatch::commands::OutputOptions;
//! use taylormatch::report::Format;
//! let o = CatalogueOptions {
//!     name: Some("quick-gelu".into()),
//!     tolerance: "1e-6".into(),
//!     bits: 128,
//!     out: OutputOptions { digits: 6, format: Format::Json, ..Default::default() },
//! };
//! let out = run(&o).unwrap();
//! // QuickGELU's claim is checked by a certified bound; the verdict is the exit code
//! assert!(out.text.contains("quick-gelu"));
//! assert!(out.code == 0 || out.code == 1);
//! ```

use super::{Output, OutputOptions};
use crate::commands::bound::parse_rational;
use crate::error::Input;
use crate::error::{Error, Result};
use crate::numeric::catalogue::{check, find, how_far, Checked, Claim, Verdict, ENTRIES};
use crate::numeric::interval::outward::float_directed;
use crate::report::{Document, Table, Value};

/// Options of `catalogue` (built by the command line from its flags).
#[derive(Debug, Clone)]
pub struct CatalogueOptions {
    /// One entry (gelu-tanh, mlx-gelu-tanh, quick-gelu, page-1977, bowling-2009, as-7.1.26, kernel-tanh, kernel-sigmoid); default all.
    pub name: Option<String>,
    /// Relative width of each certified bound: hi − lo ≤ T·lo (0 < T < 1).
    pub tolerance: String,
    /// MPFR working precision in bits (64..=65536).
    pub bits: u32,
    /// Significant digits of the certified bounds (1..=10000, rounded
    /// outward), the format and the notation of the exact values.
    pub out: OutputOptions,
}

fn claim_text(c: &Claim) -> String {
    match c {
        Claim::Below(b) => format!("max |error| < {b}"),
        Claim::Quoted(q) => format!("max |error| = {q} (quoted)"),
        Claim::None => "none stated".into(),
    }
}

fn verdict_text(v: Verdict) -> &'static str {
    match v {
        Verdict::Holds => "holds",
        Verdict::DoesNotHold => "does not hold",
        Verdict::Undecided => "undecided at this tolerance",
        Verdict::NoClaim => "no claim",
    }
}

/// The certified maximum to the digits both ends agree on, and its
/// enclosure `[lo, hi]` rounded outward (JSON: two decimals).
fn certified(c: &Checked, digits: u32) -> (Value, Value) {
    let r = &c.bound;
    let best = r
        .certified_decimal(digits)
        .map(|(s, _)| Value::Num(s))
        .unwrap_or(Value::Null);
    let enclosure = Value::interval(
        float_directed(&r.lo, digits, false),
        float_directed(&r.hi, digits, true),
    );
    (best, enclosure)
}

/// Runs `catalogue`.
pub fn run(args: &CatalogueOptions) -> Result<Output> {
    let tol = parse_rational(Input::Tolerance, &args.tolerance)?;
    if tol.cmp0().is_le() || tol >= 1 {
        return Err(Error::input(crate::msg!(
            Input::Tolerance,
            " must be between 0 and 1 (got ",
            format!("{:?}", args.tolerance),
            ")"
        )));
    }
    let entries: Vec<_> = match &args.name {
        Some(n) => vec![find(n.trim())?],
        None => ENTRIES.iter().collect(),
    };
    let checked = entries.iter().map(|e| check(e, args.bits, &tol));
    let mut t = Table::new(
        "catalogue",
        &[
            ("name", "name"),
            ("approximation", "approximation"),
            ("range", "range"),
            ("claim", "claim"),
            ("certified", "certified max |error|"),
            ("enclosure", "max |error| ∈"),
            ("verdict", "verdict"),
            ("source", "source"),
        ],
    );
    let mut failed = false;
    for c in checked {
        let c = c?;
        let e = c.entry;
        let end = |s: Option<&str>, inf: &str| s.unwrap_or(inf).to_string();
        failed |= c.verdict == Verdict::DoesNotHold;
        let (best, enclosure) = certified(&c, args.out.digits);
        t.push(vec![
            Value::from(e.name),
            Value::from(e.title),
            Value::from(format!(
                "[{}, {}]",
                end(e.range.0, "-inf"),
                end(e.range.1, "inf")
            )),
            Value::from(claim_text(&e.claim)),
            best,
            enclosure,
            Value::from(match how_far(&c) {
                Some(why) => format!("{}: {why}", verdict_text(c.verdict)),
                None => verdict_text(c.verdict).to_string(),
            }),
            Value::from(e.source),
        ]);
    }
    let mut d = Document::new("Catalogue of published approximations");
    d.para("Each maximum error is certified by interval arithmetic and branch and bound over the range shown (bound --model EXPR gives the same figure on a finite range); a claim holds when the certified enclosure lies on its side, and one that does not hold says how far off it is.");
    d.para("Tails: at the erf and Φ levels the error on |x| ≥ T is enclosed by interval arithmetic with infinite ends. At the GELU level x·D(x)/2 (D = M − erf(x/√2)) is ∞·0 there; for M = tanh(u) or 2σ(v) − 1 with an odd polynomial of nonnegative coefficients inside, |x·D/2| ≤ (T/2)·max(erfc(T/√2), 2e^(−2u(T))) for |x| ≥ T ≥ max(1, 1/(2u′(0))) (x·erfc(x/√2) and x·e^(−2u) decrease there), so these entries are checked on the whole line too. mlx-gelu-tanh is checked on [−6, 6] because its source states the claim there.");
    d.table(t);
    Ok(Output {
        text: args.out.render(&d)?,
        code: u8::from(failed),
    })
}
