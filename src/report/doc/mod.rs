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

mod value;

pub use super::dec::Dec;
pub use value::Value;

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
    /// The document with every typed decimal shown at `digits` significant
    /// digits ([`Value::at_digits`]): what the text and LaTeX renderers show
    /// when the command line asks for readable decimals.
    pub fn at_digits(&self, digits: u32) -> Document {
        let at = |v: &Value| v.at_digits(digits);
        let blocks = self
            .blocks
            .iter()
            .map(|b| match b {
                Block::Prose(vs) => Block::Prose(vs.iter().map(at).collect()),
                Block::Fields(fs) => Block::Fields(
                    fs.iter()
                        .map(|f| Field {
                            value: at(&f.value),
                            ..f.clone()
                        })
                        .collect(),
                ),
                Block::Table(t) => Block::Table(Table {
                    rows: t.rows.iter().map(|r| r.iter().map(at).collect()).collect(),
                    ..t.clone()
                }),
                b => b.clone(),
            })
            .collect();
        Document {
            title: self.title.clone(),
            blocks,
        }
    }

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
