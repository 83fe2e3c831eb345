//! `verify --model EXPR --target EXPR [--set …]`: the five steps of the x³
//! argument for any model with constants.
//!
//! 1. parity: the model (its parameters symbolic) has the target's parity;
//! 2. lowest order: model and target start at the same power with the same
//!    coefficient (with the constants used);
//! 3. matching: the parameters solved lowest power first, exactly; each
//!    value given with `--set` must equal its solution;
//! 4. residual order: with the constants substituted into the expressions
//!    (a route independent of step 3's symbolic solve), model − target
//!    starts where step 3 says the residual starts;
//! 5. numeric: d(x)/(c_v·x^v) → 1 at x = 1/10, 1/100, 1/1000 in MPFR
//!    interval arithmetic, within 2|c_next/c_v|·x^(next − v) at the smallest x.

use super::model::{match_model, Matched};
use super::verify::{Step, StepValue};
use crate::coeff::{combined_form, superscript, Coeff, Sym};
use crate::error::{Error, Result};
use crate::expr::assign::{apply, Assignment};
use crate::expr::{expand, Expr};
use crate::numeric::decimal::certified_decimal;
use crate::numeric::interval::Interval;
use crate::numeric::model::eval::Compiled;
use crate::numeric::model::ifuncs_eval::IntervalDomain;
use crate::numeric::Enclose;
use crate::series::Series;
use rug::{Float, Rational};

/// The order to which parity, leading terms and the residual are read.
const ORDER: usize = 12;

fn val(key: &str, label: &str, v: &Sym, digits: u32) -> StepValue {
    StepValue {
        key: key.into(),
        label: label.into(),
        exact: v.to_string(),
        decimal: v.decimal(digits),
    }
}

fn text(key: &str, label: &str, exact: impl Into<String>) -> StepValue {
    StepValue {
        key: key.into(),
        label: label.into(),
        exact: exact.into(),
        decimal: None,
    }
}

fn parity(s: &Series<Sym>) -> &'static str {
    match (s.is_odd(), s.is_even()) {
        (true, true) => "zero",
        (true, false) => "odd",
        (false, true) => "even",
        _ => "neither",
    }
}

/// The five steps; `set` gives values to some or all of the model's parameters.
pub fn verify_model(
    model: &Expr,
    target: &Expr,
    set: &[Assignment],
    digits: u32,
) -> Result<Vec<Step>> {
    if target
        .params()
        .iter()
        .any(|p| !set.iter().any(|a| &a.name == p))
    {
        return Err(Error::input(
            "--target: its parameters must be given values with --set",
        ));
    }
    let unknowns = model.params();
    let given: Vec<(String, Sym)> = set
        .iter()
        .map(|a| Ok((a.name.clone(), a.exact()?)))
        .collect::<Result<_>>()?;
    let target_c = apply("--set", &[target], &set_for(set, target))?.remove(0);
    // step 3 first: every parameter solved symbolically
    let matched = match_model(model, &target_c, &unknowns)?;
    if !matched.open.is_empty() {
        return Err(Error::input(format!(
            "--model: {} is not determined exactly (a polynomial equation with several real roots); `derive --model` lists them",
            matched.open.join(", ")
        )));
    }
    let values: Vec<(String, Sym)> = unknowns
        .iter()
        .map(|u| {
            let v = given
                .iter()
                .find(|g| &g.0 == u)
                .or_else(|| matched.values.iter().find(|s| &s.0 == u));
            (u.clone(), v.map(|v| v.1.clone()).unwrap_or_default())
        })
        .collect();
    let model_c = values.iter().fold(model.clone(), |e, (u, v)| {
        e.subst(u, &crate::expr::assign::sym_expr(v))
    });
    let t = expand(&target_c, ORDER)?;
    let m_sym = expand(model, ORDER)?;
    let mc = expand(&model_c, ORDER)?;
    let mut steps = vec![step_parity(&m_sym, &t)];
    steps.push(step_lowest(&mc, &t, digits)?);
    steps.push(step_matching(&matched, &given, digits));
    let diff = mc.sub(&t);
    steps.push(step_residual(&matched, &diff, digits));
    steps.push(step_numeric(&model_c, &target_c, &diff, digits)?);
    Ok(steps)
}

fn set_for(set: &[Assignment], e: &Expr) -> Vec<Assignment> {
    let ps = e.params();
    set.iter()
        .filter(|a| ps.contains(&a.name))
        .cloned()
        .collect()
}

