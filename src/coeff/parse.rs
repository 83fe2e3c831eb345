//! Reading exact values back: the inverse of the printed exact forms.
//!
//! A thin wrapper over the one grammar of the tool ([`crate::expr`]): the
//! printed forms (`2/(3π) - 1/6`, `√(2/π)·(a - 2/(3π))`, `3a²·k/7`) are
//! expressions in numbers, π, √ and free symbols.

use super::Sym;
use crate::error::Result;
use crate::expr::{parse_value_in, Symbols};

/// Parses an exact value such as `2/(3π) - 1/6`, `√(2/π)·(a - 2/(3π))`, `0.044715`;
/// free symbols (`a`, `k`) are kept; `x` and function calls are refused.
///
/// ```
/// use taylormatch::coeff::parse_exact;
/// let v = parse_exact("(4 - π)/(6π)").unwrap();
/// assert_eq!(v, parse_exact("2/(3π) - 1/6").unwrap());
/// ```
pub fn parse_exact(s: &str) -> Result<Sym> {
    parse_value_in("exact value", s, Symbols::Any)
}
