//! Matching a model with unknowns to a target at x = 0, lowest power first.
//!
//! d(x) = model − target is expanded exactly with the unknowns as free
//! symbols. Its coefficients are taken in order of the power: one that still
//! contains unsolved unknowns must contain exactly one (the next unknown);
//! linear in it, it is solved exactly (u = −c₀/c₁, c₁ a unit of the ring);
//! a polynomial gives its exact polynomial and certified real roots
//! ([`super::roots`]). The first coefficient free of unknowns and nonzero,
//! after every unknown is solved, is where the residual starts.
//!
//! ```
//! use taylormatch::expr::parse;
//! use taylormatch::matching::model::match_model;
//! let model = parse("tanh(c1*x + c3*x^3)").unwrap();
//! let target = parse("erf(x/sqrt(2))").unwrap();
//! let m = match_model(&model, &target, &["c1".into(), "c3".into()]).unwrap();
//! // c1 from the x¹ equation, c3 from the x³ one; the difference starts at x⁵
//! assert_eq!(m.values[0].1, taylormatch::coeff::Sym::sqrt_2_over_pi());
//! assert_eq!(m.residual.as_ref().map(|r| r.0), Some(5));
//! ```

use super::roots::{refine, Isolated, Poly};

mod equation;
use crate::coeff::{Coeff, Sym, Q};
use crate::error::Input;
use crate::error::{Error, Result};
use crate::expr::{expand, Expr};
use crate::numeric::decimal::certified_decimal;
use crate::numeric::interval::Interval;
use crate::numeric::Enclose;
use equation::solve_one;

/// One real root u = scale·w of a polynomial equation, w a root of a
/// polynomial over ℚ isolated in (lo, hi].
#[derive(Debug, Clone, PartialEq)]
pub struct RealRoot {
    pub scale: Sym,
    pub w: Isolated,
    /// The root exactly, when it is in the ring.
    pub exact: Option<Sym>,
}

impl RealRoot {
    /// The root to `digits` correctly rounded digits.
    pub fn decimal(&self, wpoly: &[Q], digits: u32) -> Result<String> {
        if let Some(e) = &self.exact {
            return e
                .decimal(digits)
                .ok_or_else(|| Error::input("root: no decimal"));
        }
        let s = self.scale.clone();
        certified_decimal(digits, false, |bits| {
            let r = refine(wpoly, &self.w, bits + 8);
            let w = Interval {
                lo: Interval::from_rational(bits, &crate::coeff::gmp::q_to_rug(&r.lo)).lo,
                hi: Interval::from_rational(bits, &crate::coeff::gmp::q_to_rug(&r.hi)).hi,
            };
            let sc = s
                .enclose(bits)
                .unwrap_or_else(|| Interval::from_rational(bits, &rug::Rational::new()));
            w.mul(&sc)
        })
    }
}

/// How an equation was solved.
#[derive(Debug, Clone, PartialEq)]
pub enum Solution {
    /// Linear in the unknown: the exact solution.
    Exact(Sym),
    /// A polynomial of degree ≥ 2 in the unknown u = scale·w: its coefficients
    /// in u (index = power), the polynomial in w over ℚ, and the real roots.
    Roots {
        poly: Vec<Sym>,
        wpoly: Poly,
        roots: Vec<RealRoot>,
    },
}

/// The xᵐ equation, in the one unknown it determines.
#[derive(Debug, Clone, PartialEq)]
pub struct Equation {
    pub power: usize,
    pub unknown: String,
    /// The coefficient of xᵐ in model − target with earlier solutions substituted (= 0).
    pub equation: Sym,
    pub solution: Solution,
}

/// The result of matching.
#[derive(Debug, Clone, PartialEq)]
pub struct Matched {
    pub equations: Vec<Equation>,
    /// Exact values of the solved unknowns, in the order solved.
    pub values: Vec<(String, Sym)>,
    /// Unknowns left open (a polynomial equation with several roots stops the chain).
    pub open: Vec<String>,
    /// (power, exact coefficient) where model − target starts after matching;
    /// `None` when it is 0 to O(x^order).
    pub residual: Option<(usize, Sym)>,
    /// The order to which the difference was expanded.
    pub order: usize,
}

