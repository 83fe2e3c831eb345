//! Renderers: one module per format, each turning a [`Document`] into a
//! `String`. Commands never print; `main` writes what comes back. An empty
//! render is an error, so no command can exit 0 having said nothing.
//!
//! ```
//! use taylormatch::report::{render, Document, Format};
//! let mut d = Document::new("notes");
//! d.para("one paragraph");
//! assert!(render(&d, Format::Markdown).unwrap().contains("one paragraph"));
//! // a document with nothing CSV can show is refused, not printed empty
//! assert!(render(&d, Format::Csv).is_err());
//! ```

mod csv;
mod html;
mod json;
mod latex;
mod markdown;
mod text;
mod text_layout;
mod text_stream;
mod text_table;
pub mod width;

pub use html::render_with_figures as html_with_figures;
pub use json::{json_value, SCHEMA_VERSION as JSON_SCHEMA_VERSION};
pub use latex::render_with_figures as latex_with_figures;
pub use latex::{latex_math, latex_text, FRAGMENT_NEEDS, PREAMBLE_PACKAGES};
pub use text::{render_at as text_at, render_styled as text_styled};
pub use text_stream::StreamedTable;

use super::doc::Document;
use crate::coeff::Notation;
use crate::error::Input;
use crate::error::{Error, Result};

/// Output formats. Not every command offers every format; the CLI says which.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Csv,
    Json,
    Latex,
    Html,
}

impl Format {
    /// All format names, for error messages and `--help`.
    pub const NAMES: &'static str = "text, markdown, csv, json, latex, html";

    /// Parses a format name; the error names `--format` and the allowed values.
    pub fn parse(s: &str) -> Result<Format> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "text" | "txt" => Format::Text,
            "markdown" | "md" => Format::Markdown,
            "csv" => Format::Csv,
            "json" => Format::Json,
            "latex" | "tex" => Format::Latex,
            "html" => Format::Html,
            _ => {
                return Err(Error::input(crate::msg!(
                    Input::Format,
                    " must be one of ",
                    Format::NAMES.to_string(),
                    " (got {s:?})"
                )))
            }
        })
    }

    /// The name `--format` takes.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Latex => "latex",
            Format::Html => "html",
        }
    }

    /// File extension for files written with `--out`.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Latex => "tex",
            Format::Html => "html",
        }
    }
}

/// How values are shown, as the command line chose: the notation of exact
/// values (`--notation`) and the digits the text renderer shows typed
/// decimals with ([`crate::report::Value::Dec`]; `None`: as computed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style {
    /// Notation of exact values in text, markdown, CSV and JSON.
    pub notation: Notation,
    /// Significant digits of typed decimals in text and LaTeX output (fewer
    /// than computed; a terminal and a page show 12 unless `--digits` asks).
    pub text_digits: Option<u32>,
    /// LaTeX output: the body only, without preamble (`--latex-fragment`).
    pub latex_fragment: bool,
}

/// What a renderer is given besides the document: the format and the [`Style`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RenderOptions {
    pub format: Format,
    pub style: Style,
}

impl RenderOptions {
    /// `format` with the default style (Unicode, decimals as computed).
    pub fn new(format: Format) -> Self {
        RenderOptions {
            format,
            style: Style::default(),
        }
    }
}

/// Renders a document in the given format with the default [`Style`].
pub fn render(doc: &Document, format: Format) -> Result<String> {
    render_with(doc, &RenderOptions::new(format))
}

/// Renders a document as `o` says. Refuses (exit 2, naming `--format`) a
/// document with nothing to show in that format: no command exits 0 with
/// empty output.
pub fn render_with(doc: &Document, o: &RenderOptions) -> Result<String> {
    let (format, style) = (o.format, o.style);
    let empty = || {
        Error::input(crate::msg!(
            Input::Format,
            " ",
            format.name().to_string(),
            ": this output would be empty; use ",
            Input::Format,
            " text"
        ))
    };
    if doc.title.trim().is_empty() && doc.blocks.is_empty() {
        return Err(empty());
    }
    let out = match format {
        Format::Text => text::render(doc, &style),
        Format::Markdown => markdown::render(doc, style.notation),
        Format::Csv => csv::render(doc, style.notation)?,
        Format::Json => json::render(doc, style.notation),
        Format::Latex => latex::render(doc, &style),
        Format::Html => html::render(doc),
    };
    if out.trim().is_empty() {
        return Err(empty());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_render_is_refused_in_every_format() {
        let empty = Document::default();
        for f in [
            Format::Text,
            Format::Markdown,
            Format::Csv,
            Format::Json,
            Format::Latex,
            Format::Html,
        ] {
            assert!(render(&empty, f).is_err(), "{f:?}");
        }
        // prose alone has no CSV
        let mut d = Document::new("notes");
        d.para("only prose");
        let e = render(&d, Format::Csv).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        let shown = e.render(&|i| format!("--{}", i.name()));
        assert!(shown.contains("--format csv"), "{shown}");
        assert!(render(&d, Format::Text).is_ok());
    }
}
