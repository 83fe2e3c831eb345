//! CSV: always one rectangular table (RFC 4180 quoting).
//!
//! A document that is exactly one table and nothing else is written as that
//! table. Any other document (fields, several tables) becomes one long table
//! with the columns `table, field, value` followed by the union of every
//! table's columns: a field is a row `fields, KEY, VALUE`; a table row is
//! `TABLE-KEY, , , …` with its cells under its own column names (a column
//! named `value` shares the `value` column). Prose is not data and is left
//! out. A document with no field and no table row is refused.

use crate::coeff::Notation;
use crate::error::Input;
use crate::error::{Error, Result};
use crate::report::doc::{Block, Document, Value};

fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn cell(v: &Value, n: Notation) -> String {
    match v {
        Value::Null => String::new(),
        Value::Bool(b) => b.to_string(),
        _ => field(&v.text_with(n, None)),
    }
}

fn line(cells: &[String]) -> String {
    let mut s = cells.join(",");
    s.push('\n');
    s
}

/// Renders a document as one CSV table.
pub fn render(doc: &Document, n: Notation) -> Result<String> {
    let fields: Vec<_> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Fields(fs) => Some(fs),
            _ => None,
        })
        .flatten()
        .collect();
    let tables: Vec<_> = doc.tables().collect();
    let rows: usize = tables.iter().map(|t| t.rows.len()).sum();
    if fields.is_empty() && rows == 0 {
        return Err(Error::input(crate::msg!(
            Input::Format,
            " csv: this output has no table or value to write; use ",
            Input::Format,
            " text or json"
        )));
    }
    if fields.is_empty() && tables.len() == 1 {
        let t = tables[0];
        let mut out = line(&t.columns.iter().map(|c| field(&c.key)).collect::<Vec<_>>());
        for r in &t.rows {
            out.push_str(&line(&r.iter().map(|v| cell(v, n)).collect::<Vec<_>>()));
        }
        return Ok(out);
    }
    // the union of column names; `table` and `field` are taken by the layout
    let name = |t: &str, c: &str| match c {
        "table" | "field" => format!("{t}_{c}"),
        _ => c.to_string(),
    };
    let mut header: Vec<String> = vec!["table".into(), "field".into(), "value".into()];
    for t in &tables {
        for c in &t.columns {
            let n = name(&t.key, &c.key);
            if !header.contains(&n) {
                header.push(n);
            }
        }
    }
    let mut out = line(&header.iter().map(|h| field(h)).collect::<Vec<_>>());
    for f in fields {
        let mut r = vec![String::new(); header.len()];
        r[0] = "fields".into();
        r[1] = field(&f.key);
        r[2] = cell(&f.value, n);
        out.push_str(&line(&r));
    }
    for t in tables {
        let idx: Vec<usize> = t
            .columns
            .iter()
            .map(|c| {
                let n = name(&t.key, &c.key);
                header.iter().position(|h| *h == n).unwrap_or(0)
            })
            .collect();
        for row in &t.rows {
            let mut r = vec![String::new(); header.len()];
            r[0] = field(&t.key);
            for (i, v) in idx.iter().zip(row) {
                r[*i] = cell(v, n);
            }
            out.push_str(&line(&r));
        }
    }
    Ok(out)
}
