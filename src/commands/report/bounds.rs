//! Section 5: the comparison of the candidates (taylormatch compare) and
//! certified enclosures of their maximum error (taylormatch bound).

use super::sections::{dec, paper_a};
use super::ReportOptions;
use crate::coeff::Sym;
use crate::error::{Error, Result};
use crate::functions::analytic_a;
use crate::numeric::bound::{max_error, BoundSpec, Family, Level};
use crate::numeric::fit::fit_set::FitSet;
use crate::numeric::interval::outward::float_directed;
use crate::report::{Document, Table, Value};

/// A candidate approximation: its label, family and exact parameter.
pub struct Candidate {
    pub label: String,
    pub family: Family,
    pub value: Sym,
}

/// The certified enclosure of one candidate's maximum error at one level.
pub struct BoundRow {
    pub label: String,
    pub level: &'static str,
    pub result: crate::numeric::bound::BoundResult,
}

/// The certified enclosures over ℝ of every candidate at the erf, Φ and GELU
/// levels, in the candidates' order.
pub fn certified_rows(candidates: &[Candidate]) -> Result<Vec<BoundRow>> {
    let mut rows = Vec::new();
    for c in candidates {
        for (level, name) in [
            (Level::Erf, "erf"),
            (Level::Phi, "Φ"),
            (Level::Gelu, "GELU"),
        ] {
            rows.push(BoundRow {
                label: c.label.clone(),
                level: name,
                result: max_error(&BoundSpec::family(c.family, c.value.clone(), level))?,
            });
        }
    }
    Ok(rows)
}

/// Appends the table of certified max-error enclosures `rows` (from [`certified_rows`]).
pub fn certified_table(doc: &mut Document, rows: &[BoundRow], digits: u32) {
    let mut t = Table::new(
        "certified_max_error",
        &[
            ("candidate", "candidate"),
            ("level", "level"),
            ("lo", "max |error| ≥ (rounded down)"),
            ("hi", "max |error| ≤ (rounded up)"),
            ("argmax", "attained at |x| in"),
        ],
    )
    .titled("Certified enclosures of the maximum error over the whole real line (interval arithmetic, branch and bound, analytic tail)");
    let mut boxes = 0usize;
    for row in rows {
        let r = &row.result;
        boxes += r.boxes;
        let arg = r
            .argmax
            .iter()
            .find(|iv| iv.lo.cmp0() != Some(std::cmp::Ordering::Less))
            .or(r.argmax.first())
            .map(|iv| {
                format!(
                    "[{}, {}]",
                    float_directed(&iv.lo, 8, false),
                    float_directed(&iv.hi, 8, true)
                )
            })
            .unwrap_or_else(|| "–".into());
        t.push(vec![
            row.label.clone().into(),
            row.level.into(),
            Value::Num(float_directed(&r.lo, digits, false)),
            Value::Num(float_directed(&r.hi, digits, true)),
            arg.into(),
        ]);
    }
    doc.table(t);
    doc.para(format!(
        "Each row is a proof, not a sample: [lo, hi] contains the true maximum of |error| over ℝ, \
         obtained with MPFR interval arithmetic at 128 bits ({boxes} subintervals in all) and an \
         explicit bound for the tails where both functions saturate (taylormatch bound)."
    ));
}

/// The candidates of the certified table that no fit decides: the paper's a,
/// the Taylor a and QuickGELU's k.
pub fn fixed_candidates() -> Result<[Candidate; 3]> {
    let k = crate::coeff::parse_exact("1.702").map_err(|_| Error::input("k = 1.702"))?;
    Ok([
        Candidate {
            label: "tanh, a = 0.044715 (paper)".into(),
            family: Family::Tanh,
            value: paper_a()?,
        },
        Candidate {
            label: "tanh, a = 2/(3π) − 1/6 (Taylor)".into(),
            family: Family::Tanh,
            value: analytic_a(),
        },
        Candidate {
            label: "sigmoid, k = 1.702".into(),
            family: Family::Sigmoid,
            value: k,
        },
    ])
}

/// The fitted candidates of the certified table: the minimax a and k at the erf level.
pub fn fitted_candidates(fits: &FitSet) -> Result<[Candidate; 2]> {
    let ma = super::fits::minimax_param(fits, Family::Tanh)?;
    let mk = super::fits::minimax_param(fits, Family::Sigmoid)?;
    Ok([
        Candidate {
            label: format!("tanh, minimax a = {}", dec(&ma, 12)?),
            family: Family::Tanh,
            value: ma,
        },
        Candidate {
            label: format!("sigmoid, minimax k = {}", dec(&mk, 12)?),
            family: Family::Sigmoid,
            value: mk,
        },
    ])
}

/// The rows of the certified table in its order (paper a, Taylor a, minimax
/// a, k = 1.702, minimax k) from the rows of [`fixed_candidates`] and of
/// [`fitted_candidates`], three levels each.
pub fn in_table_order(fixed: Vec<BoundRow>, fitted: Vec<BoundRow>) -> Vec<BoundRow> {
    let mut fixed = fixed.into_iter();
    let mut fitted = fitted.into_iter();
    let mut out = Vec::new();
    out.extend(fixed.by_ref().take(6));
    out.extend(fitted.by_ref().take(3));
    out.extend(fixed);
    out.extend(fitted);
    out
}

/// 5. Comparison and certified bounds (`bounds`: the rows of [`in_table_order`]).
pub fn comparison(
    o: &ReportOptions,
    doc: &mut Document,
    compare: &crate::commands::compare::Comparison,
    bounds: &[BoundRow],
) {
    doc.heading(1, "5. How good are the constants");
    doc.para(
        "Every candidate under every metric (taylormatch compare): the MSE against GELU on the \
         published grid, the maximum error over ℝ at the Φ, erf and GELU levels, and the L2 error \
         on [−10, 10].",
    );
    let compare = compare.document();
    for t in compare.tables() {
        doc.table(t.clone());
    }
    // the comparison's prose: plain paragraphs and paragraphs of values
    for b in &compare.blocks {
        if let crate::report::Block::Para(_) | crate::report::Block::Prose(_) = b {
            doc.blocks.push(b.clone());
        }
    }
    certified_table(doc, bounds, o.bound_digits())
}
