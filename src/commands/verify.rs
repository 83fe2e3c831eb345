//! `taylormatch verify [--a VALUE]`: the x³ argument as numbered, checked
//! steps. Exit code 0 only when every step holds, 1 otherwise (the steps are
//! printed either way).
//!
//! ```
//! use taylormatch::coeff::parse_exact;
//! use taylormatch::commands::verify::document;
//! // every step holds with the matched a, not with the paper's 0.044715
//! assert!(document(None, 12).unwrap().1);
//! assert!(!document(Some(&parse_exact("0.044715").unwrap()), 12).unwrap().1);
//! ```

use super::Output;
use crate::coeff::Sym;
use crate::error::Input;
use crate::error::Result;
use crate::functions::{analytic_a, parse_param};
use crate::matching::verify::{verify_steps, Step};
use crate::report::{Document, Table, Value};

/// Options of `verify` (built by the command line from its flags).
#[derive(Debug, Clone)]
pub struct VerifyOptions {
    /// The a to check: a decimal taken exactly (0.044715 = 44715/1000000), an exact form, or `analytic` (default: solve for it).
    pub a: Option<String>,
    /// Any model in x (with --target): the five steps for it, e.g. 'x*sigmoid(k*x)'; parameters not given with --set are solved for.
    pub model: Option<String>,
    /// The function the model approximates (with --model), e.g. 'gelu(x)'.
    pub target: Option<String>,
    /// Values for the model's constants: name=value pairs, e.g. k=1.702 (exact; any constant expression).
    pub set: Option<String>,
    pub out: super::OutputOptions,
}

/// The verification document for `a` (None: the analytic value) and whether every step holds.
pub fn document(a: Option<&Sym>, digits: u32) -> Result<(Document, bool)> {
    let steps = verify_steps(a, digits)?;
    Ok(steps_document(&steps, a))
}

/// Turns checked steps into a document; also returns whether all hold.
pub fn steps_document(steps: &[Step], a: Option<&Sym>) -> (Document, bool) {
    let d = Document::new("The x³ argument for GELU's tanh approximation, checked step by step");
    let all = steps.iter().all(|s| s.holds);
    let fields = vec![
        (
            "a",
            "a checked",
            Value::from(
                a.map(|v| v.to_string())
                    .unwrap_or_else(|| "solved for (step 3)".into()),
            ),
        ),
        (
            "arithmetic",
            "arithmetic",
            Value::from("exact series over ℚ[√2, √π^±1, symbols]; step 5 in MPFR intervals"),
        ),
        ("all_hold", "all steps hold", Value::Bool(all)),
    ];
    (render_steps(d, fields, steps), all)
}

/// The header fields, one section per step and the summary.
pub fn render_steps(mut d: Document, fields: Vec<(&str, &str, Value)>, steps: &[Step]) -> Document {
    d.fields(fields);
    let mut summary = Table::new(
        "steps",
        &[("step", "step"), ("title", "claim"), ("holds", "result")],
    );
    for s in steps {
        let mark = if s.holds { "holds" } else { "FAILS" };
        d.heading(2, format!("Step {}. {} — {mark}", s.number, s.title));
        d.para(s.explanation.clone());
        let mut t = Table::new(
            &format!("step{}", s.number),
            &[
                ("quantity", "quantity"),
                ("exact", "exact"),
                ("decimal", "decimal"),
            ],
        );
        for v in &s.values {
            t.push(vec![
                Value::from(v.label.clone()),
                v.sym
                    .clone()
                    .map_or_else(|| Value::from(v.exact.clone()), Value::Exact),
                v.decimal.clone().map(Value::dec).unwrap_or(Value::Null),
            ]);
        }
        d.table(t);
        summary.push(vec![
            Value::from(s.number as i64),
            Value::from(s.title.clone()),
            Value::Bool(s.holds),
        ]);
    }
    d.heading(2, "Summary");
    d.table(summary);
    let failed: Vec<String> = steps
        .iter()
        .filter(|s| !s.holds)
        .map(|s| s.number.to_string())
        .collect();
    d.para(if failed.is_empty() {
        "All steps hold.".to_string()
    } else {
        format!(
            "Verification failed: step(s) {} do not hold.",
            failed.join(", ")
        )
    });
    d
}

