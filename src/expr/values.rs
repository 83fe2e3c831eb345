//! The value parsers of every numeric flag, all through the one grammar of
//! [`crate::expr`]: the same text is the same number in every flag
//! (`1/2e1` = 1/20 in `--a`, `--range`, `--tolerance`, `--step`, …).
//!
//! * [`integer`]: `--order`, `--digits`, `--points`, `--bits` (an integer value
//!   in a range; `1e3` = 1000 is accepted, `2.5` is refused).
//! * [`rational`]: `--step`, `--tolerance`, `--residual`, range ends (a
//!   rational number: no π, no symbols).
//! * [`exact`]: `--a`, `--k`, `--set` values (numbers, π, √: any exact form).
//! * [`range`]: `--range` for every command: `L` (= −L:L), `A:B`, `inf`/`∞`.
//!
//! ```
//! use taylormatch::error::{Error, Input};
//! use taylormatch::expr::values::{integer, range, rational, End};
//! // the same grammar everywhere: 1/2e1 = 1/20, 1e3 = 1000
//! assert_eq!(rational(Input::A, "1/2e1").unwrap().to_string(), "1/20");
//! assert_eq!(integer(Input::Order, "1e3", 1, 5000).unwrap(), 1000);
//! // L means −L:L
//! let (lo, hi) = range(Input::Range, "3").unwrap();
//! let q = |n: i64| taylormatch::coeff::Q::from_integer(n.into());
//! assert_eq!((lo, hi), (End::Finite(q(-3)), End::Finite(q(3))));
//! // a refusal is typed, with the range
//! let e = integer(Input::Digits, "2.5", 1, 50).unwrap_err();
//! assert!(matches!(e, Error::OutOfRange { input: Input::Digits, lo: 1, hi: 50, .. }));
//! ```

use crate::coeff::{Coeff, Sym, Q};
use crate::error::{Error, Input, Message, Result};
use crate::expr::{parse_value_in, Symbols};
use num_traits::{Signed, ToPrimitive};

/// An exact value for `flag` that may contain only the `allowed` symbols.
pub fn exact(flag: impl Into<Message> + Copy, text: &str, allowed: &[&str]) -> Result<Sym> {
    parse_value_in(flag, text, Symbols::Only(allowed))
}

/// A rational number for `flag`: `0.5`, `1/3`, `1e-12`, `−2`, `1/2e1` (= 1/20).
pub fn rational(flag: impl Into<Message> + Copy, text: &str) -> Result<Q> {
    let v = exact(flag, text, &[])?;
    v.as_q().ok_or_else(|| {
        Error::input(crate::msg!(flag, " must be a rational number such as 0.5, 1/3 or 1e-12, not an irrational value (got {text:?} = {v})"))
    })
}

/// [`rational`] as a GMP rational.
pub fn rational_rug(flag: impl Into<Message> + Copy, text: &str) -> Result<rug::Rational> {
    rational(flag, text).map(|q| crate::coeff::gmp::q_to_rug(&q))
}

/// An integer from `lo` to `hi` for `input`; a refusal is an
/// [`Error::OutOfRange`] that carries the range.
pub fn integer(input: Input, text: &str, lo: u64, hi: u64) -> Result<u64> {
    let refuse = |why: String| Error::OutOfRange {
        input,
        lo,
        hi,
        got: text.to_string(),
        why,
    };
    let q = rational(input, text).map_err(|e| {
        let why = e.message().render(&|_| String::new());
        let first = why.lines().next().unwrap_or_default();
        let detail = first.split_once(": cannot read ").map_or(first, |(_, d)| d);
        refuse(detail.to_string())
    })?;
    if !q.is_integer() {
        return Err(refuse("not an integer".into()));
    }
    match q.numer().to_u64() {
        Some(n) if (lo..=hi).contains(&n) => Ok(n),
        // outside lo..=hi: the range in the message says all there is to say
        _ => Err(refuse(String::new())),
    }
}

/// One end of a range.
#[derive(Debug, Clone, PartialEq)]
pub enum End {
    NegInf,
    PosInf,
    Finite(Q),
}

/// Parses a range for `flag`: `A:B` (A < B; `inf`, `+inf`, `-inf`, `∞`, `-∞`
/// allowed as ends), `L` (L > 0, meaning −L:L) or `inf` alone (the real line).
/// Each finite end is a [`rational`].
pub fn range(flag: impl Into<Message> + Copy, text: &str) -> Result<(End, End)> {
    let bad = |why: &str| {
        Error::input(crate::msg!(flag, " must be A:B with numbers A < B (inf and -inf allowed), or L > 0 meaning -L:L (got {text:?}): {why}"))
    };
    let (a, b) = match text.split_once(':') {
        Some((a, b)) => {
            if b.contains(':') {
                return Err(bad("more than one ':'"));
            }
            (end(flag, a)?, end(flag, b)?)
        }
        None => match end(flag, text)? {
            End::PosInf => (End::NegInf, End::PosInf),
            End::Finite(q) if q.is_positive() => (End::Finite(-q.clone()), End::Finite(q)),
            _ => return Err(bad("a single L must be positive")),
        },
    };
    match (&a, &b) {
        (End::PosInf, _) => Err(bad("A cannot be +inf")),
        (_, End::NegInf) => Err(bad("B cannot be -inf")),
        (End::Finite(l), End::Finite(h)) if l >= h => Err(bad("empty or reversed")),
        _ => Ok((a, b)),
    }
}

fn end(flag: impl Into<Message> + Copy, s: &str) -> Result<End> {
    let t = s.trim();
    let (neg, body) = match t.strip_prefix(['-', '−']) {
        Some(r) => (true, r.trim_start()),
        None => (false, t.strip_prefix('+').unwrap_or(t).trim_start()),
    };
    if matches!(body, "inf" | "∞") {
        return Ok(if neg { End::NegInf } else { End::PosInf });
    }
    if t.is_empty() {
        return Err(Error::input(crate::msg!(
            flag,
            ": an end of the range is empty (got {s:?})"
        )));
    }
    rational(flag, t).map(End::Finite)
}

/// Parses `--set a=0.044715,k=1.702`: comma-separated `name=value`, each name a
/// parameter (letter {letter | digit | _}, not `x`, `pi`, `e` or a function
/// name), each value an [`exact`] value free of symbols; a name given twice is refused.
pub fn assignments(flag: impl Into<Message> + Copy, text: &str) -> Result<Vec<(String, Sym)>> {
    let mut out: Vec<(String, Sym)> = Vec::new();
    for item in text.split(',') {
        let Some((name, value)) = item.split_once('=') else {
            return Err(Error::input(crate::msg!(flag, " must be name=value pairs separated by commas, e.g. a=0.044715,k=1.702 (got {item:?} in {text:?})")));
        };
        let name = name.trim();
        let ident = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        let reserved = matches!(name, "x" | "pi" | "e" | "E" | "inf" | "nan" | "sqrt")
            || crate::expr::Func::from_name(name).is_some();
        if !ident || reserved {
            return Err(Error::input(crate::msg!(flag, ": {name:?} is not a parameter name (a letter, then letters, digits or _; not x, pi, e or a function)")));
        }
        if out.iter().any(|(n, _)| n == name) {
            return Err(Error::input(crate::msg!(
                flag,
                ": {name} is given twice (got {text:?})"
            )));
        }
        let v = exact(&crate::msg!(flag, " {name}"), value, &[])?;
        out.push((name.to_string(), v));
    }
    Ok(out)
}
