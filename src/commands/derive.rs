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
use crate::coeff::{combined_form, Coeff, Sym, Q};
use crate::error::Input;
use crate::error::{Error, Result};
use crate::matching::{t_poly_decimal, Outer};
use crate::report::{Document, Table, Value};

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

/// One derived coefficient.
#[derive(Debug, Clone, PartialEq)]
pub struct DerivedCoeff {
    pub power: usize,
    pub exact: Sym,
    /// Single-fraction form, e.g. (4 - π)/(6π); `None` for a single term.
    pub combined: Option<String>,
    /// Correctly rounded decimal (`None` with `exact_only`).
    pub decimal: Option<String>,
}

/// The factor of p for `outer`: 1 for tanh, 2√(2/π) for the sigmoid (q = 2√(2/π)·p).
pub(super) fn outer_scale(outer: Outer) -> Sym {
    match outer {
        Outer::Tanh => Sym::one(),
        Outer::Sigmoid => Sym::sqrt_2_over_pi().mul_q(&Q::from_integer(2.into())),
    }
}

/// The coefficient of xⁿ from row n of the t-table (\[xⁿ\]p = Σ_k c_k t^k):
/// exact `scale`·Σ_k c_k t^k, its one-fraction form and (unless `exact_only`) its decimal.
pub fn derived_row(
    n: usize,
    poly: &[rug::Rational],
    scale: &Sym,
    digits: u32,
    exact_only: bool,
) -> Result<DerivedCoeff> {
    let exact = crate::functions::inner_kron::t_poly_sym(poly).mul(scale);
    let combined = combined_form(&exact);
    let decimal = if exact_only {
        None
    } else {
        Some(t_poly_decimal(poly, scale, digits)?)
    };
    Ok(DerivedCoeff {
        power: n,
        exact,
        combined,
        decimal,
    })
}

/// The odd coefficients (powers 1, 3, … < order) of the matched series for
/// `outer`, exact and (unless `exact_only`) to `digits` digits, each handed
/// to `emit` as soon as it is final (lowest power first). Even powers are 0.
pub fn derived_rows(
    outer: Outer,
    order: usize,
    digits: u32,
    exact_only: bool,
    emit: &mut dyn FnMut(DerivedCoeff) -> Result<()>,
) -> Result<()> {
    let scale = outer_scale(outer);
    crate::functions::inner_kron::inner_rows(order, &mut |n, poly| {
        emit(derived_row(n, &poly, &scale, digits, exact_only)?)
    })
}

/// The odd coefficients (powers 1, 3, … < order) of the matched series for
/// `outer`, exact and (unless `exact_only`) to `digits` digits. Even powers are 0.
pub fn derived_coeffs(
    outer: Outer,
    order: usize,
    digits: u32,
    exact_only: bool,
) -> Result<Vec<DerivedCoeff>> {
    let mut out = Vec::new();
    derived_rows(outer, order, digits, exact_only, &mut |c| {
        out.push(c);
        Ok(())
    })?;
    Ok(out)
}

/// The `derive` document: title, fields, the note on S and an empty
/// coefficient table (its last block); `first` is the x¹ row (the sigmoid's
/// fields show it).
pub fn header(
    outer: Outer,
    order: usize,
    digits: u32,
    exact_only: bool,
    first: Option<&DerivedCoeff>,
) -> Document {
    let (title, equation) = match outer {
        Outer::Tanh => (
            "Matched inner series p(x) for tanh",
            "tanh(√(2/π)·p(x)) = erf(x/√2); p = √(π/2)·artanh(erf(x/√2)) = Σ_k t^k S^(2k+1)/(2k+1), t = 2/π",
        ),
        Outer::Sigmoid => (
            "Matched inner series q(x) for the sigmoid",
            "2σ(q(x)) − 1 = erf(x/√2); q = 2·artanh(erf(x/√2)) = 2√(2/π)·p(x)",
        ),
    };
    let mut d = Document::new(title);
    let mut fields = vec![
        ("outer", "outer function", Value::from(outer.name())),
        ("equation", "equation", Value::from(equation)),
        ("order", "order", Value::from(order)),
        ("known_to", "known to", Value::from(format!("O(x^{order})"))),
    ];
    if !exact_only {
        fields.push(("digits", "decimal digits", Value::Digits(digits)));
    }
    if outer == Outer::Sigmoid {
        if let Some(k) = first {
            fields.push((
                "k",
                "matched slope k (x¹ coefficient)",
                Value::from(&k.exact),
            ));
            if let Some(dec) = &k.decimal {
                fields.push((
                    "k_decimal",
                    "k (decimal; QuickGELU uses 1.702)",
                    Value::dec(dec.clone()),
                ));
            }
        }
    }
    d.fields(fields);
    d.para("S(x) = Σ (−1)ⁿ x²ⁿ⁺¹/(n!·2ⁿ·(2n+1)), so erf(x/√2) = √(2/π)·S(x). Every coefficient is exact; even powers are 0 (the series is odd). Decimals are correctly rounded.");
    let mut cols = vec![
        ("power", "power"),
        ("name", "coefficient"),
        ("exact", "exact"),
        ("combined", "one fraction"),
    ];
    if !exact_only {
        cols.push(("decimal", "decimal"));
    }
    d.table(Table::new("coefficients", &cols));
    d
}

/// The cells of one coefficient's row.
pub fn table_row(outer: Outer, c: &DerivedCoeff) -> Vec<Value> {
    let name = match outer {
        Outer::Tanh => "a",
        Outer::Sigmoid => "q",
    };
    let mut row = vec![
        Value::from(c.power),
        Value::from(format!("{name}{}", c.power)),
        Value::from(&c.exact),
        Value::from(c.combined.clone().unwrap_or_else(|| c.exact.to_string())),
    ];
    if let Some(dec) = &c.decimal {
        row.push(Value::dec(dec.clone()));
    }
    row
}

/// The `derive` document.
pub fn document(outer: Outer, order: usize, digits: u32, exact_only: bool) -> Result<Document> {
    let coeffs = derived_coeffs(outer, order, digits, exact_only)?;
    let mut d = header(outer, order, digits, exact_only, coeffs.first());
    if let Some(crate::report::Block::Table(t)) = d.blocks.last_mut() {
        for c in &coeffs {
            t.push(table_row(outer, c));
        }
    }
    Ok(d)
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
        " csv, written row by row"
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
