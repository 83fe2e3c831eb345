//! Directed decimal rounding, for printing the ends of an enclosure:
//! the lower end rounded down, the upper end rounded up, so the printed
//! interval still contains the true one.
//!
//! ```
//! use rug::{Float, Rational};
//! use taylormatch::numeric::interval::outward::float_directed;
//! let f = Float::with_val(64, &Rational::from((2, 3)));
//! // a lower end rounds down, an upper end up
//! assert_eq!(float_directed(&f, 4, false), "0.6666");
//! assert_eq!(float_directed(&f, 4, true), "0.6667");
//! ```

use crate::numeric::decimal::{round_rational_mode, Decimal, Rounding};
use rug::{Float, Rational};

/// Rounds q to `digits` significant digits toward +∞ (`up`) or −∞ (`!up`).
pub fn round_rational_directed(q: &Rational, digits: u32, up: bool) -> Decimal {
    round_rational_mode(q, digits, if up { Rounding::Up } else { Rounding::Down })
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
