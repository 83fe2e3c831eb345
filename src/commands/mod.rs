//! Commands: each computes a [`Document`] and
//! returns it rendered; none prints.
//!
//! ```
//! use taylormatch::commands::coeffs::{run, CoeffsOptions};
//! use taylormatch::commands::OutputOptions;
//! use taylormatch::report::Format;
//! let o = CoeffsOptions {
//!     func: Some("tanh".into()),
//!     set: None,
//!     order: 6,
//!     a: None,
//!     k: None,
//!     exact_only: true,
//!     nonzero: false,
//!     list: false,
//!     force: false,
//!     out: OutputOptions { digits: 12, format: Format::Csv, ..Default::default() },
//! };
//! let out = run(&o).unwrap();
//! assert_eq!(out.code, 0);
//! assert!(out.text.contains("3,-1/3"), "{}", out.text);
//! ```

pub mod bound;
pub mod catalogue;
pub mod coeffs;
pub mod coeffs_expr;
pub mod compare;
pub mod derive;
pub mod derive_expr;
pub mod derive_stream;
pub mod explain;
pub mod fit;
pub mod report;
pub mod verify;
pub mod verify_expr;

use crate::report::{Document, Format, RenderOptions, Style};

/// What a command hands back to `main`: the rendered output and the exit code.
#[derive(Debug)]
pub struct Output {
    pub text: String,
    pub code: u8,
}

impl Output {
    /// Successful output.
    pub fn ok(text: String) -> Self {
        Output { text, code: 0 }
    }
}

/// How a command prints its numbers: significant digits of every decimal
/// (computed), the output format, and the [`Style`] of the renderer
/// (notation; digits shown in text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutputOptions {
    /// Significant decimal digits of every computed decimal (each correctly rounded).
    pub digits: u32,
    /// The output format.
    pub format: Format,
    /// Notation of exact values and the digits text output shows.
    pub style: Style,
}

impl Default for OutputOptions {
    fn default() -> Self {
        OutputOptions {
            digits: 30,
            format: Format::Text,
            style: Style::default(),
        }
    }
}

impl OutputOptions {
    /// The render options: format and style.
    pub fn render_options(&self) -> RenderOptions {
        RenderOptions {
            format: self.format,
            style: self.style,
        }
    }

    /// Renders `doc` with these options.
    pub fn render(&self, doc: &Document) -> crate::error::Result<String> {
        crate::report::render_with(doc, &self.render_options())
    }
}

/// Command options that carry [`OutputOptions`]: the CLI sets their
/// [`Style`] (`--notation`, readable text digits) with [`Styled::styled`].
pub trait Styled: Sized {
    /// The output options inside.
    fn output_mut(&mut self) -> &mut OutputOptions;
    /// These options with `style`.
    fn styled(mut self, style: Style) -> Self {
        self.output_mut().style = style;
        self
    }
}

macro_rules! styled {
    ($($t:ty => $f:ident),* $(,)?) => {
        $(impl Styled for $t {
            fn output_mut(&mut self) -> &mut OutputOptions {
                &mut self.$f
            }
        })*
    };
}

styled!(
    bound::BoundOptions => out,
    catalogue::CatalogueOptions => out,
    coeffs::CoeffsOptions => out,
    compare::CompareOptions => out,
    derive::DeriveOptions => out,
    explain::ExplainOptions => out,
    fit::FitOptions => out,
    report::ReportRunOptions => output,
    verify::VerifyOptions => out,
);
