//! The x³ argument as numbered steps, each checked with exact arithmetic
//! (series over [`Sym`] with symbolic unknowns) and marked as holding or not.
//!
//! 1. parity: the ansatz x + b₂x² + … + b₅x⁵ forces b₂ = b₄ = 0;
//! 2. the x¹ terms agree exactly for the scale √(2/π) and no other;
//! 3. \[x³\] tanh(√(2/π)(x + a x³)) = √(2/π)(a − 2/(3π)), \[x³\] erf(x/√2) = −√(2/π)/6,
//!    so a = 2/(3π) − 1/6 (or: the residual for a given a);
//! 4. with that a the difference starts at x⁵ (its x⁵, x⁷ terms; GELU level);
//! 5. MPFR check at small x: difference / leading term → 1.
//!
//! ```
//! use taylormatch::coeff::parse_exact;
//! use taylormatch::matching::verify::verify_steps;
//! // with a = 2/(3π) − 1/6 every step holds
//! let steps = verify_steps(None, 12).unwrap();
//! assert!(steps.iter().all(|s| s.holds));
//! // with the paper's a the matching step fails (the x³ coefficient is not 0)
//! let paper = verify_steps(Some(&parse_exact("0.044715").unwrap()), 12).unwrap();
//! assert!(paper.iter().any(|s| !s.holds));
//! ```

use super::numeric::step_numeric;

mod step;
pub(super) use step::{subscript, text, val};
pub use step::{Step, StepValue};

use super::solve::{erf_target, match_ansatz, solve_linear};
use crate::coeff::{combined_form, superscript, Coeff, Sym, Q};
use crate::error::Result;
use crate::functions::{analytic_a, tanh_inner, tanh_q};
use crate::series::Series;

fn q(n: i64, d: i64) -> Q {
    crate::coeff::q(n, d)
}

/// Runs the five steps for `a` (None: the analytic value found in step 3).
/// Steps 3–4 fail when `a` differs from 2/(3π) − 1/6. `a` must be free of symbols.
pub fn verify_steps(a: Option<&Sym>, digits: u32) -> Result<Vec<Step>> {
    let s = Sym::sqrt_2_over_pi();
    let mut steps = Vec::new();
    steps.push(step_parity(digits)?);
    steps.push(step_scale(&s, digits)?);
    let (step3, a_star) = step_cubic(&s, a, digits)?;
    steps.push(step3);
    let a_use = a.cloned().unwrap_or(a_star);
    let (step4, diff) = step_difference(&s, &a_use, digits)?;
    steps.push(step4);
    steps.push(step_numeric(&a_use, &diff, digits)?);
    Ok(steps)
}

fn step_parity(digits: u32) -> Result<Step> {
    let erf_odd = erf_target(12)?.is_odd();
    let tanh_odd = tanh_q(12).is_odd();
    let solved = match_ansatz(6)?;
    let mut values = vec![
        text(
            "erf_odd",
            "erf(x/√2) odd (to x¹¹)",
            if erf_odd { "yes" } else { "no" },
        ),
        text(
            "tanh_odd",
            "tanh odd (to x¹¹)",
            if tanh_odd { "yes" } else { "no" },
        ),
    ];
    for sv in &solved {
        let p = superscript(sv.power as i64);
        values.push(text(
            &format!("equation_x{}", sv.power),
            &format!("x{p} equation"),
            format!("{} = 0", sv.equation),
        ));
        values.push(val(&sv.unknown, &sv.unknown, &sv.value, digits));
    }
    let get = |m: usize| {
        solved
            .iter()
            .find(|s| s.power == m)
            .map(|s| s.value.clone())
            .unwrap_or_default()
    };
    let a5 = super::inner_series(6).coeff(5)?.clone();
    let holds = erf_odd
        && tanh_odd
        && get(2).is_zero()
        && get(4).is_zero()
        && get(3) == analytic_a()
        && get(5) == a5;
    Ok(Step {
        number: 1,
        title: "Parity: the matched inner polynomial has no even terms".into(),
        explanation: "Ansatz p = x + b2 x² + b3 x³ + b4 x⁴ + b5 x⁵, all bₘ symbolic. The xᵐ coefficient of \
tanh(√(2/π)·p) − erf(x/√2) is linear in bₘ once b₂ … bₘ₋₁ are substituted; solving in turn must give \
b2 = b4 = 0 (and b3, b5 equal to the closed-form a3, a5 of `derive`)."
            .into(),
        values,
        holds,
    })
}

fn step_scale(s: &Sym, digits: u32) -> Result<Step> {
    let c = Sym::var("c");
    let t1 = Series::x(4).scale(&c).tanh()?.coeff(1)?.clone();
    let e1 = erf_target(4)?.coeff(1)?.clone();
    let eq = t1.sub(&e1);
    let sol = solve_linear(&eq, "c")?;
    let at_s = eq.subst("c", s);
    let holds = sol == *s && at_s.is_zero();
    Ok(Step {
        number: 2,
        title: "The x¹ terms agree for the scale √(2/π), and only for it".into(),
        explanation:
            "With a symbolic scale c, the x¹ coefficient of tanh(c·(x + a x³)) is c and that of \
erf(x/√2) is √(2/π); their difference is linear in c with the single root c = √(2/π)."
                .into(),
        values: vec![
            val(
                "tanh_x1",
                "x¹ coefficient of tanh(c(x + a x³))",
                &t1,
                digits,
            ),
            val("erf_x1", "x¹ coefficient of erf(x/√2)", &e1, digits),
            text("equation", "x¹ equation", format!("{eq} = 0")),
            val("c", "solution c", &sol, digits),
            val(
                "difference_at_solution",
                "difference at c = √(2/π)",
                &at_s,
                digits,
            ),
        ],
        holds,
    })
}

