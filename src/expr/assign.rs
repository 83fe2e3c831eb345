//! `--set a=0.044715,k=1.702`: values for an expression's parameters.
//!
//! Each value is read by the one expression parser and must be a constant
//! (no x, no parameters): `0.044715` is 44715/10⁶ exactly, `2*sqrt(2/pi)`
//! is 2√(2/π). The value replaces the parameter in the tree, so the series
//! is computed with the value, not substituted afterwards.
//!
//! ```
//! use taylormatch::error::Input;
//! use taylormatch::expr::assign::{apply, parse_assignments};
//! use taylormatch::expr::{expand, parse};
//! let set = parse_assignments(Input::Set, "k=1.702").unwrap();
//! let e = apply(Input::Set, &[&parse("x*sigmoid(k*x)").unwrap()], &set).unwrap().remove(0);
//! // x·σ(kx) = x/2 + (k/4)x² + …, with k = 1.702 taken exactly: 1.702/4 = 851/2000
//! assert_eq!(expand(&e, 3).unwrap().coeff(2).unwrap().to_string(), "851/2000");
//! ```

use super::{parse_in, Expr};
use crate::coeff::Sym;
use crate::error::{Error, Message, Result};

/// One assignment `name=value`.
#[derive(Debug, Clone, PartialEq)]
pub struct Assignment {
    pub name: String,
    pub value: Expr,
}

impl Assignment {
    /// The exact value (the constant term of its series).
    pub fn exact(&self) -> Result<Sym> {
        let s = super::expand(&self.value, 1)?;
        Ok(s.coeff(0)?.clone())
    }
}

/// Parses `--set` (`flag` names the flag in errors): comma-separated
/// `name=value` with distinct parameter names and constant values.
pub fn parse_assignments(flag: impl Into<Message> + Copy, text: &str) -> Result<Vec<Assignment>> {
    let mut out: Vec<Assignment> = Vec::new();
    for item in text.split(',') {
        let (name, value) = item.split_once('=').ok_or_else(|| {
            Error::input(crate::msg!(flag, " takes name=value pairs separated by commas, e.g. a=0.044715,k=1.702 (got {item:?})"))
        })?;
        let name = name.trim();
        let ok_name = name.chars().next().is_some_and(char::is_alphabetic)
            && name.chars().all(|c| c.is_alphanumeric() || c == '_');
        if !ok_name || name == "x" || name == "pi" || name == "π" {
            return Err(Error::input(crate::msg!(flag, ": {name:?} is not a parameter name (a letter, then letters, digits or _; not x or pi)")));
        }
        if out.iter().any(|a| a.name == name) {
            return Err(Error::input(crate::msg!(flag, ": {name} is given twice")));
        }
        let value = parse_in(&crate::msg!(flag, " {name}"), value)?;
        if value.has_x() || !value.params().is_empty() {
            return Err(Error::input(crate::msg!(
                flag,
                " {name}: the value must be a constant (no x, no parameters), got {value}"
            )));
        }
        let a = Assignment {
            name: name.to_string(),
            value,
        };
        a.exact()
            .map_err(|e| Error::input(crate::msg!(flag, " {name}: ", e.message())))?;
        out.push(a);
    }
    Ok(out)
}

/// `e` with every assigned parameter replaced by its value; refuses a name
/// that occurs in none of `exprs`.
pub fn apply(
    flag: impl Into<Message> + Copy,
    exprs: &[&Expr],
    set: &[Assignment],
) -> Result<Vec<Expr>> {
    for a in set {
        if !exprs.iter().any(|e| e.params().contains(&a.name)) {
            return Err(Error::input(crate::msg!(
                flag,
                ": the parameter ",
                a.name.to_string(),
                " does not occur in the expression"
            )));
        }
    }
    Ok(exprs
        .iter()
        .map(|e| {
            set.iter()
                .fold((*e).clone(), |acc, a| acc.subst(&a.name, &a.value))
        })
        .collect())
}

/// An exact value as an expression: Σ q·√2^e·π^(h/2)·Π vᵢ^kᵢ.
pub fn sym_expr(v: &Sym) -> Expr {
    use crate::coeff::Q;
    let mut sum: Option<Expr> = None;
    for (m, q) in v.terms() {
        let mut t = Expr::Num(q.clone());
        if m.sqrt2 {
            t = t * Expr::pow(
                Expr::Num(Q::from_integer(2.into())),
                Q::new(1.into(), 2.into()),
            );
        }
        if m.pi_half != 0 {
            t = t * Expr::pow(Expr::Pi, Q::new(m.pi_half.into(), 2.into()));
        }
        for (name, k) in &m.vars {
            t = t * Expr::pow(Expr::Param(name.clone()), Q::from_integer((*k).into()));
        }
        sum = Some(match sum {
            None => t,
            Some(s) => s + t,
        });
    }
    sum.unwrap_or_else(|| Expr::Num(Q::from_integer(0.into())))
}