fn step_parity(model: &Series<Sym>, target: &Series<Sym>) -> Step {
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

fn step_lowest(model: &Series<Sym>, target: &Series<Sym>, digits: u32) -> Result<Step> {
    let v = target.valuation();
    if v >= ORDER {
        return Err(Error::input(format!("--target is 0 to O(x^{ORDER})")));
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

fn step_matching(m: &Matched, given: &[(String, Sym)], digits: u32) -> Step {
    let mut values = Vec::new();
    let mut holds = true;
    for eq in &m.equations {
        let sup = superscript(eq.power as i64);
        values.push(text(
            &format!("equation_x{}", eq.power),
            &format!("x{sup} equation"),
            format!("{} = 0", eq.equation),
        ));
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
    let names: Vec<&str> = m.values.iter().map(|v| v.0.as_str()).collect();
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

fn step_residual(m: &Matched, diff: &Series<Sym>, digits: u32) -> Step {
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

fn step_numeric(model: &Expr, target: &Expr, diff: &Series<Sym>, digits: u32) -> Result<Step> {
    let v = diff.valuation();
    let title = "Numeric check: the difference over its leading term tends to 1".to_string();
    if v >= ORDER {
        return Ok(Step {
            number: 5,
            title,
            explanation: format!(
                "The difference is 0 to O(x^{ORDER}): there is no leading term to compare with."
            ),
            values: vec![],
            holds: true,
        });
    }
    let lead = diff.coeff(v)?.clone();
    let next = (v + 1..ORDER).find(|&k| !diff.coeffs()[k].is_zero());
    let d = Compiled::new(&(model.clone() - target.clone()), &[])?;
    let ratio = |x: &Rational, bits: u32| -> Option<Interval> {
        let dom = IntervalDomain {
            bits,
            x: Interval::from_rational(bits, x),
            params: vec![],
        };
        let num = d.eval(&dom).ok()?;
        let mut xv = Rational::from(1);
        for _ in 0..v {
            xv *= x;
        }
        num.div(&lead.enclose(bits)?.mul(&Interval::from_rational(bits, &xv)))
    };
    let wide = |bits: u32| Interval {
        lo: Float::with_val(bits, -1e9),
        hi: Float::with_val(bits, 1e9),
    };
    let mut values = Vec::new();
    let mut prev: Option<Float> = None;
    let (mut shrinking, mut within) = (true, false);
    for den in [10u32, 100, 1000] {
        let x = Rational::from((1, den));
        let r = certified_decimal(digits, false, |b| ratio(&x, b).unwrap_or_else(|| wide(b)))
            .map_err(|_| {
                Error::input(format!(
                    "verify: cannot enclose model − target at x = 1/{den}"
                ))
            })?;
        let dev = ratio(&x, 256)
            .map(|i| i.sub(&Interval::from_rational(256, &Rational::from(1))))
            .ok_or_else(|| {
                Error::input(format!(
                    "verify: cannot enclose model − target at x = 1/{den}"
                ))
            })?;
        let dev_abs = {
            let (a, b) = (
                Float::with_val(256, dev.lo.abs_ref()),
                Float::with_val(256, dev.hi.abs_ref()),
            );
            if a > b {
                a
            } else {
                b
            }
        };
        if let Some(p) = &prev {
            shrinking &= dev_abs < *p;
        }
        prev = Some(dev_abs.clone());
        let tol = next.and_then(|k| {
            let q = diff.coeffs()[k].enclose(256)?.div(&lead.enclose(256)?)?;
            let mut xe = Rational::from(1);
            for _ in 0..(k - v) {
                xe *= &x;
            }
            let hi =
                Float::with_val(256, q.lo.abs_ref()).max(&Float::with_val(256, q.hi.abs_ref()));
            Some(hi * Float::with_val(256, &xe) * 2u32)
        });
        within = tol.as_ref().map(|t| dev_abs <= *t).unwrap_or(true);
        values.push(StepValue {
            key: format!("ratio_x_1_{den}"),
            label: format!("x = 1/{den}: d(x)/(c·x{})", superscript(v as i64)),
            exact: "certified".into(),
            decimal: Some(r),
        });
        values.push(StepValue {
            key: format!("deviation_x_1_{den}"),
            label: format!("x = 1/{den}: |ratio − 1|"),
            exact: match &tol {
                Some(t) if dev_abs <= *t => "within 2|c_next/c|·x^(next − v)".into(),
                Some(_) => "outside 2|c_next/c|·x^(next − v)".into(),
                None => "no next term to O(x^12)".into(),
            },
            decimal: Some(crate::numeric::outward::float_directed(&dev_abs, 3, true)),
        });
    }
    Ok(Step {
        number: 5,
        title,
        explanation: format!(
            "MPFR interval arithmetic (directed rounding) encloses d(x) = model − target and c·x^{v} (c its exact leading coefficient); the precision is raised until the ratio's {digits} digits are certified. It holds when |ratio − 1| shrinks from each x to the next and, at the smallest x, is at most twice the size of the next term."
        ),
        values,
        holds: shrinking && within,
    })
}
