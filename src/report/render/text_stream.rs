//! A text table written row by row, as its rows arrive, drawn as one table:
//! the column widths and the decimal alignment are fixed once from a
//! sample of rows (the first block, plus any rows standing for the widest
//! cells still to come), then the top border and the header are written
//! once, every later row is drawn in that layout, and the bottom border
//! closes it. Drawn as [`super::text_table`] draws (the same box, padding
//! and wrapping), so a sample laid out alone is byte for byte its
//! one-piece rendering.
//!
//! ```
//! use taylormatch::report::render::StreamedTable;
//! use taylormatch::report::{Style, Table, Value};
//! let mut t = Table::new("c", &[("power", "power"), ("decimal", "decimal")]);
//! t.push(vec![Value::from(1usize), Value::dec("0.5")]);
//! let s = StreamedTable::new(&t, 40, &Style::default());
//! let later = s.rows(&[vec![Value::from(2usize), Value::dec("-0.25")]]);
//! // the later row keeps the sample's widths: the same frame as the header
//! assert_eq!(later.find('│'), s.head().lines().nth(1).unwrap().find('│'));
//! assert!(s.foot().starts_with('└'));
//! ```

use super::text_layout::widths;
use super::text_table::{decimal_extent, is_number, pad_decimal, prepare, wrap_to};
use super::width::display_width;
use super::Style;
use crate::report::doc::{Table, Value};
use std::fmt::Write;

/// The fixed layout of a streamed text table.
#[derive(Debug, Clone)]
pub struct StreamedTable {
    /// The table's title, wrapped (written above the top border).
    title: Option<String>,
    headers: Vec<String>,
    widths: Vec<usize>,
    numeric: Vec<bool>,
    /// Per column, the widest parts of its numbers before and from the decimal point.
    extent: Vec<(usize, usize)>,
    style: Style,
}

impl StreamedTable {
    /// Lays out the columns of `sample` within `width` characters per
    /// line, as `text_table` lays out one column group (a streamed
    /// table is never split into column groups: below the columns' minima
    /// every column is cut evenly).
    pub fn new(sample: &Table, width: usize, style: &Style) -> StreamedTable {
        let shown = |v: &Value| v.text_with(style.notation, style.text_digits);
        let cols = prepare(sample, &shown);
        let sel: Vec<_> = cols.iter().collect();
        let widths = widths(&sel, width);
        let extent = (0..cols.len())
            .map(|j| {
                let texts: Vec<String> = sample
                    .rows
                    .iter()
                    .filter(|r| is_number(&r[j]))
                    .map(|r| shown(&r[j]))
                    .collect();
                decimal_extent(texts.iter().map(String::as_str))
            })
            .collect();
        StreamedTable {
            title: sample.title.as_ref().map(|t| super::text::wrap(t, width)),
            headers: cols.iter().map(|c| c.header.clone()).collect(),
            numeric: cols.iter().map(|c| c.numeric).collect(),
            widths,
            extent,
            style: *style,
        }
    }

    /// A border line: `l`, then each column's `─` joined by `j`, then `r`.
    fn border(&self, l: char, j: char, r: char) -> String {
        let parts: Vec<String> = self.widths.iter().map(|w| "─".repeat(w + 2)).collect();
        format!("{l}{}{r}\n", parts.join(&j.to_string()))
    }

    /// One row of cells already wrapped, each line padded to its column
    /// (right-aligned in numeric columns).
    fn draw(&self, cells: &[String], out: &mut String) {
        let lines: Vec<Vec<&str>> = cells.iter().map(|c| c.lines().collect()).collect();
        let height = lines.iter().map(Vec::len).max().unwrap_or(0).max(1); // an empty row is one line
        for i in 0..height {
            out.push('│');
            for (j, col) in lines.iter().enumerate() {
                let text = col.get(i).copied().unwrap_or("");
                let fill = " ".repeat(self.widths[j].saturating_sub(display_width(text)));
                if self.numeric[j] {
                    let _ = write!(out, " {fill}{text} │");
                } else {
                    let _ = write!(out, " {text}{fill} │");
                }
            }
            out.push('\n');
        }
    }

