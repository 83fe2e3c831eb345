//! `derive` (the named outers) in CSV, written as the rows become final:
//! the header and field lines once the x¹ row is known (the sigmoid's
//! fields show it), then each row's line as the chain of powers of S makes
//! it final ([`crate::functions::inner_kron::inner_rows`]). Only the rows
//! still being formed are held, never the document. Each line is the CSV
//! renderer's own (a copy of the header document holding that row, less
//! the header's rendering), so the output is byte for byte the one-piece
//! render of [`super::derive::document`].
//!
//! ```
//! use taylormatch::commands::derive::{document, stream_csv};
//! use taylormatch::commands::OutputOptions;
//! use taylormatch::matching::Outer;
//! use taylormatch::report::Format;
//! let out = OutputOptions { digits: 12, format: Format::Csv, ..Default::default() };
//! let mut streamed = Vec::new();
//! stream_csv(Outer::Sigmoid, 9, &out, false, &mut streamed).unwrap();
//! let whole = out.render(&document(Outer::Sigmoid, 9, 12, false).unwrap()).unwrap();
//! assert_eq!(String::from_utf8(streamed).unwrap(), whole);
//! ```

use super::derive::{derived_row, header, outer_scale, table_row};
use super::OutputOptions;
use crate::error::{Error, Result};
use crate::matching::Outer;
use crate::report::{render_with, Block, Document};
use std::io::Write;

/// `header` with the one row `row` in its (last) table.
fn with_row(header: &Document, row: Vec<crate::report::Value>) -> Document {
    let mut d = header.clone();
    if let Some(Block::Table(t)) = d.blocks.last_mut() {
        t.rows = vec![row];
    }
    d
}

/// Writes the `derive` document of `outer` to `order` in CSV to `w`, each
/// row as soon as it is final (see the module docs).
pub fn stream_csv(
    outer: Outer,
    order: usize,
    out: &OutputOptions,
    exact_only: bool,
    w: &mut dyn Write,
) -> Result<()> {
    let opts = out.render_options();
    let scale = outer_scale(outer);
    let mut head: Option<(Document, String)> = None;
    crate::functions::inner_kron::inner_rows(order, &mut |n, poly| {
        let c = derived_row(n, &poly, &scale, out.digits, exact_only)?;
        let (h, prefix) = match head.take() {
            Some(hp) => hp,
            None => {
                let h = header(outer, order, out.digits, exact_only, Some(&c));
                let prefix = render_with(&h, &opts)?;
                w.write_all(prefix.as_bytes())?;
                (h, prefix)
            }
        };
        let line = render_with(&with_row(&h, table_row(outer, &c)), &opts)?;
        let body = line.strip_prefix(prefix.as_str()).ok_or_else(|| {
            Error::input("internal error: the streamed CSV does not match the document's rendering")
        })?;
        w.write_all(body.as_bytes())?;
        head = Some((h, prefix));
        Ok(())
    })?;
    if head.is_none() {
        // no odd power below the order: the header alone
        let h = header(outer, order, out.digits, exact_only, None);
        w.write_all(render_with(&h, &opts)?.as_bytes())?;
    }
    Ok(w.flush()?)
}
