//! The report's figures: error curves sampled in MPFR, drawn as SVG (PNG and
//! PDF from it in [`super::export`]). Each title names the level (erf, Φ, GELU).
//! Sample values are computed at `PLOT_BITS` and converted to f64 only to
//! draw them (presentation, not a numeric result).
//!
//! ```
//! use taylormatch::functions::analytic_a;
//! use taylormatch::numeric::bound::residual::series_difference;
//! use taylormatch::report::figures::residual;
//! let c5 = series_difference(7).unwrap()[5].clone();
//! let fig = residual(&analytic_a(), &c5, 1.0).unwrap();
//! assert!(fig.svg.starts_with("<svg") && fig.file.ends_with(".svg"), "{}", fig.file);
//! ```

use super::plot::{svg, text_plot, Curve};
use crate::coeff::Sym;
use crate::error::{Error, Result};
use crate::numeric::model::{Family, Level, Model, ModelEval};
use crate::numeric::Enclose;
use rug::Float;

/// Precision of plotted samples.
pub const PLOT_BITS: u32 = 80;

/// One approximation drawn: its label, the one model
/// ([`numeric::model::Model`](crate::numeric::model::Model)) and its
/// parameter values (exact; enclosed at [`PLOT_BITS`]).
#[derive(Debug, Clone)]
pub struct Drawn {
    pub label: String,
    pub model: Model,
    pub values: Vec<Sym>,
}

impl Drawn {
    /// A named family of the erf level with its one parameter value.
    pub fn family(label: impl Into<String>, f: Family, value: Sym) -> Drawn {
        Drawn {
            label: label.into(),
            model: Model::family(f, Level::Erf),
            values: vec![value],
        }
    }

    /// The error at `level` (an erf-level family), or approx − target (any other model), at [`PLOT_BITS`].
    fn eval(&self, level: Option<Level>) -> Result<ModelEval> {
        let model = match (level, self.model.level) {
            (Some(l), Some(_)) => self.model.at_level(l),
            _ => self.model.clone(),
        };
        let boxes = self
            .values
            .iter()
            .map(|v| {
                v.enclose(PLOT_BITS)
                    .ok_or_else(|| Error::input(format!("cannot evaluate {v} (free symbol)")))
            })
            .collect::<Result<Vec<_>>>()?;
        model.at_enclosed(PLOT_BITS, boxes, false)
    }
}

fn value(s: &Sym) -> Result<Float> {
    let iv = s
        .enclose(PLOT_BITS)
        .ok_or_else(|| Error::input(format!("cannot evaluate {s} (free symbol)")))?;
    Ok(iv.mid())
}

/// The error of a compiled model at x.
fn error_at(ev: &ModelEval, x: &Float) -> Result<Float> {
    ev.point(x).map_err(|u| Error::input(u.0))
}

/// The error curve of `d` at `level` on [lo, hi], `n` + 1 samples.
pub fn error_curve(d: &Drawn, level: Option<Level>, lo: f64, hi: f64, n: usize) -> Result<Curve> {
    let ev = d.eval(level)?;
    Ok(Curve {
        label: d.label.clone(),
        points: sample(lo, hi, n, |x| error_at(&ev, x))?,
    })
}

fn sample(
    lo: f64,
    hi: f64,
    n: usize,
    f: impl Fn(&Float) -> Result<Float>,
) -> Result<Vec<(f64, f64)>> {
    (0..=n)
        .map(|i| {
            // x_i = lo + (hi − lo)·i/n, built from exact integers
            let x = Float::with_val(PLOT_BITS, lo)
                + Float::with_val(PLOT_BITS, hi - lo) * i as u32 / n as u32;
            Ok((x.to_f64(), f(&x)?.to_f64()))
        })
        .collect()
}

/// A figure: file name, caption, SVG text, and a compact text rendering.
pub struct Figure {
    pub file: String,
    pub caption: String,
    pub svg: String,
    pub text: String,
}

/// A figure of `curves` titled `caption`, with the y-axis title `y`.
pub fn curves_figure(file: &str, caption: &str, y: &str, curves: Vec<Curve>) -> Result<Figure> {
    let svg = svg(caption, "x", y, &curves)?;
    let text = text_plot(&curves, 64, 9);
    Ok(Figure {
        file: file.into(),
        caption: caption.into(),
        svg,
        text,
    })
}

/// True when every approximation is a sigmoid form (the titles name the form).
fn all_sigmoid(approxs: &[Drawn]) -> bool {
    !approxs.is_empty() && approxs.iter().all(|a| a.model.is_family(Family::Sigmoid))
}

/// Error curves at the erf level, approx(x) − erf(x/√2) (the Φ-level error
/// is half of it; the title says so).
pub fn erf_level(file: &str, approxs: &[Drawn], range: f64) -> Result<Figure> {
    let curves = approxs
        .iter()
        .map(|ap| error_curve(ap, Some(Level::Erf), -range, range, 600))
        .collect::<Result<Vec<_>>>()?;
    let title = if all_sigmoid(approxs) {
        "erf level: tanh(kx/2) − erf(x/√2)  (Φ level: half of it)"
    } else {
        "erf level: tanh(√(2/π)(x + a·x³)) − erf(x/√2)  (Φ level: half of it)"
    };
    curves_figure(file, title, "approximation − erf(x/√2)", curves)
}

/// Error curves at the GELU level: ½x·(approx − erf(x/√2)).
pub fn gelu_level(file: &str, approxs: &[Drawn], range: f64) -> Result<Figure> {
    let curves = approxs
        .iter()
        .map(|ap| error_curve(ap, Some(Level::Gelu), -range, range, 600))
        .collect::<Result<Vec<_>>>()?;
    let title = if all_sigmoid(approxs) {
        "GELU level: x·σ(kx) − GELU(x)"
    } else {
        "GELU level: ½x(1 + tanh(√(2/π)(x + a·x³))) − GELU(x)"
    };
    curves_figure(file, title, "approximation − GELU(x)", curves)
}

/// The residual near 0 with the matched a, against its leading term c₅x⁵.
pub fn residual(a: &Sym, c5: &Sym, range: f64) -> Result<Figure> {
    let ap = Drawn::family("residual", Family::Tanh, a.clone());
    let c = value(c5)?;
    let res = error_curve(&ap, Some(Level::Erf), -range, range, 400)?.points;
    let lead = sample(-range, range, 400, |x| {
        let x5 = Float::with_val(PLOT_BITS, x * x);
        let x5 = Float::with_val(PLOT_BITS, &x5 * &x5) * x;
        Ok(x5 * &c)
    })?;
    curves_figure(
        "residual.svg",
        "erf level near 0: residual for a = 2/(3π) − 1/6 against c₅x⁵",
        "residual",
        vec![
            Curve {
                label: "residual".into(),
                points: res,
            },
            Curve {
                label: "c₅x⁵".into(),
                points: lead,
            },
        ],
    )
}
