//! Markdown: headings, bullet fields, pipe tables, fenced preformatted text.

use crate::coeff::Notation;
use crate::report::doc::{Block, Document};
use std::fmt::Write;

fn md_escape(s: &str) -> String {
    s.replace('|', "\\|")
}

/// Renders a document as Markdown, exact values in notation `n`.
pub fn render(doc: &Document, n: Notation) -> String {
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
            Block::Prose(ps) => {
                let p: String = ps.iter().map(|v| v.text_with(n, None)).collect();
                let _ = writeln!(out, "{p}\n");
            }
            Block::Pre(p) => {
                let _ = writeln!(out, "```\n{p}\n```\n");
            }
            Block::Fields(fs) => {
                for f in fs {
                    let _ = writeln!(
                        out,
                        "- **{}**: {}",
                        f.label,
                        md_escape(&f.value.text_with(n, None))
                    );
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
                    let cs: Vec<String> =
                        r.iter().map(|v| md_escape(&v.text_with(n, None))).collect();
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
