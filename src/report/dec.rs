//! A typed decimal in a document ([`Dec`]): computed once, correctly
//! rounded to nearest at its own digits, and shown with fewer digits where a
//! renderer asks (the text renderer's readable default) by rounding that
//! decimal again, which is correct except at one kind of tie, detected here.
//!
//! Why re-rounding is safe: let L = round_N(x) (to nearest, N digits) and
//! n < N. `round_n` is monotone and only changes value at the midpoints m
//! of the n-digit grid; each m has n + 1 ≤ N significant digits, so it lies
//! on the N-digit grid. If round_n(L) ≠ round_n(x), some midpoint m lies
//! between x and L, and monotonicity of round_N gives L = m. So the result
//! is right unless L is itself an n-digit midpoint (its digits after the
//! n-th are `5000…0`); then the sign of x − L decides, which only an exact
//! L knows (a true tie, ties to even). Otherwise the decimal is shown at
//! its full digits (still correct to every digit shown).
//!
//! ```
//! use taylormatch::report::dec::Dec;
//! // a = 2/(3π) − 1/6 computed at 15 digits, shown at 10 (mpmath: 0.045539924122527…)
//! let a = Dec::rounded("0.0455399241225271");
//! assert_eq!((a.digits(), a.shown(10)), (15, "0.04553992412".to_string()));
//! // a rounded 0.125 may hide a value just below or above: it keeps its digits;
//! // an exact 0.125 is a true tie and rounds to even
//! assert_eq!(Dec::rounded("0.125").shown(2), "0.125");
//! assert_eq!(Dec::exact("0.125").shown(2), "0.12");
//! ```

use crate::numeric::decimal::Decimal;
use rug::Integer;

/// A decimal correctly rounded to nearest (ties to even) with `digits`
/// significant digits; `exact` when it equals the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dec {
    text: String,
    digits: u32,
    exact: bool,
}

/// Sign, significant digits and the power of ten of the last digit of a
/// decimal string (`-1.25e-3` → (true, "125", −5)); `None` if it is not one.
fn parse(s: &str) -> Option<(bool, String, i64)> {
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s),
    };
    let (mant, exp) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], body[i + 1..].parse::<i64>().ok()?),
        None => (body, 0),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    if int.is_empty() && frac.is_empty()
        || !int.chars().chain(frac.chars()).all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let all = format!("{int}{frac}");
    let sig = all.trim_start_matches('0');
    Some((neg, sig.to_string(), exp - frac.len() as i64))
}

impl Dec {
    /// `text` is the value correctly rounded to nearest at the digits it
    /// shows (as [`crate::numeric::Enclose::decimal`] and
    /// [`crate::numeric::decimal::rational_to_string`] give).
    pub fn rounded(text: impl Into<String>) -> Dec {
        let text = text.into();
        let digits = parse(&text).map_or(0, |(_, d, _)| d.len() as u32);
        Dec {
            text,
            digits,
            exact: false,
        }
    }

    /// A decimal that is the value itself (a terminating rational).
    pub fn exact(text: impl Into<String>) -> Dec {
        Dec {
            exact: true,
            ..Dec::rounded(text)
        }
    }

    /// The decimal at the digits it was computed with.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Significant digits it was computed with.
    pub fn digits(&self) -> u32 {
        self.digits
    }

    /// The value rounded to nearest at `n` significant digits when fewer
    /// than its own (see the module note); its own text when it has no more
    /// than `n` digits or when re-rounding could be wrong (a tie).
    pub fn shown(&self, n: u32) -> String {
        self.round_to(n).unwrap_or_else(|| self.text.clone())
    }

