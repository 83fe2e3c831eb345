//! Plain text within the line width ([`super::width::text_width`]):
//! underlined headings, wrapped prose, aligned fields, box-drawn tables
//! ([`super::text_table`]).

use super::text_table;
use super::width::{display_width, text_width};
use super::Style;
use crate::report::doc::{Block, Document};
use std::fmt::Write;

/// Renders a document as plain text at the width in force.
pub fn render(doc: &Document, style: &Style) -> String {
    render_styled(doc, text_width(), style)
}

/// Renders a document as plain text, every line at most `width` columns
/// (default [`Style`]).
pub fn render_at(doc: &Document, width: usize) -> String {
    render_styled(doc, width, &Style::default())
}

/// Renders a document as plain text within `width`, values as `style` says.
pub fn render_styled(doc: &Document, width: usize, style: &Style) -> String {
    let shown = |v: &crate::report::Value| v.text_with(style.notation, style.text_digits);
    let mut out = String::new();
    let underline = |out: &mut String, text: &str, u: char| {
        let wrapped = wrap(text, width);
        let w = wrapped.lines().map(display_width).max().unwrap_or(0);
        let _ = writeln!(out, "{wrapped}\n{}\n", u.to_string().repeat(w));
    };
    if !doc.title.is_empty() {
        underline(&mut out, &doc.title, '=');
    }
    for b in &doc.blocks {
        match b {
            Block::Heading(level, h) => underline(&mut out, h, if *level <= 1 { '=' } else { '-' }),
            Block::Para(p) => {
                let _ = writeln!(out, "{}\n", wrap(p, width));
            }
            Block::Prose(ps) => {
                let p: String = ps.iter().map(shown).collect();
                let _ = writeln!(out, "{}\n", wrap(&p, width));
            }
            Block::Pre(p) => {
                let _ = writeln!(out, "{}\n", wrap_pre(p, width));
            }
            Block::Fields(fs) => {
                let label_w = fs
                    .iter()
                    .map(|f| display_width(&f.label))
                    .max()
                    .unwrap_or(0);
                for f in fs {
                    out.push_str(&field_line(&f.label, label_w, &shown(&f.value), width));
                }
                out.push('\n');
            }
            Block::Table(t) => {
                if let Some(title) = &t.title {
                    let _ = writeln!(out, "{}", wrap(title, width));
                }
                out.push_str(&text_table::render(t, width, &shown));
                out.push('\n');
            }
            Block::Figure { path, caption } => {
                let _ = writeln!(
                    out,
                    "{}\n",
                    wrap(&format!("[figure: {caption} -> {path}]"), width)
                );
            }
        }
    }
    out
}

/// `label: value`, the value wrapped under itself (or, when the labels
/// are wide, on the lines below, indented by two).
fn field_line(label: &str, label_w: usize, value: &str, width: usize) -> String {
    let pad = " ".repeat(label_w - display_width(label));
    let indent = label_w + 2;
    if width >= indent + 30 {
        let body = wrap(value, width - indent);
        let mut lines = body.lines();
        let mut s = format!("{label}:{pad} {}\n", lines.next().unwrap_or(""));
        for l in lines {
            let _ = writeln!(s, "{}{l}", " ".repeat(indent));
        }
        return s;
    }
    let mut s = format!("{}\n", wrap(&format!("{label}:"), width));
    for l in wrap(value, width - 2).lines() {
        let _ = writeln!(s, "  {l}");
    }
    s
}

/// Word wrap at `width` (long words broken); keeps existing line breaks.
pub(super) fn wrap(s: &str, width: usize) -> String {
    let opts = textwrap::Options::new(width.max(1))
        .break_words(true)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    s.lines()
        .map(|l| {
            if display_width(l) <= width {
                l.to_string()
            } else {
                textwrap::wrap(l, &opts).join("\n")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Preformatted text: lines that fit are kept as they are; a longer line
/// is wrapped with its continuation indented by its own indent plus two.
fn wrap_pre(s: &str, width: usize) -> String {
    s.lines()
        .map(|l| {
            if display_width(l) <= width {
                return l.to_string();
            }
            let indent = l.len() - l.trim_start().len();
            let cont = " ".repeat((indent + 2).min(width / 2));
            let opts = textwrap::Options::new(width)
                .break_words(true)
                .word_splitter(textwrap::WordSplitter::NoHyphenation)
                .subsequent_indent(&cont);
            textwrap::wrap(l, &opts).join("\n")
        })
        .collect::<Vec<_>>()
        .join("\n")
}