fn step_cubic(s: &Sym, a: Option<&Sym>, digits: u32) -> Result<(Step, Sym)> {
    let av = Sym::var("a");
    let p = Series::from_poly(vec![Sym::zero(), Sym::one(), Sym::zero(), av.clone()], 4);
    let t3 = p.scale(s).tanh()?.coeff(3)?.clone();
    let t3_binomial = tanh_inner(4, None).coeff(3)?.clone();
    let hand = s.mul(&av.sub(&Sym::t().mul_q(&q(1, 3))));
    let e3 = erf_target(4)?.coeff(3)?.clone();
    let e3_hand = s.mul_q(&q(-1, 6));
    let eq = t3.sub(&e3);
    let a_star = solve_linear(&eq, "a")?;
    let mut holds = t3 == hand && t3 == t3_binomial && e3 == e3_hand && a_star == analytic_a();
    let mut values = vec![
        val(
            "tanh_x3",
            "x³ coefficient of tanh(√(2/π)(x + a x³))",
            &t3,
            digits,
        ),
        val("erf_x3", "x³ coefficient of erf(x/√2)", &e3, digits),
        text("equation", "x³ equation", format!("{eq} = 0")),
        val("a_solution", "solution a", &a_star, digits),
        text(
            "a_solution_combined",
            "solution a, one fraction",
            combined_form(&a_star).unwrap_or_default(),
        ),
    ];
    let mut explanation = "With a symbolic, the x³ coefficient of tanh(√(2/π)(x + a x³)) is computed by the \
series engine and compared with the hand form √(2/π)(a − 2/(3π)) and the binomial route; erf(x/√2) has \
x³ coefficient −√(2/π)/6; the x³ equation is linear in a."
        .to_string();
    if let Some(a) = a {
        let residual = eq.subst("a", a);
        let hand_residual = s.mul(&a.sub(&a_star));
        holds = holds && residual == hand_residual && residual.is_zero();
        values.push(val("a_checked", "a checked", a, digits));
        values.push(val(
            "a_minus_solution",
            "a − (2/(3π) − 1/6)",
            &a.sub(&a_star),
            digits,
        ));
        values.push(val(
            "x3_residual",
            "leading x³ residual √(2/π)(a − 2/(3π) + 1/6)",
            &residual,
            digits,
        ));
        explanation.push_str(&format!(
            " Checking a = {a}: the x³ residual must vanish{}.",
            if residual.is_zero() {
                ", and it does"
            } else {
                "; it does not, so the difference starts at x³"
            }
        ));
    }
    let step = Step {
        number: 3,
        title: "Matching x³ gives a = 2/(3π) − 1/6".into(),
        explanation,
        values,
        holds,
    };
    Ok((step, a_star))
}

fn step_difference(s: &Sym, a: &Sym, digits: u32) -> Result<(Step, Series<Sym>)> {
    let order = 12;
    let diff = tanh_inner(order, Some(a)).sub(&erf_target(order)?);
    let v = diff.valuation();
    let a5 = super::inner_series(6).coeff(5)?.clone();
    let c5 = diff.coeff(5)?.clone();
    let c5_from_a5 = s.mul(&a5).neg();
    let holds = v == 5 && c5 == c5_from_a5;
    let mut values = vec![text(
        "leading_power",
        "difference starts at",
        format!("x{}", superscript(v as i64)),
    )];
    for m in [3usize, 5, 7] {
        let c = diff.coeff(m)?;
        let sup = superscript(m as i64);
        values.push(val(
            &format!("x{m}"),
            &format!("x{sup} coefficient of the difference"),
            c,
            digits,
        ));
        if let Some(cf) = combined_form(c) {
            values.push(text(
                &format!("x{m}_combined"),
                &format!("x{sup} coefficient, one fraction"),
                cf,
            ));
        }
    }
    if v < order {
        let lead = diff.coeff(v)?.mul_q(&q(1, 2));
        let sup = superscript(v as i64 + 1);
        values.push(val(
            "gelu_leading",
            &format!("GELU level: ½x·difference, x{sup} coefficient"),
            &lead,
            digits,
        ));
    }
    let explanation = format!(
        "d(x) = tanh(√(2/π)(x + a x³)) − erf(x/√2) with a = {a}, exact to O(x¹²). It must start at x⁵, \
with x⁵ coefficient −√(2/π)·a5 (a5 from `derive`). At the GELU level the error ½x·d(x) starts one power higher."
    );
    let step = Step {
        number: 4,
        title: "With that a, the difference starts at x⁵".into(),
        explanation,
        values,
        holds,
    };
    Ok((step, diff))
}
