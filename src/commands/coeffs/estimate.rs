//! An upper bound of the size of `coeffs` output, per function, per kind of
//! parameter and per format, computed before any coefficient is.
//!
//! Model (integer arithmetic; `L(n)` = 0.3(⌊log2 n⌋ + 1) + 1, an upper
//! bound of log10 n): the exact coefficient of xⁿ takes at most E(n)
//! bytes, increasing in n, with
//! * erf, erf-sqrt2, phi, gelu (1/(n!(2n+1))-like): E = 3n·L(n)/5 + 20;
//! * tanh, sigmoid (Bernoulli numbers over n!): E = 11n·L(n)/5 + 20;
//! * artanh (1/n): E = 2L(n) + 4;
//! * gelu-sigmoid: the sigmoid bound times kⁿ, plus 3L(n) for a symbolic k,
//!   plus n·d for a rational or one-term k with d bytes of digits; the
//!   gelu-tanh bound for a k that is a sum of terms (kⁿ expands);
//! * gelu-tanh (a polynomial in a and π⁻¹ of ~n/2 terms, each ~n log n):
//!   E = n²(35L(n) + 5d)/100 + 50, d the digits of a (0 when symbolic).
//!
//! A row then costs at most `F·E + lines·(D + R)` bytes: D the decimal's
//! width (digits + 12, 0 with `--exact-only`), R = 40 (HTML: 120, its tags,
//! classes and the MathML of each exact value, and D tripled: the decimals
//! are padded with 3-byte figure spaces), F = 2 for text (padded
//! cells), min(2 + N/50, 8) for text of sums of terms (wrapped at the terms,
//! each line padded to the longest term: measured text/JSON ratios 1.5, 2.3,
//! 4.3, 5.3 at N = 25, 50, 100, 200 for a symbolic a, about 4 for a number),
//! 3/2 for the other formats (quoting, markup);
//! `lines` = 1 + E/200 where text wraps a cell with spaces (sums of terms)
//! and pads the other columns on every line, else 1. The whole output is
//! at most 4096 + N·row(N−1). tests/coeffs_size.rs checks it against the
//! measured size of real outputs of every function at several orders.

use crate::coeff::Sym;
use crate::functions::Params;
use crate::report::Format;

/// 10·λ(n) with λ(n) = 0.3·(⌊log2 n⌋ + 1) + 1, an upper bound of log10(n)
/// in tenths that grows smoothly (per doubling) rather than per decade.
fn lt(n: u128) -> u128 {
    3 * (n.max(1).ilog2() as u128 + 1) + 10
}

/// Bytes of the digits of a parameter: numerators and denominators of every
/// term, plus its text for irrational parts.
fn param_digits(p: &Sym) -> u128 {
    p.terms()
        .map(|(_, q)| (q.numer().bits() + q.denom().bits()) as u128 * 30103 / 100000 + 2)
        .sum::<u128>()
        + p.to_string().len() as u128 / 4
}

/// The kind of the exact coefficients: how E(n) grows.
enum Growth {
    /// E = 3n·L/5 + 20
    Factorial,
    /// E = 11n·L/5 + 20 + n·extra + 3L
    Bernoulli { per_power: u128 },
    /// E = 2L + 4
    Harmonic,
    /// E = n²(35L + 5d)/100 + 50
    Polynomial { d: u128 },
}

fn growth(func: &str, params: &Params) -> Growth {
    match func {
        "tanh" | "sigmoid" => Growth::Bernoulli { per_power: 0 },
        "artanh" => Growth::Harmonic,
        "gelu-tanh" => Growth::Polynomial {
            d: params.a.as_ref().map(param_digits).unwrap_or(0),
        },
        "gelu-sigmoid" => match &params.k {
            None => Growth::Bernoulli { per_power: 0 },
            Some(k) if k.len() <= 1 => Growth::Bernoulli {
                per_power: param_digits(k),
            },
            Some(k) => Growth::Polynomial { d: param_digits(k) },
        },
        _ => Growth::Factorial,
    }
}

/// E(n): an upper bound of the bytes of the exact coefficient of xⁿ, and
/// whether it is a sum of terms (text wraps it at its spaces).
fn exact_bytes(g: &Growth, n: u128) -> (u128, bool) {
    let l = lt(n);
    match g {
        Growth::Factorial => (3 * n * l / 50 + 20, false),
        Growth::Bernoulli { per_power } => {
            (11 * n * l / 50 + 20 + n * per_power + 3 * l / 10, false)
        }
        Growth::Harmonic => (2 * l / 10 + 4, false),
        Growth::Polynomial { d } => (n * n * (35 * l + 50 * d) / 1000 + 50, true),
    }
}

/// The bound of the parts of the output that do not grow with N (title, fields, headers).
pub const FIXED_BYTES: u128 = 4096;

/// An upper bound of the bytes `coeffs FUNC --order N` writes in `format`,
/// with decimals of `digits` significant digits (None: `--exact-only`).
pub fn estimated_bytes(
    func: &str,
    params: &Params,
    order: usize,
    digits: Option<u32>,
    format: Format,
) -> u128 {
    let n = order as u128;
    let (e, sums) = exact_bytes(&growth(func, params), n.saturating_sub(1));
    let d = digits.map(|d| d as u128 + 12).unwrap_or(0);
    let (f_num, f_den) = match (format, sums) {
        (Format::Text, true) => ((2 + n / 50).min(8), 1),
        (Format::Text, false) => (2, 1),
        _ => (3, 2),
    };
    let lines = if sums && format == Format::Text {
        1 + e / 200
    } else {
        1
    };
    // per line: the other cells, separators and markup (HTML: tags, classes,
    // MathML, and decimals padded with 3-byte figure spaces)
    let (d, r) = if format == Format::Html {
        (3 * d, 120)
    } else {
        (d, 40)
    };
    FIXED_BYTES + n * (f_num * e / f_den + lines * (d + r))
}

/// `bytes` for people: "830 kB", "6.5 GB" (rounded up, so never an understatement).
pub fn human(bytes: u128) -> String {
    let units = [(1_000_000_000u128, "GB"), (1_000_000, "MB"), (1_000, "kB")];
    for (u, name) in units {
        if bytes >= u {
            // one decimal, rounded up
            let tenths = bytes.div_ceil(u / 10);
            return format!("{}.{} {name}", tenths / 10, tenths % 10);
        }
    }
    format!("{bytes} bytes")
}
