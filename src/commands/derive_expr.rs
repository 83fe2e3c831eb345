//! `derive` for expressions:
//!
//! * `--model EXPR --target EXPR --solve a,b`: the unknowns by matching Taylor
//!   coefficients at 0, lowest power first ([`crate::matching::model`]);
//! * `--outer EXPR_IN_u --target EXPR`: the inner series p with
//!   outer(p(x)) = target(x), by reversion: p = G⁻¹(T − T₀) where
//!   G(u) = outer(u) − outer(0) and T₀ = target(0) = outer(0).
//!
//! ```
//! use taylormatch::commands::derive_expr::{inner_series, read};
//! use taylormatch::error::Input;
//! // p with tanh(p(x)) = erf(x/√2): p = artanh(erf(x/√2)) = √(2/π)·x + …
//! let outer = read(Input::Outer, "tanh(u)").unwrap();
//! let target = read(Input::Target, "erf(x/sqrt(2))").unwrap();
//! let p = inner_series(&outer, &target, 4).unwrap();
//! assert_eq!(p.coeff(1).unwrap(), &taylormatch::coeff::Sym::sqrt_2_over_pi());
//! ```

use crate::coeff::{combined_form, Coeff, Sym};
use crate::error::Input;
use crate::error::{Error, Message, Result};
use crate::expr::assign::{apply, Assignment};
use crate::expr::{expand, parse_in, Expr};
use crate::matching::model::{match_model, Matched, Solution};
use crate::numeric::Enclose;
use crate::report::{Document, Table, Value};
use crate::series::Series;

/// Largest order of the `--outer EXPR` route (reversion and composition over
/// ℚ[√2, √π^±1] cost about order⁴ term products).
pub const MAX_OUTER_EXPR_ORDER: usize = 80;

fn decimal(v: &Sym, digits: u32) -> Value {
    v.decimal(digits).map(Value::dec).unwrap_or(Value::Null)
}

fn combined(v: &Sym) -> Value {
    Value::from(combined_form(v).unwrap_or_else(|| v.to_string()))
}

/// Reads an expression flag.
pub fn read(flag: impl Into<Message> + Copy, text: &str) -> Result<Expr> {
    parse_in(flag, text)
}

/// The inner series p to O(x^order) with outer(p(x)) = target(x).
pub fn inner_series(outer: &Expr, target: &Expr, order: usize) -> Result<Series<Sym>> {
    if outer.has_x() {
        return Err(Error::input(crate::msg!(
            Input::Outer,
            ": write the outer function in u (x belongs to ",
            Input::Target,
            "), e.g. 'tanh(sqrt(2/pi)*u)'"
        )));
    }
    if !outer.params().iter().any(|p| p == "u") {
        return Err(Error::input(crate::msg!(
            Input::Outer,
            " {outer} is neither tanh, sigmoid nor an expression in u such as 'tanh(sqrt(2/pi)*u)'"
        )));
    }
    if order > MAX_OUTER_EXPR_ORDER {
        return Err(Error::input(crate::msg!(
            Input::Order,
            " {order}: an ",
            Input::Outer,
            " expression is reverted over ℚ[√2, √π^±1], at most order {MAX_OUTER_EXPR_ORDER}"
        )));
    }
    let f = expand(&outer.subst("u", &Expr::X), order)?;
    let t = expand(target, order)?;
    let (f0, t0) = (f.coeff(0)?.clone(), t.coeff(0)?.clone());
    if f0 != t0 {
        return Err(Error::input(crate::msg!(
            Input::Outer,
            ": outer(0) = {f0} but target(0) = {t0}; they must agree for p(0) = 0"
        )));
    }
    let g = f.sub(&Series::constant(f0, order));
    let c1 = g.coeff(1)?.clone();
    if c1.inv().is_none() {
        return Err(Error::input(crate::msg!(Input::Outer, ": the u coefficient of outer(u) is {c1}, which is not a unit of the ring (outer must be invertible at 0: a single nonzero term)")));
    }
    let h = t.sub(&Series::constant(t0, order));
    let p = g.revert()?.compose(&h)?;
    Ok(p.truncate(order))
}

/// The `derive --outer EXPR --target EXPR` document: same columns as `derive`.
pub fn outer_document(
    outer_text: &str,
    target_text: &str,
    outer: &Expr,
    target: &Expr,
    order: usize,
    digits: u32,
    exact_only: bool,
) -> Result<Document> {
    let p = inner_series(outer, target, order)?;
    let mut d = Document::new(format!(
        "Inner series p(x) with {outer_text} at u = p(x) equal to {target_text}"
    ));
    let mut fields = vec![
        ("outer", "outer function", Value::from(outer.to_string())),
        ("target", "target", Value::from(target.to_string())),
        (
            "equation",
            "equation",
            Value::from("outer(p(x)) = target(x); p = G⁻¹(target − target(0)), G(u) = outer(u) − outer(0), by series reversion"),
        ),
        ("order", "order", Value::from(order)),
        ("known_to", "known to", Value::from(format!("O(x^{order})"))),
    ];
    if !exact_only {
        fields.push(("digits", "decimal digits", Value::Digits(digits)));
    }
    d.fields(fields);
    d.para("Every coefficient is exact; powers not listed are 0. Decimals are correctly rounded.");
    let mut t = super::derive::coefficient_table(exact_only);
    for (n, c) in p.coeffs().iter().enumerate().skip(1) {
        if c.is_zero() {
            continue;
        }
        let mut row = vec![
            Value::from(n),
            Value::from(format!("p{n}")),
            Value::from(c),
            combined(c),
        ];
        if !exact_only {
            row.push(decimal(c, digits));
        }
        t.push(row);
    }
    d.table(t);
    Ok(d)
}

