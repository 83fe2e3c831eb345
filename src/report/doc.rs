//! The document model shared by every command: headings, paragraphs,
//! key/value fields and tables. Values are already-formatted strings (exact
//! forms and correctly rounded decimals), so renderers never compute; an
//! exact value may also be given as its structure ([`Value::Exact`]), which
//! each renderer prints in its own notation.
//!
//! ```
//! use taylormatch::coeff::parse_exact;
//! use taylormatch::report::{Document, Value};
//! let mut d = Document::new("constants");
//! d.fields(vec![("a", "matched a", Value::Exact(parse_exact("2/(3*pi) - 1/6").unwrap()))]);
//! let a = d.field("a").unwrap();
//! assert_eq!(a.text(), "2/(3π) - 1/6");
//! assert_eq!(Value::sign(false).json(), serde_json::json!(-1));
//! ```

pub use super::dec::Dec;
use crate::coeff::{Notation, Sym};

/// One cell or field value. `Num` is a decimal string that JSON emits as a
/// string too (it may carry more digits than an f64 holds).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A small integer (a power, a count).
    Int(i64),
    /// Free text or an exact form.
    Str(String),
    /// A decimal number, already rounded (to nearest or outward, as its
    /// producer says), kept as text and always shown as it is.
    Num(String),
    /// A decimal correctly rounded to nearest at its own digits, which the
    /// text renderer may show with fewer (`--digits` not given): [`Dec`].
    Dec(Dec),
    /// A pass/fail flag.
    Bool(bool),
    /// An exact value: text, markdown, CSV and JSON print it in the
    /// notation of the render options (`--notation`), LaTeX as math from its structure
    /// (`\frac`, `a_{3}`), HTML as MathML.
    Exact(Sym),
    /// A value that JSON carries as a structure (an interval `[lo, hi]`, a
    /// sign ±1, a list) and people read as `text`.
    Structured {
        text: String,
        json: serde_json::Value,
    },
    /// No value (e.g. "not applicable").
    Null,
}

impl Value {
    /// The text shown in tables, exact values in Unicode notation, decimals
    /// at their own digits.
    pub fn text(&self) -> String {
        self.text_with(Notation::Unicode, None)
    }

    /// The text shown, exact values in notation `n`, typed decimals
    /// ([`Value::Dec`]) rounded to `digits` when that is fewer than theirs.
    pub fn text_with(&self, n: Notation, digits: Option<u32>) -> String {
        match self {
            Value::Int(i) => i.to_string(),
            Value::Str(s) | Value::Num(s) => s.clone(),
            Value::Dec(d) => match digits {
                Some(k) => d.shown(k),
                None => d.text().to_string(),
            },
            Value::Exact(x) => n.format(x),
            Value::Structured { text, .. } => text.clone(),
            Value::Bool(true) => "holds".into(),
            Value::Bool(false) => "FAILS".into(),
            Value::Null => "–".into(),
        }
    }

    /// The JSON form, exact values in Unicode notation.
    pub fn json(&self) -> serde_json::Value {
        self.json_with(Notation::Unicode)
    }

    /// The JSON form, exact values as strings in notation `n`, decimals as
    /// strings at their full digits.
    pub fn json_with(&self, n: Notation) -> serde_json::Value {
        match self {
            Value::Int(i) => serde_json::Value::from(*i),
            Value::Str(s) | Value::Num(s) => serde_json::Value::from(s.as_str()),
            Value::Dec(d) => serde_json::Value::from(d.text()),
            Value::Bool(b) => serde_json::Value::from(*b),
            Value::Exact(x) => serde_json::Value::from(n.format(x)),
            Value::Structured { json, .. } => json.clone(),
            Value::Null => serde_json::Value::Null,
        }
    }

    /// A decimal correctly rounded to nearest ([`Dec::rounded`]).
    pub fn dec(text: impl Into<String>) -> Value {
        Value::Dec(Dec::rounded(text))
    }
}

impl Value {
    /// A sign ±1: shown as `+`/`−`, JSON `1`/`-1`.
    pub fn sign(positive: bool) -> Value {
        Value::Structured {
            text: if positive { "+" } else { "−" }.into(),
            json: serde_json::Value::from(if positive { 1 } else { -1 }),
        }
    }

    /// A closed interval: shown `[lo, hi]`, JSON `[lo, hi]` (two strings).
    pub fn interval(lo: String, hi: String) -> Value {
        Value::Structured {
            text: format!("[{lo}, {hi}]"),
            json: serde_json::json!([lo, hi]),
        }
    }

