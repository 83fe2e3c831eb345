//! HTML: one self-contained page: CSS in the head, a table of contents from
//! the headings, tables in their own horizontally scrolling box so the page
//! keeps a 960 px column, figures inlined as SVG when their text is given
//! (no file or network access needed to view it), every text and attribute
//! escaped.

mod align;

use crate::report::doc::{Block, Document, Value};
use align::{cell, kind, split_point, Kind};
use std::fmt::Write;

const CSS: &str = "\
body{font-family:'DejaVu Sans',system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;line-height:1.45;color:#222}
h1{font-size:1.6em}h2{margin-top:1.6em;border-bottom:1px solid #ddd}
nav.toc{background:#f6f6f6;border:1px solid #ddd;padding:.5em 1.2em;margin:1em 0}
nav.toc ul{margin:.3em 0;padding-left:.4em;list-style:none}
.scroll{overflow-x:auto;max-width:100%;margin:1em 0}
table{border-collapse:collapse;font-size:.9em}
caption{text-align:left;font-weight:bold;padding:.3em 0}
th,td{border:1px solid #bbb;padding:3px 8px;vertical-align:top}
th{background:#f0f0f0;text-align:left}
td.num{font-family:'DejaVu Sans Mono',monospace;font-size:.85em;text-align:right;white-space:pre}
th.num{text-align:right}
td.exact{text-align:left}
td.value code{font-size:.9em;white-space:nowrap}
td{min-width:5em}
pre{background:#f8f8f8;padding:.6em;overflow-x:auto}
code{font-family:'DejaVu Sans Mono',monospace}
figure{margin:1.5em 0}figure svg,figure img{max-width:100%;height:auto}
figcaption{font-size:.9em;color:#555}
math{font-size:1.15em}";

/// Escapes text for element content and for double- or single-quoted attributes.
pub fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

/// An SVG document as inline markup: without an XML declaration.
fn inline_svg(svg: &str) -> &str {
    match svg.find("<svg") {
        Some(i) => &svg[i..],
        None => "",
    }
}

/// Renders a document as an HTML page (figures as `<img>` links).
pub fn render(doc: &Document) -> String {
    render_with_figures(doc, &[])
}

/// Renders a document as an HTML page; a figure whose path is among
/// `figures` (name, SVG text) is inlined as SVG.
pub fn render_with_figures(doc: &Document, figures: &[(String, String)]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{CSS}\n</style></head><body>",
        escape(&doc.title)
    );
    if !doc.title.is_empty() {
        let _ = writeln!(out, "<h1>{}</h1>", escape(&doc.title));
    }
    let headings: Vec<(usize, &str)> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(l, h) if *l <= 1 => Some((*l as usize, h.as_str())),
            _ => None,
        })
        .collect();
    if headings.len() >= 2 {
        out.push_str("<nav class=\"toc\"><b>Contents</b>\n<ul>\n");
        for (i, (_, h)) in headings.iter().enumerate() {
            let _ = writeln!(out, "<li><a href=\"#sec-{}\">{}</a></li>", i + 1, escape(h));
        }
        out.push_str("</ul></nav>\n");
    }
    let mut sec = 0;
    for b in &doc.blocks {
        match b {
            Block::Heading(level, h) => {
                let l = (*level + 1).min(6);
                if *level <= 1 {
                    sec += 1;
                    let _ = writeln!(out, "<h{l} id=\"sec-{sec}\">{}</h{l}>", escape(h));
                } else {
                    let _ = writeln!(out, "<h{l}>{}</h{l}>", escape(h));
                }
            }
            Block::Para(p) => {
                let _ = writeln!(out, "<p>{}</p>", escape(p));
            }
            Block::Prose(ps) => {
                let p: String = ps
                    .iter()
                    .map(|v| match v {
                        Value::Exact(x) => crate::coeff::mathml(x),
                        v => escape(&v.text()),
                    })
                    .collect();
                let _ = writeln!(out, "<p>{p}</p>");
            }
            Block::Pre(p) => {
                let _ = writeln!(out, "<pre>{}</pre>", escape(p));
            }
            Block::Fields(fs) => {
                out.push_str("<div class=\"scroll\"><table>\n");
                for f in fs {
                    // one quantity a row: values left-aligned, numbers in monospace
                    let _ = writeln!(
                        out,
                        "<tr><th>{}</th>{}</tr>",
                        escape(&f.label),
                        cell(&f.value, Kind::Text, 0)
                    );
                }
                out.push_str("</table></div>\n");
            }
            Block::Table(t) => {
                out.push_str("<div class=\"scroll\"><table>\n");
                if let Some(title) = &t.title {
                    let _ = writeln!(out, "<caption>{}</caption>", escape(title));
                }
                // one alignment per column, from the kind of its cells
                let column = |i: usize| t.rows.iter().filter_map(move |r| r.get(i));
                let kinds: Vec<Kind> = (0..t.columns.len()).map(|i| kind(column(i))).collect();
                let fracs: Vec<usize> = (0..t.columns.len())
                    .map(|i| {
                        let numbers = column(i).filter(|v| !matches!(v, Value::Null));
                        numbers.map(|v| split_point(&v.text()).1).max().unwrap_or(0)
                    })
                    .collect();
                out.push_str("<thead><tr>");
                for (c, k) in t.columns.iter().zip(&kinds) {
                    let class = if *k == Kind::Number {
                        " class=\"num\""
                    } else {
                        ""
                    };
                    let _ = write!(out, "<th{class}>{}</th>", escape(&c.header));
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for r in &t.rows {
                    out.push_str("<tr>");
                    for (i, v) in r.iter().enumerate() {
                        let k = kinds.get(i).copied().unwrap_or(Kind::Text);
                        out.push_str(&cell(v, k, fracs.get(i).copied().unwrap_or(0)));
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody></table></div>\n");
            }
            Block::Figure { path, caption } => {
                let svg = figures.iter().find(|(n, _)| n == path).map(|f| &f.1);
                let body = match svg {
                    Some(s) => inline_svg(s).to_string(),
                    None => format!("<img src=\"{}\" alt=\"{}\">", escape(path), escape(caption)),
                };
                let _ = writeln!(
                    out,
                    "<figure role=\"img\" aria-label=\"{}\">{body}<figcaption>{}</figcaption></figure>",
                    escape(caption),
                    escape(caption)
                );
            }
        }
    }
    out.push_str("</body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_and_text_are_escaped() {
        assert_eq!(escape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
        use super::align::numeric;
        assert!(numeric("-0.0447149") && numeric("1.7e−3") && !numeric("a = 1") && !numeric(""));
    }
}
