//! The values a kernel literal is compared with: √(2/π), the paper's and the
//! analytic a and their multiples that kernels print (√(2/π)·a, 3√(2/π)·a,
//! 2√(2/π), …), 1/√2, 1/√(2π), 2/√π, and the minimax optima of `fit` to
//! [`FIT_DIGITS`] digits.

use crate::coeff::{Coeff, Sym, Q};
use crate::functions::analytic_a;
use num_bigint::BigInt;
use rug::Rational;

/// A candidate expression and its exact value.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub expression: String,
    pub value: Sym,
    /// For an expression in the paper's a: the same expression with the
    /// analytic a (shown next to a match, for comparison).
    pub analytic_counterpart: Option<String>,
    /// How to show the value when its exact form is not the point (a fitted
    /// optimum, known to many digits): e.g. "minimax fit, 40 digits".
    pub exact_label: Option<String>,
    /// Significant digits of `value` that are known: `None` for an exact
    /// value, `Some(d)` for a fitted optimum stored as its d-digit decimal
    /// (digits past d are not known and must not be printed).
    pub known_digits: Option<u32>,
}

/// The paper's a = 0.044715, exactly 44715/1000000.
pub fn paper_a() -> Sym {
    Sym::rational(crate::coeff::q(44715, 1_000_000))
}

/// Every candidate expression, in the order they are tried.
pub fn candidates() -> Vec<Candidate> {
    let s = Sym::sqrt_2_over_pi();
    let (ap, aa) = (paper_a(), analytic_a());
    let k = |n: i64| Q::from_integer(BigInt::from(n));
    let c = |e: &str, v: Sym| Candidate {
        expression: e.into(),
        value: v,
        analytic_counterpart: None,
        exact_label: None,
        known_digits: None,
    };
    let paper = |e: &str, v: Sym, analytic: &str| Candidate {
        expression: e.into(),
        value: v,
        analytic_counterpart: Some(analytic.into()),
        exact_label: None,
        known_digits: None,
    };
    let mut out = vec![
        c("√(2/π)", s.clone()),
        paper(
            "a (paper, 0.044715)",
            ap.clone(),
            "a = 2/(3π) − 1/6 (analytic)",
        ),
        c("a = 2/(3π) − 1/6 (analytic)", aa.clone()),
        paper("√(2/π)·a (paper a)", s.mul(&ap), "√(2/π)·a (analytic a)"),
        c("√(2/π)·a (analytic a)", s.mul(&aa)),
        paper(
            "3√(2/π)·a (paper a; derivative of the inner polynomial)",
            s.mul(&ap).mul_q(&k(3)),
            "3√(2/π)·a (analytic a)",
        ),
        c("3√(2/π)·a (analytic a)", s.mul(&aa).mul_q(&k(3))),
        c("2√(2/π) (matched sigmoid slope k)", s.mul_q(&k(2))),
        paper(
            "2√(2/π)·a (paper a)",
            s.mul(&ap).mul_q(&k(2)),
            "2√(2/π)·a (analytic a)",
        ),
        c("2√(2/π)·a (analytic a)", s.mul(&aa).mul_q(&k(2))),
        c("1/√2", Sym::radical(true, 0).mul_q(&crate::coeff::q(1, 2))),
        c(
            "1/√(2π) (standard normal density at 0)",
            s.mul_q(&crate::coeff::q(1, 2)),
        ),
        c(
            "2/√π",
            <Sym as Coeff>::two_over_sqrt_pi().unwrap_or_default(),
        ),
    ];
    out.extend(fitted_candidates());
    out
}

/// Significant digits of the fitted candidates (far more than any literal has).
pub const FIT_DIGITS: u32 = 40;

/// The minimax constants at the Φ (= erf) level over ℝ, from `fit`, as
/// exact decimals of [`FIT_DIGITS`] significant digits.
fn fitted_candidates() -> Vec<Candidate> {
    use crate::numeric::decimal::round_rational;
    use crate::numeric::fit::{fit, Criterion, FitSpec};
    use crate::numeric::model::{Family, Level};
    let models = [
        (Family::Tanh, "minimax a at the Φ (erf) level over ℝ (fit)"),
        (
            Family::Sigmoid,
            "minimax k at the Φ (erf) level over ℝ (fit)",
        ),
    ];
    // the two fits in parallel
    let fits = crate::parallel::map_ranges_min(models.len(), 2, |r| {
        r.map(|i| {
            let spec = FitSpec::new(models[i].0, Level::Erf, Criterion::Minimax, FIT_DIGITS);
            fit(&spec).ok()
        })
        .collect::<Vec<_>>()
    });
    let mut out = Vec::new();
    for ((_, what), r) in models.iter().zip(fits.into_iter().flatten()) {
        let Some(r) = r else {
            continue;
        };
        let Some(q) = r.params.first().and_then(|p| p.to_rational()) else {
            continue;
        };
        let d = round_rational(&q, FIT_DIGITS);
        // the decimal's exact value: mantissa · 10^exp10
        let p10 = Rational::from(rug::Integer::u_pow_u(10, d.exp10.unsigned_abs() as u32));
        let m = Rational::from(d.mantissa.clone());
        let mut v = if d.exp10 >= 0 { m * p10 } else { m / p10 };
        if d.negative {
            v = -v;
        }
        out.push(Candidate {
            expression: what.to_string(),
            value: Sym::rational(crate::numeric::convert::q_from_rug(&v)),
            analytic_counterpart: None,
            exact_label: Some(format!("minimax optimum (fit, {FIT_DIGITS} digits)")),
            known_digits: Some(FIT_DIGITS),
        });
    }
    out
}
