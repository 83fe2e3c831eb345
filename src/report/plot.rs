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
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK)
            .draw()
            .map_err(|x| e(&x))?;
        root.present().map_err(|x| e(&x))?;
    }
    Ok(buf)
}

/// A compact text plot of several curves on a shared y axis: `rows` lines
/// of `width` columns, the zero line drawn with `─`, one glyph per curve.
pub fn text_plot(curves: &[Curve], width: usize, rows: usize) -> String {
    const GLYPHS: [char; 4] = ['●', '○', '×', '+'];
    let m = curves
        .iter()
        .flat_map(|c| c.points.iter().map(|p| p.1.abs()))
        .filter(|y| y.is_finite())
        .fold(0.0f64, f64::max);
    let rows = rows.max(3) | 1; // odd, so 0 has its own row
    let mid = rows / 2;
    let mut grid = vec![vec![' '; width]; rows];
    for cell in grid[mid].iter_mut() {
        *cell = '─';
    }
    for (ci, c) in curves.iter().enumerate() {
        let n = c.points.len();
        if n == 0 || m == 0.0 {
            continue;
        }
        for (col, row_cells) in
            (0..width).map(|col| (col, c.points[(col * (n - 1)) / (width - 1).max(1)].1))
        {
            if !row_cells.is_finite() {
                continue;
            }
            let r = (mid as f64 - row_cells / m * mid as f64)
                .round()
                .clamp(0.0, (rows - 1) as f64) as usize;
            grid[r][col] = GLYPHS[ci % GLYPHS.len()];
        }
    }
    let mut out = String::new();
    for (r, line) in grid.iter().enumerate() {
        let label = if r == 0 {
            format!("{m:>9.2e} ")
        } else if r == mid {
            format!("{:>9} ", 0)
        } else if r == rows - 1 {
            format!("{:>9.2e} ", -m)
        } else {
            " ".repeat(10)
        };
        out.push_str(&label);
        out.push('┤');
        out.extend(line.iter());
        out.push('\n');
    }
    let legend: Vec<String> = curves
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{} {}", GLYPHS[i % GLYPHS.len()], c.label))
        .collect();
    out.push_str(&format!("{}{}", " ".repeat(11), legend.join("   ")));
    out
}
