//! `taylormatch coeffs EXPR [--set a=…] --order N`: the exact Taylor
//! coefficients of any expression in x (the named functions keep their own
//! routes in [`super::coeffs`]).

use super::coeffs::{coefficient_table, decimal_value, CoeffsOptions};
use crate::error::{Error, Result};
use crate::expr::assign::{apply, parse_assignments};
use crate::expr::{expand, parse_in};
use crate::functions::FUNCTIONS;
use crate::parallel::map_items;
use crate::report::{Document, Value};

/// The coefficient document of the expression `text`.
pub fn document(text: &str, a: &CoeffsOptions) -> Result<Document> {
    for (flag, v) in [("--a", &a.a), ("--k", &a.k)] {
        if v.is_some() {
            return Err(Error::input(format!(
                "{flag} applies only to the named function {}; for an expression give parameter values with --set",
                if flag == "--a" { "gelu-tanh" } else { "gelu-sigmoid" }
            )));
        }
    }
    let e = parse_in("FUNC", text)?;
    if !e.has_x() {
        let names: Vec<&str> = FUNCTIONS.iter().map(|f| f.name).collect();
        return Err(Error::input(format!(
            "unknown function {text:?}; FUNC must be one of {} or an expression in x such as 'x*sigmoid(1.702*x)'",
            names.join(", ")
        )));
    }
    let set = match &a.set {
        Some(s) => parse_assignments("--set", s)?,
        None => Vec::new(),
    };
    let e = apply("--set", &[&e], &set)?.remove(0);
    // the work (and so the size) is bounded by expr::series::check_work inside expand
    let s = expand(&e, a.order).map_err(|err| Error::input(format!("FUNC {text}: {err}")))?;
    let digits = a.out.digits;
    let rows: Vec<(String, Option<Value>)> = map_items(s.into_coeffs(), |c| {
        let dec = (!a.exact_only).then(|| decimal_value(&c, digits));
        (c.to_string(), dec)
    })
    .into_iter()
    .map(|(e, dec)| Ok((e, dec.transpose()?)))
    .collect::<Result<_>>()?;
    let mut d = Document::new(format!("Taylor coefficients of {text} at 0"));
    let mut fields = vec![
        ("function", "function", Value::from(text.trim())),
        (
            "expression",
            "expression, as read",
            Value::from(e.to_string()),
        ),
        ("order", "order", Value::from(a.order)),
        (
            "known_to",
            "known to",
            Value::from(format!("O(x^{})", a.order)),
        ),
    ];
    let params = e.params();
    if !params.is_empty() {
        fields.push((
            "symbolic",
            "symbolic parameters",
            Value::from(params.join(", ")),
        ));
    }
    for v in &set {
        let exact = v.exact()?;
        fields.push((
            "set",
            "parameter set",
            Value::from(format!("{} = {exact}", v.name)),
        ));
    }
    if !a.exact_only {
        fields.push(("digits", "decimal digits", Value::from(digits as i64)));
    }
    d.fields(fields);
    d.table(coefficient_table(rows, a.exact_only));
    Ok(d)
}
