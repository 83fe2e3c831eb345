//! The numeric check of `verify` step 5, in MPFR interval arithmetic.
//!
//! d(x) = tanh(√(2/π)(x + a x³)) − erf(x/√2) is enclosed with directed
//! rounding at a named precision; the ratio r(x) = d(x)/(c_v·x^v) to the
//! leading term of the exact series is printed correctly rounded (the
//! enclosure is refined until both ends round alike), so every digit shown
//! is right even though d(x) suffers heavy cancellation for small x.
//!
//! ```
//! use rug::Rational;
//! use taylormatch::coeff::parse_exact;
//! use taylormatch::expr::{expand, parse};
//! use taylormatch::matching::numeric::ratio_check;
//! let a = parse_exact("0.044715").unwrap();
//! let d = expand(&parse("tanh(sqrt(2/pi)*(x + 0.044715*x^3)) - erf(x/sqrt(2))").unwrap(), 7).unwrap();
//! let (lead, next) = (d.coeff(3).unwrap().clone(), d.coeff(5).unwrap().clone());
//! let r = ratio_check(&Rational::from((1, 100)), &a, &lead, 3, &next, 12).unwrap();
//! assert!(r.within, "{r:?}");
//! ```

use super::verify::{subscript, Step, StepValue};
use crate::coeff::{superscript, Coeff, Sym};
use crate::error::{Error, Result};
use crate::numeric::decimal::certified_decimal;
use crate::numeric::interval::Interval;
use crate::numeric::model::{Family, Level, Model};
use crate::numeric::Enclose;
use crate::series::Series;
use rug::{Float, Rational};
use std::cell::Cell;

/// Enclosure of d(x) = tanh(√(2/π)(x + a x³)) − erf(x/√2) at `bits`, from
/// the one model (the tanh family at the erf level, interval evaluation);
/// `None` if `a` has free symbols.
fn enclose_difference(x: &Rational, a: &Sym, bits: u32) -> Option<Interval> {
    let m = Model::family(Family::Tanh, Level::Erf);
    let ev = m.at_enclosed(bits, vec![a.enclose(bits)?], false).ok()?;
    ev.interval(&Interval::from_rational(bits, x)).ok()
}

/// xⁿ, exactly.
fn rational_pow(x: &Rational, n: u32) -> Rational {
    let mut r = Rational::from(1);
    for _ in 0..n {
        r *= x;
    }
    r
}

/// Enclosure of c·x^v.
fn enclose_term(c: &Sym, x: &Rational, v: u32, bits: u32) -> Option<Interval> {
    let xv = rational_pow(x, v);
    Some(c.enclose(bits)?.mul(&Interval::from_rational(bits, &xv)))
}

/// One row of the numeric check.
#[derive(Debug, Clone, PartialEq)]
pub struct RatioCheck {
    /// The sample point (exact).
    pub x: Rational,
    /// r(x) = d(x)/(c_v x^v), correctly rounded to the requested digits.
    pub ratio: String,
    /// r(x) − 1, correctly rounded to 3 digits.
    pub deviation: String,
    /// 2·|c_next/c_v|·x², correctly rounded to 3 digits: the tolerance for |r − 1|.
    pub bound: String,
    /// MPFR precision (bits) at which the ratio's digits were certified.
    pub bits: u32,
    /// Whether |r(x) − 1| ≤ 2·|c_next/c_v|·x² was proved (enclosure inside).
    pub within: bool,
    /// Enclosure of |r(x) − 1| (lower, upper end).
    pub deviation_abs: (Float, Float),
}

fn ratio_interval(x: &Rational, a: &Sym, lead: &Sym, v: u32, bits: u32) -> Option<Interval> {
    enclose_difference(x, a, bits)?.div(&enclose_term(lead, x, v, bits)?)
}

fn abs_max(i: &Interval) -> Float {
    let lo = Float::with_val(i.bits(), i.lo.abs_ref());
    let hi = Float::with_val(i.bits(), i.hi.abs_ref());
    if lo > hi {
        lo
    } else {
        hi
    }
}