    fn round_to(&self, n: u32) -> Option<String> {
        let n = n.max(1) as usize;
        let (negative, sig, last) = parse(&self.text)?;
        if sig.len() <= n {
            return None;
        }
        let (head, tail) = sig.split_at(n);
        let tail = tail.as_bytes();
        let first = tail[0];
        let rest_zero = tail[1..].iter().all(|&c| c == b'0');
        let mut m: Integer = head.parse().ok()?;
        let up = match (first, rest_zero) {
            (b'5', true) if !self.exact => return None,
            (b'5', true) => m.is_odd(),
            (f, _) => f >= b'5',
        };
        if up {
            m += 1u32;
        }
        let mut exp10 = last + tail.len() as i64;
        if m.to_string().len() > n {
            // carried to 10^n: one digit fewer in the mantissa
            m /= 10u32;
            exp10 += 1;
        }
        Some(
            Decimal {
                negative,
                mantissa: m,
                exp10,
                digits: n as u32,
            }
            .to_string_g(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::decimal::rational_to_string;
    use rug::Rational;

    /// Re-rounding the 30-digit decimal equals rounding the value itself,
    /// for values across magnitudes and near ties.
    #[test]
    fn re_rounding_matches_direct_rounding() {
        let vals = [
            "1/3",
            "2/3",
            "-22/7",
            "314159265358979/100000000000000000000",
            "99999999999995/10",
            "-99999999999949999/100000",
            "1000000000000499999999/1000000000000000000000000",
            "123456789012500000000000000000001/100000000000000000000",
            "123456789012499999999999999999999/100000000000000000000",
            "7/100000000",
        ];
        for v in vals {
            let q: Rational = v.parse().unwrap();
            let long = Dec::rounded(rational_to_string(&q, 30));
            for n in [1, 3, 6, 12] {
                let direct = rational_to_string(&q, n);
                let shown = long.shown(n);
                // the one refusal: the 30-digit decimal is a tie at n digits
                let tie = long.text().replace(['-', '.'], "").trim_start_matches('0')[n as usize..]
                    .trim_end_matches('0')
                    == "5";
                if tie {
                    assert_eq!(shown, long.text(), "{v} at {n}");
                } else {
                    assert_eq!(shown, direct, "{v} at {n}");
                }
            }
        }
    }

    /// A decimal ending `…5000` at the cut is a possible double rounding:
    /// shown in full unless it is exact (then ties go to even).
    #[test]
    fn a_tie_is_kept_unless_exact() {
        // 1.000000000005 to 30 digits could be 1.0000000000049999… rounded up
        let tie = "1.00000000000500000000000000000";
        let d = Dec::rounded(tie);
        assert_eq!(d.shown(12), tie);
        assert_eq!(d.shown(13), "1.000000000005");
        assert_eq!(d.shown(11), "1.0000000000");
        assert_eq!(Dec::exact(tie).shown(12), "1.00000000000");
        let odd = Dec::exact("1.00000000001500000000000000000");
        assert_eq!(odd.shown(12), "1.00000000002");
        // 123456789012.5000000000000000001 rounds to a tie at 30 digits: caught
        let q: Rational = "1234567890125000000000000000001/10000000000000000000"
            .parse()
            .unwrap();
        let long = Dec::rounded(rational_to_string(&q, 30));
        assert_eq!(long.shown(12), long.text());
        assert_eq!(rational_to_string(&q, 12), "123456789013");
        assert_eq!(Dec::exact("2.5").shown(1), "2");
        assert_eq!(Dec::exact("3.5").shown(1), "4");
    }

    #[test]
    fn formats_and_carries() {
        assert_eq!(Dec::rounded("9.99999999999999").shown(3), "10.0");
        assert_eq!(Dec::rounded("-1.23456e-7").shown(2), "-1.2e-7");
        assert_eq!(Dec::rounded("0").shown(12), "0");
        assert_eq!(Dec::rounded("0.044715").shown(12), "0.044715");
        assert_eq!(Dec::rounded("12345678901234").shown(4), "1.235e13");
        assert_eq!(Dec::rounded("not a number").shown(3), "not a number");
        assert_eq!(Dec::rounded("0.0455399241225").digits(), 12);
    }
}
