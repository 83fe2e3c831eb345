//! Directed decimal rounding, for printing the ends of an enclosure:
//! the lower end rounded down, the upper end rounded up, so the printed
//! interval still contains the true one.

use super::decimal::{floor_log10, pow10, Decimal};
use rug::{Float, Integer, Rational};
use std::cmp::Ordering;

/// Rounds q to `digits` significant digits toward +∞ (`up`) or −∞ (`!up`).
///
/// mantissa = ⌊|q|·10^(digits−1−e)⌋ or ⌈…⌉ with e = ⌊log10 |q|⌋, choosing the
/// direction from the sign of q; a carry to 10^digits renormalises.
pub fn round_rational_directed(q: &Rational, digits: u32, up: bool) -> Decimal {
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
    let (mut m, rem) = n.div_rem(d);
    // away from zero in magnitude when rounding up a positive or down a negative
    if rem.cmp0() != Ordering::Equal && (up != negative) {
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

/// The decimal string of a float's exact value rounded down (`up = false`) or up.
pub fn float_directed(f: &Float, digits: u32, up: bool) -> String {
    match f.to_rational() {
        Some(q) => round_rational_directed(&q, digits, up).to_string_g(),
        None => f.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rug::ops::Pow;

    fn s(q: &str, d: u32, up: bool) -> String {
        round_rational_directed(&q.parse().unwrap(), d, up).to_string_g()
    }

    #[test]
    fn rounds_outward() {
        assert_eq!(s("1/3", 3, false), "0.333");
        assert_eq!(s("1/3", 3, true), "0.334");
        assert_eq!(s("-1/3", 3, false), "-0.334");
        assert_eq!(s("-1/3", 3, true), "-0.333");
        assert_eq!(s("9996/1000", 3, true), "10.0");
        assert_eq!(s("9996/1000", 3, false), "9.99");
        assert_eq!(s("1/4", 3, true), "0.250");
        assert_eq!(s("1/4", 3, false), "0.250");
    }

    #[test]
    fn brackets_the_value() {
        for (n, d) in [
            (1i64, 7i64),
            (22, 7),
            (-355, 113),
            (123456789, 1000),
            (1, 3000000),
        ] {
            let q = Rational::from((n, d));
            for digits in 1..8 {
                let lo = round_rational_directed(&q, digits, false);
                let hi = round_rational_directed(&q, digits, true);
                let v = |x: &Decimal| {
                    let m =
                        Rational::from(x.mantissa.clone()) * Rational::from(10).pow(x.exp10 as i32);
                    if x.negative {
                        -m
                    } else {
                        m
                    }
                };
                assert!(v(&lo) <= q && q <= v(&hi), "{q} {digits}");
            }
        }
    }
}
