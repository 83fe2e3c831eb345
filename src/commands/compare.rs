//! `taylormatch compare`: every candidate constant against every metric,
//! and the published MSE figures recomputed.

mod published;

use super::Output;
use crate::coeff::{parse_exact, Coeff, Sym};
use crate::error::Result;
use crate::functions::{analytic_a, matched_k};
use crate::numeric::convert::q_to_rug;
use crate::numeric::fit::{fit, Criterion, FitSpec, Range};
use crate::numeric::grid::Grid;
use crate::numeric::gridfit::mse_decimal;
use crate::numeric::l2fit::l2_value;
use crate::numeric::minimax::{max_error, max_error_shift};
use crate::numeric::models::{Model, Target};
use crate::numeric::Enclose;
use crate::parallel::map_ranges_min;
use crate::report::{render, Document, Table, Value};
use rug::Float;

/// Largest `--digits` for `compare` (12 fits and 80 metrics at that precision;
/// release, user time: ≈ 9 s at 50 digits, 20 s at 100; 200 took minutes).
pub const MAX_COMPARE_DIGITS: u32 = 100;

/// Options of `compare` (built by the command line from its flags).
#[derive(Debug, Clone)]
pub struct CompareOptions {
    pub out: super::OutputOptions,
}

/// A candidate constant: its model, name, definition, decimal and value at any precision.
pub struct Candidate {
    pub model: Model,
    pub name: String,
    pub value: String,
    pub at: Box<dyn Fn(u32) -> Vec<Float> + Sync>,
}

fn exact(model: Model, name: &str, sym: Sym, digits: u32) -> Candidate {
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

fn decimal(model: Model, name: &str, text: &str, digits: u32) -> Candidate {
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

/// The candidates: series-matched, paper, and each fitted constant.
pub fn candidates(digits: u32) -> Result<Vec<Candidate>> {
    let mut out = vec![
        exact(
            Model::Tanh,
            "analytic (x³ matching) a",
            analytic_a(),
            digits,
        ),
        decimal(Model::Tanh, "paper a", "0.044715", digits),
    ];
    let mut specs = Vec::new();
    for model in [Model::Tanh, Model::Sigmoid] {
        for crit in [Criterion::Grid, Criterion::L2, Criterion::Minimax] {
            for target in [Target::Erf, Target::Gelu] {
                specs.push(FitSpec::new(model, target, crit, digits));
            }
        }
    }
    // the grid erf values once (both targets), then the fits in parallel; `fit` caches them
    let top = crate::numeric::gridfit::grid_bits(digits, 20_000) + 32;
    for target in [Target::Erf, Target::Gelu] {
        crate::numeric::gridfit::grid_samples(
            &crate::numeric::models::Ctx::new(Model::Tanh, target, top),
            &Grid::published(),
        );
    }
    for r in map_ranges_min(specs.len(), 2, |range| {
        range
            .map(|i| fit(&specs[i]).map(|_| ()))
            .collect::<Vec<_>>()
    }) {
        r.into_iter().collect::<Result<Vec<()>>>()?;
    }
    for model in [Model::Tanh, Model::Sigmoid] {
        if model == Model::Sigmoid {
            out.push(exact(Model::Sigmoid, "x¹-matched k", matched_k(), digits));
            out.push(decimal(Model::Sigmoid, "QuickGELU k", "1.702", digits));
        }
        for crit in [Criterion::Grid, Criterion::L2, Criterion::Minimax] {
            for target in [Target::Erf, Target::Gelu] {
                let r = fit(&FitSpec::new(model, target, crit, digits))?;
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
                    value: r.param_decimals[0].clone(),
                    at: Box::new(move |b| vec![Float::with_val(b, &p)]),
                });
            }
        }
    }
    Ok(out)
}

/// max |e| at the erf level and at the Φ level (half of it), stable to `digits`.
fn max_erf_phi(c: &Candidate, digits: u32) -> Result<(String, String)> {
    let (erf, _) = max_error(c.model, Target::Erf, &Range::real_line(), digits, &c.at)?;
    let (phi, _) = max_error_shift(c.model, Target::Erf, &Range::real_line(), digits, 1, &c.at)?;
    Ok((phi, erf))
}

