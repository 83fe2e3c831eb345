//! `taylormatch coeffs EXPR [--set a=…] --order N`: the exact Taylor
//! coefficients of any expression in x (the named functions keep their own
//! routes in [`super::coeffs`]).
//!
//! ```
//! use taylormatch::commands::coeffs::CoeffsOptions;
//! use taylormatch::commands::coeffs_expr::prepare;
//! use taylormatch::commands::OutputOptions;
//! use taylormatch::report::Format;
//! let o = CoeffsOptions {
//!     func: Some("x*exp(x)".into()),
//!     set: None,
//!     order: 5,
//!     a: None,
//!     k: None,
//!     exact_only: true,
//!     nonzero: false,
//!     list: false,
//!     force: false,
//!     out: OutputOptions { digits: 12, format: Format::Csv, ..Default::default() },
//! };
//! // x·eˣ = x + x² + x³/2 + x⁴/6 + …
//! let (_doc, c) = prepare("x*exp(x)", &o).unwrap();
//! let c: Vec<String> = c.iter().map(|v| v.to_string()).collect();
//! assert_eq!(c, ["0", "1", "1", "1/2", "1/6"]);
//! ```

use super::coeffs::{coefficient_table, sym_blocks, CoeffsOptions};
use super::coeffs::{human, would_write};
use crate::coeff::Sym;
use crate::error::Input;
use crate::error::{Error, Result};
use crate::expr::assign::{apply, parse_assignments};
use crate::expr::{expand, parse_in, Expr, Func};
use crate::functions::FUNCTIONS;
use crate::report::{Document, Format, Value};

/// The coefficient document of the expression `text`.
pub fn document(text: &str, a: &CoeffsOptions) -> Result<Document> {
    let (header, c) = prepare(text, a)?;
    super::coeffs::collect(header, sym_blocks(c, a.out.digits, a.exact_only))
}

/// The header of the expression's document (title, fields, an empty
/// coefficient table) and its exact coefficients: every error comes here,
/// before any output.
pub fn prepare(text: &str, a: &CoeffsOptions) -> Result<(Document, Vec<Sym>)> {
    for (flag, v) in [(Input::A, &a.a), (Input::K, &a.k)] {
        if v.is_some() {
            return Err(Error::input(crate::msg!(
                flag,
                " applies only to the named function ",
                if flag == Input::A {
                    "gelu-tanh"
                } else {
                    "gelu-sigmoid"
                },
                "; for an expression give parameter values with ",
                Input::Set
            )));
        }
    }
    let e = parse_in("FUNC", text)?;
    if !e.has_x() {
        let names: Vec<&str> = FUNCTIONS.iter().map(|f| f.name).collect();
        return Err(Error::input(format!(
            "unknown function {text:?}; FUNC must be one of {} or an expression in x such as 'x*sigmoid(1.702*x)'",
            names.join(", ")
        )));
    }
    let set = match &a.set {
        Some(s) => parse_assignments(Input::Set, s)?,
        None => Vec::new(),
    };
    let e = apply(Input::Set, &[&e], &set)?.remove(0);
    // the work first (its refusal names the symbols), then the output size
    crate::expr::series::check_work(&e, a.order, "series")
        .map_err(|err| Error::input(crate::msg!("FUNC {text}: ", err.message())))?;
    check_size(&e, a)?;
    // the work (and so the size) is bounded by expr::series::check_work inside expand
    let s = expand(&e, a.order)
        .map_err(|err| Error::input(crate::msg!("FUNC {text}: ", err.message())))?;
    let digits = a.out.digits;
    let mut d = Document::new(format!("Taylor coefficients of {text} at 0"));
    let mut fields = vec![
        ("function", "function", Value::from(text.trim())),
        (
            "expression",
            "expression, as read",
            Value::from(e.to_string()),
        ),
        ("order", "order", Value::from(a.order)),
        (
            "known_to",
            "known to",
            Value::from(format!("O(x^{})", a.order)),
        ),
    ];
    let params = e.params();
    if !params.is_empty() {
        fields.push((
            "symbolic",
            "symbolic parameters",
            Value::from(params.join(", ")),
        ));
    }
    for v in &set {
        let exact = v.exact()?;
        fields.push((
            "set",
            "parameter set",
            Value::from(format!("{} = {exact}", v.name)),
        ));
    }
    if !a.exact_only {
        fields.push(("digits", "decimal digits", Value::Digits(digits)));
    }
    d.fields(fields);
    d.table(coefficient_table(Vec::new(), a.exact_only));
    Ok((d, s.into_coeffs()))
}

/// Largest estimated output of `coeffs EXPR` without `--force`.
pub const MAX_EXPR_BYTES: u128 = 200_000_000;

