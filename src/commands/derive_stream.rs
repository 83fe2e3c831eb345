//! `derive` (the named outers) in CSV, JSON and text, written as the rows
//! become final: the title and fields first (the sigmoid's fields show the
//! x¹ row, computed alone first), then each row as the chain of powers of S
//! makes it final ([`crate::functions::inner_kron::inner_rows`]), through
//! the streaming writer `coeffs` uses ([`super::coeffs::stream::write`]:
//! every piece is the format's own rendering). Only the rows still being
//! formed are held, never the document. CSV and JSON are byte for byte the
//! one-piece render of [`super::derive::document`]; so is text up to 128
//! rows (order 256), and a longer text table is one box-drawn table whose
//! columns are fixed from its first 128 rows. Markdown, LaTeX and HTML are
//! written when complete.
//!
//! ```
//! use taylormatch::commands::derive::{document, stream};
//! use taylormatch::commands::OutputOptions;
//! use taylormatch::matching::Outer;
//! use taylormatch::report::Format;
//! for format in [Format::Csv, Format::Json, Format::Text] {
//!     let out = OutputOptions { digits: 12, format, ..Default::default() };
//!     let mut streamed = Vec::new();
//!     stream(Outer::Sigmoid, 9, &out, false, &mut streamed).unwrap();
//!     let whole = out.render(&document(Outer::Sigmoid, 9, 12, false).unwrap()).unwrap();
//!     assert_eq!(String::from_utf8(streamed).unwrap(), whole);
//! }
//! ```

use super::derive::{derived_row, header, outer_scale, table_row, DerivedCoeff};
use super::OutputOptions;
use crate::error::Result;
use crate::functions::inner_kron::inner_rows;
use crate::matching::Outer;
use crate::report::Document;
use std::io::Write;

/// Writes the `derive` document of `outer` to `order` to `w` in `out`'s
/// format, each row as soon as it is final (see the module docs).
pub fn stream(
    outer: Outer,
    order: usize,
    out: &OutputOptions,
    exact_only: bool,
    w: &mut dyn Write,
) -> Result<()> {
    let scale = outer_scale(outer);
    let row =
        |n: usize, poly: &[rug::Rational]| derived_row(n, poly, &scale, out.digits, exact_only);
    // the x¹ row alone (order 2 has no other) for the fields
    let mut first: Option<DerivedCoeff> = None;
    if order >= 2 {
        inner_rows(2, &mut |n, poly| {
            first = Some(row(n, &poly)?);
            Ok(())
        })?;
    }
    let head = header(outer, order, out.digits, exact_only, first.as_ref());
    let blocks: super::coeffs::stream::Blocks<'_, DerivedCoeff> =
        Box::new(|emit| inner_rows(order, &mut |n, poly| emit(vec![row(n, &poly)?])));
    let cells = |_, c: DerivedCoeff| table_row(outer, &c);
    let finish = |d: Document| out.render(&d);
    // order 1 has no row (JSON is then rendered whole)
    let rows = if order >= 2 { order } else { 0 };
    super::coeffs::stream::write(
        &head,
        rows,
        &out.render_options(),
        w,
        &cells,
        blocks,
        &finish,
        false,
    )
}
