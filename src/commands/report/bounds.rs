//! Section 5: the comparison of the candidates (taylormatch compare) and
//! certified enclosures of their maximum error (taylormatch bound).

use super::sections::{dec, paper_a};
use super::ReportOptions;
use crate::coeff::Sym;
use crate::error::{Error, Result};
use crate::functions::analytic_a;
use crate::numeric::bound::{max_error, BoundSpec, Family, Level};
use crate::numeric::interval::outward::float_directed;
use crate::report::{Document, Table, Value};

/// A candidate approximation: its label, family and exact parameter.
pub struct Candidate {
    pub label: String,
    pub family: Family,
    pub value: Sym,
}

/// Appends the table of certified max-error enclosures over ℝ for every
/// candidate at the erf, Φ and GELU levels.
pub fn certified_table(doc: &mut Document, candidates: &[Candidate], digits: u32) -> Result<()> {
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
    for c in candidates {
        for (level, name) in [
            (Level::Erf, "erf"),
            (Level::Phi, "Φ"),
            (Level::Gelu, "GELU"),
        ] {
            let r = max_error(&BoundSpec::family(c.family, c.value.clone(), level))?;
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
                c.label.clone().into(),
                name.into(),
                Value::Num(float_directed(&r.lo, digits, false)),
                Value::Num(float_directed(&r.hi, digits, true)),
                arg.into(),
            ]);
        }
    }
    doc.table(t);
    doc.para(format!(
        "Each row is a proof, not a sample: [lo, hi] contains the true maximum of |error| over ℝ, \
         obtained with MPFR interval arithmetic at 128 bits ({boxes} subintervals in all) and an \
         explicit bound for the tails where both functions saturate (taylormatch bound)."
    ));
    Ok(())
}

/// 5. Comparison and certified bounds.
pub fn comparison(
    o: &ReportOptions,
    doc: &mut Document,
    compare: &crate::commands::compare::Comparison,
    fits: &crate::numeric::fit::fit_set::FitSet,
) -> Result<()> {
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
    let k = crate::coeff::parse_exact("1.702").map_err(|_| Error::input("k = 1.702"))?;
    let ma = super::fits::minimax_param(fits, Family::Tanh)?;
    let mk = super::fits::minimax_param(fits, Family::Sigmoid)?;
    let candidates = vec![
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
            label: format!("tanh, minimax a = {}", dec(&ma, 12)?),
            family: Family::Tanh,
            value: ma,
        },
        Candidate {
            label: "sigmoid, k = 1.702".into(),
            family: Family::Sigmoid,
            value: k,
        },
        Candidate {
            label: format!("sigmoid, minimax k = {}", dec(&mk, 12)?),
            family: Family::Sigmoid,
            value: mk,
        },
    ];
    certified_table(doc, &candidates, o.bound_digits())
}
