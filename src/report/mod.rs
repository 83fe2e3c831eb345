//! Presentation layer: commands build a [`Document`]; one renderer per format
//! turns it into text. Adding a format touches `render.rs` only.

pub mod dec;
pub mod doc;
pub mod export;
pub mod figures;
pub mod plot;
pub mod render;
pub mod ticks;

pub use doc::{Block, Column, Document, Field, Table, Value};
pub use render::{render, render_with, Format, RenderOptions, Style};
