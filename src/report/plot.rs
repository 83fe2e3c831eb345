//! SVG line plots (plotters). Plot coordinates are presentation only: the
//! values are computed in MPFR and converted to f64 for drawing.
//!
//! ```
//! use taylormatch::report::plot::{svg, Curve};
//! let c = Curve { label: "x²".into(), points: (0..=10).map(|i| (i as f64, (i * i) as f64)).collect() };
//! let s = svg("squares", "x", "x²", &[c]).unwrap();
//! assert!(s.starts_with("<svg") && s.contains("squares"));
//! ```

use super::ticks::nice_ticks;
use crate::error::{Error, Result};
use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint};
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

/// Default figure size in px (width, height).
pub const SIZE: (u32, u32) = (900, 520);
/// Text sizes in px of the figure shown at [`SIZE`] (the SVG's font-size
/// attributes are in drawing units, [`UNITS_PER_PX`] per px): title, axis
/// titles, tick labels, legend.
pub const TITLE_PX: f64 = 22.0;
pub const AXIS_PX: f64 = 18.0;
pub const TICK_PX: f64 = 16.0;
pub const LEGEND_PX: f64 = 16.0;

/// Drawing units per figure px: plotters draws on whole units, so the SVG is
/// drawn at 2× and its viewBox scaled back to [`SIZE`] (smooth curves).
const S: u32 = 2;
/// Drawing units per px of the shown figure (the SVG viewBox is this much larger than [`SIZE`]).
pub const UNITS_PER_PX: u32 = S;

/// A plotters font of `px` figure pixels (plotters writes size/1.24 units).
fn font(px: f64) -> (&'static str, f64) {
    ("sans-serif", px * 1.24 * f64::from(S))
}

/// `n` figure px in drawing units.
fn u(n: u32) -> u32 {
    n * S
}

/// An f64 axis whose tick marks and grid lines are exactly the given ticks
/// (no minor grid lines).
struct TickAxis {
    lo: f64,
    hi: f64,
    ticks: Vec<f64>,
}

impl TickAxis {
    fn new(t: &super::ticks::Ticks) -> TickAxis {
        TickAxis {
            lo: t.lo,
            hi: t.hi,
            ticks: t.values.clone(),
        }
    }
}

impl Ranged for TickAxis {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    /// Pixel = limit.0 + (limit.1 − limit.0)·(v − lo)/(hi − lo).
    fn map(&self, v: &f64, limit: (i32, i32)) -> i32 {
        let r = (v - self.lo) / (self.hi - self.lo);
        limit.0 + (f64::from(limit.1 - limit.0) * r + 1e-3).floor() as i32
    }

    fn key_points<H: KeyPointHint>(&self, hint: H) -> Vec<f64> {
        if hint.weight().allow_light_points() {
            Vec::new()
        } else {
            self.ticks.clone()
        }
    }

    fn range(&self) -> std::ops::Range<f64> {
        self.lo..self.hi
    }
}

/// Finite (min x, max x, min y, max y) over all curves.
fn bounds(curves: &[Curve]) -> (f64, f64, f64, f64) {
    let mut b = (
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::INFINITY,
        f64::NEG_INFINITY,
    );
    for &(x, y) in curves.iter().flat_map(|c| &c.points) {
        if x.is_finite() && y.is_finite() {
            b = (b.0.min(x), b.1.max(x), b.2.min(y), b.3.max(y));
        }
    }
    b
}

/// Renders curves as an SVG document (a String) of [`SIZE`]: nice ticks with an
/// exact zero, a power of ten factored into the y-axis title, major grid lines
/// only, the legend in the upper left.
pub fn svg(title: &str, x_label: &str, y_label: &str, curves: &[Curve]) -> Result<String> {
    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, (u(SIZE.0), u(SIZE.1))).into_drawing_area();
        let e = |err: &dyn std::fmt::Display| Error::input(format!("plotting {title}: {err}"));
        root.fill(&WHITE).map_err(|x| e(&x))?;
        let (x0, x1, y0, y1) = bounds(curves);
        let xt = nice_ticks(x0, x1, 8);
        // headroom above the data for the legend
        let yt = nice_ticks(y0, y1 + (y1 - y0).abs() * 0.25, 6);
        let y_title = format!("{y_label}{}", yt.scale_suffix());
        let mut chart = ChartBuilder::on(&root)
            .caption(title, font(TITLE_PX))
            .margin(u(14))
            .x_label_area_size(u(56))
            .y_label_area_size(u(76))
            .build_cartesian_2d(TickAxis::new(&xt), TickAxis::new(&yt))
            .map_err(|x| e(&x))?;
        chart
            .configure_mesh()
            .x_desc(x_label)
            .y_desc(y_title)
            .axis_desc_style(font(AXIS_PX))
            .label_style(font(TICK_PX))
            .bold_line_style(RGBColor(221, 221, 221).stroke_width(u(1)))
            .axis_style(BLACK.stroke_width(u(1)))
            .set_all_tick_mark_size(u(5))
            .x_label_formatter(&|v| xt.label_at(*v))
            .y_label_formatter(&|v| yt.label_at(*v))
            .draw()
            .map_err(|x| e(&x))?;
        for (i, c) in curves.iter().enumerate() {
            let color = COLORS[i % COLORS.len()];
            chart
                .draw_series(LineSeries::new(
                    c.points.iter().copied().filter(|p| p.1.is_finite()),
                    color.stroke_width(u(2)),
                ))
                .map_err(|x| e(&x))?
                .label(c.label.clone())
                .legend(move |(x, y)| {
                    PathElement::new(
                        vec![(x, y), (x + u(24) as i32, y)],
                        color.stroke_width(u(3)),
                    )
                });
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .label_font(font(LEGEND_PX))
            .legend_area_size(u(34))
            .margin(u(10))
            .background_style(WHITE.mix(0.9))
            .border_style(RGBColor(150, 150, 150))
            .draw()
            .map_err(|x| e(&x))?;
        root.present().map_err(|x| e(&x))?;
    }
    // shown at SIZE: the drawing's units become 1/S px
    let (w, h) = (u(SIZE.0), u(SIZE.1));
    let head = format!("<svg width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\"");
    let shown = format!(
        "<svg width=\"{}\" height=\"{}\" viewBox=\"0 0 {w} {h}\"",
        SIZE.0, SIZE.1
    );
    if !buf.starts_with(&head) {
        return Err(Error::input(format!(
            "plotting {title}: unexpected SVG header"
        )));
    }
    Ok(buf.replacen(&head, &shown, 1))
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
