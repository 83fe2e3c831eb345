//! The steps of `verify` against hand-derived values, and the literal matcher.

use taylormatch::coeff::{parse_exact, Sym};
use taylormatch::matching::literals::{compare, parse_literal, MatchKind};
use taylormatch::matching::verify::{verify_steps, Step};

fn value<'a>(step: &'a Step, key: &str) -> &'a taylormatch::matching::verify::StepValue {
    step.values
        .iter()
        .find(|v| v.key == key)
        .unwrap_or_else(|| panic!("no value {key} in step {}", step.number))
}

#[test]
fn analytic_a_passes_every_step() {
    let steps = verify_steps(None, 20).unwrap();
    assert_eq!(steps.len(), 5);
    for s in &steps {
        assert!(s.holds, "step {} fails", s.number);
    }
    // step 3: hand form of the tanh x³ coefficient and the solution
    assert_eq!(value(&steps[2], "tanh_x3").exact, "√(2/π)·(a - 2/(3π))");
    assert_eq!(value(&steps[2], "erf_x3").exact, "-√(2/π)/6");
    assert_eq!(value(&steps[2], "a_solution").exact, "2/(3π) - 1/6");
    assert_eq!(
        value(&steps[2], "a_solution_combined").exact,
        "(4 - π)/(6π)"
    );
}

#[test]
fn residual_x5_x7_coefficients_match_sympy() {
    // SymPy: series(tanh(s*(x + A*x**3)) - erf(x/sqrt(2)), x, 0, 10), s = sqrt(2/pi),
    // A = 2/(3π) − 1/6: x⁵: √2·(40π − 3π² − 96)/(120π^(5/2)); x⁷: √2·(15π³ − 280π² + 2304)/(5040π^(7/2)).
    let steps = verify_steps(None, 20).unwrap();
    let s4 = &steps[3];
    assert_eq!(value(s4, "leading_power").exact, "x⁵");
    assert_eq!(
        parse_exact(&value(s4, "x5").exact).unwrap(),
        parse_exact("√(2/π)·(1/(3π) - 1/40 - 4/(5π²))").unwrap()
    );
    assert_eq!(
        parse_exact(&value(s4, "x7").exact).unwrap(),
        parse_exact("√(2/π)·(16/(35π³) - 1/(18π) + 1/336)").unwrap()
    );
    // mpmath, 50 digits: 0.0000369807371884818415742375889307233239...
    assert_eq!(
        value(s4, "x5").decimal.as_deref(),
        Some("0.000036980737188481841574")
    );
    // GELU level: half the x⁵ coefficient, at x⁶
    assert_eq!(
        parse_exact(&value(s4, "gelu_leading").exact).unwrap(),
        parse_exact("√(2/π)·(1/(6π) - 1/80 - 2/(5π²))").unwrap()
    );
    assert!(value(s4, "x3").exact == "0");
}

#[test]
fn paper_a_fails_step_3_with_the_exact_residual() {
    let a = parse_exact("0.044715").unwrap();
    let steps = verify_steps(Some(&a), 20).unwrap();
    assert!(steps[0].holds && steps[1].holds);
    assert!(!steps[2].holds && !steps[3].holds);
    let r = value(&steps[2], "x3_residual");
    let hand = parse_exact("√(2/π)·(0.044715 - 2/(3π) + 1/6)").unwrap();
    assert_eq!(parse_exact(&r.exact).unwrap(), hand);
    // mpmath: -0.000658194221198235727217417040970327...
    assert_eq!(r.decimal.as_deref(), Some("-0.00065819422119823572722"));
    assert_eq!(value(&steps[3], "leading_power").exact, "x³");
}

#[test]
fn numeric_step_certifies_ratios_near_one() {
    let steps = verify_steps(None, 12).unwrap();
    let s5 = &steps[4];
    // r(x) − 1 ≈ (c₇/c₅)x², c₇/c₅ = 0.7738… (from the exact values above): 7.74e-7 at x = 1/1000
    assert_eq!(
        value(s5, "deviation_x_1_1000").decimal.as_deref(),
        Some("7.74e-7")
    );
    assert_eq!(
        value(s5, "ratio_x_1_1000").decimal.as_deref(),
        Some("1.00000077384")
    );
}

#[test]
fn literals_are_identified_or_honestly_not() {
    let best = |s: &str| {
        let c = compare(&parse_literal(s).unwrap());
        (c[0].candidate.expression.clone(), c[0].kind)
    };
    assert_eq!(
        best("0.7978845608"),
        ("√(2/π)".to_string(), MatchKind::Rounded)
    );
    assert_eq!(best("0.044715").1, MatchKind::Exact);
    assert!(best("0.0356774").0.starts_with("√(2/π)·a (paper"));
    assert!(best("0.1070322").0.starts_with("3√(2/π)·a (paper"));
    assert!(best("1.5957691").0.starts_with("2√(2/π)"));
    assert!(best("0.0713548").0.starts_with("2√(2/π)·a (paper"));
    // 1.702 is no expression in √(2/π) and a; it is the minimax k (fit) rounded
    assert_eq!(
        best("1.702"),
        (
            "minimax k at the Φ (erf) level over ℝ (fit)".to_string(),
            MatchKind::Rounded
        )
    );
    assert_eq!(best("0.123456").1, MatchKind::None);
    // √(2/π) = 0.7978845608…: 0.79788457 is 0.92 units away (within one unit, not the rounding)
    assert_eq!(best("0.79788457").1, MatchKind::WithinOneUnit);
    assert_eq!(best("0.79788456").1, MatchKind::Rounded);
    assert_eq!(best("0.0455399").0, "a = 2/(3π) − 1/6 (analytic)");
    assert!(parse_literal("abc").is_err());
    assert!(parse_literal("1.2.3").is_err());
    let _ = Sym::pi();
}

#[test]
fn ratio_check_rejects_a_wrong_leading_term() {
    use taylormatch::matching::numeric::ratio_check;
    let a = taylormatch::functions::analytic_a();
    let c5 = parse_exact("√(2/π)·(1/(3π) - 1/40 - 4/(5π²))").unwrap();
    let c7 = parse_exact("√(2/π)·(16/(35π³) - 1/(18π) + 1/336)").unwrap();
    let x = rug::Rational::from((1, 100));
    let right = ratio_check(&x, &a, &c5, 5, &c7, 10).unwrap();
    assert!(right.within);
    assert_eq!(right.ratio, "1.000077377");
    // a leading term off by 0.1 %: the ratio is 0.999…, outside 2|c₇/c₅|x² = 1.55e-4
    let wrong = taylormatch::coeff::Coeff::mul_q(&c5, &taylormatch::coeff::q(1001, 1000));
    let r = ratio_check(&x, &a, &wrong, 5, &c7, 10).unwrap();
    assert!(!r.within, "{}", r.ratio);
}

#[test]
fn step_5_holds_for_a_far_off_a_whose_ratio_still_tends_to_1() {
    // a = 1000: the difference starts at x³; at x = 1/10 the ratio is far from 1
    // (outside the tolerance) but it shrinks, and at x = 1/1000 it is within it.
    let a = parse_exact("1000").unwrap();
    let steps = verify_steps(Some(&a), 10).unwrap();
    assert!(!steps[2].holds && !steps[3].holds);
    assert!(steps[4].holds);
    assert_eq!(
        value(&steps[4], "deviation_x_1_10").exact,
        "outside tolerance"
    );
}
