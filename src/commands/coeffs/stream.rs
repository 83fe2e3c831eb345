//! Writing the coefficient table of `coeffs` as its rows become final, byte
//! for byte what rendering the whole document prints.
//!
//! * CSV: the header and field lines first, then each block of rows (every
//!   CSV line stands alone), written and dropped.
//! * JSON: everything up to the opening `[` of `coefficients` first, then
//!   each block's objects (separated by `,`), then the closing lines; this
//!   relies on `coefficients` being the document's last key (fields come
//!   first, `serde_json` keeps insertion order).
//! * Text: the title and fields first (so `| head` answers at once), then
//!   each 128 rows ([`TEXT_ROWS`]) as their own box-drawn table with its header, laid out
//!   for that block's cells (aligned columns need every row they align, so
//!   one table of every row could only be written at the end). A table of
//!   at most one block (128 rows) is the one-piece rendering.
//! * Markdown, LaTeX, HTML: buffered, written when complete.
//!
//! Each block is rendered by the format's own renderer (a copy of the
//! header document holding only that block's rows), and the part that
//! differs from the header's rendering is written, so streaming never
//! re-implements a format.
//!
//! ```
//! use taylormatch::commands::coeffs::{run, run_to, CoeffsOptions};
//! use taylormatch::commands::OutputOptions;
//! use taylormatch::report::Format;
//! let o = CoeffsOptions {
//!     func: Some("sigmoid".into()),
//!     set: None,
//!     order: 12,
//!     a: None,
//!     k: None,
//!     exact_only: true,
//!     nonzero: false,
//!     list: false,
//!     force: false,
//!     out: OutputOptions { digits: 12, format: Format::Csv, ..Default::default() },
//! };
//! // the streamed rows are byte for byte the one-piece render
//! let mut streamed = Vec::new();
//! run_to(&o, &mut streamed).unwrap();
//! assert_eq!(String::from_utf8(streamed).unwrap(), run(&o).unwrap().text);
//! ```

use super::Row;
use crate::error::{Error, Result};
use crate::report::{render_with, Block, Document, Format, RenderOptions};
use std::io::Write;

/// Rows per table in text (the blocks computed may be shorter).
pub const TEXT_ROWS: usize = 128;

/// The coefficient table's rows, in blocks of increasing power; each block
/// is handed to the callback as it is computed.
pub type Blocks<'a> = Box<dyn FnOnce(&mut dyn FnMut(Vec<Row>) -> Result<()>) -> Result<()> + 'a>;

/// `header` with `rows` as its (last) table's rows.
fn with_rows(header: &Document, rows: Vec<Vec<crate::report::Value>>) -> Document {
    let mut d = header.clone();
    if let Some(Block::Table(t)) = d.blocks.last_mut() {
        t.rows = rows;
    }
    d
}

fn internal(what: &str) -> Error {
    Error::input(format!(
        "internal error: the streamed {what} does not match the document's rendering"
    ))
}

/// Writes the document `header` (title, fields and an empty coefficient
/// table as its last block) with the rows of `blocks`, in `format`, to `w`,
/// as early as the format allows. `finish` turns a document (text: one
/// block's; the buffered formats: the complete one) into its text (it
/// applies `--nonzero`). JSON is
/// streamed when `rows_expected` > 0 (the table is known not to be empty).
#[allow(clippy::too_many_arguments)]
pub fn write(
    header: &Document,
    rows_expected: usize,
    opts: &RenderOptions,
    w: &mut dyn Write,
    table_row: &dyn Fn(usize, Row) -> Vec<crate::report::Value>,
    blocks: Blocks<'_>,
    finish: &dyn Fn(Document) -> Result<String>,
) -> Result<()> {
    let mut next = 0usize; // power of the next row
    let mut row_values = |b: Vec<Row>| -> Vec<Vec<crate::report::Value>> {
        b.into_iter()
            .map(|r| {
                next += 1;
                table_row(next - 1, r)
            })
            .collect()
    };
    let format = opts.format;
    match format {
        Format::Csv => {
            let prefix = render_with(header, opts)?;
            w.write_all(prefix.as_bytes())?;
            w.flush()?;
            blocks(&mut |b| {
                let s = render_with(&with_rows(header, row_values(b)), opts)?;
                let body = s.strip_prefix(&prefix).ok_or_else(|| internal("CSV"))?;
                w.write_all(body.as_bytes())?;
                Ok(w.flush()?)
            })?;
        }
        Format::Json if rows_expected > 0 => {
            // the empty table ends in `"coefficients": []\n}\n`
            let empty = render_with(header, opts)?;
            let head = empty
                .strip_suffix("[]\n}\n")
                .ok_or_else(|| internal("JSON"))?;
            w.write_all(head.as_bytes())?;
            w.write_all(b"[\n")?;
            w.flush()?;
            let mut first = true;
            blocks(&mut |b| {
                let s = render_with(&with_rows(header, row_values(b)), opts)?;
                let body = s
                    .strip_prefix(head)
                    .and_then(|s| s.strip_prefix("[\n"))
                    .and_then(|s| s.strip_suffix("\n  ]\n}\n"))
                    .ok_or_else(|| internal("JSON"))?;
                if body.is_empty() {
                    return Ok(());
                }
                if !first {
                    w.write_all(b",\n")?;
                }
                first = false;
                w.write_all(body.as_bytes())?;
                Ok(w.flush()?)
            })?;
            if first {
                return Err(internal("JSON"));
            }
            w.write_all(b"\n  ]\n}\n")?;
        }
        Format::Text => {
            let mut top = header.clone();
            top.blocks.pop();
            let prefix = render_with(&top, opts)?;
            w.write_all(prefix.as_bytes())?;
            w.flush()?;
            let empty = finish(with_rows(header, Vec::new()))?;
            let mut wrote = false;
            let mut pending = Vec::new();
            let mut draw =
                |rows: Vec<Vec<crate::report::Value>>, w: &mut dyn Write| -> Result<()> {
                    let all = finish(with_rows(header, rows))?;
                    let table = all.strip_prefix(&prefix).ok_or_else(|| internal("text"))?;
                    // a block whose rows `--nonzero` dropped entirely is not drawn
                    if all == empty {
                        return Ok(());
                    }
                    wrote = true;
                    w.write_all(table.as_bytes())?;
                    Ok(w.flush()?)
                };
            blocks(&mut |b| {
                pending.extend(row_values(b));
                while pending.len() >= TEXT_ROWS {
                    let rest = pending.split_off(TEXT_ROWS);
                    draw(std::mem::replace(&mut pending, rest), w)?;
                }
                Ok(())
            })?;
            if !pending.is_empty() {
                draw(pending, w)?;
            }
            if !wrote {
                let rest = empty
                    .strip_prefix(&prefix)
                    .ok_or_else(|| internal("text"))?;
                w.write_all(rest.as_bytes())?;
            }
        }
        _ => {
            let mut rows = Vec::new();
            blocks(&mut |b| {
                rows.extend(row_values(b));
                Ok(())
            })?;
            w.write_all(finish(with_rows(header, rows))?.as_bytes())?;
        }
    }
    w.flush()?;
    Ok(())
}
