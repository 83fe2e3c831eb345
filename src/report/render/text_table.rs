//! Text tables that fit a line width: numbers with their decimal points
//! aligned, text cells and headers wrapped (textwrap), drawn by
//! prettytable-rs. A table whose columns cannot fit even when wrapped is
//! split into column groups, each repeating the first column.

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
    natural: usize,
    /// Narrowest width it can be wrapped to.
    min: usize,
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
fn frame(n: usize) -> usize {
    3 * n + 1
}

/// Above this many characters of cell text the layout does not search for
/// the fewest lines (each trial width re-wraps a column) and only narrows
/// the widest columns.
const SEARCH_LIMIT: usize = 200_000;

/// Column widths for `cols` within `width`. Every column starts at its
/// narrowest width; the spare characters then go, one column at a time,
/// where they save the most wrapped lines per character given (the table's
/// height is the sum over rows of the tallest cell); what is left when no
/// character saves a line goes to the columns furthest below their natural
/// width. Below the minima every column is cut evenly (cells are then
/// broken inside words).
pub(super) fn widths(cols: &[&Col], width: usize) -> Vec<usize> {
    let avail = width.saturating_sub(frame(cols.len())).max(cols.len());
    let natural: Vec<usize> = cols.iter().map(|c| c.natural).collect();
    if natural.iter().sum::<usize>() <= avail {
        return natural;
    }
    let mut w: Vec<usize> = cols.iter().map(|c| c.min).collect();
    if w.iter().sum::<usize>() > avail {
        return cut_evenly(w, avail);
    }
    let text: usize = cols
        .iter()
        .flat_map(|c| c.cells.iter())
        .map(|s| s.len())
        .sum();
    if text <= SEARCH_LIMIT {
        fewest_lines(cols, &mut w, avail);
    }
    // the rest toward the natural widths, largest shortfall first
    while w.iter().sum::<usize>() < avail {
        let pick = (0..w.len())
            .filter(|&i| w[i] < natural[i])
            .max_by_key(|&i| natural[i] - w[i]);
        match pick {
            Some(i) => w[i] += 1,
            None => break,
        }
    }
    w
}

/// Narrows the widest columns one character at a time to `avail`.
fn cut_evenly(mut w: Vec<usize>, avail: usize) -> Vec<usize> {
    while w.iter().sum::<usize>() > avail {
        let i = (0..w.len()).max_by_key(|&i| w[i]).unwrap_or(0);
        if w[i] <= 1 {
            break;
        }
        w[i] -= 1;
    }
    w
}

/// Lines each row of `c` takes at width `w` (the header as row 0).
fn line_counts(c: &Col, w: usize) -> Vec<usize> {
    std::iter::once(wrap_to(&c.header, w, false))
        .chain(c.cells.iter().map(|s| wrap_to(s, w, c.numeric)))
        .map(|s| s.lines().count().max(1))
        .collect()
}

/// Table height (header included) when column `i` has the line counts
/// `lines[i]`.
fn height(lines: &[Vec<usize>]) -> usize {
    let rows = lines.first().map_or(0, Vec::len);
    (0..rows)
        .map(|r| lines.iter().map(|l| l[r]).max().unwrap_or(1))
        .sum()
}

