//! Where exact values cross into the numeric layer: an enclosure of a
//! [`Sym`] at a stated precision, and its correctly rounded decimal.
//!
//! ```
//! use taylormatch::coeff::parse_exact;
//! use taylormatch::numeric::Enclose;
//! let a = parse_exact("2/(3π) - 1/6").unwrap();
//! assert_eq!(a.decimal(6).unwrap(), "0.0455399");
//! ```

use crate::coeff::gmp::q_to_rug;
use crate::coeff::{Coeff, Mono, Sym};
use crate::functions::terms::{term_exact, Term};
use crate::numeric::decimal::{certified_decimal, rational_to_string};
use crate::numeric::interval::Interval;
use rug::Rational;

/// The numeric view of an exact value.
pub trait Enclose {
    /// An enclosure of the value at precision `bits`; `None` if a free symbol occurs.
    fn enclose(&self, bits: u32) -> Option<Interval>;
    /// Correctly rounded decimal to `digits` significant digits; `None` if a symbol occurs.
    fn decimal(&self, digits: u32) -> Option<String>;
}

impl Enclose for Sym {
    /// An enclosure of the value at precision `bits`; `None` if a free symbol occurs.
    ///
    /// Σ c·√2^s·√π^h: the powers √π^h (and √π^(−h)) are formed once per call
    /// by repeated outward-rounded products, not once per term (a
    /// coefficient of gelu-tanh over ℚ[1/π] has hundreds of terms).
    fn enclose(&self, bits: u32) -> Option<Interval> {
        if self.terms().any(|(m, _)| !m.vars.is_empty()) {
            return None;
        }
        let mut acc = Interval::from_rational(bits, &rug::Rational::new());
        let pi = Interval::pi(bits);
        let sqrt_pi = pi.sqrt()?;
        let sqrt2 = Interval::from_rational(bits, &rug::Rational::from(2)).sqrt()?;
        let one = Interval::from_rational(bits, &rug::Rational::from(1));
        let inv_sqrt_pi = one.div(&sqrt_pi)?;
        let top = |neg: bool| {
            self.terms()
                .filter(|(m, _)| (m.pi_half < 0) == neg)
                .map(|(m, _)| m.pi_half.unsigned_abs() as usize)
                .max()
                .unwrap_or(0)
        };
        // powers[k] = √π^k, inverse[k] = √π^(−k)
        let table = |base: &Interval, n: usize| {
            let mut p = vec![one.clone()];
            for k in 1..=n {
                let next = p[k - 1].mul(base);
                p.push(next);
            }
            p
        };
        let powers = table(&sqrt_pi, top(false));
        let inverse = table(&inv_sqrt_pi, top(true));
        for (m, c) in self.terms() {
            let mut v = Interval::from_rational(bits, &q_to_rug(c));
            let h = m.pi_half.unsigned_abs() as usize;
            if h > 0 {
                v = v.mul(if m.pi_half > 0 {
                    &powers[h]
                } else {
                    &inverse[h]
                });
            }
            if m.sqrt2 {
                v = v.mul(&sqrt2);
            }
            acc = acc.add(&v);
        }
        Some(acc)
    }

    /// Correctly rounded decimal to `digits` significant digits; `None` if a symbol occurs.
    fn decimal(&self, digits: u32) -> Option<String> {
        if !self.vars().is_empty() {
            return None;
        }
        if let Some(q) = self.as_q() {
            return Some(crate::numeric::decimal::rational_to_string(
                &q_to_rug(&q),
                digits,
            ));
        }
        crate::numeric::decimal::certified_decimal(digits, self.is_empty(), |bits| {
            self.enclose(bits)
                .unwrap_or_else(|| Interval::from_rational(bits, &rug::Rational::new()))
        })
        .ok()
    }
}

/// The decimal of q·m correctly rounded to `digits` significant digits: from
/// short MPFR enclosures when both ends round alike, else (rationals) exactly.
pub fn term_decimal(t: &Term, digits: u32) -> Option<String> {
    let (r, m) = (&t.q, &t.m);
    let zero = r.cmp0() == std::cmp::Ordering::Equal;
    if *m == Mono::one() {
        return Some(
            certified_decimal(digits, zero, |bits| Interval::from_rational(bits, r))
                .unwrap_or_else(|_| rational_to_string(r, digits)),
        );
    }
    let unit = Sym::radical(m.sqrt2, m.pi_half);
    certified_decimal(digits, zero, |bits| match unit.enclose(bits) {
        Some(u) => Interval::from_rational(bits, r).mul(&u),
        None => Interval::from_rational(bits, &Rational::new()),
    })
    .ok()
}

/// (exact, decimal) text of every coefficient, in parallel; a decimal is
/// `None` when `digits` is `None` or it could not be certified.
pub fn term_rows(c: Vec<Term>, digits: Option<u32>) -> Vec<(String, Option<String>)> {
    crate::parallel::map_items(c, |t| {
        (term_exact(&t), digits.and_then(|d| term_decimal(&t, d)))
    })
}
