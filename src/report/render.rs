//! Renderers: one function per format, each turning a [`Document`] into a
//! `String`. Commands never print; `main` writes what comes back.

use super::doc::{Block, Document, Table, Value};
use crate::coeff::superscript_digit;
use crate::error::{Error, Result};
use std::fmt::Write;

/// Output formats. Not every command offers every format (`html` is for
/// `report`); the CLI says which.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Csv,
    Json,
    Latex,
    Html,
}

impl Format {
    /// All format names, for error messages and `--help`.
    pub const NAMES: &'static str = "text, markdown, csv, json, latex, html";

    /// Parses a format name; the error names `--format` and the allowed values.
    pub fn parse(s: &str) -> Result<Format> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "text" | "txt" => Format::Text,
            "markdown" | "md" => Format::Markdown,
            "csv" => Format::Csv,
            "json" => Format::Json,
            "latex" | "tex" => Format::Latex,
            "html" => Format::Html,
            _ => {
                return Err(Error::input(format!(
                    "--format must be one of {} (got {s:?})",
                    Format::NAMES
                )))
            }
        })
    }

    /// File extension for files written with `--out`.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Latex => "tex",
            Format::Html => "html",
        }
    }
}

/// Renders a document in the given format.
pub fn render(doc: &Document, format: Format) -> String {
    match format {
        Format::Text => text(doc),
        Format::Markdown => markdown(doc),
        Format::Csv => csv(doc),
        Format::Json => json(doc),
        Format::Latex => latex(doc),
        Format::Html => html(doc),
    }
}

fn text(doc: &Document) -> String {
    let mut out = String::new();
    if !doc.title.is_empty() {
        let _ = writeln!(
            out,
            "{}\n{}\n",
            doc.title,
            "=".repeat(doc.title.chars().count())
        );
    }
    for b in &doc.blocks {
        match b {
            Block::Heading(level, h) => {
                let u = if *level <= 1 { '=' } else { '-' };
                let _ = writeln!(out, "{h}\n{}\n", u.to_string().repeat(h.chars().count()));
            }
            Block::Para(p) => {
                let _ = writeln!(out, "{}\n", wrap(p, 78));
            }
            Block::Pre(p) => {
                let _ = writeln!(out, "{p}\n");
            }
            Block::Fields(fs) => {
                let w = fs
                    .iter()
                    .map(|f| f.label.chars().count())
                    .max()
                    .unwrap_or(0);
                for f in fs {
                    let pad = w - f.label.chars().count();
                    let _ = writeln!(out, "{}:{} {}", f.label, " ".repeat(pad), f.value.text());
                }
                out.push('\n');
            }
            Block::Table(t) => {
                if let Some(title) = &t.title {
                    let _ = writeln!(out, "{title}");
                }
                out.push_str(&text_table(t));
                out.push('\n');
            }
            Block::Figure { path, caption } => {
                let _ = writeln!(out, "[figure: {caption} -> {path}]\n");
            }
        }
    }
    out
}

fn text_table(t: &Table) -> String {
    use prettytable::{format, Cell, Row};
    let mut pt = prettytable::Table::new();
    pt.set_format(box_format());
    pt.set_titles(Row::new(
        t.columns.iter().map(|c| Cell::new(&c.header)).collect(),
    ));
    for r in &t.rows {
        pt.add_row(Row::new(
            r.iter()
                .map(|v| match v {
                    Value::Int(_) | Value::Num(_) => {
                        Cell::new_align(&v.text(), format::Alignment::RIGHT)
                    }
                    _ => Cell::new(&wrap(&v.text(), MAX_CELL)),
                })
                .collect(),
        ));
    }
    pt.to_string()
}

/// Text-table cells longer than this are wrapped at spaces.
const MAX_CELL: usize = 60;

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

/// Greedy word wrap; keeps existing line breaks.
fn wrap(s: &str, width: usize) -> String {
    let mut out = String::new();
    for (i, line) in s.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut col = 0;
        for (j, w) in line.split(' ').enumerate() {
            let n = w.chars().count();
            if j > 0 {
                if col + 1 + n > width && col > 0 {
                    out.push('\n');
                    col = 0;
                } else {
                    out.push(' ');
                    col += 1;
                }
            }
            out.push_str(w);
            col += n;
        }
    }
    out
}

fn md_escape(s: &str) -> String {
    s.replace('|', "\\|")
}

