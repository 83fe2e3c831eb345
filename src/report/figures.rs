//! The report's figures: error curves sampled in MPFR, drawn as SVG (PNG and
//! PDF from it in [`super::export`]). Each title names the level (erf, Φ, GELU).
//! Sample values are computed at `PLOT_BITS` and converted to f64 only to
//! draw them (presentation, not a numeric result).

use super::plot::{svg, text_plot, Curve};
use crate::coeff::Sym;
use crate::error::{Error, Result};
use crate::numeric::Enclose;
use rug::float::Constant;
use rug::Float;

/// Precision of plotted samples.
pub const PLOT_BITS: u32 = 80;

/// An approximation of erf(x/√2) by a tanh: tanh(√(2/π)(x + a x³)) or tanh(kx/2).
#[derive(Debug, Clone)]
pub enum Approx {
    /// tanh(√(2/π)(x + a x³)), with a label.
    Tanh(String, Sym),
    /// tanh(kx/2) = 2σ(kx) − 1, with a label.
    Sigmoid(String, Sym),
}

impl Approx {
    fn label(&self) -> &str {
        match self {
            Approx::Tanh(l, _) | Approx::Sigmoid(l, _) => l,
        }
    }
}

fn value(s: &Sym) -> Result<Float> {
    let iv = s
        .enclose(PLOT_BITS)
        .ok_or_else(|| Error::input(format!("cannot evaluate {s} (free symbol)")))?;
    Ok(iv.mid())
}

/// erf-level error approx(x) − erf(x/√2) at x.
pub fn erf_error(ap: &Approx, x: &Float) -> Result<Float> {
    let b = PLOT_BITS;
    let sqrt2 = Float::with_val(b, 2).sqrt();
    let mut target = Float::with_val(b, x / &sqrt2);
    target.erf_mut();
    let model = match ap {
        Approx::Tanh(_, a) => {
            let pi = Float::with_val(b, Constant::Pi);
            let s = Float::with_val(b, 2 / pi).sqrt();
            let x3 = Float::with_val(b, x * x) * x;
            let u = Float::with_val(b, x + value(a)? * x3) * s;
            u.tanh()
        }
        Approx::Sigmoid(_, k) => {
            let u = Float::with_val(b, value(k)? * x) / 2u32;
            u.tanh()
        }
    };
    Ok(model - target)
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

fn figure(file: &str, caption: &str, y: &str, curves: Vec<Curve>) -> Result<Figure> {
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
fn all_sigmoid(approxs: &[Approx]) -> bool {
    !approxs.is_empty() && approxs.iter().all(|a| matches!(a, Approx::Sigmoid(..)))
}

/// Error curves at the erf level, approx(x) − erf(x/√2) (the Φ-level error
/// is half of it; the title says so).
pub fn erf_level(file: &str, approxs: &[Approx], range: f64) -> Result<Figure> {
    let curves = approxs
        .iter()
        .map(|ap| {
            Ok(Curve {
                label: ap.label().to_string(),
                points: sample(-range, range, 600, |x| erf_error(ap, x))?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let title = if all_sigmoid(approxs) {
        "erf level: tanh(kx/2) − erf(x/√2)  (Φ level: half of it)"
    } else {
        "erf level: tanh(√(2/π)(x + a·x³)) − erf(x/√2)  (Φ level: half of it)"
    };
    figure(file, title, "approximation − erf(x/√2)", curves)
}

/// Error curves at the GELU level: ½x·(approx − erf(x/√2)).
pub fn gelu_level(file: &str, approxs: &[Approx], range: f64) -> Result<Figure> {
    let curves = approxs
        .iter()
        .map(|ap| {
            Ok(Curve {
                label: ap.label().to_string(),
                points: sample(-range, range, 600, |x| Ok(erf_error(ap, x)? * x / 2u32))?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let title = if all_sigmoid(approxs) {
        "GELU level: x·σ(kx) − GELU(x)"
    } else {
        "GELU level: ½x(1 + tanh(√(2/π)(x + a·x³))) − GELU(x)"
    };
    figure(file, title, "approximation − GELU(x)", curves)
}

/// The residual near 0 with the matched a, against its leading term c₅x⁵.
pub fn residual(a: &Sym, c5: &Sym, range: f64) -> Result<Figure> {
    let ap = Approx::Tanh("residual".into(), a.clone());
    let c = value(c5)?;
    let res = sample(-range, range, 400, |x| erf_error(&ap, x))?;
    let lead = sample(-range, range, 400, |x| {
        let x5 = Float::with_val(PLOT_BITS, x * x);
        let x5 = Float::with_val(PLOT_BITS, &x5 * &x5) * x;
        Ok(x5 * &c)
    })?;
    figure(
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
