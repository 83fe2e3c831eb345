//! Text tables that fit a line width: numbers with their decimal points
//! aligned, text cells and headers wrapped (textwrap), drawn by
//! prettytable-rs. A table whose columns cannot fit even when wrapped is
//! split into column groups, each repeating the first column.

use super::text_layout::{groups, widths};
use super::width::display_width;
use crate::report::doc::{Table, Value};

/// Narrowest a text column is wrapped to.
const MIN_TEXT: usize = 8;
/// Longer words (exact forms without spaces) may be broken when space is short.
const MAX_WORD: usize = 20;
/// Widest a cell is laid out, whatever the line width: longer cells wrap
/// (so a long coefficient list is not padded to its longest entry).
const MAX_CELL: usize = 60;

/// One column prepared for layout.
pub(super) struct Col {
    pub(super) header: String,
    pub(super) cells: Vec<String>,
    pub(super) numeric: bool,
    /// Width wanted (widest line of header and cells).
    pub(super) natural: usize,
    /// Narrowest width it can be wrapped to.
    pub(super) min: usize,
}

pub(super) fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Num(_) | Value::Dec(_))
}

fn widest_line(s: &str) -> usize {
    s.lines().map(display_width).max().unwrap_or(0)
}

/// A word that reads as a decimal number (digits, sign, point, exponent),
/// possibly followed by punctuation: `2.4329173471294176e-08`, `-0.5,`.
fn looks_numeric(w: &str) -> bool {
    let w = w.trim_end_matches([',', ';', ')', ':']);
    w.chars().any(|c| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-' | '−'))
}

fn widest_word(s: &str) -> usize {
    s.split_whitespace().map(display_width).max().unwrap_or(0)
}

/// Where a number splits for alignment: its decimal point or exponent (else its end).
fn split_at(s: &str) -> usize {
    s.find(['.', 'e', 'E']).unwrap_or(s.len())
}

/// The widest parts of the numbers among `cells` before and from their
/// split ([`split_at`]): the extent [`pad_decimal`] pads to.
pub(super) fn decimal_extent<'a>(cells: impl Iterator<Item = &'a str>) -> (usize, usize) {
    cells.fold((0, 0), |(left, right), c| {
        let i = split_at(c);
        (
            left.max(display_width(&c[..i])),
            right.max(display_width(&c[i..])),
        )
    })
}

/// `c` padded to the extent (left, right) so that decimal points line up
/// (a part already wider is left as it is).
pub(super) fn pad_decimal(c: &str, (left, right): (usize, usize)) -> String {
    let i = split_at(c);
    let (l, r) = (display_width(&c[..i]), display_width(&c[i..]));
    format!(
        "{}{c}{}",
        " ".repeat(left.saturating_sub(l)),
        " ".repeat(right.saturating_sub(r))
    )
}

/// Pads numbers so that their decimal points (or their ends) line up.
fn align_decimals(cells: &mut [String], is_num: &[bool]) {
    let ext = decimal_extent(
        cells
            .iter()
            .zip(is_num)
            .filter(|(_, n)| **n)
            .map(|(c, _)| c.as_str()),
    );
    for (c, n) in cells.iter_mut().zip(is_num) {
        if *n {
            *c = pad_decimal(c, ext);
        }
    }
}

pub(super) fn prepare(t: &Table, shown: &dyn Fn(&Value) -> String) -> Vec<Col> {
    (0..t.columns.len())
        .map(|j| {
            let vals: Vec<&Value> = t.rows.iter().map(|r| &r[j]).collect();
            let numeric = vals.iter().all(|v| is_number(v) || *v == &Value::Null)
                && vals.iter().any(|v| is_number(v));
            let mut cells: Vec<String> = vals.iter().map(|v| shown(v)).collect();
            if numeric {
                let is_num: Vec<bool> = vals.iter().map(|v| is_number(v)).collect();
                align_decimals(&mut cells, &is_num);
            }
            let header = t.columns[j].header.clone();
            let natural = cells
                .iter()
                .map(|c| widest_line(c))
                .chain([widest_line(&header)])
                .max()
                .unwrap_or(1)
                .clamp(1, MAX_CELL.max(widest_word(&header)));
            let body_min = if numeric {
                cells
                    .iter()
                    .map(|c| widest_line(c))
                    .max()
                    .unwrap_or(1)
                    .min(MAX_CELL)
            } else {
                // a number written as text (a float64 repr) is never broken
                let number = cells
                    .iter()
                    .flat_map(|c| c.split_whitespace())
                    .filter(|w| looks_numeric(w))
                    .map(display_width)
                    .max()
                    .unwrap_or(0)
                    .min(MAX_CELL);
                let word = cells.iter().map(|c| widest_word(c)).max().unwrap_or(1);
                word.clamp(MIN_TEXT, MAX_WORD).max(number)
            };
            let min = body_min.max(widest_word(&header).min(MAX_WORD));
            Col {
                header,
                cells,
                numeric,
                natural,
                min: min.min(natural),
            }
        })
        .collect()
}

