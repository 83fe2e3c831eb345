//! Writing the coefficient table of `coeffs` as its rows become final, byte
//! for byte what rendering the whole document prints.
//!
//! * CSV: the header and field lines first, then each block of rows (every
//!   CSV line stands alone), written and dropped.
//! * JSON: everything up to the opening `[` of the table's array first
//!   (its key appears once in the document's rendering with an empty table),
//!   then each block's objects (separated by `,`), then the closing `]` and
//!   whatever follows it (`derive`'s notes).
//! * Text: the title and fields first (so `| head` answers at once). A
//!   table of at most [`TEXT_ROWS`] rows is the one-piece rendering; a
//!   longer one is one box-drawn table whose layout is fixed from its
//!   first 128 rows and a row standing for the widest cells to come (the
//!   last power, a decimal with the longest exponent an order-N series
//!   gives: [`ghost`]); its header is written once, then each row as it
//!   arrives, then the bottom border
//!   ([`StreamedTable`]).
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
use crate::report::render::StreamedTable;
use crate::report::{render_with, Block, Document, Format, RenderOptions, Value};
use std::io::Write;

/// Rows per table in text (the blocks computed may be shorter).
pub const TEXT_ROWS: usize = 128;

/// The coefficient table's rows, in blocks of increasing power; each block
/// is handed to the callback as it is computed (`coeffs`' [`Row`]s, or
/// another command's rows: `derive` streams its own through [`write()`]).
pub type Blocks<'a, T = Row> =
    Box<dyn FnOnce(&mut dyn FnMut(Vec<T>) -> Result<()>) -> Result<()> + 'a>;

/// `header` with `rows` as its (last) table's rows.
fn with_rows(header: &Document, rows: Vec<Vec<Value>>) -> Document {
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
/// as early as the format allows; `table_row` turns the i-th row into its
/// cells. `finish` turns a document (text: one
/// block's; the buffered formats: the complete one) into its text (it
/// applies `--nonzero`; `nonzero`: text draws only the rows whose exact
/// coefficient is not 0). `order` is the series' order (powers below it:
/// the widest cells to come, [`ghost`]); 0 when no row will come (JSON is
/// then rendered whole).
#[allow(clippy::too_many_arguments)]
pub fn write<T>(
    header: &Document,
    order: usize,
    opts: &RenderOptions,
    w: &mut dyn Write,
    table_row: &dyn Fn(usize, T) -> Vec<Value>,
    blocks: Blocks<'_, T>,
    finish: &dyn Fn(Document) -> Result<String>,
    nonzero: bool,
) -> Result<()> {
    let mut next = 0usize; // power of the next row
    let mut row_values = |b: Vec<T>| -> Vec<Vec<Value>> {
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
        Format::Json if order > 0 => {
            // the empty table renders as `"<key>": []`, between the keys
            // before it and those after it (notes): the rows go in between
            let empty = render_with(header, opts)?;
            let key = match header.blocks.last() {
                Some(Block::Table(t)) => format!("\"{}\": ", t.key),
                _ => return Err(internal("JSON")),
            };
            let at = match empty.match_indices(&format!("{key}[]")).collect::<Vec<_>>()[..] {
                [(i, _)] => i + key.len(),
                _ => return Err(internal("JSON")),
            };
            let (head, tail) = (&empty[..at], &empty[at + 2..]);
            w.write_all(head.as_bytes())?;
            w.write_all(b"[\n")?;
            w.flush()?;
            let mut first = true;
            blocks(&mut |b| {
                let s = render_with(&with_rows(header, row_values(b)), opts)?;
                let body = s
                    .strip_prefix(head)
                    .and_then(|s| s.strip_prefix("[\n"))
                    .and_then(|s| s.strip_suffix(tail))
                    .and_then(|s| s.strip_suffix("\n  ]"))
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
            w.write_all(b"\n  ]")?;
            w.write_all(tail.as_bytes())?;
        }
        Format::Text => {
            let mut keep = |b: Vec<T>| -> Vec<Vec<Value>> {
                let mut rows = row_values(b);
                rows.retain(|r| !nonzero || r.get(1).is_none_or(|v| v.text() != "0"));
                rows
            };
            text(header, order, opts, w, &mut keep, blocks, finish)?;
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

/// Text: the prefix, then the coefficient table (see the module note).
/// `keep` turns a block into its drawn rows (`--nonzero` applied).
fn text<T>(
    header: &Document,
    order: usize,
    opts: &RenderOptions,
    w: &mut dyn Write,
    keep: &mut dyn FnMut(Vec<T>) -> Vec<Vec<Value>>,
    blocks: Blocks<'_, T>,
    finish: &dyn Fn(Document) -> Result<String>,
) -> Result<()> {
    let mut top = header.clone();
    let Some(Block::Table(table)) = top.blocks.pop() else {
        return Err(internal("text"));
    };
    let prefix = render_with(&top, opts)?;
    w.write_all(prefix.as_bytes())?;
    w.flush()?;
    let width = crate::report::render::width::text_width();
    let mut layout: Option<StreamedTable> = None;
    let mut pending: Vec<Vec<Value>> = Vec::new();
    blocks(&mut |b| {
        let rows = keep(b);
        if let Some(t) = &layout {
            w.write_all(t.rows(&rows).as_bytes())?;
            return Ok(w.flush()?);
        }
        pending.extend(rows);
        if pending.len() > TEXT_ROWS {
            let mut sample = table.clone();
            sample.rows = pending[..TEXT_ROWS].to_vec();
            sample.rows.push(ghost(&sample.rows, order));
            let t = StreamedTable::new(&sample, width, &opts.style);
            w.write_all(t.head().as_bytes())?;
            w.write_all(t.rows(&std::mem::take(&mut pending)).as_bytes())?;
            w.flush()?;
            layout = Some(t);
        }
        Ok(())
    })?;
    match layout {
        Some(t) => {
            w.write_all(t.foot().as_bytes())?;
            w.write_all(b"\n")?;
        }
        None => {
            let all = finish(with_rows(header, pending))?;
            let rest = all.strip_prefix(&prefix).ok_or_else(|| internal("text"))?;
            w.write_all(rest.as_bytes())?;
        }
    }
    Ok(())
}

/// A row standing for the widest cells to come after `sample`: in a column
/// of decimals, one with the most digits of the column and an exponent of
/// the digits of N·digits(N) (|log₁₀ c| of the coefficients of the series
/// printed stays below it: N·log₁₀N bounds 1/N! and growth like cᴺ);
/// in a column of integers (the power), N − 1; else an empty cell.
pub fn ghost(sample: &[Vec<Value>], order: usize) -> Vec<Value> {
    let n = order.max(1);
    let exp_digits = (n * n.to_string().len()).to_string().len();
    let cols = sample.first().map_or(0, Vec::len);
    (0..cols)
        .map(|j| {
            let col = sample.iter().filter_map(|r| r.get(j));
            let digits = col
                .clone()
                .filter_map(|v| match v {
                    Value::Dec(d) => Some(d.digits()),
                    _ => None,
                })
                .max();
            if let Some(d) = digits {
                let d = d.max(1) as usize;
                return Value::dec(format!(
                    "-1.{}e-{}",
                    "1".repeat(d - 1),
                    "9".repeat(exp_digits)
                ));
            }
            if col.clone().any(|v| matches!(v, Value::Int(_))) {
                return Value::from(n - 1);
            }
            Value::Str(String::new())
        })
        .collect()
}