fn markdown(doc: &Document) -> String {
    let mut out = String::new();
    if !doc.title.is_empty() {
        let _ = writeln!(out, "# {}\n", doc.title);
    }
    for b in &doc.blocks {
        match b {
            Block::Heading(level, h) => {
                let _ = writeln!(out, "{} {h}\n", "#".repeat((*level as usize + 1).min(6)));
            }
            Block::Para(p) => {
                let _ = writeln!(out, "{p}\n");
            }
            Block::Pre(p) => {
                let _ = writeln!(out, "```\n{p}\n```\n");
            }
            Block::Fields(fs) => {
                for f in fs {
                    let _ = writeln!(out, "- **{}**: {}", f.label, md_escape(&f.value.text()));
                }
                out.push('\n');
            }
            Block::Table(t) => {
                if let Some(title) = &t.title {
                    let _ = writeln!(out, "**{title}**\n");
                }
                let hs: Vec<String> = t.columns.iter().map(|c| md_escape(&c.header)).collect();
                let _ = writeln!(out, "| {} |", hs.join(" | "));
                let seps: Vec<&str> = t.columns.iter().map(|_| "---").collect();
                let _ = writeln!(out, "|{}|", seps.join("|"));
                for r in &t.rows {
                    let cs: Vec<String> = r.iter().map(|v| md_escape(&v.text())).collect();
                    let _ = writeln!(out, "| {} |", cs.join(" | "));
                }
                out.push('\n');
            }
            Block::Figure { path, caption } => {
                let _ = writeln!(out, "![{caption}]({path})\n");
            }
        }
    }
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// CSV carries the tables only (one after another, separated by a blank line).
fn csv(doc: &Document) -> String {
    let mut out = String::new();
    for (i, t) in doc.tables().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let hs: Vec<String> = t.columns.iter().map(|c| csv_field(&c.key)).collect();
        let _ = writeln!(out, "{}", hs.join(","));
        for r in &t.rows {
            let cs: Vec<String> = r
                .iter()
                .map(|v| match v {
                    Value::Null => String::new(),
                    Value::Bool(b) => b.to_string(),
                    _ => csv_field(&v.text()),
                })
                .collect();
            let _ = writeln!(out, "{}", cs.join(","));
        }
    }
    out
}

/// Builds the JSON value of a document: fields become keys, tables arrays of
/// objects under their key, paragraphs a `notes` array.
pub fn json_value(doc: &Document) -> serde_json::Value {
    use serde_json::{Map, Value as J};
    let mut root = Map::new();
    root.insert("title".into(), J::from(doc.title.as_str()));
    let mut notes = Vec::new();
    let mut figures = Vec::new();
    for b in &doc.blocks {
        match b {
            Block::Fields(fs) => {
                for f in fs {
                    root.insert(f.key.clone(), f.value.json());
                }
            }
            Block::Table(t) => {
                let rows: Vec<J> = t
                    .rows
                    .iter()
                    .map(|r| {
                        let mut o = Map::new();
                        for (c, v) in t.columns.iter().zip(r) {
                            o.insert(c.key.clone(), v.json());
                        }
                        J::Object(o)
                    })
                    .collect();
                root.insert(t.key.clone(), J::Array(rows));
            }
            Block::Para(p) => notes.push(J::from(p.as_str())),
            Block::Figure { path, caption } => {
                figures.push(serde_json::json!({"path": path, "caption": caption}))
            }
            Block::Heading(..) | Block::Pre(_) => {}
        }
    }
    if !notes.is_empty() {
        root.insert("notes".into(), J::Array(notes));
    }
    if !figures.is_empty() {
        root.insert("figures".into(), J::Array(figures));
    }
    J::Object(root)
}

fn json(doc: &Document) -> String {
    let mut s = serde_json::to_string_pretty(&json_value(doc)).unwrap_or_default();
    s.push('\n');
    s
}

/// Turns the exact-form notation (π, √, −, ·, superscripts) into LaTeX math.
pub fn latex_math(s: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            'π' => out.push_str("\\pi "),
            '−' => out.push('-'),
            '·' => out.push_str("\\cdot "),
            '≈' => out.push_str("\\approx "),
            '½' => out.push_str("\\frac12 "),
            '∞' => out.push_str("\\infty "),
            '±' => out.push_str("\\pm "),
            '√' => {
                // √(...) → \sqrt{...}; √x → \sqrt{x}
                if i + 1 < chars.len() && chars[i + 1] == '(' {
                    let mut depth = 0;
                    let mut j = i + 1;
                    while j < chars.len() {
                        if chars[j] == '(' {
                            depth += 1;
                        } else if chars[j] == ')' {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        j += 1;
                    }
                    let inner: String = chars[i + 2..j.min(chars.len())].iter().collect();
                    let _ = write!(out, "\\sqrt{{{}}}", latex_math(&inner));
                    i = j + 1;
                    continue;
                } else if i + 1 < chars.len() {
                    let _ = write!(out, "\\sqrt{{{}}}", latex_math(&chars[i + 1].to_string()));
                    i += 2;
                    continue;
                }
            }
            '⁰'..='⁹' | '¹' | '²' | '³' | '⁻' => {
                let mut sup = String::new();
                while i < chars.len() && superscript_digit(chars[i]).is_some() {
                    sup.push(superscript_digit(chars[i]).unwrap_or('0'));
                    i += 1;
                }
                let _ = write!(out, "^{{{sup}}}");
                continue;
            }
            '%' | '&' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            _ => match math_symbol(c) {
                Some(m) => {
                    out.push_str(m);
                    out.push(' ');
                }
                None => out.push(c),
            },
        }
        i += 1;
    }
    out
}

