//! Tables in LaTeX: a `tabular` shrunk to the line when wider, or a
//! `longtable` (long tables, wrapped prose columns, far too wide ones) whose
//! columns become paragraph boxes of their share of the line.

use super::convert::latex_text;
use super::value::{cell, is_prose, UNBROKEN_NUMBER};
use crate::report::doc::{Table, Value};
use std::fmt::Write;

/// Characters of a line of a `\footnotesize` table across the landscape
/// text width (about 730 pt at about 4.5 pt a character, less the column gaps).
const LINE_CHARS: usize = 150;

/// The widest unbreakable piece of a cell, in characters: a word, a number
/// of up to [`UNBROKEN_NUMBER`] characters, or 10 characters of a longer one
/// (it breaks every 10, [`cell`]).
fn unbreakable(v: &Value) -> usize {
    match v {
        Value::Num(_) | Value::Dec(_) if v.text().len() > UNBROKEN_NUMBER => 10,
        _ => v
            .text()
            .split_whitespace()
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(1),
    }
}

/// The column spec and whether the cells are set in proportional paragraph
/// columns. `fit`: the table must fit the line by itself (a longtable,
/// which is not shrunk): when its columns' natural widths (longest cell, at
/// most 60 characters, or the whole header if longer) add up to more than
/// [`LINE_CHARS`], every column becomes a paragraph box,
/// `p{\dimexpr f\linewidth-2\tabcolsep}` with the shares f adding up to 1
/// (rounded down): each column first gets its widest unbreakable
/// piece (cell or header word) plus 3, the rest of the line goes to the
/// columns that wrap, in proportion to what they lack of their natural
/// width. Otherwise prose columns with long cells wrap in a paragraph box.
fn column_spec(t: &Table, fit: bool) -> (String, bool, usize) {
    let cols = 0..t.columns.len();
    let cells = |i: usize| t.rows.iter().filter_map(move |r| r.get(i));
    let header = |i: usize| {
        t.columns[i]
            .header
            .split_whitespace()
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(1)
    };
    let natural: Vec<usize> = cols
        .clone()
        .map(|i| {
            // an `l` column sets its header on one line: its full length counts
            let longest = cells(i).map(|v| v.text().chars().count()).max();
            longest
                .unwrap_or(1)
                .min(60)
                .max(t.columns[i].header.chars().count())
        })
        .collect();
    let total: usize = natural.iter().sum();
    if fit && total > LINE_CHARS {
        let min: Vec<usize> = cols
            .map(|i| cells(i).map(unbreakable).max().unwrap_or(1).max(header(i)) + 3)
            .collect();
        let spare = LINE_CHARS.saturating_sub(min.iter().sum()) as f64;
        let lack: Vec<usize> = natural
            .iter()
            .zip(&min)
            .map(|(n, m)| n.saturating_sub(*m))
            .collect();
        let lacking: usize = lack.iter().sum::<usize>().max(1);
        let w: Vec<f64> = min
            .iter()
            .zip(&lack)
            .map(|(&m, &l)| m as f64 + spare * l as f64 / lacking as f64)
            .collect();
        let sum: f64 = w.iter().sum();
        let spec = w
            .iter()
            .map(|&n| {
                // rounded down: shares rounded to nearest could add up past the line
                let f = (n / sum * 1000.0).floor() / 1000.0;
                format!(">{{\\raggedright\\arraybackslash}}p{{\\dimexpr {f:.3}\\linewidth-2\\tabcolsep\\relax}}")
            })
            .collect();
        return (spec, true, total);
    }
    let spec = (0..t.columns.len())
        .map(|i| {
            let cells = t.rows.iter().filter_map(|r| r.get(i));
            let long_prose = cells
                .filter(|v| matches!(v, Value::Str(s) if is_prose(s)))
                .any(|v| v.text().chars().count() > 40);
            if long_prose {
                ">{\\raggedright\\arraybackslash}p{0.3\\linewidth}".to_string()
            } else {
                "l".to_string()
            }
        })
        .collect();
    (spec, false, total)
}

/// Tables with more rows than this are `longtable`s (they break across pages).
const LONG_TABLE: usize = 40;

pub(super) fn table(out: &mut String, t: &Table) {
    if let Some(title) = &t.title {
        let _ = writeln!(
            out,
            "\\medskip\\noindent\\textbf{{{}}}\\par\\nopagebreak",
            latex_text(title)
        );
    }
    let small = t.columns.len() > 4;
    if small {
        out.push_str("{\\footnotesize\n");
    } else {
        out.push_str("{\n");
    }
    // a short table is a tabular (right on the first run); a long one, or
    // one with wrapped prose columns (its rows are tall), a longtable that
    // breaks across pages (its widths settle on a second run)
    // a table far wider than the line would be shrunk to an unreadable size:
    // a longtable with proportional columns instead
    let (plain, _, natural) = column_spec(t, false);
    let long = t.rows.len() > LONG_TABLE || plain.contains("p{") || natural > LINE_CHARS * 3 / 2;
    let env = if long { "longtable" } else { "tabular" };
    let (spec, proportional, _) = column_spec(t, long);
    if env == "tabular" {
        // shrunk to the line width when wider, never enlarged
        out.push_str(
            "\\noindent\\resizebox{\\ifdim\\width>\\linewidth\\linewidth\\else\\width\\fi}{!}{%\n",
        );
    }
    let _ = writeln!(out, "\\begin{{{env}}}{{{spec}}}\n\\hline");
    let hs: Vec<String> = t.columns.iter().map(|c| latex_text(&c.header)).collect();
    let head_end = if env == "longtable" { "\\endhead" } else { "" };
    let _ = writeln!(out, "{} \\\\\n\\hline{head_end}", hs.join(" & "));
    for r in &t.rows {
        let cs: Vec<String> = r.iter().map(|v| cell(v, proportional)).collect();
        let _ = writeln!(out, "{} \\\\", cs.join(" & "));
    }
    let _ = writeln!(out, "\\hline\n\\end{{{env}}}");
    if env == "tabular" {
        out.push_str("}\\par\n");
    }
    out.push_str("}\n\n");
}
