//! Expressions a user types: `tanh(sqrt(2/pi)*(x + a*x^3))`, `x*sigmoid(1.702*x)`.
//!
//! One parser reads every formula and every numeric flag of the tool (the
//! number grammar is part of it). An [`Expr`] is the single model of a
//! formula: the exact layer expands it as a series, the numeric layer
//! evaluates it as an MPFR point, interval or jet.
//!
//! * `x` is the series variable; any other identifier is a parameter (a free
//!   symbol, symbolic until given a value); `pi`/`π` is π.
//! * Numbers are exact rationals: `0.044715` = 44715/10⁶, `1.7e-3`, `2/3`.
//!
//! The grammar is in [`parse`](mod@parse) and docs/cli.md.
//!
//! ```
//! use taylormatch::expr::{expand, parse};
//! // tanh(x)·cosh(x) = sinh(x): the x⁵ coefficient is 1/5! = 1/120
//! let e = parse("tanh(x)*cosh(x)").unwrap();
//! let s = expand(&e, 7).unwrap();
//! assert_eq!(s.coeff(5).unwrap().to_string(), "1/120");
//! // numbers are exact: 0.044715 is 8943/200000
//! assert_eq!(taylormatch::expr::parse_value("0.044715", &[]).unwrap().to_string(), "8943/200000");
//! ```

pub mod assign;
mod ast;
mod atom;
mod error;
pub mod exact;
mod lex;
pub mod parse;
pub mod series;
mod suggest;
pub mod values;

pub use ast::{Expr, Func};
pub use error::ParseError;
pub use parse::parse_spanned;

pub use suggest::{did_you_mean, edit_distance};

use crate::coeff::Sym;
use crate::error::{Error, Message, Result};
pub use exact::Symbols;

/// Parses a formula: text → [`Expr`]. Errors (exit 2) show the input with a
/// caret under the offending character and say what was expected.
///
/// ```
/// use taylormatch::expr::{parse, Expr};
/// use taylormatch::coeff::Q;
/// assert_eq!(parse("2x").unwrap(), Expr::Num(Q::from_integer(2.into())) * Expr::X);
/// assert!(parse("0.044 715").is_err());
/// ```
pub fn parse(src: &str) -> Result<Expr> {
    parse_in("expression", src)
}

/// [`parse()`], with errors that start with `what` (the flag or argument the
/// user typed, e.g. `--model` or `EXPR`).
pub fn parse_in(what: impl Into<Message> + Copy, src: &str) -> Result<Expr> {
    parse_spanned(src).map_err(|e| e.into_error(what, src))
}

pub use series::{expand, expand_with, Options, Ring};

/// Reads an exact value (a number, or a polynomial in the `allowed` symbols):
/// `0.044715`, `2/(3π) - 1/6`, `√(2/π)·(a - 2/(3π))`. Any other free symbol
/// is refused by name before simplification (`a - a` is refused when `a` is not
/// allowed), as are `x` and function calls; the work is bounded (terms, bits).
///
/// ```
/// use taylormatch::expr::parse_value;
/// assert_eq!(parse_value("(4 - π)/(6π)", &[]).unwrap(), parse_value("2/(3π) - 1/6", &[]).unwrap());
/// assert!(parse_value("0.04x", &[]).is_err());
/// assert!(parse_value("a - a", &[]).is_err());
/// ```
pub fn parse_value(text: &str, allowed: &[&str]) -> Result<Sym> {
    parse_value_in("value", text, Symbols::Only(allowed))
}

/// [`parse_value`] for the flag or argument `what` (named first in every error).
pub fn parse_value_in(
    what: impl Into<Message> + Copy,
    text: &str,
    allowed: Symbols<'_>,
) -> Result<Sym> {
    let e = parse_in(what, text)?;
    exact::eval(&e, allowed)
        .map_err(|why| Error::input(crate::msg!(what, ": {why} (got {text:?})")))
}

/// A plain decimal literal for `what`: its exact value and the decimals it shows
/// (`1.702` → 3, `1.7e-3` → 4); errors show a caret.
pub fn decimal_literal(
    what: impl Into<Message> + Copy,
    src: &str,
) -> Result<(crate::coeff::Q, i64)> {
    lex::decimal_literal(src).map_err(|e| e.into_error(what, src))
}