/// The LaTeX math command for a Unicode math symbol used in exact forms and prose.
fn math_symbol(c: char) -> Option<&'static str> {
    match c {
        'π' => Some("\\pi"),
        'Σ' => Some("\\Sigma"),
        '∫' => Some("\\int"),
        'ℝ' => Some("\\mathbb{R}"),
        'Φ' => Some("\\Phi"),
        'σ' => Some("\\sigma"),
        'θ' => Some("\\theta"),
        '±' => Some("\\pm"),
        '≤' => Some("\\le"),
        '≥' => Some("\\ge"),
        '≈' => Some("\\approx"),
        '→' => Some("\\to"),
        '·' => Some("\\cdot"),
        '∞' => Some("\\infty"),
        '×' => Some("\\times"),
        '…' => Some("\\ldots"),
        'ℚ' => Some("\\mathbb{Q}"),
        'ᵐ' => Some("^{m}"),
        'ⁿ' => Some("^{n}"),
        'ᵏ' => Some("^{k}"),
        'ˣ' => Some("^{x}"),
        'ₘ' => Some("_{m}"),
        'ₖ' => Some("_{k}"),
        '₋' => Some("_{-}"),
        '∈' => Some("\\in"),
        '∪' => Some("\\cup"),
        'ε' => Some("\\varepsilon"),
        'δ' => Some("\\delta"),
        _ => None,
    }
}

/// Prose for LaTeX: special characters escaped, and the math symbols of the
/// exact forms (π, √(…), superscripts, −, ·, ≈, Σ, ∫, ℝ, Φ, σ, θ, ±, ≤, ≥, →)
/// set as inline math, so the output compiles with plain pdflatex.
fn latex_text(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let sym = math_symbol(c);
        if let Some(m) = sym {
            out.push_str(&format!("${m}$"));
            i += 1;
            continue;
        }
        if c == '√' || superscript_digit(c).is_some() || matches!(c, '₀'..='₉') {
            // a run of math: √(…) with its argument, or superscript/subscript digits
            let start = i;
            if c == '√' {
                i += 1;
                if i < chars.len() && chars[i] == '(' {
                    let mut depth = 0;
                    while i < chars.len() {
                        if chars[i] == '(' {
                            depth += 1;
                        } else if chars[i] == ')' {
                            depth -= 1;
                            if depth == 0 {
                                i += 1;
                                break;
                            }
                        }
                        i += 1;
                    }
                } else if i < chars.len() {
                    i += 1;
                }
            } else {
                while i < chars.len()
                    && (superscript_digit(chars[i]).is_some() || matches!(chars[i], '₀'..='₉'))
                {
                    i += 1;
                }
            }
            let run: String = chars[start..i].iter().collect();
            let run: String = run
                .chars()
                .map(|ch| match ch {
                    '₀'..='₉' => char::from_digit(ch as u32 - '₀' as u32, 10).unwrap_or('0'),
                    _ => ch,
                })
                .collect();
            let sub = chars[start..i].iter().any(|ch| matches!(ch, '₀'..='₉'));
            let m = latex_math(&run);
            out.push_str(&if sub {
                format!("$_{{{m}}}$")
            } else {
                format!("${m}$")
            });
            continue;
        }
        match c {
            '%' | '&' | '#' | '_' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '−' => out.push('-'),
            '—' => out.push_str("---"),
            '–' => out.push_str("--"),
            '½' => out.push_str("$\\frac12$"),
            '^' => out.push_str("\\^{}"),
            '~' => out.push_str("\\~{}"),
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// True for text that reads as prose (a word of three or more letters that
/// is not a function name of the exact forms), to be set as text, not math.
fn is_prose(s: &str) -> bool {
    s.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        w.len() >= 3
            && !matches!(
                w,
                "tanh" | "erf" | "exp" | "log" | "sqrt" | "artanh" | "atan"
            )
    })
}

/// A value for LaTeX: numbers and exact forms as math, prose as text.
fn latex_value(v: &Value) -> String {
    match v {
        Value::Bool(_) | Value::Null => v.text(),
        Value::Str(s) if is_prose(s) => latex_text(s),
        _ => format!("${}$", latex_math(&v.text())),
    }
}

