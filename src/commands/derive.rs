//! `taylormatch derive [--outer tanh|sigmoid] [--order N]`: the matched inner
//! series, every coefficient exact (a polynomial in 1/π over ℚ) and as a
//! correctly rounded decimal. With expressions (`--outer EXPR_IN_u --target
//! EXPR`, `--model EXPR --target EXPR --solve a,b`) see [`super::derive_expr`].
//!
//! ```
//! use taylormatch::commands::derive::{document, parse_unknowns};
//! use taylormatch::matching::Outer;
//! let d = document(Outer::Tanh, 6, 12, true).unwrap();
//! let md = taylormatch::report::render(&d, taylormatch::report::Format::Markdown).unwrap();
//! // p(x) = x + a·x³ + …, a = 2/(3π) − 1/6
//! assert!(md.contains("2/(3π) - 1/6"), "{md}");
//! assert_eq!(parse_unknowns("c1, c3").unwrap(), ["c1", "c3"]);
//! ```

pub use super::derive_stream::stream;
use super::Output;
use crate::error::Input;
use crate::error::{Error, Result};
use crate::matching::Outer;

mod rows;
pub(super) use rows::{coefficient_table, outer_scale};
pub use rows::{
    derived_coeffs, derived_row, derived_rows, document, header, table_row, DerivedCoeff,
};

/// Largest `--order` accepted: the named outers (tanh, sigmoid) in CSV,
/// JSON and text, written row by row as the chain of powers of S makes
/// them final ([`stream`]). The cap is time and disk: the output grows like
/// order³·log order (362 MB of CSV at 1000, 3.3 GB at 2000; see docs/engine.md).
pub const MAX_DERIVE_ORDER: usize = 2000;

/// Largest `--order` of every other `derive` output: markdown, LaTeX and
/// HTML (the document is held whole before it is rendered: at order 800
/// about 1.8 GB) and the expression routes (generic series).
pub const MAX_DERIVE_DOCUMENT_ORDER: usize = 800;

/// The formats `derive` writes row by row (up to [`MAX_DERIVE_ORDER`]).
fn streamed(format: crate::report::Format) -> bool {
    use crate::report::Format;
    matches!(format, Format::Csv | Format::Json | Format::Text)
}

/// Options of `derive` (built by the command line from its flags).
#[derive(Debug, Clone)]
pub struct DeriveOptions {
    /// Outer function: tanh (p with tanh(√(2/π)·p(x)) = erf(x/√2); the default), sigmoid (q with 2σ(q(x)) − 1 = erf(x/√2)), or an expression in u such as 'tanh(sqrt(2/pi)*u)' (then p with outer(p(x)) = --target).
    pub outer: Option<String>,
    /// The target function of x for --outer EXPR or --model (default for --outer: erf(x/sqrt(2))).
    pub target: Option<String>,
    /// A model in x with unknown parameters, matched to --target lowest power first (needs --solve).
    pub model: Option<String>,
    /// The model's unknowns, in any order: each xᵐ equation must bring one new unknown, e.g. a,b.
    pub solve: Option<String>,
    /// Values for other parameters: name=value pairs, e.g. k=1.702 (exact; any constant expression).
    pub set: Option<String>,
    /// Number of coefficients: powers 0 … N−1 (the series is known to O(x^N)); at most 2000 for tanh/sigmoid in text, JSON or CSV (written row by row; the output grows like N³·log N, 3.3 GB of CSV at 2000), else at most 800 (the document is held whole).
    pub order: usize,
    /// Print exact coefficients only (no decimals).
    pub exact_only: bool,
    pub out: super::OutputOptions,
}

/// The unknowns of `--solve`: distinct parameter names.
pub fn parse_unknowns(text: &str) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for u in text.split(',').map(str::trim) {
        let ok = u.chars().next().is_some_and(char::is_alphabetic)
            && u.chars().all(|c| c.is_alphanumeric() || c == '_')
            && !matches!(u, "x" | "pi" | "u");
        if !ok {
            return Err(Error::input(crate::msg!(
                Input::Solve,
                " takes parameter names separated by commas, e.g. a,b (got {u:?}; not x, pi or u)"
            )));
        }
        if out.iter().any(|v| v == u) {
            return Err(Error::input(crate::msg!(
                Input::Solve,
                ": {u} is listed twice"
            )));
        }
        out.push(u.to_string());
    }
    Ok(out)
}

/// Runs `derive`, returning the whole output.
pub fn run(a: &DeriveOptions) -> Result<Output> {
    let mut buf = Vec::new();
    let out = run_to(a, &mut buf)?;
    let text = String::from_utf8(buf)
        .map_err(|_| Error::input("internal error: the output is not UTF-8"))?;
    Ok(Output { text, ..out })
}