/// The `derive --model … --target … --solve …` document.
pub fn model_document(
    model: &Expr,
    target: &Expr,
    unknowns: &[String],
    set: &[Assignment],
    digits: u32,
) -> Result<(Document, Matched)> {
    let both = apply(Input::Set, &[model, target], set)?;
    let m = match_model(&both[0], &both[1], unknowns)?;
    let mut d = Document::new("Matching Taylor coefficients at 0, lowest power first");
    let mut fields = vec![
        ("model", "model", Value::from(both[0].to_string())),
        ("target", "target", Value::from(both[1].to_string())),
        ("solve", "solved for", Value::from(unknowns.join(", "))),
    ];
    for a in set {
        fields.push((
            "set",
            "parameter set",
            Value::from(format!("{} = {}", a.name, a.exact()?)),
        ));
    }
    fields.push((
        "arithmetic",
        "arithmetic",
        Value::from("exact series over ℚ[√2, √π^±1, symbols]; decimals correctly rounded"),
    ));
    d.fields(fields);
    let mut t = Table::new(
        "equations",
        &[
            ("power", "power"),
            ("equation", "equation"),
            ("unknown", "unknown"),
            ("exact", "solution"),
            ("combined", "one fraction"),
            ("decimal", "decimal"),
        ],
    );
    for eq in &m.equations {
        let text = format!("{} = 0", eq.equation);
        match &eq.solution {
            Solution::Exact(v) => t.push(vec![
                Value::from(eq.power),
                Value::from(text),
                Value::from(eq.unknown.clone()),
                Value::from(v),
                combined(v),
                decimal(v, digits),
            ]),
            Solution::Roots { wpoly, roots, .. } => {
                if roots.is_empty() {
                    t.push(vec![
                        Value::from(eq.power),
                        Value::from(text.clone()),
                        Value::from(eq.unknown.clone()),
                        Value::from("no real root"),
                        Value::Null,
                        Value::Null,
                    ]);
                }
                for (i, r) in roots.iter().enumerate() {
                    let exact = match &r.exact {
                        Some(e) => e.to_string(),
                        None => format!(
                            "real root {} of the equation{}",
                            i + 1,
                            if r.scale == Sym::one() {
                                String::new()
                            } else {
                                format!(" ({} = {}·w, w a root over ℚ)", eq.unknown, r.scale)
                            }
                        ),
                    };
                    t.push(vec![
                        Value::from(eq.power),
                        Value::from(text.clone()),
                        Value::from(format!("{} (root {})", eq.unknown, i + 1)),
                        Value::from(exact),
                        r.exact.as_ref().map(combined).unwrap_or(Value::Null),
                        Value::dec(r.decimal(wpoly, digits)?),
                    ]);
                }
            }
        }
    }
    d.table(t);
    if !m.open.is_empty() {
        let roots = match &m.equations.last().map(|e| &e.solution) {
            Some(Solution::Roots { roots, .. }) => roots.len(),
            _ => 0,
        };
        let power = m.equations.last().map(|e| e.power).unwrap_or(0);
        d.prose(vec![
            Value::from(format!("Not solved: {}. The ", m.open.join(", "))),
            Value::from(format!("x^{power}")),
            Value::from(" equation is a polynomial with "),
            Value::from(roots),
            Value::from(" real root(s); give a root with --set to continue matching."),
        ]);
    }
    let mut res = vec![];
    match &m.residual {
        Some((power, c)) => {
            res.push((
                "residual_power",
                "model − target starts at",
                Value::from(format!("x^{power}")),
            ));
            res.push(("residual_exact", "its exact coefficient", Value::from(c)));
            if let Some(cf) = combined_form(c) {
                res.push(("residual_combined", "one fraction", Value::from(cf)));
            }
            res.push(("residual_decimal", "decimal", decimal(c, digits)));
        }
        None if m.open.is_empty() => res.push((
            "residual_power",
            "model − target starts at",
            Value::from(format!("past x^{} (0 to O(x^{}))", m.order - 1, m.order)),
        )),
        None => {}
    }
    if !res.is_empty() {
        d.heading(2, "Residual");
        d.fields(res);
    }
    Ok((d, m))
}
