//! Step 5 of `verify --model`: d(x)/(c_v·x^v) → 1 at x = 1/10, 1/100, 1/1000
//! in MPFR interval arithmetic, within 2|c_next/c_v|·x^(next − v) at the
//! smallest x (c_v the exact leading coefficient of d = model − target).
//!
//! ```
//! use taylormatch::expr::{expand, parse};
//! use taylormatch::matching::model_ratio::step_numeric;
//! let model = parse("tanh(sqrt(2/pi)*(x + 0.044715*x^3))").unwrap();
//! let target = parse("erf(x/sqrt(2))").unwrap();
//! let diff = expand(&(model.clone() - target.clone()), 8).unwrap();
//! // d(x) ≈ c₃x³ near 0: the ratio tends to 1 within the next term's size
//! let step = step_numeric(&model, &target, &diff, 12).unwrap();
//! assert!(step.holds, "{step:?}");
//! ```

use super::verify::{Step, StepValue};
use crate::coeff::{superscript, Coeff, Sym};
use crate::error::{Error, Result};
use crate::expr::Expr;
use crate::numeric::decimal::certified_decimal;
use crate::numeric::interval::Interval;
use crate::numeric::model::eval::Compiled;
use crate::numeric::model::ifuncs_eval::IntervalDomain;
use crate::numeric::Enclose;
use crate::series::Series;
use rug::{Float, Rational};

/// The order to which the difference is read (as in step 4).
const ORDER: usize = super::model_verify::ORDER;

/// Step 5 for the substituted model and target and their difference series.
pub fn step_numeric(model: &Expr, target: &Expr, diff: &Series<Sym>, digits: u32) -> Result<Step> {
    let v = diff.valuation();
    let title = "Numeric check: the difference over its leading term tends to 1".to_string();
    if v >= ORDER {
        return Ok(Step {
            number: 5,
            title,
            explanation: format!(
                "The difference is 0 to O(x^{ORDER}): there is no leading term to compare with."
            ),
            values: vec![],
            holds: true,
        });
    }
    let lead = diff.coeff(v)?.clone();
    let next = (v + 1..ORDER).find(|&k| !diff.coeffs()[k].is_zero());
    let d = Compiled::new(&(model.clone() - target.clone()), &[])?;
    let ratio = |x: &Rational, bits: u32| -> Option<Interval> {
        let dom = IntervalDomain {
            bits,
            x: Interval::from_rational(bits, x),
            params: vec![],
        };
        let num = d.eval(&dom).ok()?;
        let mut xv = Rational::from(1);
        for _ in 0..v {
            xv *= x;
        }
        num.div(&lead.enclose(bits)?.mul(&Interval::from_rational(bits, &xv)))
    };
    let wide = |bits: u32| Interval {
        lo: Float::with_val(bits, -1e9),
        hi: Float::with_val(bits, 1e9),
    };
    let mut values = Vec::new();
    let mut prev: Option<Float> = None;
    let (mut shrinking, mut within) = (true, false);
    for den in [10u32, 100, 1000] {
        let x = Rational::from((1, den));
        let r = certified_decimal(digits, false, |b| ratio(&x, b).unwrap_or_else(|| wide(b)))
            .map_err(|_| {
                Error::input(format!(
                    "verify: cannot enclose model − target at x = 1/{den}"
                ))
            })?;
        let dev = ratio(&x, 256)
            .map(|i| i.sub(&Interval::from_rational(256, &Rational::from(1))))
            .ok_or_else(|| {
                Error::input(format!(
                    "verify: cannot enclose model − target at x = 1/{den}"
                ))
            })?;
        let dev_abs = {
            let (a, b) = (
                Float::with_val(256, dev.lo.abs_ref()),
                Float::with_val(256, dev.hi.abs_ref()),
            );
            if a > b {
                a
            } else {
                b
            }
        };
        if let Some(p) = &prev {
            // a difference that is exactly c·x^v leaves only rounding (below 2^-200 at 256 bits)
            shrinking &= dev_abs < *p || dev_abs < Float::with_val(256, Float::i_exp(1, -200));
        }
        prev = Some(dev_abs.clone());
        let tol = next.and_then(|k| {
            let q = diff.coeffs()[k].enclose(256)?.div(&lead.enclose(256)?)?;
            let mut xe = Rational::from(1);
            for _ in 0..(k - v) {
                xe *= &x;
            }
            let hi =
                Float::with_val(256, q.lo.abs_ref()).max(&Float::with_val(256, q.hi.abs_ref()));
            Some(hi * Float::with_val(256, &xe) * 2u32)
        });
        within = tol.as_ref().map(|t| dev_abs <= *t).unwrap_or(true);
        values.push(StepValue {
            key: format!("ratio_x_1_{den}"),
            label: format!("x = 1/{den}: d(x)/(c·x{})", superscript(v as i64)),
            exact: "certified".into(),
            decimal: Some(r),
            sym: None,
        });
        values.push(StepValue {
            key: format!("deviation_x_1_{den}"),
            label: format!("x = 1/{den}: |ratio − 1|"),
            exact: match &tol {
                Some(t) if dev_abs <= *t => "within 2|c_next/c|·x^(next − v)".into(),
                Some(_) => "outside 2|c_next/c|·x^(next − v)".into(),
                None => "no next term to O(x^12)".into(),
            },
            decimal: Some(crate::numeric::interval::outward::float_directed(
                &dev_abs, 3, true,
            )),
            sym: None,
        });
    }
    Ok(Step {
        number: 5,
        title,
        explanation: format!(
            "MPFR interval arithmetic (directed rounding) encloses d(x) = model − target and c·x^{v} (c its exact leading coefficient); the precision is raised until the ratio's {digits} digits are certified. It holds when |ratio − 1| shrinks from each x to the next (or stays below 2^-200, rounding only) and, at the smallest x, is at most twice the size of the next term."
        ),
        values,
        holds: shrinking && within,
    })
}