/// Runs `derive`, writing to `w`: the named outers in CSV, JSON and text as
/// their rows become final ([`stream`], up to [`MAX_DERIVE_ORDER`]), everything
/// else when complete (up to [`MAX_DERIVE_DOCUMENT_ORDER`]). Every check of
/// the input comes before the first byte; the returned output carries the
/// exit code (its text is empty: it is written).
pub fn run_to(a: &DeriveOptions, w: &mut dyn std::io::Write) -> Result<Output> {
    if a.order > MAX_DERIVE_ORDER {
        return Err(order_error(a.order, MAX_DERIVE_ORDER));
    }
    let named = Outer::parse(a.outer.as_deref().unwrap_or("tanh")).ok();
    let plain = a.model.is_none() && a.solve.is_none() && a.target.is_none() && a.set.is_none();
    if let (Some(o), true, true) = (named, plain, streamed(a.out.format)) {
        let progress = crate::progress::Spinner::new(&format!("derive: order {}", a.order));
        stream(o, a.order, &a.out, a.exact_only, w)?;
        drop(progress);
        return Ok(Output::ok(String::new()));
    }
    if a.order > MAX_DERIVE_DOCUMENT_ORDER {
        return Err(order_error(a.order, MAX_DERIVE_DOCUMENT_ORDER));
    }
    let out = run_document(a)?;
    w.write_all(out.text.as_bytes())?;
    w.flush()?;
    Ok(Output {
        text: String::new(),
        ..out
    })
}

/// `--order N` above `max`: the range, and where the larger orders are.
fn order_error(order: usize, max: usize) -> Error {
    if max == MAX_DERIVE_ORDER {
        return Error::input(crate::msg!(
            Input::Order,
            " {order} is out of range: 1 to {MAX_DERIVE_ORDER}"
        ));
    }
    Error::input(crate::msg!(
        Input::Order,
        " {order} is out of range here: 1 to {max} (the whole document is held before it is written); up to {MAX_DERIVE_ORDER} for ",
        Input::Outer,
        " tanh or sigmoid with ",
        Input::Format,
        " text, json or csv, written row by row"
    ))
}

/// Runs `derive` by building its whole document.
fn run_document(a: &DeriveOptions) -> Result<Output> {
    use super::derive_expr::{model_document, outer_document, read};
    let set = match &a.set {
        Some(s) => crate::expr::assign::parse_assignments(Input::Set, s)?,
        None => Vec::new(),
    };
    if let Some(model) = &a.model {
        if a.outer.is_some() {
            return Err(Error::input(crate::msg!(
                Input::Model,
                " and ",
                Input::Outer,
                " are two different questions; give one"
            )));
        }
        let target = a.target.as_deref().ok_or_else(|| {
            Error::input(crate::msg!(
                Input::Model,
                " needs ",
                Input::Target,
                " EXPR (the function to match)"
            ))
        })?;
        let solve = a.solve.as_deref().ok_or_else(|| {
            Error::input(crate::msg!(
                Input::Model,
                " needs ",
                Input::Solve,
                " a,b,… (the parameters to solve for)"
            ))
        })?;
        let unknowns = parse_unknowns(solve)?;
        let (m, t) = (read(Input::Model, model)?, read(Input::Target, target)?);
        let (doc, _) = model_document(&m, &t, &unknowns, &set, a.out.digits)?;
        return Ok(Output::ok(a.out.render(&doc)?));
    }
    if a.solve.is_some() {
        return Err(Error::input(crate::msg!(
            Input::Solve,
            " needs ",
            Input::Model,
            " EXPR"
        )));
    }
    let outer_text = a.outer.as_deref().unwrap_or("tanh");
    let named = Outer::parse(outer_text);
    if let Ok(o) = named {
        if a.target.is_none() && set.is_empty() {
            let progress = crate::progress::Spinner::new(&format!("derive: order {}", a.order));
            let doc = document(o, a.order, a.out.digits, a.exact_only)?;
            drop(progress);
            return Ok(Output::ok(a.out.render(&doc)?));
        }
    }
    let outer_expr = match named {
        Ok(Outer::Tanh) => "tanh(sqrt(2/pi)*u)",
        Ok(Outer::Sigmoid) => "2*sigmoid(u) - 1",
        Err(_) => outer_text,
    };
    let target_text = a.target.as_deref().unwrap_or("erf(x/sqrt(2))");
    let (o, t) = (
        read(Input::Outer, outer_expr)?,
        read(Input::Target, target_text)?,
    );
    let both = crate::expr::assign::apply(Input::Set, &[&o, &t], &set)?;
    let doc = outer_document(
        outer_expr,
        target_text,
        &both[0],
        &both[1],
        a.order,
        a.out.digits,
        a.exact_only,
    )?;
    Ok(Output::ok(a.out.render(&doc)?))
}
