//! The candidate constants `compare` puts on every metric: for each model the
//! series-matched constant and the published one (fixed), then the constant of
//! each fit of the standard set (grid, l2, minimax to erf and to GELU), each a
//! decimal for the table and a value at any working precision.

use crate::coeff::{parse_exact, Coeff, Sym};
use crate::error::Result;
use crate::functions::{analytic_a, matched_k};
use crate::numeric::convert::q_to_rug;
use crate::numeric::fit::fit_set::{FitSet, CRITERIA, MODELS, TARGETS};
use crate::numeric::fit::Criterion;
use crate::numeric::model::Family;
use crate::numeric::Enclose;
use rug::Float;

/// A candidate constant: its model, name, definition, decimal and value at any precision.
pub struct Candidate {
    pub model: Family,
    pub name: String,
    pub value: String,
    pub at: Box<dyn Fn(u32) -> Vec<Float> + Sync>,
}

fn exact(model: Family, name: &str, sym: Sym, digits: u32) -> Candidate {
    let value = sym.decimal(digits).unwrap_or_default();
    Candidate {
        model,
        name: format!("{name} = {sym}"),
        value,
        at: Box::new(move |b| {
            vec![sym
                .enclose(b)
                .map(|i| i.mid())
                .unwrap_or_else(|| Float::new(b))]
        }),
    }
}

fn decimal(model: Family, name: &str, text: &str, digits: u32) -> Candidate {
    let q = parse_exact(text)
        .ok()
        .and_then(|s| s.as_q())
        .map(|q| q_to_rug(&q))
        .unwrap_or_default();
    let value = crate::numeric::decimal::rational_to_string(&q, digits);
    Candidate {
        model,
        name: format!("{name} = {text}"),
        value,
        at: Box::new(move |b| vec![Float::with_val(b, &q)]),
    }
}

/// The candidates of `model` that no fit decides: series-matched and published.
pub fn fixed_candidates(model: Family, digits: u32) -> Vec<Candidate> {
    match model {
        Family::Tanh => vec![
            exact(
                Family::Tanh,
                "analytic (x³ matching) a",
                analytic_a(),
                digits,
            ),
            decimal(Family::Tanh, "paper a", "0.044715", digits),
        ],
        Family::Sigmoid => vec![
            exact(Family::Sigmoid, "x¹-matched k", matched_k(), digits),
            decimal(Family::Sigmoid, "QuickGELU k", "1.702", digits),
        ],
        Family::TanhFree => vec![],
    }
}

/// The candidates of `model` that are fits: each constant of the standard set `fits`.
pub fn fitted_candidates(fits: &FitSet, model: Family) -> Result<Vec<Candidate>> {
    let mut out = Vec::new();
    for crit in CRITERIA {
        for target in TARGETS {
            let r = fits.get(model, crit, target)?;
            let where_ = if crit == Criterion::Grid {
                "published grid"
            } else {
                "ℝ"
            };
            let p = r.params[0].clone();
            out.push(Candidate {
                model,
                name: format!(
                    "{} {} fit to {} on {where_}",
                    model.param_names()[0],
                    crit.name(),
                    target.name()
                ),
                value: r.param_decimal(0),
                at: Box::new(move |b| vec![Float::with_val(b, &p)]),
            });
        }
    }
    Ok(out)
}

/// The candidates: for each model, series-matched, published, then each fitted constant of `fits`.
pub fn candidates(fits: &FitSet) -> Result<Vec<Candidate>> {
    let mut out = Vec::new();
    for model in MODELS {
        out.extend(fixed_candidates(model, fits.digits));
        out.extend(fitted_candidates(fits, model)?);
    }
    Ok(out)
}
