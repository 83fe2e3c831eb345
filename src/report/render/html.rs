//! HTML: one self-contained page.

use crate::report::doc::{Block, Document};
use std::fmt::Write;

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Renders a document as an HTML page.
pub fn render(doc: &Document) -> String {
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