/// Largest order the matching expands to.
pub const MAX_MATCH_ORDER: usize = 40;

/// Matches `model` to `target` for `unknowns` (every other parameter must
/// already be given a value). See the module docs.
pub fn match_model(model: &Expr, target: &Expr, unknowns: &[String]) -> Result<Matched> {
    let diff = model.clone() - target.clone();
    for p in diff.params() {
        if !unknowns.contains(&p) {
            return Err(Error::input(crate::msg!(
                Input::Solve,
                ": the parameter {p} is neither solved for (",
                Input::Solve,
                ") nor given a value (",
                Input::Set,
                ")"
            )));
        }
    }
    for u in unknowns {
        if !diff.params().contains(u) {
            return Err(Error::input(crate::msg!(
                Input::Solve,
                ": {u} does not occur in ",
                Input::Model,
                " or ",
                Input::Target
            )));
        }
    }
    let mut order = (2 * unknowns.len() + 4).max(8);
    loop {
        let d = expand(&diff, order)?;
        if let Some(m) = scan(&d.into_coeffs(), unknowns, order)? {
            return Ok(m);
        }
        if order >= MAX_MATCH_ORDER {
            return Err(Error::input(crate::msg!(
                Input::Solve,
                ": up to O(x^{order}) no equation determines ",
                unknowns.join(", ").to_string()
            )));
        }
        order = (order * 2).min(MAX_MATCH_ORDER);
    }
}

/// Solves along the coefficients; `None` when more coefficients are needed.
fn scan(d: &[Sym], unknowns: &[String], order: usize) -> Result<Option<Matched>> {
    let mut m = Matched {
        equations: vec![],
        values: vec![],
        open: vec![],
        residual: None,
        order,
    };
    for (power, c) in d.iter().enumerate() {
        let mut eq = c.clone();
        for (u, v) in &m.values {
            eq = eq.subst(u, v);
        }
        if eq.is_zero() {
            continue;
        }
        let open: Vec<&String> = unknowns
            .iter()
            .filter(|u| !m.values.iter().any(|(s, _)| s == *u) && eq.degree_in(u) > 0)
            .collect();
        match open.len() {
            0 => {
                if m.values.len() < unknowns.len() {
                    let rest: Vec<&str> = unknowns
                        .iter()
                        .filter(|u| !m.values.iter().any(|(s, _)| s == *u))
                        .map(String::as_str)
                        .collect();
                    return Err(Error::input(crate::msg!(Input::Solve, ": the x^{power} coefficient of model − target is {eq}, nonzero and free of ", rest.join(", ").to_string(), ": the model cannot match the target there")));
                }
                m.residual = Some((power, eq));
                return Ok(Some(m));
            }
            1 => {
                let u = open[0].clone();
                let solution = solve_one(&eq, &u, power)?;
                // one exact real root determines u as well as a linear equation does
                let value = match &solution {
                    Solution::Exact(v) => Some(v.clone()),
                    Solution::Roots { roots, .. } if roots.len() == 1 => roots[0].exact.clone(),
                    Solution::Roots { .. } => None,
                };
                let done = value.is_none();
                if let Some(v) = value {
                    m.values.push((u.clone(), v));
                }
                m.equations.push(Equation {
                    power,
                    unknown: u.clone(),
                    equation: eq,
                    solution,
                });
                if done {
                    m.open = unknowns
                        .iter()
                        .filter(|s| !m.values.iter().any(|(v, _)| v == *s))
                        .cloned()
                        .collect();
                    return Ok(Some(m));
                }
            }
            _ => {
                let names: Vec<&str> = open.iter().map(|s| s.as_str()).collect();
                return Err(Error::input(crate::msg!(
                    Input::Solve,
                    ": the x^{power} equation {eq} = 0 involves ",
                    names.join(" and ").to_string(),
                    " at once; matching lowest power first needs one new unknown per equation"
                )));
            }
        }
    }
    if m.values.len() == unknowns.len() && order >= MAX_MATCH_ORDER {
        return Ok(Some(m));
    }
    Ok(None)
}
