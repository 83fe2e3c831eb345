//! SVG line plots (plotters). Plot coordinates are presentation only: the
//! values are computed in MPFR and converted to f64 for drawing.

use crate::error::{Error, Result};
use plotters::prelude::*;

/// One curve: legend label and points.
pub struct Curve {
    pub label: String,
    pub points: Vec<(f64, f64)>,
}

const COLORS: [RGBColor; 6] = [
    RGBColor(31, 119, 180),
    RGBColor(214, 39, 40),
    RGBColor(44, 160, 44),
    RGBColor(148, 103, 189),
    RGBColor(255, 127, 14),
    RGBColor(23, 190, 207),
];

/// Renders curves as an SVG document (a String).
pub fn svg(title: &str, x_label: &str, y_label: &str, curves: &[Curve]) -> Result<String> {
    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, (900, 520)).into_drawing_area();
        let e = |err: &dyn std::fmt::Display| Error::input(format!("plotting {title}: {err}"));
        root.fill(&WHITE).map_err(|x| e(&x))?;
        let (mut x0, mut x1, mut y0, mut y1) = (
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
        );
        for c in curves {
            for &(x, y) in &c.points {
                if x.is_finite() && y.is_finite() {
                    x0 = x0.min(x);
                    x1 = x1.max(x);
                    y0 = y0.min(y);
                    y1 = y1.max(y);
                }
            }
        }
        if x0.partial_cmp(&x1) != Some(std::cmp::Ordering::Less) {
            x0 = -1.0;
            x1 = 1.0;
        }
        if y0.partial_cmp(&y1) != Some(std::cmp::Ordering::Less) {
            y0 -= 1.0;
            y1 += 1.0;
        }
        let pad = (y1 - y0) * 0.05;
        let mut chart = ChartBuilder::on(&root)
            .caption(title, ("sans-serif", 20))
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(80)
            .build_cartesian_2d(x0..x1, (y0 - pad)..(y1 + pad))
            .map_err(|x| e(&x))?;
        chart
            .configure_mesh()
            .x_desc(x_label)
            .y_desc(y_label)
            .y_label_formatter(&|v| format!("{v:.2e}"))
            .draw()
            .map_err(|x| e(&x))?;
        for (i, c) in curves.iter().enumerate() {
            let color = COLORS[i % COLORS.len()];
            chart
                .draw_series(LineSeries::new(
                    c.points.iter().copied().filter(|p| p.1.is_finite()),
                    color.stroke_width(2),
                ))
                .map_err(|x| e(&x))?
                .label(c.label.clone())
                .legend(move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2))
                });
        }
        chart
            .configure_series_labels()
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK)
            .draw()
            .map_err(|x| e(&x))?;
        root.present().map_err(|x| e(&x))?;
    }
    Ok(buf)
}

/// A compact text rendering of curves: one row of sign/magnitude bars per
/// sample, for terminals. Returns at most `rows` lines.
pub fn text_sparkline(curve: &Curve, width: usize) -> String {
    let ys: Vec<f64> = curve
        .points
        .iter()
        .map(|p| p.1)
        .filter(|y| y.is_finite())
        .collect();
    let m = ys.iter().fold(0.0f64, |m, y| m.max(y.abs()));
    if m == 0.0 || ys.is_empty() {
        return format!("{}: identically 0", curve.label);
    }
    let bars = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let step = (ys.len() as f64 / width as f64).max(1.0);
    let mut s = String::new();
    let mut i = 0.0;
    while (i as usize) < ys.len() {
        let y = ys[i as usize];
        let level = ((y + m) / (2.0 * m) * 7.0).round().clamp(0.0, 7.0) as usize;
        s.push(bars[level]);
        i += step;
    }
    s
}
