//! The rows of `coeffs`' coefficient table, computed block by block when
//! they are asked for (the term routes, gelu-tanh's binomial terms, the
//! `Sym` series), and the document around them: the title, the fields and
//! the (empty) coefficient table the rows are streamed into.
//!
//! ```
//! use taylormatch::commands::coeffs::document;
//! use taylormatch::functions::Params;
//! use taylormatch::report::{Block, Value};
//! let d = document("erf", 4, &Params::default(), 12, true, false).unwrap();
//! let Some(Block::Table(t)) = d.blocks.last() else { panic!() };
//! // erf's x³ coefficient −2/(3√π), by the term route
//! assert_eq!(t.rows[3][1], Value::Str("-2/(3√π)".into()));
//! ```

use super::stream;
use crate::coeff::Sym;
use crate::error::{Error, Result};
use crate::functions::gelu_tanh::gelu_tanh_blocks;
use crate::functions::terms::{has_term_route, term_named_blocks};
use crate::functions::{named_series, Params, FUNCTIONS};
use crate::numeric::exact::term_rows;
use crate::numeric::Enclose;
use crate::parallel::map_items;
use crate::report::{Document, Table, Value};

/// One row of the coefficient table: the exact coefficient (its structure,
/// [`Value::Exact`], which each renderer prints in its notation; or the
/// Unicode text of the GMP term route when nothing else is asked for) and
/// (unless `--exact-only`) the decimal.
pub type Row = (Value, Option<Value>);

/// Rows are computed, written and dropped in blocks of this many powers.
const BLOCK: usize = 128;
/// Text bytes a block of the erf family's rows is sized to (see [`term_block`]).
const BLOCK_BYTES: usize = 1 << 20;
/// gelu-tanh's blocks: a coefficient near xⁿ has about n/3 terms of n-digit
/// rationals, so fewer are held at a time.
const GELU_BLOCK: usize = 16;

/// Computes the coefficient document.
pub fn document(
    func: &str,
    order: usize,
    params: &Params,
    digits: u32,
    exact_only: bool,
    nonzero: bool,
) -> Result<Document> {
    let _ = nonzero;
    let blocks = row_blocks(func, order, params, digits, exact_only, false)?;
    collect(header(func, order, params, digits, exact_only), blocks)
}

/// `header` (its last block the empty coefficient table) with every row of `blocks`.
pub fn collect(mut header: Document, blocks: stream::Blocks<'_>) -> Result<Document> {
    let mut rows = Vec::new();
    blocks(&mut |b| {
        rows.extend(b);
        Ok(())
    })?;
    if let Some(crate::report::Block::Table(t)) = header.blocks.last_mut() {
        t.rows = rows
            .into_iter()
            .enumerate()
            .map(|(i, r)| table_row(i, r))
            .collect();
    }
    Ok(header)
}

/// The rows of a named function's table, computed block by block when they
/// are asked for: the GMP route where every coefficient is one term q·m,
/// gelu-tanh with a rational or symbolic a by its binomial terms (each block
/// of coefficients formed, printed and dropped), else the `Sym` series
/// (computed here, before any row is handed out, so its errors come before
/// any output). `structured`: the term route's Unicode text is read back
/// into its structure (another notation, LaTeX or HTML output).
pub(super) fn row_blocks<'a>(
    func: &'a str,
    order: usize,
    params: &Params,
    digits: u32,
    exact_only: bool,
    structured: bool,
) -> Result<stream::Blocks<'a>> {
    if has_term_route(func) {
        return Ok(Box::new(move |emit| {
            term_named_blocks(func, order, term_block(func, order), &mut |terms| {
                let rows = term_rows(terms, (!exact_only).then_some(digits))
                    .into_iter()
                    .map(|(e, dec)| match (exact_only, dec) {
                        (true, _) => Ok((exact_cell(e, structured)?, None)),
                        (false, Some(d)) => Ok((exact_cell(e, structured)?, Some(Value::dec(d)))),
                        (false, None) => Err(Error::input(format!(
                            "could not certify {digits} digits of {e}"
                        ))),
                    })
                    .collect::<Result<Vec<Row>>>()?;
                emit(rows)
            })
            .unwrap_or(Ok(()))
        }));
    }
    if func == "gelu-tanh" {
        let a = params.a.as_ref().map(crate::coeff::Coeff::as_q);
        if a.as_ref().is_none_or(|q| q.is_some()) {
            let a = a.flatten();
            return Ok(Box::new(move |emit| {
                gelu_tanh_blocks(order, a.as_ref(), GELU_BLOCK, &mut |c| {
                    sym_blocks(c, digits, exact_only)(emit)
                })
            }));
        }
    }
    let s = named_series(func, order, params)?;
    Ok(sym_blocks(s.into_coeffs(), digits, exact_only))
}

