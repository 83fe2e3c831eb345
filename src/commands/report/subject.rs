//! What the report on an approximation (a catalogue entry, or a model
//! and target given as expressions or a named family) reports on: one model (the one
//! [`numeric::model::Model`](crate::numeric::model::Model)), its given
//! constants and its range.
//!
//! A catalogue entry carries its constants inside the formula; each distinct
//! non-integer literal becomes a parameter c1, c2, … (in reading order) whose
//! given value is the published one, so that matching and fitting can move it.
//!
//! ```
//! use taylormatch::commands::report::subject::from_catalogue;
//! let s = from_catalogue("quick-gelu").unwrap();
//! // QuickGELU x·σ(1.702x): one given constant, 1.702 exactly
//! assert_eq!(s.given, [rug::Rational::from((851, 500))]);
//! ```

use crate::coeff::Q;
use crate::error::{Error, Result};
use crate::expr::Expr;
use crate::numeric::catalogue::{find, ENTRIES};
use crate::numeric::convert::q_to_rug;
use crate::numeric::model::bound::Range;
use crate::numeric::model::{Family, Level, Model};
use rug::Rational;

/// The approximation reported on.
#[derive(Debug, Clone)]
pub struct Subject {
    pub title: String,
    pub model: Model,
    /// The given constants (published, or `--params`), in `model.params` order.
    pub given: Vec<Rational>,
    /// The range of the bounds (ends `None` = ∓∞).
    pub range: Range,
    /// Where the entry comes from (catalogue), or how it was given.
    pub source: String,
}

/// Replaces every non-integer literal by a parameter c1, c2, …, recording its
/// value; equal literals are one parameter (A–S 7.1.26's p appears in each t).
fn parametrise(e: &Expr, found: &mut Vec<(String, Q)>) -> Expr {
    let mut go = |a: &Expr| parametrise(a, found);
    match e {
        Expr::Num(q) if !q.is_integer() => {
            if let Some((n, _)) = found.iter().find(|(_, v)| v == q) {
                return Expr::Param(n.clone());
            }
            let name = format!("c{}", found.len() + 1);
            found.push((name.clone(), q.clone()));
            Expr::Param(name)
        }
        Expr::Num(_) | Expr::Pi | Expr::X | Expr::Param(_) => e.clone(),
        Expr::Neg(a) => Expr::Neg(Box::new(go(a))),
        Expr::Add(a, b) => {
            let a = go(a);
            Expr::Add(Box::new(a), Box::new(parametrise(b, found)))
        }
        Expr::Sub(a, b) => {
            let a = go(a);
            Expr::Sub(Box::new(a), Box::new(parametrise(b, found)))
        }
        Expr::Mul(a, b) => {
            let a = go(a);
            Expr::Mul(Box::new(a), Box::new(parametrise(b, found)))
        }
        Expr::Div(a, b) => {
            let a = go(a);
            Expr::Div(Box::new(a), Box::new(parametrise(b, found)))
        }
        Expr::Pow(a, q) => Expr::Pow(Box::new(go(a)), q.clone()),
        Expr::Call(f, a) => Expr::Call(*f, Box::new(go(a))),
    }
}

/// The subject of `report --approx NAME`: the catalogue entry `name`.
pub fn from_catalogue(name: &str) -> Result<Subject> {
    let e = find(name.trim()).map_err(|_| {
        let names: Vec<&str> = ENTRIES.iter().map(|e| e.name).collect();
        Error::input(format!(
            "must be one of {} (got {name:?})",
            names.join(", ")
        ))
    })?;
    let fixed = e.model()?;
    let mut found = Vec::new();
    let approx = parametrise(&fixed.approx, &mut found);
    let names: Vec<String> = found.iter().map(|(n, _)| n.clone()).collect();
    let model = match fixed.level {
        Some(l) => Model::lifted(approx, names, l),
        None => Model::new(approx, fixed.target.clone(), names)?,
    };
    Ok(Subject {
        title: e.title.into(),
        model,
        given: found.iter().map(|(_, q)| q_to_rug(q)).collect(),
        range: e.study_range(),
        source: format!("catalogue entry {}: {}", e.name, e.source),
    })
}

/// The published constants of a named family, NAME=VALUE,… (the default start of its fits).
pub fn family_defaults(f: Family) -> &'static str {
    match f {
        Family::Tanh => "a=0.044715",
        Family::Sigmoid => "k=1.702",
        Family::TanhFree => "c1=0.7978845608,c3=0.0356774",
    }
}

/// A named family at `level` with its constants `names` = `given` (the names must be the family's, in order).
pub fn family(
    f: Family,
    level: Level,
    names: Vec<String>,
    given: Vec<Rational>,
    range: Range,
) -> Result<Subject> {
    let model = Model::family(f, level);
    if names != model.params {
        return Err(Error::input(format!(
            "must give {} for the model {} (got {})",
            model.params.join(", "),
            f.approximant().0,
            names.join(", ")
        )));
    }
    Ok(Subject {
        title: format!("{} at the {} level", f.approximant().0, level.name()),
        model,
        given,
        range,
        source: "a named family".into(),
    })
}

/// Any approximation `approx` of `target` with constants `names` = `given`.
pub fn expression(
    approx: Expr,
    target: Expr,
    names: Vec<String>,
    given: Vec<Rational>,
    range: Range,
) -> Result<Subject> {
    let model = Model::new(approx, target, names)?;
    let (a, t) = model.pair();
    Ok(Subject {
        title: format!("{a} against {t}"),
        model,
        given,
        range,
        source: "given as expressions".into(),
    })
}

/// The finite interval the fits and figures use: the range, with an infinite end cut at ∓6.
pub fn finite_part(r: &Range) -> (Rational, Rational) {
    let six = Rational::from(6);
    let lo = r.0.clone().unwrap_or_else(|| -six.clone());
    let hi = r.1.clone().unwrap_or(six);
    match (&r.0, &r.1) {
        (Some(a), None) if *a >= 6 => (a.clone(), Rational::from(a + 6u32)),
        (None, Some(b)) if *b <= -6 => (Rational::from(b - 6u32), b.clone()),
        _ => (lo, hi),
    }
}
