//! `taylormatch coeffs FUNC --order N`: exact Taylor coefficients and their decimals.
//!
//! ```
//! use taylormatch::commands::coeffs::params_for;
//! use taylormatch::functions::analytic_a;
//! let p = params_for("gelu-tanh", Some("analytic"), None).unwrap();
//! assert_eq!(p.a, Some(analytic_a()));
//! // --k belongs to gelu-sigmoid only
//! assert!(params_for("gelu-tanh", None, Some("1.702")).is_err());
//! ```

use super::Output;
use crate::coeff::Sym;
use crate::error::Input;
use crate::error::{Error, Result};
use crate::functions::gelu_tanh::gelu_tanh_blocks;
use crate::functions::terms::{has_term_route, term_named_blocks};
use crate::functions::{analytic_a, matched_k, named_series, parse_param, Params, FUNCTIONS};
use crate::numeric::exact::term_rows;
use crate::numeric::Enclose;
use crate::parallel::map_items;
use crate::report::{Document, Table, Value};

mod estimate;
pub mod stream;
pub use estimate::{estimated_bytes, human, FIXED_BYTES};

/// Largest `--order` accepted before the cost estimate is consulted.
pub const MAX_ORDER: usize = 1_000_000;
/// Largest estimated output (bytes) computed without `--force`.
pub const MAX_BYTES: u128 = 4_000_000_000;
/// Largest order for a symbolic parameter (coefficients are polynomials in it).
pub const MAX_SYMBOLIC_ORDER: usize = 2_000;

/// Options of `coeffs` (built by the command line from its flags).
#[derive(Debug, Clone)]
pub struct CoeffsOptions {
    /// A named function (erf, erf-sqrt2, phi, tanh, artanh, sigmoid, gelu, gelu-tanh, gelu-sigmoid) or any expression in x, e.g. 'x*sigmoid(1.702*x)'.
    pub func: Option<String>,
    /// Values for an expression's parameters: name=value pairs, e.g. a=0.044715,k=1.702 (exact; any constant expression).
    pub set: Option<String>,
    /// Number of coefficients: powers 0 … N−1 are printed (the series is known to O(x^N)).
    pub order: usize,
    /// gelu-tanh's a: `symbolic` (default), a decimal taken exactly (0.044715), an exact form, or `analytic`.
    pub a: Option<String>,
    /// gelu-sigmoid's k: `symbolic` (default), a decimal taken exactly (1.702), an exact form, or `matched` (2√(2/π)).
    pub k: Option<String>,
    /// Print exact coefficients only (no decimals): faster for long outputs.
    pub exact_only: bool,
    /// Omit zero coefficients from text, markdown and latex tables (JSON and CSV keep every power).
    pub nonzero: bool,
    /// List the functions with their definitions and exit.
    pub list: bool,
    /// Run even when the size estimate (an upper bound of the output) exceeds 4 GB.
    pub force: bool,
    pub out: super::OutputOptions,
}

/// Builds the parameters from the flags, refusing ones the function does not take.
pub fn params_for(func: &str, a: Option<&str>, k: Option<&str>) -> Result<Params> {
    let mut p = Params::default();
    if let Some(a) = a {
        if func != "gelu-tanh" {
            return Err(Error::input(crate::msg!(
                Input::A,
                " applies only to gelu-tanh (FUNC is {func:?})"
            )));
        }
        p.a = parse_param(Input::A, a, &[("analytic", analytic_a())])?;
    }
    if let Some(k) = k {
        if func != "gelu-sigmoid" {
            return Err(Error::input(crate::msg!(
                Input::K,
                " applies only to gelu-sigmoid (FUNC is {func:?})"
            )));
        }
        p.k = parse_param(Input::K, k, &[("matched", matched_k())])?;
    }
    Ok(p)
}

