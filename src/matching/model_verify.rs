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
//!    interval arithmetic, within 2|c_next/c_v|·x^(next − v) at the smallest x
//!    ([`super::model_ratio`]).
//!
//! A polynomial equation with several real roots does not stop step 3: the
//! root the matching implies is taken ([`super::model_roots`]).
//!
//! ```
//! use taylormatch::expr::parse;
//! use taylormatch::matching::model_verify::verify_model;
//! let model = parse("tanh(c1*x + c3*x^3)").unwrap();
//! let target = parse("erf(x/sqrt(2))").unwrap();
//! let steps = verify_model(&model, &target, &[], 12).unwrap();
//! assert_eq!(steps.len(), 5);
//! assert!(steps.iter().all(|s| s.holds));
//! ```

use super::model::match_model;
use super::model_roots::resolve;
use super::verify::Step;

mod steps;
use crate::coeff::Sym;
use crate::error::Input;
use crate::error::{Error, Result};
use crate::expr::assign::{apply, Assignment};
use crate::expr::{expand, Expr};
use steps::{step_lowest, step_matching, step_parity, step_residual};

/// The order to which parity, leading terms and the residual are read.
pub const ORDER: usize = 12;

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
        return Err(Error::input(crate::msg!(
            Input::Target,
            ": its parameters must be given values with ",
            Input::Set
        )));
    }
    let unknowns = model.params();
    let given: Vec<(String, Sym)> = set
        .iter()
        .map(|a| Ok((a.name.clone(), a.exact()?)))
        .collect::<Result<_>>()?;
    let target_c = apply(Input::Set, &[target], &set_for(set, target))?.remove(0);
    // step 3 first: every parameter solved symbolically
    let matched = match_model(model, &target_c, &unknowns)?;
    let (matched, choices) = resolve(model, &target_c, &unknowns, &given, matched)?;
    if let Some(u) = matched
        .open
        .iter()
        .find(|u| !given.iter().any(|g| &g.0 == *u))
    {
        return Err(Error::input(format!(
            "the model's parameter {u} is left open by the matching (an earlier given value is not a root of its equation); derive lists the roots"
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
    steps.push(step_matching(&matched, &choices, &given, digits));
    let diff = mc.sub(&t);
    steps.push(step_residual(&matched, &diff, digits));
    steps.push(super::model_ratio::step_numeric(
        &model_c, &target_c, &diff, digits,
    )?);
    Ok(steps)
}

fn set_for(set: &[Assignment], e: &Expr) -> Vec<Assignment> {
    let ps = e.params();
    set.iter()
        .filter(|a| ps.contains(&a.name))
        .cloned()
        .collect()
}
