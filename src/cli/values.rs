//! The value grammar of [`crate::expr::values`] by flag name, with errors
//! rendered as the command line shows them (`values::integer("--order", "0",
//! 1, 40)` → `Err("--order must be an integer from 1 to 40 …")`): for callers
//! that hold flags, not [`Input`]s.
//!
//! ```
//! use taylormatch::cli::values;
//! assert_eq!(values::integer("--order", "1e3", 1, 5000), Ok(1000));
//! assert!(values::integer("--order", "0", 1, 40).unwrap_err().starts_with("--order"));
//! ```

use super::{input_of, render};
use crate::coeff::{Sym, Q};
use crate::error::{Input, Result};
use crate::expr::values as v;

pub use crate::expr::values::End;

/// A value read by the grammar, or the message naming the flag.
pub type Shown<T> = std::result::Result<T, String>;

/// Reads `text` for `flag` with `read`; the error is rendered with flags.
fn by_flag<T>(flag: &str, read: impl FnOnce(Input) -> Result<T>) -> Shown<T> {
    let input = input_of(flag).ok_or_else(|| format!("{flag} is not a flag that takes a value"))?;
    read(input).map_err(|e| render(&e))
}

/// [`v::integer`] for `flag`.
pub fn integer(flag: &str, text: &str, lo: u64, hi: u64) -> Shown<u64> {
    by_flag(flag, |i| v::integer(i, text, lo, hi))
}

/// [`v::rational`] for `flag`.
pub fn rational(flag: &str, text: &str) -> Shown<Q> {
    by_flag(flag, |i| v::rational(i, text))
}

/// [`v::rational_rug`] for `flag`.
pub fn rational_rug(flag: &str, text: &str) -> Shown<rug::Rational> {
    by_flag(flag, |i| v::rational_rug(i, text))
}

/// [`v::exact`] for `flag`.
pub fn exact(flag: &str, text: &str, allowed: &[&str]) -> Shown<Sym> {
    by_flag(flag, |i| v::exact(i, text, allowed))
}

/// [`v::range`] for `flag`.
pub fn range(flag: &str, text: &str) -> Shown<(End, End)> {
    by_flag(flag, |i| v::range(i, text))
}

/// [`v::assignments`] for `flag`.
pub fn assignments(flag: &str, text: &str) -> Shown<Vec<(String, Sym)>> {
    by_flag(flag, |i| v::assignments(i, text))
}
