//! `bound --model EXPR` and `catalogue` through the real binary: the figure
//! agrees with today's analytic route, bad input is refused (exit 2), a claim
//! that fails exits 1.

mod common;
use common::cases::BOUND_EXPR;
use common::{assert_bad_input, field, run, with};

#[test]
fn expression_bound_agrees_with_the_family_route() {
    // today's route: --model tanh --a 0.044715 (analytic tails); the expression
    // route: interval tails; both certify the same max on the whole line
    let (c1, old, _) = run(&["bound", "--model", "tanh", "--a", "0.044715", "-d", "12"]);
    let (c2, new, e2) = run(&[
        "bound",
        "--model",
        "tanh(sqrt(2/pi)*(x + a*x^3))",
        "--target",
        "erf(x/sqrt(2))",
        "--set",
        "a=0.044715",
        "-d",
        "12",
    ]);
    assert_eq!((c1, c2), (0, 0), "{e2}");
    let m = field(&old, "max |error| (certified digits)");
    assert_eq!(m, "0.000357865167545");
    assert_eq!(field(&new, "max |error| (certified digits)"), m);
    // GELU level against the old GELU level on a range
    let (_, old, _) = run(&[
        "bound", "--model", "sigmoid", "--k", "1.702", "--target", "gelu", "--range", "-8:8", "-d",
        "10",
    ]);
    let (_, new, _) = run(&with(BOUND_EXPR, &["-d", "10"]));
    assert_eq!(
        field(&new, "max |error| (certified digits)"),
        field(&old, "max |error| (certified digits)")
    );
    assert!(field(&new, "max |error| (certified digits)").starts_with("0.02033487"));
}

#[test]
fn relative_error_of_quick_gelu_on_a_positive_range() {
    // mpmath: max over [1, 8] of |x·σ(1.702x)/GELU(x) − 1| = 0.00964509089376… at x ≈ 2.02153
    let (c, out, e) = run(&[
        "bound",
        "--model",
        "x*sigmoid(1.702*x)",
        "--target",
        "gelu(x)",
        "--range",
        "1:8",
        "--relative",
        "-d",
        "8",
    ]);
    assert_eq!(c, 0, "{e}");
    assert_eq!(
        field(&out, "max |error| (certified digits)"),
        "0.0096450909"
    );
}

#[test]
fn bad_expression_input_is_refused() {
    let m = "tanh(sqrt(2/pi)*(x + a*x^3))";
    assert_bad_input(
        &[
            "bound",
            "--model",
            m,
            "--target",
            "erf(x/sqrt(2))",
            "--set",
            "a=0.04,b=1",
        ],
        "does not depend on the parameter b",
    );
    assert_bad_input(
        &["bound", "--model", m, "--target", "erf(x/sqrt(2))"],
        "parameter a has no value",
    );
    assert_bad_input(&["bound", "--model", m, "--set", "a=0.04"], "--target");
    assert_bad_input(
        &["bound", "--model", m, "--target", "gelu", "--set", "a=0.04"],
        "--target",
    );
    assert_bad_input(
        &[
            "bound",
            "--model",
            m,
            "--target",
            "erf(x/sqrt(2))",
            "--set",
            "a",
        ],
        "--set",
    );
    // a parse error shows the text with a caret (several lines), exit 2
    let (c, out, err) = run(&["bound", "--model", "x +* 2", "--target", "x"]);
    assert!(
        c == 2 && out.is_empty() && err.contains("--model") && !err.contains("panicked"),
        "{err}"
    );
    // the target is undefined on part of the range
    assert_bad_input(
        &[
            "bound", "--model", "x", "--target", "log(x)", "--range", "-1:1",
        ],
        "--range",
    );
    // x·(…) at the GELU level: tails not provable by intervals
    assert_bad_input(
        &[
            "bound",
            "--model",
            "x*sigmoid(1.702*x)",
            "--target",
            "gelu(x)",
        ],
        "--range",
    );
    assert_bad_input(
        &["bound", "--model", "tanh", "--a", "0.04", "--set", "a=1"],
        "--set",
    );
}

#[test]
fn catalogue_checks_each_claim() {
    let (c, out, _) = run(&["catalogue", "as-7.1.26"]);
    assert_eq!(c, 0);
    assert!(out.contains("holds") && out.contains("1.3938e-7"), "{out}");
    let (c, out, _) = run(&["catalogue", "bowling-2009"]);
    assert_eq!(c, 1, "a claim that does not hold exits 1");
    assert!(
        out.contains("does not hold") && out.contains("0.00014145"),
        "{out}"
    );
    assert_bad_input(&["catalogue", "nope"], "NAME");
    assert_bad_input(&["catalogue", "--tolerance", "2"], "--tolerance");
}