/// The steps as JSON: `{schema_version, tool, title, a_input, a, all_hold,
/// steps: [{number, title, explanation, holds, values: [{key, label, exact,
/// decimal}]}]}`; `a_input` is `--a` as typed and `a` its exact reading
/// (both `null` when a is solved for), `a` in notation `n`.
pub fn steps_json(
    steps: &[Step],
    a_input: Option<&str>,
    a: Option<&Sym>,
    n: crate::coeff::Notation,
) -> serde_json::Value {
    steps_json_with(
        "The x³ argument for GELU's tanh approximation, checked step by step",
        vec![
            ("a_input", serde_json::json!(a_input)),
            ("a", serde_json::json!(a.map(|v| n.format(v)))),
        ],
        steps,
        n,
    )
}

/// The layout of [`steps_json`] with any title and header fields (between
/// `title` and `all_hold`): named and expression `verify` share it.
/// Exact values in notation `n`.
pub fn steps_json_with(
    title: &str,
    header: Vec<(&str, serde_json::Value)>,
    steps: &[Step],
    n: crate::coeff::Notation,
) -> serde_json::Value {
    let steps_v: Vec<serde_json::Value> = steps
        .iter()
        .map(|s| {
            let values: Vec<serde_json::Value> = s
                .values
                .iter()
                .map(|v| {
                    let exact = v.sym.as_ref().map_or_else(|| v.exact.clone(), |x| n.format(x));
                    serde_json::json!({"key": v.key, "label": v.label, "exact": exact, "decimal": v.decimal})
                })
                .collect();
            serde_json::json!({"number": s.number, "title": s.title, "explanation": s.explanation, "holds": s.holds, "values": values})
        })
        .collect();
    let mut m = serde_json::Map::new();
    m.insert(
        "schema_version".into(),
        crate::report::render::JSON_SCHEMA_VERSION.into(),
    );
    m.insert(
        "tool".into(),
        serde_json::json!({"name": "taylormatch", "version": env!("CARGO_PKG_VERSION")}),
    );
    m.insert("title".into(), title.into());
    for (k, v) in header {
        m.insert(k.into(), v);
    }
    m.insert("all_hold".into(), steps.iter().all(|s| s.holds).into());
    m.insert("steps".into(), steps_v.into());
    serde_json::Value::Object(m)
}

/// Runs `verify`.
pub fn run(args: &VerifyOptions) -> Result<Output> {
    if args.model.is_some() || args.target.is_some() || args.set.is_some() {
        return super::verify_expr::run(args);
    }
    let a = match &args.a {
        Some(s) => parse_param(Input::A, s, &[("analytic", analytic_a())])?,
        None => None,
    };
    let steps = verify_steps(a.as_ref(), args.out.digits)?;
    let a_text = match (&args.a, &a) {
        (Some(text), Some(v)) => format!("{} (read exactly as {v})", text.trim()),
        _ => "solved for (step 3)".to_string(),
    };
    let all = steps.iter().all(|s| s.holds);
    let text = if args.out.format == crate::report::Format::Json {
        let mut t = serde_json::to_string_pretty(&steps_json(
            &steps,
            args.a.as_deref().map(str::trim),
            a.as_ref(),
            args.out.style.notation,
        ))
        .unwrap_or_default();
        t.push('\n');
        t
    } else {
        let (mut doc, _) = steps_document(&steps, a.as_ref());
        if let Some(crate::report::Block::Fields(fs)) = doc.blocks.first_mut() {
            if let Some(f) = fs.iter_mut().find(|f| f.key == "a") {
                f.value = Value::from(a_text);
            }
        }
        args.out.render(&doc)?
    };
    Ok(Output {
        text,
        code: if all { 0 } else { 1 },
    })
}
