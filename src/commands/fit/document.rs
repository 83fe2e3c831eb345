//! The document of a solved `fit` with a named family: the fields (model,
//! target, criterion, range or grid, the parameters, the objective, the
//! working precision), the table of the error's extrema, and the optional
//! float64 reproduction section (`--float64`).

use crate::numeric::fit::float64::{curve_fit, grid_points_f64};
use crate::numeric::fit::{Criterion, FitResult, FitSpec};
use crate::report::{Document, Table, Value};

/// The document of a solved fit.
pub fn document(r: &FitResult) -> Document {
    let s = &r.spec;
    let mut d = Document::new(format!(
        "{} fit of the {} model to {}",
        s.criterion.name(),
        s.model.name(),
        s.target.name()
    ));
    let mut fields: Vec<(&str, &str, Value)> = vec![
        (
            "model",
            "model",
            Value::from(format!("{}: m(x) = {}", s.model.name(), s.model.formula())),
        ),
        (
            "target",
            "target",
            Value::from(format!("{}: {}", s.target.name(), s.target.describe())),
        ),
        ("criterion", "criterion", Value::from(criterion_text(s))),
    ];
    match s.criterion {
        Criterion::Grid => fields.push(("grid", "grid", Value::from(s.grid.describe()))),
        _ => fields.push(("range", "range", Value::from(s.range.describe()))),
    }
    for (i, name) in s
        .model
        .param_names()
        .iter()
        .enumerate()
        .take(r.params.len())
    {
        fields.push((name, name, Value::dec(r.param_decimal(i))));
    }
    fields.push((
        "objective",
        objective_label(&r.objective_label),
        Value::dec(r.objective.decimal()),
    ));
    if let Some(n) = r.n_points {
        fields.push((
            "points",
            if s.criterion == Criterion::Grid {
                "grid points"
            } else {
                "quadrature nodes"
            },
            Value::from(n),
        ));
    }
    fields.push(("digits", "significant digits", Value::Digits(s.digits)));
    fields.push((
        "bits",
        "working precision (bits)",
        Value::from(r.bits as i64),
    ));
    if let Some(n) = &r.note {
        fields.push(("note", "accuracy", Value::from(n.clone())));
    }
    d.fields(fields);
    if !r.extrema.is_empty() {
        let mut t = Table::new(
            "extrema",
            &[
                ("x", "x (in the range; |e(−x)| = |e(x)|)"),
                ("error", "error e(x)"),
                ("sign", "sign"),
            ],
        )
        .titled("Local extrema of the error at the optimum (largest first)");
        for e in &r.extrema {
            t.push(vec![
                Value::dec(e.x.decimal()),
                Value::dec(e.error.decimal()),
                Value::sign(e.sign > 0),
            ]);
        }
        d.table(t);
    }
    d
}

fn objective_label(l: &str) -> &'static str {
    match l {
        "MSE" => "MSE (mean of e(x)² over the grid)",
        "L2" => "∫ e(x)² dx over the range",
        _ => "max |e(x)| over the range",
    }
}

fn criterion_text(s: &FitSpec) -> String {
    match s.criterion {
        Criterion::Grid => "grid least squares: minimise Σ e(xᵢ)²".into(),
        Criterion::L2 => "continuous least squares: minimise ∫ e(x)² dx".into(),
        Criterion::Minimax => "minimax: minimise max |e(x)|".into(),
    }
}

/// The float64 reproduction as a document section (labelled as such).
pub fn float64_section(d: &mut Document, s: &FitSpec) {
    let xs = grid_points_f64(&s.grid);
    let f = curve_fit(s.model, s.target, &xs);
    d.heading(2, "float64 reproduction (SciPy-like curve_fit)");
    // curve_fit's defaults as values of the prose (LaTeX sets 1.49012×10⁻⁸)
    d.prose(vec![
        Value::from("Levenberg–Marquardt in IEEE float64 from p0 = "),
        Value::Int(1),
        Value::from(" (curve_fit's default), forward-difference Jacobian, ftol = xtol = "),
        Value::Num("1.49012e-8".into()),
        Value::from(
            ", on the float64 grid points. Shown as float64 prints it (shortest round-trip); \
             these digits are NOT certified — compare them with the optimum above.",
        ),
    ]);
    let mut fields: Vec<(&str, &str, Value)> = vec![];
    for (name, v) in s.model.param_names().iter().zip(&f.params) {
        fields.push((name, name, Value::Str(format!("{v:?}"))));
    }
    fields.push(("mse", "MSE (float64)", Value::Str(format!("{:?}", f.mse))));
    fields.push((
        "evaluations",
        "function evaluations",
        Value::from(f.evaluations),
    ));
    fields.push(("converged", "converged", Value::from(f.converged)));
    d.fields(fields);
}
