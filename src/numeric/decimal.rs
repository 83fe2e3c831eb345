//! Correctly rounded decimal output.
//!
//! A decimal shown with D significant digits is the exact value rounded to
//! nearest (ties to even). For rationals this is done in exact integer
//! arithmetic; for values involving π or square roots, an enclosure
//! [lo, hi] is computed with directed rounding and refined until both ends
//! round to the same D digits (Ziv's strategy, made rigorous by the
//! enclosure).
//!
//! ```
//! use rug::Rational;
//! use taylormatch::numeric::decimal::rational_to_string;
//! // correctly rounded, ties to even: 2/3 → 0.66667, 1/8 = 0.125 → 0.12
//! assert_eq!(rational_to_string(&Rational::from((2, 3)), 5), "0.66667");
//! assert_eq!(rational_to_string(&Rational::from((1, 8)), 2), "0.12");
//! ```

use crate::error::{Error, Result};
use crate::numeric::interval::Interval;
use rug::{Float, Integer, Rational};
use std::cmp::Ordering;

/// A rounded decimal: `(-1)^negative · mantissa · 10^exp10`, with `mantissa`
/// having exactly `digits` decimal digits (or zero).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decimal {
    pub negative: bool,
    pub mantissa: Integer,
    pub exp10: i64,
    pub digits: u32,
}

/// Largest number of significant digits accepted anywhere (`--digits`).
pub const MAX_DIGITS: u32 = 10_000;

pub(crate) fn pow10(n: u64) -> Integer {
    Integer::from(Integer::u_pow_u(10, n as u32))
}

/// floor(log10(|q|)) for q ≠ 0, exactly.
pub(crate) fn floor_log10(num: &Integer, den: &Integer) -> i64 {
    // estimate ⌊(bits(num) − bits(den))·log10 2⌋ in integers (log10 2 ≈ 0.30103),
    // off by at most one or two; the loop below makes it exact
    let diff = num.significant_bits() as i64 - den.significant_bits() as i64;
    let mut e = (diff * 30_103).div_euclid(100_000);
    loop {
        // test 10^e <= num/den < 10^(e+1)
        let (l, r) = scale(num, den, e);
        if l < r {
            e -= 1;
            continue;
        }
        let (l2, r2) = scale(num, den, e + 1);
        if l2 >= r2 {
            e += 1;
            continue;
        }
        return e;
    }
}

/// Returns (num·10^max(0,−e), den·10^max(0,e)) so that comparing them compares num/den with 10^e.
fn scale(num: &Integer, den: &Integer, e: i64) -> (Integer, Integer) {
    if e >= 0 {
        (num.clone(), den * pow10(e as u64))
    } else {
        (num * pow10((-e) as u64), den.clone())
    }
}

/// How a rational is rounded to a given number of digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rounding {
    /// To nearest, ties to even (what every printed decimal uses).
    Nearest,
    /// Toward −∞ (the lower end of an enclosure).
    Down,
    /// Toward +∞ (the upper end of an enclosure).
    Up,
}

/// Rounds a rational to `digits` significant digits, to nearest, ties to even.
pub fn round_rational(q: &Rational, digits: u32) -> Decimal {
    round_rational_mode(q, digits, Rounding::Nearest)
}

/// Rounds a rational to `digits` significant digits in the given direction:
/// mantissa = round(|q|·10^(digits−1−e)), e = ⌊log10 |q|⌋, a carry to
/// 10^digits renormalising. Exact integer arithmetic throughout.
pub fn round_rational_mode(q: &Rational, digits: u32, mode: Rounding) -> Decimal {
    let digits = digits.max(1);
    if q.cmp0() == Ordering::Equal {
        return Decimal {
            negative: false,
            mantissa: Integer::new(),
            exp10: 0,
            digits,
        };
    }
    let negative = q.cmp0() == Ordering::Less;
    let num = Integer::from(q.numer().abs_ref());
    let den = q.denom().clone();
    let e = floor_log10(&num, &den);
    let shift = digits as i64 - 1 - e;
    let (n, d) = if shift >= 0 {
        (num * pow10(shift as u64), den)
    } else {
        (num, den * pow10((-shift) as u64))
    };
    let (mut m, rem) = n.div_rem(d.clone());
    let bump = match mode {
        Rounding::Nearest => match Integer::from(&rem * 2u32).cmp(&d) {
            Ordering::Greater => true,
            Ordering::Equal => m.is_odd(),
            Ordering::Less => false,
        },
        // away from zero in magnitude when rounding up a positive or down a negative
        Rounding::Up => rem.cmp0() != Ordering::Equal && !negative,
        Rounding::Down => rem.cmp0() != Ordering::Equal && negative,
    };
    if bump {
        m += 1u32;
    }
    let mut exp10 = e - (digits as i64 - 1);
    if m == pow10(digits as u64) {
        m = pow10(digits as u64 - 1);
        exp10 += 1;
    }
    Decimal {
        negative,
        mantissa: m,
        exp10,
        digits,
    }
}

