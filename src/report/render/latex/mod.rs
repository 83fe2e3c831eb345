//! LaTeX: a complete document that plain `pdflatex` compiles, in ASCII only
//! (the notation is converted by [`convert`]); tables of more than
//! [`LONG_TABLE`] rows are `longtable`s so long coefficient lists break across
//! pages (their column widths settle when pdflatex runs a second time).

mod convert;
mod symbols;

pub use convert::{latex_math, latex_text};

use crate::report::doc::{Block, Document, Table, Value};
use std::fmt::Write;

/// The packages the preamble loads (all in texlive-latex-base/-recommended).
pub const PREAMBLE_PACKAGES: &[&str] = &[
    "fontenc",
    "lmodern",
    "amsmath",
    "amssymb",
    "graphicx",
    "longtable",
    "geometry",
];

const PREAMBLE: &str = "\\pdfminorversion=7
\\documentclass[10pt]{article}
\\usepackage[T1]{fontenc}
\\usepackage{lmodern}
\\usepackage{amsmath,amssymb}
\\usepackage{graphicx}
\\usepackage{longtable}
\\usepackage[margin=2cm,landscape]{geometry}
\\setlength{\\parindent}{0pt}
\\setlength{\\parskip}{0.5ex}
\\setlength{\\tabcolsep}{4pt}
\\begin{document}
";

/// True for text that reads as prose (a word of three or more letters that
/// is not a function name of the exact forms, or a short English word
/// between spaces: `L2 on ℝ`), to be set as text, not math.
fn is_prose(s: &str) -> bool {
    // plain words such as "no", "l2", "gelu" (a lone letter stays math: `a`)
    let plain = s.chars().count() >= 2
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ')
        && s.chars().any(|c| c.is_ascii_alphabetic());
    if plain {
        return true;
    }
    let word = s.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        w.len() >= 3
            && !matches!(
                w,
                "tanh" | "erf" | "exp" | "log" | "sqrt" | "artanh" | "atan" | "erfc"
            )
    });
    word || s.split_whitespace().any(|w| {
        matches!(
            w,
            "on" | "of" | "to" | "in" | "at" | "is" | "or" | "by" | "as" | "vs"
        )
    })
}

/// A table cell: in proportional paragraph columns numbers longer than 12
/// characters get a break point every 10 (they may be wider than their column).
fn cell(v: &Value, proportional: bool) -> String {
    match v {
        Value::Num(_) | Value::Dec(_) if proportional && v.text().len() > 12 => chunked(&v.text()),
        _ => value(v, false),
    }
}

/// A number as math with a break point every 10 characters of its mantissa.
fn chunked(s: &str) -> String {
    number(s, true)
}

/// A decimal as math: `-2.16057e-8` is set as −2.16057 × 10⁻⁸ (not as the
/// difference "e − 8"); with `breakable`, the mantissa gets a break point
/// every 10 characters.
fn number(s: &str, breakable: bool) -> String {
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let mant = if breakable {
        let chunks: Vec<String> = mant
            .chars()
            .collect::<Vec<_>>()
            .chunks(10)
            .map(|c| latex_math(&c.iter().collect::<String>()))
            .collect();
        chunks.join("\\allowbreak ")
    } else {
        latex_math(mant)
    };
    match exp {
        Some(e) => {
            let (sign, digits) = match e.strip_prefix('-') {
                Some(d) => ("-", d),
                None => ("", e.trim_start_matches('+')),
            };
            let digits = digits.trim_start_matches('0');
            let digits = if digits.is_empty() { "0" } else { digits };
            format!("${mant}\\times 10^{{{sign}{digits}}}$")
        }
        None => format!("${mant}$"),
    }
}

/// A text that is one decimal number in scientific notation (a float64
/// repr such as `2.4329173471294176e-08`).
fn is_scientific(s: &str) -> bool {
    let Some(i) = s.find(['e', 'E']) else {
        return false;
    };
    let (m, e) = (&s[..i], &s[i + 1..]);
    let m = m.strip_prefix('-').unwrap_or(m);
    let e = e.strip_prefix(['-', '+']).unwrap_or(e);
    !m.is_empty()
        && m.chars().all(|c| c.is_ascii_digit() || c == '.')
        && m.chars().any(|c| c.is_ascii_digit())
        && !e.is_empty()
        && e.chars().all(|c| c.is_ascii_digit())
}

/// A value for LaTeX: numbers and exact forms as math, prose as text. Long
/// numbers get a break point every 10 characters (outside tables).
fn value(v: &Value, breakable: bool) -> String {
    match v {
        Value::Bool(_) | Value::Null => latex_text(&v.text()),
        Value::Exact(x) => format!("${}$", crate::coeff::Notation::Latex.format(x)),
        Value::Str(s) if is_prose(s) => latex_text(s),
        Value::Num(_) | Value::Dec(_) if breakable && v.text().len() > 40 => chunked(&v.text()),
        Value::Num(_) | Value::Dec(_) => number(&v.text(), false),
        Value::Str(s) if is_scientific(s) => number(s, false),
        _ => format!("${}$", latex_math(&v.text())),
    }
}

/// Characters of a line of a `\footnotesize` table across the landscape
/// text width (about 730 pt at about 4.5 pt a character, less the column gaps).
const LINE_CHARS: usize = 150;

