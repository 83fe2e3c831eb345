//! Section 5 of the report on an approximation: certified enclosures of
//! max |error| over the range for each candidate, and where it is attained.
//!
//! Where it is attained: the branch and bound's best point, except when the
//! range is symmetric and |error| is even there (an odd or even error, as
//! for every odd approximation of an odd target): ±x then attain the same
//! maximum and the point with x ≥ 0 is shown, whichever of the pair the
//! search met first.

use super::approx::{end, substituted, Candidate};
use super::subject::{finite_part, Subject};
use super::ReportOptions;
use crate::coeff::Sym;
use crate::error::Result;
use crate::numeric::interval::outward::float_directed;
use crate::numeric::model::bound::{max_error, max_error_tail, BoundResult, GeluTail};
use crate::numeric::model::Model;
use crate::numeric::Enclose;
use crate::report::{Document, Table, Value};
use rug::{Float, Rational};

/// Relative width of each certified bound.
const BOUND_TOL: (u32, u32) = (1, 1_000_000);

/// max |error| of the model at `values` over the range: with rational values
/// the constants are substituted, so a GELU-level tanh/sigmoid form gets its
/// proven tail on an infinite range ([`GeluTail`]); otherwise the values
/// enter as enclosures.
fn certify(s: &Subject, values: &[Sym], bits: u32, tol: &Rational) -> Result<BoundResult> {
    let m = &s.model;
    let exact =
        substituted(&m.approx, &m.params, values).zip(substituted(&m.target, &m.params, values));
    if let Some((a, t)) = exact {
        let m0 = Model {
            approx: a,
            target: t,
            level: m.level,
            params: vec![],
        };
        let f = m0.at(bits, &[], false)?;
        let tail = GeluTail::of(&m0);
        return max_error_tail(&f, &s.range, tol, 200_000, tail.as_ref());
    }
    let boxes: Option<Vec<_>> = values.iter().map(|v| v.enclose(bits)).collect();
    let boxes = boxes.ok_or_else(|| crate::error::Error::input("a constant has a free symbol"))?;
    max_error(&m.at_enclosed(bits, boxes, false)?, &s.range, tol, 200_000)
}

/// 5. A certified enclosure of max |error| over the range for each candidate.
pub(super) fn bounds(
    s: &Subject,
    o: &ReportOptions,
    cands: &[Candidate],
    doc: &mut Document,
) -> Result<()> {
    doc.heading(1, "5. Certified maximum error");
    let bits = 128;
    let tol = Rational::from(BOUND_TOL);
    let d = o.digits.min(6);
    let mut t = Table::new(
        "certified_max_error",
        &[
            ("candidate", "candidate"),
            ("lo", "max |error| ≥ (rounded down)"),
            ("hi", "max |error| ≤ (rounded up)"),
            ("at", "attained near x"),
        ],
    )
    .titled(format!(
        "Certified enclosures over [{}, {}] (interval arithmetic, branch and bound)",
        end(&s.range.0, "−∞"),
        end(&s.range.1, "∞")
    ));
    let mut mirrored_rows = false;
    for c in cands {
        let row = certify(s, &c.values, bits, &tol);
        match row {
            Ok(r) => {
                // |error| even: ±x attain the same maximum; the one with x ≥ 0 is shown
                let at = if mirrored(s, &c.values) {
                    mirrored_rows = true;
                    Float::with_val(r.best.prec(), r.best.abs_ref())
                } else {
                    r.best.clone()
                };
                t.push(vec![
                    c.label.clone().into(),
                    Value::Num(float_directed(&r.lo, d, false)),
                    Value::Num(float_directed(&r.hi, d, true)),
                    Value::Num(float_directed(&at, 8, false)),
                ])
            }
            Err(e) => t.push(vec![
                c.label.clone().into(),
                Value::Null,
                Value::Null,
                Value::from(format!("not certified: {e}")),
            ]),
        }
    }
    doc.table(t);
    doc.para(
        "Each row is a proof: [lo, hi] contains the true maximum of |error| over the range (MPFR \
         intervals at 128 bits, Taylor jets, branch and bound; infinite ends where interval \
         arithmetic bounds the tails).",
    );
    if mirrored_rows {
        doc.para(
            "Where |error| is even on the symmetric range (|e(x)| = |e(−x)|, checked for each \
             candidate), the maximum is attained at a mirrored pair ±x and the table shows the \
             point with x ≥ 0.",
        );
    }
    Ok(())
}

/// Whether the range is symmetric and |e| is even there at the constants
/// `values` ([`even_abs_eval`](super::approx_fits::even_abs_eval) at 160 bits).
fn mirrored(s: &Subject, values: &[Sym]) -> bool {
    let symmetric = match &s.range {
        (None, None) => true,
        (Some(a), Some(b)) => *a == Rational::from(-b),
        _ => false,
    };
    let boxes: Option<Vec<_>> = values.iter().map(|v| v.enclose(160)).collect();
    let (lo, hi) = finite_part(&s.range);
    symmetric
        && boxes
            .and_then(|b| s.model.at_enclosed(160, b, false).ok())
            .is_some_and(|f| super::approx_fits::even_abs_eval(&f, &lo, &hi))
}