    /// The title (if any), the top border, the header and the line under it.
    pub fn head(&self) -> String {
        let mut out = self
            .title
            .as_ref()
            .map(|t| format!("{t}\n"))
            .unwrap_or_default();
        out.push_str(&self.border('┌', '┬', '┐'));
        let cells: Vec<String> = self
            .headers
            .iter()
            .zip(&self.widths)
            .map(|(h, &w)| wrap_to(h, w, false))
            .collect();
        let numeric = vec![false; cells.len()];
        let left = StreamedTable {
            numeric,
            ..self.clone()
        };
        left.draw(&cells, &mut out);
        out.push_str(&self.border('├', '┼', '┤'));
        out
    }

    /// The lines of `rows` in this layout: numbers padded to the sample's
    /// decimal alignment, every cell wrapped to its column's width (a
    /// number wider than its column is wrapped too, so no line is longer
    /// than the layout).
    pub fn rows(&self, rows: &[Vec<Value>]) -> String {
        let mut out = String::new();
        for r in rows {
            let cells: Vec<String> = r
                .iter()
                .enumerate()
                .map(|(j, v)| {
                    let mut s = v.text_with(self.style.notation, self.style.text_digits);
                    if self.numeric[j] && is_number(v) {
                        s = pad_decimal(&s, self.extent[j]);
                    }
                    wrap_to(&s, self.widths[j], self.numeric[j])
                })
                .collect();
            self.draw(&cells, &mut out);
        }
        out
    }

    /// The bottom border.
    pub fn foot(&self) -> String {
        self.border('└', '┴', '┘')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(n: usize, long: usize) -> Table {
        let mut t = Table::new(
            "coefficients",
            &[
                ("power", "power"),
                ("exact", "exact coefficient"),
                ("decimal", "decimal"),
            ],
        );
        for i in 0..n {
            let exact = format!("-{}/{}", "7".repeat(long + i), "3".repeat(long + 2 * i));
            t.push(vec![
                Value::from(i),
                Value::from(exact),
                Value::dec(format!("-1.2345678901234e-{}", 3 * i + 1)),
            ]);
        }
        t
    }

    /// Head, rows and foot of a table laid out from all its rows are the
    /// one-piece rendering (prettytable's drawing), at several widths.
    #[test]
    fn a_sample_drawn_alone_is_the_one_piece_table() {
        for (n, long, width) in [(5, 30, 90), (12, 70, 90), (40, 50, 60), (3, 90, 100)] {
            let t = sample(n, long);
            let style = Style::default();
            let shown = |v: &Value| v.text_with(style.notation, style.text_digits);
            let mut t = t;
            t.title = Some("the coefficients".into());
            let whole = format!(
                "the coefficients\n{}",
                super::super::text_table::render(&t, width, &shown)
            );
            let s = StreamedTable::new(&t, width, &style);
            let streamed = format!("{}{}{}", s.head(), s.rows(&t.rows), s.foot());
            assert_eq!(streamed, whole, "{n} rows, cells of {long}, width {width}");
        }
    }

    /// Later rows wider than the sample's keep the frame: every line has
    /// its `│` at the same places and no line is longer than the width.
    #[test]
    fn later_wider_rows_keep_the_frame() {
        let t = sample(4, 20);
        let s = StreamedTable::new(&t, 80, &Style::default());
        let later = sample(60, 20).rows.split_off(50);
        let text = format!("{}{}{}", s.head(), s.rows(&later), s.foot());
        let bars = |l: &str| -> Vec<usize> {
            l.chars()
                .enumerate()
                .filter(|(_, c)| "│┌┐└┘├┤┬┴┼".contains(*c))
                .map(|(i, _)| i)
                .collect()
        };
        let first = bars(text.lines().next().unwrap());
        assert_eq!(first.len(), 4);
        for l in text.lines() {
            assert_eq!(bars(l), first, "{l}");
            assert!(display_width(l) <= 80);
        }
        assert_eq!(text.matches('┌').count(), 1);
        assert_eq!(text.matches("exact coefficient").count(), 1);
    }
}