/// Greedy search: while characters are spare, widen the column whose
/// smallest widening that saves lines saves the most lines per character
/// (ties: the column furthest below its natural width).
fn fewest_lines(cols: &[&Col], w: &mut [usize], avail: usize) {
    let mut lines: Vec<Vec<usize>> = cols
        .iter()
        .zip(w.iter())
        .map(|(c, &w)| line_counts(c, w))
        .collect();
    loop {
        let spare = avail - w.iter().sum::<usize>();
        let now = height(&lines);
        // (lines saved per character as saved/step, column, step, its counts)
        let mut best: Option<(usize, usize, usize, Vec<usize>)> = None;
        for (i, c) in cols.iter().enumerate() {
            for step in 1..=spare.min(c.natural.saturating_sub(w[i])) {
                let trial = line_counts(c, w[i] + step);
                let old = std::mem::replace(&mut lines[i], trial);
                let saved = now - height(&lines);
                let trial = std::mem::replace(&mut lines[i], old);
                if saved == 0 {
                    continue;
                }
                let better = match &best {
                    None => true,
                    Some((s, j, t, _)) => {
                        let (lhs, rhs) = (saved * t, s * step);
                        lhs > rhs
                            || (lhs == rhs && cols[i].natural - w[i] > cols[*j].natural - w[*j])
                    }
                };
                if better {
                    best = Some((saved, i, step, trial));
                }
                break;
            }
        }
        match best {
            Some((_, i, step, trial)) => {
                w[i] += step;
                lines[i] = trial;
            }
            None => return,
        }
    }
}

/// Column groups of a table too wide for `width`: each group repeats the
/// first `key` columns and takes a run of the others. Of the splits into
/// as few groups as fit (and one more), the one whose parts take the
/// fewest lines in all is chosen; a large table takes the greedy packing.
/// `None` when the key columns leave no room for another column.
fn groups(cols: &[Col], width: usize, key: usize) -> Option<Vec<Vec<usize>>> {
    let fits =
        |idx: &[usize]| idx.iter().map(|&i| cols[i].min).sum::<usize>() + frame(idx.len()) <= width;
    let all: Vec<usize> = (0..cols.len()).collect();
    if cols.len() <= key + 1 || fits(&all) {
        return Some(vec![all]);
    }
    let greedy = packed_groups(cols, key, &fits)?;
    let text: usize = cols
        .iter()
        .flat_map(|c| c.cells.iter())
        .map(|s| s.len())
        .sum();
    if text > SEARCH_LIMIT {
        return Some(greedy);
    }
    let lines = |g: &[usize]| -> usize {
        let sel: Vec<&Col> = g.iter().map(|&i| &cols[i]).collect();
        let w = widths(&sel, width);
        let counts: Vec<Vec<usize>> = sel
            .iter()
            .zip(&w)
            .map(|(c, &w)| line_counts(c, w))
            .collect();
        // borders and the "(part k of n: …)" line
        height(&counts) + 4
    };
    let rest = cols.len() - key;
    let mut best: Option<(usize, Vec<Vec<usize>>)> = None;
    for k in greedy.len()..=(greedy.len() + 1).min(rest) {
        for cuts in splits(rest, k) {
            let gs: Vec<Vec<usize>> = cuts
                .windows(2)
                .map(|c| (0..key).chain(c[0] + key..c[1] + key).collect())
                .collect();
            if !gs.iter().all(|g| fits(g)) {
                continue;
            }
            let cost: usize = gs.iter().map(|g| lines(g)).sum();
            if best.as_ref().is_none_or(|(b, _)| cost < *b) {
                best = Some((cost, gs));
            }
        }
    }
    Some(best.map_or(greedy, |(_, gs)| gs))
}

/// Every way to cut `0..n` into `k` non-empty runs, as boundary lists
/// `[0, c₁, …, n]`.
fn splits(n: usize, k: usize) -> Vec<Vec<usize>> {
    if k <= 1 {
        return vec![vec![0, n]];
    }
    let mut out = Vec::new();
    for first in 1..=n.saturating_sub(k - 1) {
        for mut tail in splits(n - first, k - 1) {
            tail.iter_mut().for_each(|c| *c += first);
            out.push(std::iter::once(0).chain(tail).collect());
        }
    }
    out
}

