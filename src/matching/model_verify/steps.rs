//! Steps 1–4 of `verify --model` (the numeric step 5 is
//! [`super::super::model_ratio`]): parity, the lowest order, the matching
//! (each `--set` value against its exact solution; a polynomial equation's
//! roots listed with the one the matching implies) and the residual order.

use super::super::model::Matched;
use super::super::model_roots::RootChoice;
use super::super::verify::{text, val, Step};
use super::ORDER;
use crate::coeff::{combined_form, superscript, Coeff, Sym};
use crate::error::Input;
use crate::error::{Error, Result};
use crate::numeric::Enclose;
use crate::series::Series;

fn parity(s: &Series<Sym>) -> &'static str {
    match (s.is_odd(), s.is_even()) {
        (true, true) => "zero",
        (true, false) => "odd",
        (false, true) => "even",
        _ => "neither",
    }
}

pub(super) fn step_parity(model: &Series<Sym>, target: &Series<Sym>) -> Step {
    let (pm, pt) = (parity(model), parity(target));
    let holds = pt == "neither" || pm == pt || pm == "zero";
    Step {
        number: 1,
        title: format!("Parity: the target is {pt}, the model {pm} for every value of its parameters"),
        explanation: format!(
            "Both series exact to O(x^{ORDER}) with the parameters symbolic. When the target has a parity the model must share it (terms of the other parity cannot help the match); a target of neither parity asks nothing."
        ),
        values: vec![
            text("target_parity", "target", pt),
            text("model_parity", "model (parameters symbolic)", pm),
        ],
        holds,
    }
}

pub(super) fn step_lowest(model: &Series<Sym>, target: &Series<Sym>, digits: u32) -> Result<Step> {
    let v = target.valuation();
    if v >= ORDER {
        return Err(Error::input(crate::msg!(
            Input::Target,
            " is 0 to O(x^{ORDER})"
        )));
    }
    let (ct, cm) = (target.coeff(v)?.clone(), model.coeff(v)?.clone());
    let holds = model.valuation() == v && ct == cm;
    let sup = superscript(v as i64);
    Ok(Step {
        number: 2,
        title: format!("Lowest order: model and target both start with the x{sup} term"),
        explanation: format!(
            "The target's first nonzero coefficient is at x{sup}; with the constants used (given or solved), the model must start at the same power with the same coefficient."
        ),
        values: vec![
            val("target_lowest", &format!("target, x{sup} coefficient"), &ct, digits),
            val("model_lowest", &format!("model, x{sup} coefficient"), &cm, digits),
        ],
        holds,
    })
}

pub(super) fn step_matching(
    m: &Matched,
    choices: &[RootChoice],
    given: &[(String, Sym)],
    digits: u32,
) -> Step {
    let mut values = Vec::new();
    let mut holds = true;
    for eq in &m.equations {
        let sup = superscript(eq.power as i64);
        values.push(text(
            &format!("equation_x{}", eq.power),
            &format!("x{sup} equation"),
            format!("{} = 0", eq.equation),
        ));
        if let Some(c) = choices.iter().find(|c| c.power == eq.power) {
            values.push(text(
                &format!("{}_roots", c.unknown),
                &format!("real roots for {}", c.unknown),
                root_list(c, digits),
            ));
            values.push(text(
                &format!("{}_chosen", c.unknown),
                &format!("root used for {}", c.unknown),
                format!("{} ({})", c.chosen, c.reason),
            ));
        }
    }
    for u in &m.open {
        if let Some((_, g)) = given.iter().find(|g| &g.0 == u) {
            values.push(text(
                &format!("{u}_not_a_root"),
                &format!("{u} checked"),
                format!("{g} is not a root of its equation"),
            ));
            holds = false;
        }
    }
    for (u, v) in &m.values {
        values.push(val(
            &format!("{u}_solution"),
            &format!("solution {u}"),
            v,
            digits,
        ));
        if let Some(cf) = combined_form(v) {
            values.push(text(
                &format!("{u}_combined"),
                &format!("solution {u}, one fraction"),
                cf,
            ));
        }
        if let Some((_, g)) = given.iter().find(|g| &g.0 == u) {
            values.push(val(
                &format!("{u}_checked"),
                &format!("{u} checked"),
                g,
                digits,
            ));
            values.push(val(
                &format!("{u}_minus_solution"),
                &format!("{u} − solution"),
                &g.sub(v),
                digits,
            ));
            holds &= g == v;
        }
    }
    let names: Vec<&str> = m
        .values
        .iter()
        .map(|v| v.0.as_str())
        .chain(m.open.iter().map(String::as_str))
        .collect();
    Step {
        number: 3,
        title: if names.is_empty() {
            "Matching: no parameters to solve".into()
        } else {
            format!("Matching Taylor coefficients determines {}", names.join(", "))
        },
        explanation: "With the parameters symbolic, the coefficients of model − target are taken lowest power first; each brings one new parameter, solved exactly. A value given with --set must equal its solution.".into(),
        values,
        holds,
    }
}

pub(super) fn step_residual(m: &Matched, diff: &Series<Sym>, digits: u32) -> Step {
    let v = diff.valuation();
    let predicted = m.residual.as_ref().map(|r| r.0).unwrap_or(m.order);
    let holds = v == predicted.min(ORDER) || (v >= ORDER && predicted >= ORDER);
    let mut values = vec![
        text(
            "leading_power",
            "difference starts at",
            if v < ORDER {
                format!("x{}", superscript(v as i64))
            } else {
                format!("past x{}", superscript(ORDER as i64 - 1))
            },
        ),
        text(
            "predicted_power",
            "matching predicts",
            format!("x{}", superscript(predicted as i64)),
        ),
    ];
    if v < ORDER {
        if let Ok(c) = diff.coeff(v) {
            values.push(val("leading", "leading coefficient", c, digits));
            if let Some(cf) = combined_form(c) {
                values.push(text(
                    "leading_combined",
                    "leading coefficient, one fraction",
                    cf,
                ));
            }
        }
    }
    Step {
        number: 4,
        title: "Residual order: with these constants the difference starts where matching says".into(),
        explanation: format!(
            "The constants are substituted into the expressions and d(x) = model − target is expanded again, exactly to O(x^{ORDER}); its first nonzero power must be the one step 3 predicts."
        ),
        values,
        holds,
    }
}

/// "r₁ (residual from x^p), r₂ (continuation fails), …" for step 3.
fn root_list(c: &RootChoice, digits: u32) -> String {
    c.roots
        .iter()
        .map(|(v, p)| {
            let v_text = v.as_ref().map_or_else(
                || "a root not exact in the ring".to_string(),
                |v| match v.decimal(digits.min(12)) {
                    Some(d) if v.as_q().is_none() => format!("{v} ≈ {d}"),
                    _ => v.to_string(),
                },
            );
            match (v, p) {
                (Some(_), Some(usize::MAX)) => {
                    format!("{v_text} (difference 0 to the order expanded)")
                }
                (Some(_), Some(p)) => {
                    format!("{v_text} (residual from x{})", superscript(*p as i64))
                }
                (Some(_), None) if c.reason.starts_with("the value given") => v_text,
                (Some(_), None) => format!("{v_text} (matching cannot continue)"),
                (None, _) => v_text,
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}