fn latex(doc: &Document) -> String {
    let mut out = String::new();
    out.push_str("% generated by taylormatch; needs \\usepackage{amssymb,graphicx}\n");
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
            Block::Pre(p) if !p.is_ascii() => {
                // text plots use box-drawing glyphs pdflatex cannot set; the SVGs stand in
                let _ = writeln!(
                    out,
                    "% text rendering omitted: write the SVG figures with --out DIR\n"
                );
            }
            Block::Pre(p) => {
                let _ = writeln!(out, "\\begin{{verbatim}}\n{p}\n\\end{{verbatim}}\n");
            }
            Block::Fields(fs) => {
                out.push_str("\\begin{itemize}\n");
                for f in fs {
                    let _ = writeln!(
                        out,
                        "  \\item {}: {}",
                        latex_text(&f.label),
                        latex_value(&f.value)
                    );
                }
                out.push_str("\\end{itemize}\n\n");
            }
            Block::Table(t) => {
                if let Some(title) = &t.title {
                    let _ = writeln!(out, "\\paragraph{{{}}}", latex_text(title));
                }
                let spec: String = t.columns.iter().map(|_| 'l').collect();
                let _ = writeln!(out, "\\begin{{tabular}}{{{spec}}}\n\\hline");
                let hs: Vec<String> = t.columns.iter().map(|c| latex_text(&c.header)).collect();
                let _ = writeln!(out, "{} \\\\\n\\hline", hs.join(" & "));
                for r in &t.rows {
                    let cs: Vec<String> = r.iter().map(latex_value).collect();
                    let _ = writeln!(out, "{} \\\\", cs.join(" & "));
                }
                out.push_str("\\hline\n\\end{tabular}\n\n");
            }
            Block::Figure { path, caption } => {
                // pdflatex cannot read SVG: use a PDF of the figure when one sits beside it
                // (e.g. `rsvg-convert -f pdf -o x.pdf x.svg`), else name the SVG file
                let stem = path.strip_suffix(".svg").unwrap_or(path);
                let _ = writeln!(
                    out,
                    "\\begin{{figure}}[h]\\centering\\IfFileExists{{{stem}.pdf}}{{\\includegraphics[width=\\linewidth]{{{stem}.pdf}}}}{{\\fbox{{figure: \\texttt{{{}}}}}}}\\caption{{{}}}\\end{{figure}}\n",
                    latex_text(path),
                    latex_text(caption)
                );
            }
        }
    }
    out
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn html(doc: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{}</title>\n<style>body{{font-family:sans-serif;max-width:60em;margin:auto}}table{{border-collapse:collapse}}td,th{{border:1px solid #999;padding:2px 6px;font-family:monospace}}</style></head><body>",
        html_escape(&doc.title)
    );
    if !doc.title.is_empty() {
        let _ = writeln!(out, "<h1>{}</h1>", html_escape(&doc.title));
    }
    for b in &doc.blocks {
        match b {
            Block::Heading(level, h) => {
                let l = (*level + 1).min(6);
                let _ = writeln!(out, "<h{l}>{}</h{l}>", html_escape(h));
            }
            Block::Para(p) => {
                let _ = writeln!(out, "<p>{}</p>", html_escape(p));
            }
            Block::Pre(p) => {
                let _ = writeln!(out, "<pre>{}</pre>", html_escape(p));
            }
            Block::Fields(fs) => {
                out.push_str("<ul>\n");
                for f in fs {
                    let _ = writeln!(
                        out,
                        "<li><b>{}</b>: <code>{}</code></li>",
                        html_escape(&f.label),
                        html_escape(&f.value.text())
                    );
                }
                out.push_str("</ul>\n");
            }
            Block::Table(t) => {
                out.push_str("<table>\n");
                if let Some(title) = &t.title {
                    let _ = writeln!(out, "<caption>{}</caption>", html_escape(title));
                }
                out.push_str("<tr>");
                for c in &t.columns {
                    let _ = write!(out, "<th>{}</th>", html_escape(&c.header));
                }
                out.push_str("</tr>\n");
                for r in &t.rows {
                    out.push_str("<tr>");
                    for v in r {
                        let _ = write!(out, "<td>{}</td>", html_escape(&v.text()));
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</table>\n");
            }
            Block::Figure { path, caption } => {
                let _ = writeln!(
                    out,
                    "<figure><img src=\"{}\" alt=\"{}\"><figcaption>{}</figcaption></figure>",
                    html_escape(path),
                    html_escape(caption),
                    html_escape(caption)
                );
            }
        }
    }
    out.push_str("</body></html>\n");
    out
}