/// The widest unbreakable piece of a cell, in characters: a word, or 10
/// characters of a long number (it breaks every 10, [`cell`]).
fn unbreakable(v: &Value) -> usize {
    match v {
        Value::Num(_) | Value::Dec(_) if v.text().len() > 12 => 10,
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
/// most 60 characters) add up to more than [`LINE_CHARS`], every column
/// becomes a paragraph box, `p{\dimexpr f\linewidth-2\tabcolsep}` with the
/// shares f adding up to 1: each column first gets its widest unbreakable
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
            let longest = cells(i).map(|v| v.text().chars().count()).max();
            longest.unwrap_or(1).min(60).max(header(i))
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
                let f = n / sum;
                format!("p{{\\dimexpr {f:.3}\\linewidth-2\\tabcolsep\\relax}}")
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
                "p{0.3\\linewidth}".to_string()
            } else {
                "l".to_string()
            }
        })
        .collect();
    (spec, false, total)
}

/// Tables with more rows than this are `longtable`s (they break across pages).
const LONG_TABLE: usize = 40;

fn table(out: &mut String, t: &Table) {
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

/// True for preformatted text that is a text plot (box drawing, blocks, braille).
fn is_plot(p: &str) -> bool {
    p.chars()
        .any(|c| matches!(c as u32, 0x2500..=0x259F | 0x2800..=0x28FF))
}

/// Renders a document as a complete LaTeX file.
pub fn render(doc: &Document) -> String {
    let mut out = String::from(
        "% generated by taylormatch; compile with pdflatex (twice when it has long tables)\n",
    );
    out.push_str(PREAMBLE);
    if !doc.title.is_empty() {
        let _ = writeln!(out, "\\section*{{{}}}\n", latex_text(&doc.title));
    }
    for b in &doc.blocks {
        match b {
            Block::Heading(level, h) => {
                let cmd = if *level <= 1 {
                    "subsection*"
                } else {
                    "subsubsection*"
                };
                let _ = writeln!(out, "\\{cmd}{{{}}}\n", latex_text(h));
            }
            Block::Para(p) => {
                let _ = writeln!(out, "{}\n", latex_text(p));
            }
            Block::Prose(ps) => {
                let p: String = ps
                    .iter()
                    .map(|v| match v {
                        Value::Str(s) => latex_text(s),
                        v => value(v, true),
                    })
                    .collect();
                let _ = writeln!(out, "{p}\n");
            }
            Block::Pre(p) if is_plot(p) => {
                // pdflatex has no box-drawing glyphs; the SVG figures stand in
                let first = p.lines().next().unwrap_or_default();
                let _ = writeln!(
                    out,
                    "{} (text plot omitted in LaTeX; write the SVG figures with --out DIR)\n",
                    latex_text(first)
                );
            }
            Block::Pre(p) if p.is_ascii() => {
                let _ = writeln!(out, "\\begin{{verbatim}}\n{p}\n\\end{{verbatim}}\n");
            }
            Block::Pre(p) => {
                out.push_str("{\\ttfamily\n");
                for l in p.lines() {
                    let _ = writeln!(out, "{}\\\\", latex_text(l));
                }
                out.push_str("}\n\n");
            }
            Block::Fields(fs) => {
                out.push_str("\\begin{itemize}\n");
                for f in fs {
                    let _ = writeln!(
                        out,
                        "  \\item {}: {}",
                        latex_text(&f.label),
                        value(&f.value, true)
                    );
                }
                out.push_str("\\end{itemize}\n\n");
            }
            Block::Table(t) => table(&mut out, t),
            Block::Figure { path, caption } => {
                // pdflatex cannot read SVG: use a PDF of the figure when one sits beside it
                // (e.g. `rsvg-convert -f pdf -o x.pdf x.svg`), else name the SVG file
                let stem = path.strip_suffix(".svg").unwrap_or(path);
                let _ = writeln!(
                    out,
                    "\\begin{{figure}}[h]\\centering\\IfFileExists{{{stem}.pdf}}{{\\includegraphics[width=0.8\\linewidth]{{{stem}.pdf}}}}{{\\fbox{{figure: \\texttt{{{}}}}}}}\\caption{{{}}}\\end{{figure}}\n",
                    latex_text(path),
                    latex_text(caption)
                );
            }
        }
    }
    out.push_str("\\end{document}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scientific_decimals_are_set_as_powers_of_ten() {
        assert_eq!(number("-2.16057e-8", false), "$-2.16057\\times 10^{-8}$");
        assert_eq!(number("5.6e+05", false), "$5.6\\times 10^{5}$");
        assert_eq!(number("0.25", false), "$0.25$");
        assert!(is_scientific("2.4329173471294176e-08"));
        assert!(!is_scientific("e-8") && !is_scientific("x e-8") && !is_scientific("1.5"));
        let v = value(&Value::Str("2.4329173471294176e-08".into()), false);
        assert_eq!(v, "$2.4329173471294176\\times 10^{-8}$");
        // a long one keeps its break points in the mantissa only
        assert_eq!(value(&Value::Str("no".into()), false), "no");
        assert_eq!(value(&Value::Str("a".into()), false), "$a$");
        let c = chunked("2.4329173471281396717e-8");
        assert!(
            c.ends_with("\\times 10^{-8}$") && c.contains("\\allowbreak"),
            "{c}"
        );
    }
}