/// Powers per block of the term route: [`BLOCK`], fewer for the erf family
/// at high orders, whose rows near xᴺ are each about (N/2)·digits(N)
/// characters (the denominator (N/2)!·2^(N/2)·(N+1) printed), so that a
/// block holds about [`BLOCK_BYTES`] of text (at least 8 powers).
fn term_block(func: &str, order: usize) -> usize {
    if !matches!(func, "erf" | "erf-sqrt2" | "phi" | "gelu") {
        return BLOCK;
    }
    let row = (order / 2 * order.to_string().len()).max(1);
    (BLOCK_BYTES / row).clamp(8, BLOCK)
}

/// The rows of exact coefficients (text and decimal), block by block.
pub fn sym_blocks<'a>(c: Vec<Sym>, digits: u32, exact_only: bool) -> stream::Blocks<'a> {
    Box::new(move |emit| {
        let mut it = c.into_iter();
        loop {
            let chunk: Vec<Sym> = it.by_ref().take(BLOCK).collect();
            if chunk.is_empty() {
                return Ok(());
            }
            let rows = map_items(chunk, |c| {
                let dec = (!exact_only).then(|| decimal_value(&c, digits));
                (Value::Exact(c), dec)
            })
            .into_iter()
            .map(|(e, dec)| Ok((e, dec.transpose()?)))
            .collect::<Result<Vec<Row>>>()?;
            emit(rows)?;
        }
    })
}

/// The title, the fields and an empty coefficient table of a named function.
pub(super) fn header(
    func: &str,
    order: usize,
    params: &Params,
    digits: u32,
    exact_only: bool,
) -> Document {
    let mut d = Document::new(format!("Taylor coefficients of {func} at 0"));
    let def = FUNCTIONS
        .iter()
        .find(|f| f.name == func)
        .map(|f| f.definition)
        .unwrap_or("");
    let mut fields = vec![
        ("function", "function", Value::from(func)),
        ("definition", "definition", Value::from(def)),
        ("order", "order", Value::from(order)),
        ("known_to", "known to", Value::from(format!("O(x^{order})"))),
    ];
    // the parameter of gelu-tanh (a) or gelu-sigmoid (k), or "symbolic"
    for (owner, key, value) in [
        ("gelu-tanh", "a", &params.a),
        ("gelu-sigmoid", "k", &params.k),
    ] {
        if func == owner {
            let shown = value
                .as_ref()
                .map(|v| v.to_string())
                .unwrap_or_else(|| format!("{key} (symbolic)"));
            fields.push((key, key, Value::from(shown)));
        }
    }
    if !exact_only {
        fields.push(("digits", "decimal digits", Value::Digits(digits)));
    }
    d.fields(fields);
    d.table(coefficient_table(Vec::new(), exact_only));
    d
}

/// The `coefficients` table of `coeffs`, named functions and expressions
/// alike: power, exact coefficient and (unless `exact_only`) its decimal.
pub fn coefficient_table(rows: Vec<Row>, exact_only: bool) -> Table {
    let mut cols = vec![("power", "power"), ("exact", "exact coefficient")];
    if !exact_only {
        cols.push(("decimal", "decimal"));
    }
    let mut t = Table::new("coefficients", &cols);
    t.key = "coefficients".into();
    for (i, r) in rows.into_iter().enumerate() {
        t.push(table_row(i, r));
    }
    t
}

/// The cells of the row of power `i`.
pub(super) fn table_row(i: usize, (exact, dec): Row) -> Vec<Value> {
    let mut row = vec![Value::from(i), exact];
    row.extend(dec);
    row
}

/// A coefficient the GMP term route printed (Unicode): kept as that text,
/// or (`structured`) read back exactly so that the renderer prints it from
/// its structure in the notation asked for (LaTeX math, MathML).
fn exact_cell(e: String, structured: bool) -> Result<Value> {
    if !structured {
        return Ok(Value::Str(e));
    }
    crate::coeff::parse_exact(&e).map(Value::Exact)
}

/// The decimal of an exact value, or `Null` when it has free symbols.
pub fn decimal_value(c: &Sym, digits: u32) -> Result<Value> {
    if !c.vars().is_empty() {
        return Ok(Value::Null);
    }
    c.decimal(digits)
        .map(Value::dec)
        .ok_or_else(|| Error::input(format!("could not certify {digits} digits of {c}")))
}
