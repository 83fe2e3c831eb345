//! Continuing a matching past a polynomial equation with several real roots
//! (for `verify --model`): which root the matching implies.
//!
//! At an equation P(u) = 0 with real roots r₁ … r_m:
//! * a value g given with `--set` is used when P(g) = 0 exactly; otherwise
//!   the chain stops there (step 3 then fails: g is not a root);
//! * without one, each root r_i exact in the ring is substituted and the
//!   matching continued for the remaining unknowns; a root whose continuation
//!   fails (an equation it cannot satisfy) is dropped, and of the others the
//!   one whose residual starts at the highest power is taken (the first of
//!   several that tie: every root then gives the same order, all are listed).
//!   Roots that are not in the ring cannot be substituted exactly and are
//!   listed only.
//!
//! ```
//! use taylormatch::expr::parse;
//! use taylormatch::matching::model::match_model;
//! use taylormatch::matching::model_roots::resolve;
//! // c²x + c·x³ against 4x + 2x³: the x¹ equation c² = 4 has the roots ±2;
//! // only c = 2 also matches x³, so the matching implies it
//! let (model, target) = (parse("c^2*x + c*x^3").unwrap(), parse("4*x + 2*x^3").unwrap());
//! let unknowns = vec!["c".to_string()];
//! let m = match_model(&model, &target, &unknowns).unwrap();
//! assert_eq!(m.open, ["c"]);
//! let (_m, choices) = resolve(&model, &target, &unknowns, &[], m).unwrap();
//! assert_eq!(choices[0].chosen.to_string(), "2");
//! ```

use super::model::{match_model, Matched, Solution};
use crate::coeff::{Coeff, Sym};
use crate::error::{Error, Result};
use crate::expr::assign::sym_expr;
use crate::expr::Expr;

/// What was decided at one equation with several roots, for step 3.
#[derive(Debug, Clone)]
pub struct RootChoice {
    pub unknown: String,
    pub power: usize,
    /// Every real root: its exact value when it is in the ring, and the
    /// residual power its continuation reaches (`None`: the continuation fails
    /// or the root is not exact).
    pub roots: Vec<(Option<Sym>, Option<usize>)>,
    /// The value used, and why.
    pub chosen: Sym,
    pub reason: String,
}

fn residual_power(m: &Matched) -> usize {
    m.residual.as_ref().map_or(usize::MAX, |r| r.0)
}

/// P(g) for the coefficients `poly` (index = power).
fn eval_poly(poly: &[Sym], g: &Sym) -> Sym {
    poly.iter()
        .rev()
        .fold(Sym::zero(), |acc, c| Coeff::add(&Coeff::mul(&acc, g), c))
}

/// The matching continued with `u = v` (and every value solved so far) substituted.
fn continue_with(
    model: &Expr,
    target: &Expr,
    unknowns: &[String],
    m: &Matched,
    u: &str,
    v: &Sym,
) -> Result<Matched> {
    let mut values = m.values.clone();
    values.push((u.to_string(), v.clone()));
    let sub = values
        .iter()
        .fold(model.clone(), |e, (n, val)| e.subst(n, &sym_expr(val)));
    let rest: Vec<String> = unknowns
        .iter()
        .filter(|n| !values.iter().any(|(s, _)| s == *n))
        .cloned()
        .collect();
    let mut next = match_model(&sub, target, &rest)?;
    values.append(&mut next.values);
    let mut equations = m.equations.clone();
    equations.append(&mut next.equations);
    Ok(Matched {
        equations,
        values,
        ..next
    })
}

/// Resolves every open unknown of `m` (see the module doc); the choices made.
pub fn resolve(
    model: &Expr,
    target: &Expr,
    unknowns: &[String],
    given: &[(String, Sym)],
    mut m: Matched,
) -> Result<(Matched, Vec<RootChoice>)> {
    let mut choices = Vec::new();
    while !m.open.is_empty() {
        let Some(eq) = m.equations.last().cloned() else {
            break;
        };
        let Solution::Roots { poly, roots, .. } = &eq.solution else {
            break;
        };
        let u = eq.unknown.clone();
        if let Some((_, g)) = given.iter().find(|(n, _)| *n == u) {
            if !eval_poly(poly, g).is_zero() {
                break; // step 3 reports that the given value is not a root
            }
            choices.push(RootChoice {
                unknown: u.clone(),
                power: eq.power,
                roots: roots.iter().map(|r| (r.exact.clone(), None)).collect(),
                chosen: g.clone(),
                reason: "the value given is a root".into(),
            });
            m = continue_with(model, target, unknowns, &m, &u, g)?;
            continue;
        }
        let mut tried = Vec::new();
        let mut best: Option<(usize, Matched, Sym)> = None;
        for r in roots {
            let Some(v) = &r.exact else {
                tried.push((None, None));
                continue;
            };
            match continue_with(model, target, unknowns, &m, &u, v) {
                Ok(c) => {
                    let p = residual_power(&c);
                    tried.push((Some(v.clone()), Some(p)));
                    if best.as_ref().is_none_or(|b| p > b.0) {
                        best = Some((p, c, v.clone()));
                    }
                }
                Err(_) => tried.push((Some(v.clone()), None)),
            }
        }
        let Some((p, c, v)) = best else {
            return Err(Error::input(format!(
                "the model's x^{} equation {} = 0 has {} real roots for {u}, none of them both exact in the ring and continuing the matching; give {u} one of them as a value (derive lists them)",
                eq.power,
                eq.equation,
                roots.len()
            )));
        };
        let ties = tried.iter().filter(|t| t.1 == Some(p)).count();
        let reason = if ties > 1 {
            format!("{ties} roots give the same residual order; the first is used")
        } else if p == usize::MAX {
            "the only root with which model − target vanishes to the order expanded".into()
        } else {
            format!("the root with which the residual starts highest (x^{p})")
        };
        choices.push(RootChoice {
            unknown: u,
            power: eq.power,
            roots: tried,
            chosen: v,
            reason,
        });
        m = c;
    }
    Ok((m, choices))
}
