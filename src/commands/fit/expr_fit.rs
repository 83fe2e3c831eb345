//! `fit --model EXPR --target EXPR --params a=0.04,b=0 --range L:R
//! [--criterion grid|l2|minimax] [--points N] [--weight EXPR]`: k free
//! parameters of any expression model (numeric::model::{fit, l2}), with exact
//! derivatives.
//!
//! Each fit runs at two precisions (b and b + 32 bits, b from `--digits`);
//! a parameter (and a minimax fit's alternation points and the error there)
//! is printed with the digits on which both agree. A minimax
//! result is then certified: max |e| at the fitted parameters is enclosed by
//! branch and bound, and the fit's maximum must lie inside.

use super::FitOptions;
use crate::commands::bound::{parse_range, parse_set};
use crate::error::Input;
use crate::error::{Error, Result};
use crate::expr::parse_in;
use crate::numeric::bits_for_digits;
use crate::numeric::decimal::round_rational;
use crate::numeric::interval::outward::float_directed;
use crate::numeric::model::bound::max_error;
use crate::numeric::model::Model;
use crate::report::{Document, Table, Value};
use rug::{Float, Rational};

mod run;
use run::{run_at, weight_of};

/// The model names `fit` knows as shorthands.
pub const FAMILIES: &[&str] = &["tanh", "sigmoid", "tanh-free"];

/// The digits of `a` and `b` that agree (correctly rounded, at most `max`).
fn stable(a: &Float, b: &Float, max: u32) -> Option<String> {
    let (qa, qb) = (a.to_rational()?, b.to_rational()?);
    (1..=max).rev().find_map(|d| {
        let x = round_rational(&qa, d);
        (x == round_rational(&qb, d)).then(|| x.to_string_g())
    })
}