/// The ratio of d(x) to its leading term c_v·x^v at `x`, with the check
/// |r − 1| ≤ 2·|c_next/c_v|·x² (the size of the next term, doubled).
/// Requires `a`, `lead` and `next` free of symbols, `lead` ≠ 0 and `next` ≠ 0.
pub fn ratio_check(
    x: &Rational,
    a: &Sym,
    lead: &Sym,
    v: u32,
    next: &Sym,
    digits: u32,
) -> Result<RatioCheck> {
    let fail = || {
        Error::input(format!(
            "numeric check: cannot enclose the ratio at x = {x}"
        ))
    };
    let used = Cell::new(0u32);
    let ratio = certified_decimal(digits, false, |bits| {
        used.set(bits);
        ratio_interval(x, a, lead, v, bits).unwrap_or_else(|| Interval {
            lo: Float::with_val(bits, -1e9),
            hi: Float::with_val(bits, 1e9),
        })
    })?;
    let bits = used.get();
    let one = Interval::from_rational(bits, &Rational::from(1));
    let dev = ratio_interval(x, a, lead, v, bits)
        .ok_or_else(fail)?
        .sub(&one);
    let bound_iv = |b: u32| -> Option<Interval> {
        let q = next.enclose(b)?.div(&lead.enclose(b)?)?;
        let x2 = Interval::from_rational(b, &Rational::from(x * x));
        // |q| (q does not contain 0: `div` refused a divisor containing 0 and next ≠ 0 is required)
        let aq = if q.lo.is_sign_negative() { q.neg() } else { q };
        Some(aq.mul(&x2).mul_rational(&Rational::from(2)))
    };
    let bound = bound_iv(bits).ok_or_else(fail)?;
    let within = abs_max(&dev) <= bound.lo && !bound.lo.is_zero();
    let dev_lo = if dev.contains_zero() {
        Float::new(bits)
    } else {
        let n = dev.neg();
        Float::with_val(
            bits,
            if dev.lo.is_sign_negative() {
                &n.lo
            } else {
                &dev.lo
            },
        )
    };
    let deviation_abs = (dev_lo, abs_max(&dev));
    let deviation = certified_decimal(3, false, |b| {
        ratio_interval(x, a, lead, v, b)
            .map(|r| r.sub(&Interval::from_rational(b, &Rational::from(1))))
            .unwrap_or(Interval {
                lo: Float::with_val(b, -1e9),
                hi: Float::with_val(b, 1e9),
            })
    })?;
    let bound_s = certified_decimal(3, false, |b| {
        bound_iv(b).unwrap_or(Interval {
            lo: Float::with_val(b, 0),
            hi: Float::with_val(b, 1e9),
        })
    })?;
    Ok(RatioCheck {
        x: x.clone(),
        ratio,
        deviation,
        bound: bound_s,
        bits,
        within,
        deviation_abs,
    })
}

/// Step 5 of `verify`: the ratio d(x)/(c_v x^v) at x = 1/10, 1/100, 1/1000,
/// for the exact difference series `diff` (a free of symbols).
pub(super) fn step_numeric(a: &Sym, diff: &Series<Sym>, digits: u32) -> Result<Step> {
    let v = diff.valuation();
    let lead = diff.coeff(v)?.clone();
    let next_pow = (v + 1..diff.order())
        .find(|&m| !diff.coeffs()[m].is_zero())
        .unwrap_or(v + 2);
    let next = diff.coeff(next_pow)?.clone();
    let mut values = Vec::new();
    let (mut shrinking, mut last_within) = (true, false);
    let mut prev_lo: Option<Float> = None;
    let (sv, sn) = (subscript(v), subscript(next_pow));
    let xv = superscript(v as i64);
    for d in [10u32, 100, 1000] {
        let x = Rational::from((1, d));
        let r = ratio_check(&x, a, &lead, v as u32, &next, digits)?;
        if let Some(p) = &prev_lo {
            shrinking &= r.deviation_abs.1 < *p;
        }
        prev_lo = Some(r.deviation_abs.0.clone());
        last_within = r.within;
        let xs = format!("1/{d}");
        values.push(StepValue {
            key: format!("ratio_x_1_{d}"),
            label: format!("x = {xs}: d(x)/(c{sv}x{xv})"),
            exact: format!("certified at {} bits", r.bits),
            decimal: Some(r.ratio),
            sym: None,
        });
        values.push(StepValue {
            key: format!("deviation_x_1_{d}"),
            label: format!(
                "x = {xs}: ratio − 1 (tolerance 2|c{sn}/c{sv}|x² = {})",
                r.bound
            ),
            exact: if r.within {
                "within tolerance".into()
            } else {
                "outside tolerance".into()
            },
            decimal: Some(r.deviation),
            sym: None,
        });
    }
    Ok(Step {
        number: 5,
        title: "Numeric check: the difference over its leading term tends to 1".into(),
        explanation: format!(
            "MPFR interval arithmetic (directed rounding) encloses d(x) and c{sv}x{xv}; the precision is raised until \
the ratio's {digits} digits are certified. It holds when |ratio − 1| shrinks from each x to the next and, at the \
smallest x, is at most twice the size of the next term, 2|c{sn}/c{sv}|x² (rows outside that tolerance at larger x are marked)."
        ),
        values,
        holds: shrinking && last_within,
    })
}