impl Decimal {
    /// The decimal exponent of the leading digit.
    pub fn leading_exponent(&self) -> i64 {
        self.exp10 + self.digits as i64 - 1
    }

    /// Formats like `%g`: plain for exponents in [−5, digits), scientific otherwise.
    pub fn to_string_g(&self) -> String {
        if self.mantissa.cmp0() == Ordering::Equal {
            return "0".into();
        }
        let ds = self.mantissa.to_string();
        let sign = if self.negative { "-" } else { "" };
        let e = self.leading_exponent();
        if e >= -5 && e < self.digits as i64 {
            if e >= 0 {
                let int_len = (e + 1) as usize;
                let (a, b) = ds.split_at(int_len.min(ds.len()));
                if b.is_empty() {
                    format!("{sign}{a}")
                } else {
                    format!("{sign}{a}.{b}")
                }
            } else {
                format!("{sign}0.{}{}", "0".repeat((-e - 1) as usize), ds)
            }
        } else {
            let (a, b) = ds.split_at(1);
            if b.is_empty() {
                format!("{sign}{a}e{e}")
            } else {
                format!("{sign}{a}.{b}e{e}")
            }
        }
    }
}

/// The decimal string of a rational to `digits` significant digits.
pub fn rational_to_string(q: &Rational, digits: u32) -> String {
    round_rational(q, digits).to_string_g()
}

/// The exact value of a finite float as a rational.
pub fn float_to_rational(f: &Float) -> Option<Rational> {
    f.to_rational()
}

/// Correctly rounded decimal of a real number given by enclosures.
///
/// `enclose(bits)` must return an interval containing the true value,
/// shrinking as `bits` grows. Returns the decimal once both ends round to the
/// same `digits` digits. `exact_zero` tells whether the value is known to be 0.
pub fn certified_decimal(
    digits: u32,
    exact_zero: bool,
    mut enclose: impl FnMut(u32) -> Interval,
) -> Result<String> {
    if exact_zero {
        return Ok("0".into());
    }
    let mut bits = crate::numeric::bits_for_digits(digits, 32);
    for _ in 0..12 {
        let iv = enclose(bits);
        if let (Some(lo), Some(hi)) = (float_to_rational(&iv.lo), float_to_rational(&iv.hi)) {
            let a = round_rational(&lo, digits);
            let b = round_rational(&hi, digits);
            if a == b && a.mantissa.cmp0() != Ordering::Equal {
                return Ok(a.to_string_g());
            }
        }
        bits = bits.saturating_mul(2);
    }
    Err(Error::input(format!(
        "could not certify {digits} digits (enclosure did not narrow; value may be 0 or a rounding tie)"
    )))
}

/// Correctly rounded decimal of a Float's exact value.
pub fn float_to_string(f: &Float, digits: u32) -> String {
    match f.to_rational() {
        Some(q) => rational_to_string(&q, digits),
        None => f.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> Rational {
        s.parse().unwrap()
    }

    #[test]
    fn rounds_to_nearest_even() {
        assert_eq!(rational_to_string(&q("1/3"), 5), "0.33333");
        assert_eq!(rational_to_string(&q("2/3"), 5), "0.66667");
        assert_eq!(rational_to_string(&q("-2/3"), 3), "-0.667");
        assert_eq!(rational_to_string(&q("125/1000"), 2), "0.12");
        assert_eq!(rational_to_string(&q("135/1000"), 2), "0.14");
        assert_eq!(rational_to_string(&q("9999/1000"), 3), "10.0");
        assert_eq!(rational_to_string(&q("1"), 1), "1");
        assert_eq!(rational_to_string(&q("100"), 2), "1.0e2");
        assert_eq!(rational_to_string(&q("1/7000000"), 3), "1.43e-7");
        assert_eq!(rational_to_string(&q("0"), 3), "0");
        assert_eq!(rational_to_string(&q("44715/1000000"), 5), "0.044715");
    }
}