/// How the exact coefficient of xᵏ grows for `e`, in bytes: E(k) =
/// (α·k·L(k)/50 + β·k + γ)·C(k/2 + g, g), L(k) = 3(⌊log2 k⌋ + 1) + 10 (ten
/// times an upper bound of log10 k), g the symbolic parameters (coefficients
/// are polynomials in them, of about k/2 terms for one as in gelu-tanh). α: 3 for a function with factorial-type
/// coefficients (exp, sin, cos, sinh, cosh, erf, erfc, Φ, GELU, asinh), 11
/// with Bernoulli numbers (tan, tanh, σ, softplus), 0 for log, atan, artanh,
/// the largest present plus 2 for every further such call (products and
/// compositions merge denominators); β: the digits of the longest rational
/// literal (it may be raised to the k-th power), plus 1 for every division or
/// fractional power (binomial and geometric coefficients); γ = 20 + the
/// digits of every literal + 0.31·m for every integer power m (binomials
/// C(m, j) < 2^m).
fn growth(e: &Expr) -> (u128, u128, u128, usize) {
    let (mut alpha, mut calls, mut beta, mut extra) = (0u128, 0u128, 0u128, 0u128);
    let mut gamma = 20u128;
    e.visit(&mut |n| match n {
        Expr::Call(f, _) => {
            let a = match f {
                Func::Tan | Func::Tanh | Func::Sigmoid | Func::Softplus => 11,
                Func::Log | Func::Atan | Func::Artanh => 0,
                _ => 3,
            };
            if a > 0 {
                calls += 1;
            }
            alpha = alpha.max(a);
        }
        Expr::Num(q) => {
            let d = (q.numer().bits() + q.denom().bits()) as u128 * 30103 / 100_000 + 1;
            beta = beta.max(d);
            gamma += d;
        }
        Expr::Div(..) => extra += 1,
        Expr::Pow(_, q) if !q.is_integer() => extra += 1,
        Expr::Pow(_, q) => gamma += q.numer().bits() as u128 * 31 / 100 + 1,
        _ => {}
    });
    let gamma = gamma.max(20);
    (
        alpha + 2 * calls.saturating_sub(1),
        beta + extra,
        gamma,
        e.params().len(),
    )
}

/// An upper estimate of the bytes `coeffs EXPR --order n` writes: every row
/// as long as the last, F·E(n − 1) + D + 40 bytes (F = 2 for padded text, 8
/// for text with symbolic parameters (sums of terms wrapped and padded), 3/2
/// for the other formats; D = digits + 12 for the decimal column, 0 with
/// `--exact-only`), plus 4096 for the title and fields.
pub fn expr_bytes(e: &Expr, n: usize, digits: Option<u32>, format: Format) -> u128 {
    let (alpha, beta, gamma, g) = growth(e);
    let d = digits.map_or(0, |d| d as u128 + 12);
    let (f_num, f_den) = match format {
        Format::Text if g > 0 => (8, 1),
        Format::Text => (2, 1),
        _ => (3, 2),
    };
    let k = (n as u128).saturating_sub(1);
    let l = 3 * (k.max(1).ilog2() as u128 + 1) + 10;
    let mut terms: u128 = 1;
    for i in 1..=g as u128 {
        terms = terms.saturating_mul(k / 2 + i) / i;
    }
    let ek = (alpha * k * l / 50 + beta * k + gamma).saturating_mul(terms);
    let row = (f_num * ek / f_den).saturating_add(d + 40);
    (n as u128).saturating_mul(row).saturating_add(4096)
}

/// Refuses (exit 2) an order whose output would exceed [`MAX_EXPR_BYTES`]
/// (unless `--force`), naming the largest `--order` within it.
fn check_size(e: &Expr, a: &CoeffsOptions) -> Result<()> {
    let digits = (!a.exact_only).then_some(a.out.digits);
    let fmt = a.out.format;
    let est = expr_bytes(e, a.order, digits, fmt);
    if est <= MAX_EXPR_BYTES || a.force {
        return Ok(());
    }
    let (mut lo, mut hi) = (0usize, a.order);
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if expr_bytes(e, mid, digits, fmt) <= MAX_EXPR_BYTES {
            lo = mid
        } else {
            hi = mid
        }
    }
    Err(Error::input(crate::msg!(
        would_write(a.order, est, &format!("coefficients of {e}"), fmt),
        " (an upper estimate; limit ",
        human(MAX_EXPR_BYTES).to_string(),
        "): the largest ",
        Input::Order,
        " within it is {lo}; lower ",
        Input::Order,
        " or pass ",
        Input::Force
    )))
}