    /// Closed intervals `[lo, hi]` (decimal strings): shown as
    /// `[lo, hi] ∪ …` (each with `±` in front when `symmetric`, i.e. the
    /// interval and its mirror image), JSON an array of `[lo, hi]` pairs.
    pub fn intervals(ivs: &[(String, String)], symmetric: bool) -> Value {
        let pm = if symmetric { "±" } else { "" };
        Value::Structured {
            text: ivs
                .iter()
                .map(|(a, b)| format!("{pm}[{a}, {b}]"))
                .collect::<Vec<_>>()
                .join(" ∪ "),
            json: serde_json::Value::Array(
                ivs.iter().map(|(a, b)| serde_json::json!([a, b])).collect(),
            ),
        }
    }
}

impl From<&Sym> for Value {
    fn from(s: &Sym) -> Self {
        Value::Exact(s.clone())
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Str(s.to_string())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Str(s)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}
impl From<usize> for Value {
    fn from(i: usize) -> Self {
        Value::Int(i as i64)
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

/// A column: machine key (JSON, CSV header) and human header.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub key: String,
    pub header: String,
}

/// A table: JSON emits it as an array of objects under `key`.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub key: String,
    pub title: Option<String>,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Value>>,
}

impl Table {
    /// A table with columns given as `(key, header)` pairs.
    pub fn new(key: &str, columns: &[(&str, &str)]) -> Self {
        Table {
            key: key.into(),
            title: None,
            columns: columns
                .iter()
                .map(|(k, h)| Column {
                    key: (*k).into(),
                    header: (*h).into(),
                })
                .collect(),
            rows: Vec::new(),
        }
    }

    /// Sets the title shown above the table.
    pub fn titled(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// Appends a row; it must have one value per column.
    pub fn push(&mut self, row: Vec<Value>) {
        debug_assert_eq!(
            row.len(),
            self.columns.len(),
            "row width in table {}",
            self.key
        );
        self.rows.push(row);
    }
}

/// A named value: JSON key, label for people, value.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub key: String,
    pub label: String,
    pub value: Value,
}

/// A block of a document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading; level 1 is the top.
    Heading(u8, String),
    /// A paragraph of prose (may contain exact forms).
    Para(String),
    /// A paragraph of pieces: text ([`Value::Str`]) and values, each
    /// rendered as its format renders values (a [`Value::Dec`] with the
    /// text renderer's digits, a [`Value::Exact`] in the notation asked for,
    /// as LaTeX math, as MathML).
    Prose(Vec<Value>),
    /// Preformatted text (a text plot, a derivation line).
    Pre(String),
    /// Key/value facts.
    Fields(Vec<Field>),
    /// A table.
    Table(Table),
    /// A figure file written next to the document.
    Figure { path: String, caption: String },
}

/// What every command returns: a title and blocks.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    pub title: String,
    pub blocks: Vec<Block>,
}

impl Document {
    /// An empty document with a title.
    pub fn new(title: impl Into<String>) -> Self {
        Document {
            title: title.into(),
            blocks: Vec::new(),
        }
    }
    /// Adds a heading.
    pub fn heading(&mut self, level: u8, text: impl Into<String>) {
        self.blocks.push(Block::Heading(level, text.into()));
    }
    /// Adds a paragraph.
    pub fn para(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Para(text.into()));
    }
    /// Adds a paragraph of pieces ([`Block::Prose`]).
    pub fn prose(&mut self, pieces: Vec<Value>) {
        self.blocks.push(Block::Prose(pieces));
    }
    /// Adds preformatted text.
    pub fn pre(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Pre(text.into()));
    }
    /// Adds key/value fields given as `(key, label, value)`.
    pub fn fields(&mut self, fields: Vec<(&str, &str, Value)>) {
        self.blocks.push(Block::Fields(
            fields
                .into_iter()
                .map(|(k, l, v)| Field {
                    key: k.into(),
                    label: l.into(),
                    value: v,
                })
                .collect(),
        ));
    }
    /// Adds a table.
    pub fn table(&mut self, t: Table) {
        self.blocks.push(Block::Table(t));
    }
    /// All tables, in order.
    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
    }
    /// Looks up a field value by key anywhere in the document.
    pub fn field(&self, key: &str) -> Option<&Value> {
        self.blocks.iter().find_map(|b| match b {
            Block::Fields(fs) => fs.iter().find(|f| f.key == key).map(|f| &f.value),
            _ => None,
        })
    }
}
