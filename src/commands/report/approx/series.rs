//! Sections 2 and 3 of the report on any approximation, both read at x = 0:
//! the exact series of approximation, target and difference at the given
//! constants, and the constants matched lowest power first (the engine of
//! `derive --solve`).

use super::super::subject::Subject;
use super::super::ReportOptions;
use super::{substituted, sym};
use crate::coeff::{Coeff, Sym};
use crate::error::Result;
use crate::expr::expand;
use crate::numeric::Enclose;
use crate::report::{Block, Document, Table, Value};

/// 2. The series of both sides at the given constants.
pub(super) fn series(s: &Subject, o: &ReportOptions, doc: &mut Document) -> Result<()> {
    doc.heading(1, "2. Series at 0");
    let (approx, target) = s.model.pair();
    let given: Vec<Sym> = s.given.iter().map(sym).collect();
    let (Some(a), Some(t)) = (
        substituted(&approx, &s.model.params, &given),
        substituted(&target, &s.model.params, &given),
    ) else {
        return Ok(());
    };
    let d = o.digits.min(12);
    let sa = expand(&a, o.order);
    let st = expand(&t, o.order);
    let (sa, st) = match (sa, st) {
        (Ok(x), Ok(y)) => (x, y),
        (Err(e), _) | (_, Err(e)) => {
            doc.para(format!("The series at 0 are not available: {e}"));
            return Ok(());
        }
    };
    doc.para(format!(
        "Exact Taylor coefficients at the given constants, shown to {d} correctly rounded digits; \
         the difference's first nonzero power is where the approximation departs from the target."
    ));
    let mut tb = Table::new(
        "series",
        &[
            ("power", "power"),
            ("approximation", "approximation"),
            ("target", "target"),
            ("difference", "difference"),
        ],
    );
    for k in 0..o.order {
        let (ca, ct) = (sa.coeff(k)?.clone(), st.coeff(k)?.clone());
        if ca.is_zero() && ct.is_zero() {
            continue;
        }
        let diff = ca.sub(&ct);
        let dec = |v: &Sym| Value::dec(v.decimal(d).unwrap_or_else(|| v.to_string()));
        tb.push(vec![Value::from(k), dec(&ca), dec(&ct), dec(&diff)]);
    }
    doc.table(tb);
    Ok(())
}

/// 3. The constants matched at 0 (derive --solve's engine); the matched values when every one is determined.
pub(super) fn matched(s: &Subject, o: &ReportOptions, doc: &mut Document) -> Option<Vec<Sym>> {
    doc.heading(1, "3. Matching at 0");
    if s.model.params.is_empty() {
        doc.para("The approximation has no constants to match.");
        return None;
    }
    let m = &s.model;
    match crate::commands::derive_expr::model_document(
        &m.approx,
        &m.target,
        &m.params,
        &[],
        o.digits,
    ) {
        Ok((d, mt)) => {
            doc.blocks.extend(
                d.blocks
                    .into_iter()
                    .filter(|b| !matches!(b, Block::Heading { .. })),
            );
            let names: Vec<&String> = mt.values.iter().map(|(n, _)| n).collect();
            m.params
                .iter()
                .map(|p| {
                    names
                        .iter()
                        .position(|n| *n == p)
                        .map(|i| mt.values[i].1.clone())
                })
                .collect()
        }
        Err(e) => {
            doc.para(format!(
                "Matching at 0 does not determine the constants: {e}"
            ));
            None
        }
    }
}