/// The comparison document at `digits` significant digits.
pub fn document(digits: u32) -> Result<Document> {
    let mut d = Document::new("Candidate constants compared");
    d.para(
        "Errors: e = model − erf(x/√2) (erf level), half of it (Φ level), and ½x(1 + model) − GELU(x) (GELU level). \
         MSE is over the published grid x = −10 + i/1000, i = 0…19999 (exact decimals). \
         Every figure is stable between two working precisions.",
    );
    let cands = candidates(digits)?;
    let grid = Grid::published();
    let cols = [
        ("model", "model"),
        ("constant", "constant"),
        ("value", "value"),
        ("mse_gelu", "MSE vs GELU (grid)"),
        ("max_phi", "max |e| Φ (ℝ)"),
        ("max_erf", "max |e| erf (ℝ)"),
        ("max_gelu", "max |e| GELU (ℝ)"),
        ("l2_gelu", "∫₋₁₀¹⁰ e_GELU² dx"),
    ];
    let mut t = Table::new("candidates", &cols);
    let row = |c: &Candidate| -> Result<Vec<Value>> {
        let mse = mse_decimal(c.model, Target::Gelu, &grid, digits, &c.at)?;
        let (phi, erf) = max_erf_phi(c, digits)?;
        let (gelu, _) = max_error(c.model, Target::Gelu, &Range::real_line(), digits, &c.at)?;
        let l2 = l2_value(c.model, Target::Gelu, &Range::symmetric(10), digits, &c.at)?;
        Ok(vec![
            c.model.name().into(),
            c.name.clone().into(),
            Value::Num(c.value.clone()),
            Value::Num(mse),
            Value::Num(phi),
            Value::Num(erf),
            Value::Num(gelu),
            Value::Num(l2),
        ])
    };
    // rows in parallel (each also parallelises its grid sums)
    for part in map_ranges_min(cands.len(), 2, |range| {
        range.map(|i| row(&cands[i])).collect::<Vec<_>>()
    }) {
        for r in part {
            t.push(r?);
        }
    }
    d.table(t);
    d.table(origin(digits)?);
    published::published(&mut d, digits)?;
    Ok(d)
}

/// Which criterion rounds to the paper's constants: each fitted a rounded to
/// 5 significant digits (as 0.044715 is given) and each k to 4 (as 1.702).
pub fn origin(digits: u32) -> Result<Table> {
    let mut t = Table::new(
        "origin",
        &[
            ("model", "model"),
            ("criterion", "criterion"),
            ("target", "target"),
            ("fitted", "fitted"),
            ("rounded", "rounded like the paper"),
            ("paper", "equals the paper's"),
        ],
    )
    .titled("Where 0.044715 and 1.702 come from: every fit, rounded to the paper's digits");
    for (model, paper, sig) in [(Model::Tanh, "0.044715", 5), (Model::Sigmoid, "1.702", 4)] {
        for crit in [Criterion::Grid, Criterion::L2, Criterion::Minimax] {
            for target in [Target::Erf, Target::Gelu] {
                let r = fit(&FitSpec::new(model, target, crit, digits))?;
                let q = parse_exact(&r.param_decimals[0])
                    .ok()
                    .and_then(|v| v.as_q())
                    .map(|q| q_to_rug(&q))
                    .unwrap_or_default();
                // the decimal carries `digits` ≥ sig + 1 digits only when digits is large enough to decide the rounding
                let rounded = crate::numeric::decimal::rational_to_string(&q, sig);
                let decided = digits > sig + 1;
                t.push(vec![
                    model.name().into(),
                    crit.name().into(),
                    (if target == Target::Erf {
                        "erf (= Φ)"
                    } else {
                        "gelu"
                    })
                    .into(),
                    Value::Num(r.param_decimals[0].clone()),
                    Value::Num(rounded.clone()),
                    if decided {
                        Value::from(if rounded == paper { "yes" } else { "no" })
                    } else {
                        Value::Null
                    },
                ]);
            }
        }
    }
    Ok(t)
}

/// Runs `compare`.
pub fn run(a: &CompareOptions) -> Result<Output> {
    if a.out.digits > MAX_COMPARE_DIGITS {
        return Err(crate::error::Error::input(format!(
            "--digits must be at most {MAX_COMPARE_DIGITS} for compare (got {})",
            a.out.digits
        )));
    }
    let progress = crate::progress::Spinner::new("compare: every candidate on every metric");
    let doc = document(a.out.digits)?;
    drop(progress);
    Ok(Output::ok(render(&doc, a.out.format)?))
}
