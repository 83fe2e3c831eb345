//! JSON: `schema_version` and `tool` {name, version} first, then fields as
//! keys, tables as arrays of objects, notes and figures.

use crate::coeff::Notation;
use crate::report::doc::{Block, Document};

/// Version of the JSON layout (`schema_version`): raised when a key changes meaning or goes away.
pub const SCHEMA_VERSION: u32 = 1;

/// Builds the JSON value of a document: fields become keys, tables arrays of
/// objects under their key, paragraphs a `notes` array; exact values in Unicode.
pub fn json_value(doc: &Document) -> serde_json::Value {
    json_value_in(doc, Notation::Unicode)
}

/// [`json_value`] with exact values in notation `n`.
pub fn json_value_in(doc: &Document, n: Notation) -> serde_json::Value {
    use serde_json::{Map, Value as J};
    let mut root = Map::new();
    root.insert("schema_version".into(), J::from(SCHEMA_VERSION));
    root.insert(
        "tool".into(),
        serde_json::json!({"name": "taylormatch", "version": env!("CARGO_PKG_VERSION")}),
    );
    root.insert("title".into(), J::from(doc.title.as_str()));
    let mut notes = Vec::new();
    let mut figures = Vec::new();
    for b in &doc.blocks {
        match b {
            Block::Fields(fs) => {
                for f in fs {
                    root.insert(f.key.clone(), f.value.json_with(n));
                }
            }
            Block::Table(t) => {
                let rows: Vec<J> = t
                    .rows
                    .iter()
                    .map(|r| {
                        let mut o = Map::new();
                        for (c, v) in t.columns.iter().zip(r) {
                            o.insert(c.key.clone(), v.json_with(n));
                        }
                        J::Object(o)
                    })
                    .collect();
                root.insert(t.key.clone(), J::Array(rows));
            }
            Block::Para(p) => notes.push(J::from(p.as_str())),
            Block::Prose(ps) => notes.push(J::from(
                ps.iter().map(|v| v.text_with(n, None)).collect::<String>(),
            )),
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

/// Renders a document as pretty-printed JSON, exact values in notation `n`.
pub fn render(doc: &Document, n: Notation) -> String {
    let mut s = serde_json::to_string_pretty(&json_value_in(doc, n)).unwrap_or_default();
    s.push('\n');
    s
}