/// Frame of a table with `n` columns: `│ a │ b │` is 3n + 1 characters.
pub(super) fn frame(n: usize) -> usize {
    3 * n + 1
}

pub(super) fn wrap_to(s: &str, w: usize, numeric: bool) -> String {
    if numeric && display_width(s) <= w {
        return s.to_string();
    }
    let opts = textwrap::Options::new(w.max(1))
        .break_words(true)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    s.lines()
        .flat_map(|l| {
            textwrap::wrap(l, &opts)
                .into_iter()
                .map(|c| c.into_owned())
                .collect::<Vec<_>>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Renders a table within `width` characters per line.
/// `shown` gives each value's text.
pub(super) fn render(t: &Table, width: usize, shown: &dyn Fn(&Value) -> String) -> String {
    let mut cols = prepare(t, shown);
    let mut gs = groups(&cols, width, 1).unwrap_or_default();
    if gs.len() > 1 && !first_column_unique(&cols) {
        // a part that repeats only the first column cannot tell the rows
        // apart: number the rows, and repeat the first column too when
        // there is room for it
        cols.insert(0, row_numbers(t.rows.len()));
        gs = groups(&cols, width, 2)
            .filter(|g| g.len() <= gs.len() + 1)
            .or_else(|| groups(&cols, width, 1))
            .unwrap_or_default();
    }
    let n = gs.len();
    let mut out = String::new();
    for (k, g) in gs.iter().enumerate() {
        if n > 1 {
            let names: Vec<&str> = g[1..].iter().map(|&i| cols[i].header.as_str()).collect();
            let note = format!("(part {} of {n}: {})", k + 1, names.join(", "));
            out.push_str(&wrap_to(&note, width, false));
            out.push('\n');
        }
        let sel: Vec<&Col> = g.iter().map(|&i| &cols[i]).collect();
        out.push_str(&draw(&sel, &widths(&sel, width), t.rows.len()));
    }
    out
}

fn first_column_unique(cols: &[Col]) -> bool {
    let mut seen = std::collections::HashSet::new();
    cols.first()
        .is_none_or(|c| c.cells.iter().all(|x| seen.insert(x.as_str())))
}

/// A `#` column numbering the rows 1, 2, …
fn row_numbers(n: usize) -> Col {
    let w = n.to_string().len().max(1);
    Col {
        header: "#".into(),
        cells: (1..=n).map(|i| format!("{i:>w$}")).collect(),
        numeric: true,
        natural: w,
        min: w,
    }
}

fn draw(cols: &[&Col], w: &[usize], rows: usize) -> String {
    use prettytable::{format::Alignment, Cell, Row};
    let mut pt = prettytable::Table::new();
    pt.set_format(box_format());
    pt.set_titles(Row::new(
        cols.iter()
            .zip(w)
            .map(|(c, &w)| Cell::new(&wrap_to(&c.header, w, false)))
            .collect(),
    ));
    for r in 0..rows {
        pt.add_row(Row::new(
            cols.iter()
                .zip(w)
                .map(|(c, &w)| {
                    let text = wrap_to(&c.cells[r], w, c.numeric);
                    if c.numeric {
                        Cell::new_align(&text, Alignment::RIGHT)
                    } else {
                        Cell::new(&text)
                    }
                })
                .collect(),
        ));
    }
    pt.to_string()
}

fn box_format() -> prettytable::format::TableFormat {
    use prettytable::format::{FormatBuilder, LinePosition, LineSeparator};
    FormatBuilder::new()
        .column_separator('│')
        .borders('│')
        .separators(&[LinePosition::Top], LineSeparator::new('─', '┬', '┌', '┐'))
        .separators(
            &[LinePosition::Title],
            LineSeparator::new('─', '┼', '├', '┤'),
        )
        .separators(
            &[LinePosition::Bottom],
            LineSeparator::new('─', '┴', '└', '┘'),
        )
        .padding(1, 1)
        .build()
}
