//! Presentation layer: commands build a [`Document`]; one renderer per format
//! turns it into text. Adding a format touches `render.rs` only.
//!
//! ```
//! use taylormatch::report::{render, Document, Format, Table, Value};
//! let mut d = Document::new("demo");
//! let mut t = Table::new("coeffs", &[("n", "n"), ("c", "coefficient")]);
//! t.push(vec![Value::Int(3), Value::Str("-1/3".into())]);
//! d.table(t);
//! let csv = render(&d, Format::Csv).unwrap();
//! assert!(csv.contains("3,-1/3"), "{csv}");
//! ```

pub mod dec;
pub mod doc;
pub mod export;
pub mod figures;
pub mod plot;
pub mod render;
pub mod ticks;

pub use doc::{Block, Column, Document, Field, Table, Value};
pub use render::{render, render_with, Format, RenderOptions, Style};
