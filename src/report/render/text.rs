//! Plain text: underlined headings, aligned fields, box-drawn tables.

use crate::report::doc::{Block, Document, Table, Value};
use std::fmt::Write;

/// Renders a document as plain text.
pub fn render(doc: &Document) -> String {
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
pub(super) fn wrap(s: &str, width: usize) -> String {
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
