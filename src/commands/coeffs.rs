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
use crate::error::Input;
use crate::error::{Error, Result};
use crate::functions::{analytic_a, matched_k, named_series, parse_param, Params, FUNCTIONS};
use crate::report::{Document, Table, Value};

mod estimate;
mod limits;
mod rows;
pub mod stream;
pub use estimate::{estimated_bytes, human, FIXED_BYTES};
pub use limits::{check_cost, would_write};
pub use rows::{coefficient_table, collect, decimal_value, document, sym_blocks, Row};
use rows::{header, row_blocks, table_row};

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
    // one parameter: its flag, the function it belongs to, its named value
    let one = |flag: Input, owner: &str, v: &str, name: &str, named: crate::coeff::Sym| {
        if func != owner {
            return Err(Error::input(crate::msg!(
                flag,
                " applies only to {owner} (FUNC is {func:?})"
            )));
        }
        parse_param(flag, v, &[(name, named)])
    };
    let mut p = Params::default();
    if let Some(a) = a {
        p.a = one(Input::A, "gelu-tanh", a, "analytic", analytic_a())?;
    }
    if let Some(k) = k {
        p.k = one(Input::K, "gelu-sigmoid", k, "matched", matched_k())?;
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

/// Whether the term route's text must be read back into its structure.
fn structured(a: &CoeffsOptions) -> bool {
    a.out.style.notation != crate::coeff::Notation::Unicode
        || matches!(
            a.out.format,
            crate::report::Format::Latex | crate::report::Format::Html
        )
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
        return write(&header, sym_blocks(c, a.out.digits, a.exact_only), a, w);
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
    check_cost(func, &params, a)?;
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
    write(&header, blocks, a, w)
}

/// Streams the rows of `blocks` into `header`'s table, as `a` asks.
fn write(
    header: &Document,
    blocks: stream::Blocks<'_>,
    a: &CoeffsOptions,
    w: &mut dyn std::io::Write,
) -> Result<()> {
    let opts = a.out.render_options();
    let finish = |d| finish(d, a);
    stream::write(
        header, a.order, &opts, w, &table_row, blocks, &finish, a.nonzero,
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