/// Column groups by packing: the key columns, then as many further
/// columns as fit at their minimum widths (at least one per group; `None`
/// when even one does not fit beside the key and the key is wider than one
/// column).
fn packed_groups(
    cols: &[Col],
    key: usize,
    fits: &dyn Fn(&[usize]) -> bool,
) -> Option<Vec<Vec<usize>>> {
    let mut out = Vec::new();
    let mut cur: Vec<usize> = (0..key).collect();
    for j in key..cols.len() {
        cur.push(j);
        if !fits(&cur) {
            if key > 1 && cur.len() == key + 1 {
                return None;
            }
            if cur.len() > key + 1 {
                cur.pop();
                out.push(std::mem::replace(&mut cur, (0..key).chain([j]).collect()));
            }
        }
    }
    out.push(cur);
    Some(out)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn col(header: &str, cells: &[&str]) -> Col {
        let t = {
            let mut t = Table::new("t", &[("c", header)]);
            for c in cells {
                t.push(vec![Value::Str((*c).into())]);
            }
            t
        };
        prepare(&t, &|v| match v {
            Value::Str(s) => s.clone(),
            _ => String::new(),
        })
        .remove(0)
    }

    /// The height of the best assignment of widths, by trying them all.
    fn brute_force(cols: &[&Col], avail: usize) -> usize {
        fn go(cols: &[&Col], i: usize, left: usize, w: &mut Vec<usize>, best: &mut usize) {
            if i == cols.len() {
                let lines: Vec<Vec<usize>> = cols
                    .iter()
                    .zip(w.iter())
                    .map(|(c, &w)| line_counts(c, w))
                    .collect();
                *best = (*best).min(height(&lines));
                return;
            }
            for x in cols[i].min..=cols[i].natural.min(left) {
                w.push(x);
                go(cols, i + 1, left - x, w, best);
                w.pop();
            }
        }
        let mut best = usize::MAX;
        go(cols, 0, avail, &mut Vec::new(), &mut best);
        best
    }

    #[test]
    fn the_width_search_finds_the_fewest_lines_on_small_tables() {
        let long = "equals the value rounded to 10 decimals";
        let tables = [
            vec![
                col("literal", &["0.7978845608", "0.044715", "1.702"]),
                col(
                    "expression",
                    &[
                        "√(2/π)",
                        "a (paper, 0.044715)",
                        "minimax k at the Φ (erf) level over ℝ (fit)",
                    ],
                ),
                col(
                    "match",
                    &[long, "exact", "equals the value rounded to 3 decimals"],
                ),
            ],
            vec![
                col("a", &["one two three four five six seven eight nine ten"]),
                col("b", &["x"]),
                col("c", &["alpha beta gamma delta epsilon zeta eta theta"]),
            ],
        ];
        for cols in &tables {
            let sel: Vec<&Col> = cols.iter().collect();
            for width in [40, 50, 60, 70] {
                let avail = width - frame(sel.len());
                if sel.iter().map(|c| c.min).sum::<usize>() > avail {
                    continue;
                }
                let w = widths(&sel, width);
                assert!(w.iter().sum::<usize>() <= avail, "{w:?} at {width}");
                let lines: Vec<Vec<usize>> = sel
                    .iter()
                    .zip(&w)
                    .map(|(c, &w)| line_counts(c, w))
                    .collect();
                assert_eq!(
                    height(&lines),
                    brute_force(&sel, avail),
                    "widths {w:?} at {width}"
                );
            }
        }
    }

    #[test]
    fn splits_enumerate_every_cut_into_runs() {
        assert_eq!(splits(4, 1), vec![vec![0, 4]]);
        assert_eq!(
            splits(4, 2),
            vec![vec![0, 1, 4], vec![0, 2, 4], vec![0, 3, 4]]
        );
        let three = splits(5, 3);
        assert_eq!(three.len(), 6); // C(4, 2)
        assert!(three
            .iter()
            .all(|c| c.windows(2).all(|p| p[0] < p[1]) && c[3] == 5));
    }

    #[test]
    fn hyphenated_names_are_not_broken() {
        assert_eq!(
            wrap_to("see mlx-gelu-tanh now", 14, false),
            "see\nmlx-gelu-tanh\nnow"
        );
        assert_eq!(wrap_to("grid: 2.4329e-8)", 12, false), "grid:\n2.4329e-8)");
    }
}