/// The list of functions as a document.
pub fn list_document() -> Document {
    let mut d = Document::new("Functions");
    let mut t = Table::new(
        "functions",
        &[
            ("name", "name"),
            ("definition", "definition"),
            ("parameter", "parameter"),
        ],
    );
    for f in FUNCTIONS {
        t.push(vec![
            f.name.into(),
            f.definition.into(),
            f.parameter.map(Value::from).unwrap_or(Value::Null),
        ]);
    }
    d.table(t);
    d
}

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
fn row_blocks<'a>(
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
fn header(func: &str, order: usize, params: &Params, digits: u32, exact_only: bool) -> Document {
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
    if func == "gelu-tanh" {
        fields.push((
            "a",
            "a",
            Value::from(
                params
                    .a
                    .as_ref()
                    .map(|v| v.to_string())
                    .unwrap_or_else(|| "a (symbolic)".into()),
            ),
        ));
    }
    if func == "gelu-sigmoid" {
        fields.push((
            "k",
            "k",
            Value::from(
                params
                    .k
                    .as_ref()
                    .map(|v| v.to_string())
                    .unwrap_or_else(|| "k (symbolic)".into()),
            ),
        ));
    }
    if !exact_only {
        fields.push(("digits", "decimal digits", Value::from(digits as i64)));
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
fn table_row(i: usize, (exact, dec): Row) -> Vec<Value> {
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

/// Whether the term route's text must be read back into its structure.
fn structured(a: &CoeffsOptions) -> bool {
    a.out.style.notation != crate::coeff::Notation::Unicode
        || matches!(
            a.out.format,
            crate::report::Format::Latex | crate::report::Format::Html
        )
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

/// Runs `coeffs`, returning the whole output.
pub fn run(a: &CoeffsOptions) -> Result<Output> {
    let mut buf = Vec::new();
    run_to(a, &mut buf)?;
    let text = String::from_utf8(buf)
        .map_err(|_| Error::input("internal error: the output is not UTF-8"))?;
    Ok(Output::ok(text))
}

/// Runs `coeffs`, writing to `w` as the rows become final (see
/// [`stream`]): every check of the input comes before the first byte.
pub fn run_to(a: &CoeffsOptions, w: &mut dyn std::io::Write) -> Result<()> {
    if a.list {
        w.write_all(a.out.render(&list_document())?.as_bytes())?;
        return Ok(w.flush()?);
    }
    let typed = a.func.as_deref().unwrap_or_default();
    // enumerated values are case-insensitive everywhere (docs/cli.md): TANH = tanh
    let func = crate::functions::canonical_name(typed).unwrap_or(typed);
    if !FUNCTIONS.iter().any(|f| f.name == func) {
        let (header, c) = super::coeffs_expr::prepare(func, a)?;
        let blocks = sym_blocks(c, a.out.digits, a.exact_only);
        return stream::write(
            &header,
            a.order,
            &a.out.render_options(),
            w,
            &table_row,
            blocks,
            &|d| finish(d, a),
            a.nonzero,
        );
    }
    if a.set.is_some() {
        return Err(Error::input(crate::msg!(
            Input::Set,
            " applies to expressions; {func} takes ",
            Input::A,
            " or ",
            Input::K
        )));
    }
    let params = params_for(func, a.a.as_deref(), a.k.as_deref())?;
    // unknown names are caught here, before any cost
    if !FUNCTIONS.iter().any(|f| f.name == func) {
        named_series(func, 1, &params)?;
    }
    let symbolic = (func == "gelu-tanh" && params.a.is_none())
        || (func == "gelu-sigmoid" && params.k.is_none());
    if symbolic && a.order > MAX_SYMBOLIC_ORDER && !a.force {
        return Err(Error::input(crate::msg!(Input::Order, " ", a.order.to_string(), " with a symbolic parameter exceeds the limit {MAX_SYMBOLIC_ORDER} (coefficients are polynomials in it); give a value with ", Input::A, "/", Input::K, ", or pass ", Input::Force)));
    }
    let digits = (!a.exact_only).then_some(a.out.digits);
    let est = estimated_bytes(func, &params, a.order, digits, a.out.format);
    if est > MAX_BYTES && !a.force {
        return Err(Error::input(crate::msg!(
            Input::Order,
            " ",
            a.order.to_string(),
            " would write up to ",
            human(est).to_string(),
            " of {func} coefficients in ",
            Input::Format,
            " ",
            a.out.format.name().to_string(),
            " (an upper bound; limit ",
            human(MAX_BYTES).to_string(),
            "); lower ",
            Input::Order,
            if a.exact_only {
                crate::msg!()
            } else {
                crate::msg!(", add ", Input::ExactOnly)
            },
            ", or pass ",
            Input::Force,
            " to run it anyway"
        )));
    }
    let _progress = crate::progress::Spinner::new(&format!("coeffs: {func} to order {}", a.order));
    let blocks = row_blocks(
        func,
        a.order,
        &params,
        a.out.digits,
        a.exact_only,
        structured(a),
    )?;
    let header = header(func, a.order, &params, a.out.digits, a.exact_only);
    stream::write(
        &header,
        a.order,
        &a.out.render_options(),
        w,
        &table_row,
        blocks,
        &|d| finish(d, a),
        a.nonzero,
    )
}

/// Drops zero rows for `--nonzero` (not in JSON and CSV) and renders.
fn finish(mut doc: Document, a: &CoeffsOptions) -> Result<String> {
    if a.nonzero
        && !matches!(
            a.out.format,
            crate::report::Format::Json | crate::report::Format::Csv
        )
    {
        for b in &mut doc.blocks {
            if let crate::report::Block::Table(t) = b {
                t.rows
                    .retain(|r| r.get(1).map(|v| v.text() != "0").unwrap_or(true));
            }
        }
    }
    a.out.render(&doc)
}
