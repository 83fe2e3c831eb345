//! `taylormatch explain [VALUE...]`: identifies decimal literals from GELU
//! kernels as expressions in √(2/π) and a (see [`crate::matching::literals`]).
//!
//! ```
//! use taylormatch::commands::explain::document;
//! use taylormatch::report::{render, Format};
//! let d = document(&["0.7978845608".into()], 12).unwrap();
//! let md = render(&d, Format::Markdown).unwrap();
//! // 0.7978845608 is √(2/π) to the 10 decimals shown
//! assert!(md.contains("√(2/π)") || md.contains("√2/√π"), "{md}");
//! ```

use super::Output;
use crate::error::Result;
use crate::matching::literals::{
    candidates, compare_with, parse_literal, MatchKind, FIT_DIGITS, KERNEL_LITERALS,
};
use crate::numeric::Enclose;
use crate::report::{Document, Table, Value};

/// Options of `explain` (built by the command line from its flags).
#[derive(Debug, Clone)]
pub struct ExplainOptions {
    /// Decimal literals to identify (default: the kernel literals 0.7978845608 0.044715 0.0356774 0.1070322 1.5957691 0.0713548 1.702).
    pub values: Vec<String>,
    pub out: super::OutputOptions,
}

fn dec(v: &crate::coeff::Sym, digits: u32) -> Value {
    v.decimal(digits).map(Value::dec).unwrap_or(Value::Null)
}

/// The `explain` document for the given literals (all kernel literals when empty).
pub fn document(values: &[String], digits: u32) -> Result<Document> {
    let lits: Vec<String> = if values.is_empty() {
        KERNEL_LITERALS.iter().map(|s| s.to_string()).collect()
    } else {
        values.to_vec()
    };
    let parsed = lits
        .iter()
        .map(|s| parse_literal(s))
        .collect::<Result<Vec<_>>>()?;
    let mut d = Document::new("Where the kernel literals come from");
    d.para(
        "A literal with d decimals matches an expression when it equals the expression's value rounded to d decimals \
(or equals it exactly); 'within one unit' means |literal − value| is between half a unit and one unit of the \
last digit. Differences are literal − value, exactly computed and correctly rounded.",
    );
    let cols = [
        ("literal", "literal"),
        ("expression", "expression"),
        ("match", "match"),
        ("exact", "exact value"),
        ("decimal", "decimal"),
        ("difference", "literal − value"),
        ("units", "in units of the last digit"),
    ];
    let mut t = Table::new("literals", &cols);
    // set when a row shows a fitted value with fewer digits than asked
    let cut = std::cell::Cell::new(false);
    // the candidates once for every literal (two of them are minimax fits)
    let cands = candidates();
    for lit in &parsed {
        let cmp = compare_with(lit, &cands);
        let hits: Vec<_> = cmp.iter().filter(|c| c.kind != MatchKind::None).collect();
        let row = |c: &crate::matching::literals::Comparison, expr: String, m: String| {
            vec![
                Value::from(lit.text.clone()),
                Value::from(expr),
                Value::from(m),
                match &c.candidate.exact_label {
                    Some(label) => Value::from(label.clone()),
                    None => Value::Exact(c.candidate.value.clone()),
                },
                {
                    let known = c.candidate.known_digits.unwrap_or(digits);
                    if known < digits {
                        cut.set(true);
                    }
                    dec(&c.candidate.value, digits.min(known))
                },
                dec(&c.difference, 6),
                dec(&c.units, 4),
            ]
        };
        if hits.is_empty() {
            if let Some(c) = cmp.first() {
                t.push(row(
                    c,
                    format!("no match (nearest: {})", c.candidate.expression),
                    "no match".into(),
                ));
            }
        }
        for c in hits {
            t.push(row(
                c,
                c.candidate.expression.clone(),
                c.kind.describe(lit.decimals),
            ));
            // the same expression with the analytic a, for comparison
            let other = c.candidate.analytic_counterpart.as_deref();
            if let Some(o) = other.and_then(|e| cmp.iter().find(|x| x.candidate.expression == e)) {
                t.push(row(
                    o,
                    format!("for comparison: {}", o.candidate.expression),
                    o.kind.describe(lit.decimals),
                ));
            }
        }
    }
    d.table(t);
    if cut.get() {
        d.prose(vec![
            Value::from("Fitted optima (the minimax a and k) are known to "),
            Value::Int(i64::from(FIT_DIGITS)),
            Value::from(" significant digits here and are shown to "),
            Value::Int(i64::from(FIT_DIGITS)),
            Value::from(", not "),
            Value::Int(i64::from(digits)),
            Value::from(
                ": more digits of them come from `taylormatch fit --criterion minimax --digits D`.",
            ),
        ]);
    }
    Ok(d)
}

/// Runs `explain`.
pub fn run(a: &ExplainOptions) -> Result<Output> {
    Ok(Output::ok(
        a.out.render(&document(&a.values, a.out.digits)?)?,
    ))
}
