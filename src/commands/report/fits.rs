//! Section 4 and the summary: the fits under every criterion, read from the
//! report's [`FitSet`] (computed once; nothing here solves a fit again).

use super::ReportOptions;
use crate::coeff::Sym;
use crate::error::{Error, Result};
use crate::numeric::fit::fit_set::{FitSet, CRITERIA, MODELS, TARGETS};
use crate::numeric::fit::float64::{curve_fit, grid_points_f64};
use crate::numeric::fit::grid::Grid;
use crate::numeric::fit::{Criterion, Stable};
use crate::numeric::model::{Family, Level};
use crate::numeric::Enclose;
use crate::report::{Document, Table, Value};
use rug::Float;

/// `x` rounded to `d` significant digits (exact rounding of the float's value).
pub fn round_to(x: &Float, d: u32) -> String {
    Stable::new(x.clone(), d).rounded(d)
}

fn model_name(m: Family) -> &'static str {
    match m {
        Family::Tanh => "tanh(√(2/π)(x + a x³))",
        Family::Sigmoid => "2σ(kx) − 1",
        Family::TanhFree => "tanh(c₁x + c₃x³)",
    }
}

fn target_name(t: Level) -> &'static str {
    match t {
        Level::Erf => "erf(x/√2), Φ",
        Level::Phi => "Φ",
        Level::Gelu => "GELU",
    }
}

/// The minimax optimum at the erf level, the fitted float's exact value (for `bound`).
pub fn minimax_param(fits: &FitSet, model: Family) -> Result<Sym> {
    let r = fits.get(model, Criterion::Minimax, Level::Erf)?;
    let q = r.params[0]
        .to_rational()
        .ok_or_else(|| Error::input("minimax optimum is not finite"))?;
    Ok(Sym::rational(crate::numeric::convert::q_from_rug(&q)))
}

/// 4. Fits under every criterion.
pub fn fits(doc: &mut Document, fits: &FitSet) -> Result<()> {
    doc.heading(1, "4. Fitting instead of matching");
    doc.para(
        "Matching at 0 is one criterion. Fitting over a range is another: least squares on the \
         published grid (x = −10, −9.999, …, 9.999, what SciPy's curve_fit did), continuous least \
         squares over ℝ (L2), and minimax (the smallest possible maximum error). Each fit is done in \
         MPFR and printed only with digits that are stable between two working precisions; at the \
         erf level the Φ-level fit is the same (the error is just halved).",
    );
    let mut t = Table::new(
        "fits",
        &[
            ("model", "model"),
            ("criterion", "criterion"),
            ("target", "fitted to"),
            ("parameter", "optimum"),
            ("objective", "objective"),
            ("value", "value at the optimum"),
        ],
    )
    .titled("Optimal constants (taylormatch fit)");
    for model in MODELS {
        for crit in CRITERIA {
            for target in TARGETS {
                let r = fits.get(model, crit, target)?;
                let how = match crit {
                    Criterion::Grid => "least squares, published grid",
                    Criterion::L2 => "L2 on ℝ",
                    Criterion::Minimax => "minimax on ℝ",
                };
                t.push(vec![
                    model_name(model).into(),
                    how.into(),
                    target_name(target).into(),
                    Value::dec(r.param_decimal(0)),
                    r.objective_label.clone().into(),
                    Value::dec(r.objective.decimal()),
                ]);
            }
        }
    }
    doc.table(t);
    // the float64 reproduction beside the true optimum
    let pts = grid_points_f64(&Grid::published());
    let mut f = Table::new(
        "float64_reproduction",
        &[("model", "model"), ("float64", "float64 LM (SciPy-like curve_fit)"), ("true", "true grid optimum (MPFR)"), ("converged", "LM converged")],
    )
    .titled("FLOAT64 REPRODUCTION: what a float64 Levenberg–Marquardt fit of the published grid returns");
    for model in MODELS {
        let lm = curve_fit(model, Level::Erf, &pts);
        let r = fits.get(model, Criterion::Grid, Level::Erf)?;
        f.push(vec![
            model_name(model).into(),
            Value::Num(format!("{:?}", lm.params[0])),
            Value::dec(r.param_decimal(0)),
            (if lm.converged { "yes" } else { "no" }).into(),
        ]);
    }
    doc.table(f);
    Ok(())
}

/// The summary at the top: the answer in four sentences, every number computed.
/// `verdict` holds the fits at the verdict digits.
pub fn summary(o: &ReportOptions, doc: &mut Document, verdict: &FitSet) -> Result<()> {
    let ma = verdict.get(Family::Tanh, Criterion::Minimax, Level::Erf)?;
    let mk = verdict.get(Family::Sigmoid, Criterion::Minimax, Level::Erf)?;
    let ga = verdict.get(Family::Tanh, Criterion::Grid, Level::Erf)?;
    let a = crate::functions::analytic_a();
    let (ma5, mk4) = (round_to(&ma.params[0], 5), round_to(&mk.params[0], 4));
    let is_a = if ma5 == "0.044715" { "is" } else { "is not" };
    let is_k = if mk4 == "1.702" { "is" } else { "is not" };
    doc.heading(1, "In short");
    let t = |s: String| Value::Str(s);
    doc.prose(vec![
        t("Matching Taylor series at 0 gives a = ".into()),
        Value::Exact(a.clone()),
        t(format!(
            " = {} ≈ ",
            crate::coeff::combined_form(&a).unwrap_or_default()
        )),
        Value::dec(a.decimal(o.digits).unwrap_or_default()),
        t(", not 0.044715. Least squares on the published grid gives a = ".into()),
        Value::dec(ga.param_decimal(0)),
        t(format!(
            " (≈ {}). The paper's constant {is_a} the minimax value: the a that makes the largest \
             error of Φ (equivalently of erf) over the whole real line as small as possible is ",
            round_to(&ga.params[0], 4)
        )),
        Value::dec(ma.param_decimal(0)),
        t(format!(
            ", which rounds to {ma5}. QuickGELU's 1.702 {is_k} the same kind of constant for the \
             sigmoid: the minimax k at the Φ level is "
        )),
        Value::dec(mk.param_decimal(0)),
        t(format!(", which rounds to {mk4}.")),
    ]);
    Ok(())
}