/// Runs an expression fit and builds its document.
pub fn run_expr(a: &FitOptions) -> Result<Document> {
    let approx = parse_in(Input::Model, &a.model)?;
    if !approx.has_x() {
        return Err(Error::input(crate::msg!(
            Input::Model,
            " must be tanh, sigmoid, tanh-free or an expression in x (got ",
            format!("{:?}", a.model),
            ")"
        )));
    }
    let t = a.target.trim();
    if ["erf", "gelu", "phi"].contains(&t.to_ascii_lowercase().as_str()) {
        return Err(Error::input(crate::msg!(
            Input::Target,
            " must be an expression in x with an expression ",
            Input::Model,
            ", e.g. 'gelu(x)' (got {t:?})"
        )));
    }
    let target = parse_in(Input::Target, t)?;
    let (names, p0) = parse_set(
        Input::Params,
        a.params.as_deref().ok_or_else(|| {
            Error::input(crate::msg!(
                Input::Params,
                " is required with an expression ",
                Input::Model,
                ": the start values, e.g. ",
                Input::Params,
                " a=0.04,b=0"
            ))
        })?,
    )?;
    let model = Model::new(approx, target, names).map_err(|e| {
        Error::input(crate::msg!(
            Input::Model,
            "/",
            Input::Params,
            ": ",
            e.message()
        ))
    })?;
    if a.step.is_some() || a.float64 {
        return Err(Error::input(crate::msg!(
            Input::Step,
            " and ",
            Input::Float64,
            " apply to ",
            Input::Model,
            " tanh|sigmoid|tanh-free (use ",
            Input::Points,
            ")"
        )));
    }
    let need = || {
        Error::input(crate::msg!(
            Input::Range,
            " L:R (finite) is required with an expression ",
            Input::Model
        ))
    };
    let range = parse_range(a.range.as_deref().ok_or_else(need)?)?.ok_or_else(need)?;
    let digits = a.out.digits;
    let b1 = bits_for_digits(digits, 64).max(128);
    let weight = weight_of(a, &range)?;
    let run1 = run_at(a, &model, weight.as_ref(), &p0, &range, b1)?;
    let run2 = run_at(a, &model, weight.as_ref(), &p0, &range, b1 + 32)?;
    let (fit1, fit2) = (&run1.fit, &run2.fit);
    let mut fields: Vec<(String, String, Value)> = vec![
        (
            "model".into(),
            "model".into(),
            Value::from(model.approx.to_string()),
        ),
        (
            "target".into(),
            "target".into(),
            Value::from(model.target.to_string()),
        ),
        (
            "criterion".into(),
            "criterion".into(),
            Value::from(a.criterion.trim().to_ascii_lowercase()),
        ),
        (
            "range".into(),
            "range".into(),
            Value::from(format!("[{}, {}]", range.0, range.1)),
        ),
    ];
    for (i, n) in model.params.iter().enumerate() {
        let v = stable(&fit1.params[i], &fit2.params[i], digits)
            .map(Value::dec)
            .unwrap_or(Value::Null);
        fields.push((n.clone(), n.clone(), v));
    }
    let objective = stable(&fit1.objective, &fit2.objective, digits)
        .map(Value::dec)
        .unwrap_or(Value::Null);
    let minimax = !fit1.alternation.is_empty();
    let label = match (minimax, &run1.l2, weight.is_some()) {
        (true, _, _) => "max |e(x)| over the range",
        (_, Some(_), false) => "∫ e(x)² dx over the range",
        (_, Some(_), true) => "∫ w(x)·e(x)² dx over the range",
        (_, None, false) => "mean square error on the grid",
        (_, None, true) => "weighted mean square error (1/N)·Σ w·e² on the grid",
    };
    fields.push(("objective".into(), label.into(), objective));
    if let Some((est, pieces, nodes)) = &run1.l2 {
        fields.push((
            "quadrature".into(),
            "quadrature".into(),
            Value::from(format!(
                "Gauss–Legendre, {nodes} nodes on each of {pieces} pieces; |I_n − I_n′| = {} (n′ = {})",
                float_directed(est, 3, true),
                nodes * 5 / 4 + 4
            )),
        ));
    }
    if let Some(w) = &a.weight {
        fields.push((
            "weight".into(),
            "weight w(x)".into(),
            Value::from(w.trim().to_string()),
        ));
    }
    fields.push((
        "iterations".into(),
        "iterations".into(),
        Value::from(fit1.iterations),
    ));
    let mut d = Document::new(format!("{} fit of an expression model", a.criterion.trim()));
    let mut t = None;
    if minimax {
        let exact: Vec<Rational> = fit1
            .params
            .iter()
            .map(|p| p.to_rational().unwrap_or_default())
            .collect();
        let f = model.at(b1, &exact, false)?;
        let tol = Rational::from((1, 1_000_000_000_000u64));
        let cb = max_error(
            &f,
            &(Some(range.0.clone()), Some(range.1.clone())),
            &tol,
            400_000,
        )?;
        let inside = cb.lo <= fit1.objective && fit1.objective <= cb.hi;
        if !inside {
            return Err(Error::Verification(format!(
                "the minimax fit's maximum {} is outside the certified enclosure [{}, {}]",
                float_directed(&fit1.objective, 12, false),
                float_directed(&cb.lo, 12, false),
                float_directed(&cb.hi, 12, true)
            )));
        }
        fields.push((
            "certified".into(),
            "certified max |e| at these parameters".into(),
            Value::from(format!(
                "[{}, {}]",
                float_directed(&cb.lo, 17, false),
                float_directed(&cb.hi, 17, true)
            )),
        ));
        let mut tb = Table::new("alternation", &[("x", "x"), ("e", "e(x)")])
            .titled("Alternation points (equal heights, alternating signs)");
        // each point and height to the digits the two precisions agree on,
        // as the parameters (typed: text shows them as it shows those)
        let agreed = |a: &Float, b: Option<&Float>| {
            b.and_then(|b| stable(a, b, digits))
                .map(Value::dec)
                .unwrap_or(Value::Null)
        };
        for (i, (x, e)) in fit1.alternation.iter().enumerate() {
            let other = fit2.alternation.get(i);
            tb.push(vec![
                agreed(x, other.map(|o| &o.0)),
                agreed(e, other.map(|o| &o.1)),
            ]);
        }
        t = Some(tb);
    }
    d.fields(
        fields
            .iter()
            .map(|(k, l, v)| (k.as_str(), l.as_str(), v.clone()))
            .collect(),
    );
    if let Some(tb) = t {
        d.table(tb);
    }
    Ok(d)
}
