//! `fit --model EXPR --criterion l2 [--weight EXPR]` through the real binary:
//! two-parameter fits against an independent optimiser (mpmath: tanh–sinh
//! quadrature of the normal equations ∫ w·e·∂e/∂p = 0, solved by findroot at
//! 45 digits; the script is in the comment of each test), the one-parameter
//! tanh fit against the named `--model tanh --criterion l2` route, and bad
//! input (weight, parameters, quadrature) refused with exit 2.

mod common;
use common::cases::FIT_TANH_FREE;
use common::{assert_bad_input, field, run, with};

/// The first `n` significant digits of a printed decimal (sign, digits, exponent kept apart).
fn lead(s: &str, n: usize) -> String {
    let mant = s.split(['e', 'E']).next().unwrap_or("");
    mant.chars()
        .filter(|c| c.is_ascii_digit())
        .skip_while(|&c| c == '0')
        .take(n)
        .collect()
}

fn fit(args: &[&str]) -> String {
    let (code, out, err) = run(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

#[test]
fn two_parameter_l2_agrees_with_mpmath() {
    // mpmath (mp.dps = 45): quad of ∫_{-4}^{4} e·∂e/∂c_i over [-4, 0, 4], findroot from (0.8, 0.035)
    let out = fit(&with(
        FIT_TANH_FREE,
        &["--criterion", "l2", "--range", "-4:4", "-d", "30"],
    ));
    let want = [
        ("c1", "798553372259119260519664230380850"),
        ("c3", "354620499645417241311402791676921"),
        ("∫ e(x)² dx", "269263096955785076771945769400177"),
    ];
    for (k, v) in want {
        assert_eq!(lead(&field(&out, k), 29), v[..29], "{k}\n{out}");
    }
    assert!(out.contains("quadrature:"), "{out}");
}

#[test]
fn weighted_l2_on_an_unsymmetric_range_agrees_with_mpmath() {
    // x·σ(c1 x + c3 x³) vs GELU on [-3, 5], w = e^(−x²/4); mpmath as above from (1.6, 0.07)
    let out = fit(&[
        "fit",
        "--model",
        "x*sigmoid(c1*x + c3*x^3)",
        "--target",
        "gelu(x)",
        "--params",
        "c1=1.6,c3=0.07",
        "--criterion",
        "l2",
        "--range",
        "-3:5",
        "--weight",
        "exp(-(x^2)/4)",
        "-d",
        "30",
    ]);
    let want = [
        ("c1", "159798921619188951932729624483521"),
        ("c3", "705727069942643246204225513862936"),
        ("∫ w(x)·e(x)² dx", "584307082327930425542926440583850"),
    ];
    for (k, v) in want {
        assert_eq!(lead(&field(&out, k), 29), v[..29], "{k}\n{out}");
    }
}

#[test]
fn one_parameter_l2_agrees_with_the_named_route() {
    let named = fit(&["fit", "--criterion", "l2", "--range", "-5:5", "-d", "25"]);
    let expr = fit(&[
        "fit",
        "--model",
        "tanh(sqrt(2/pi)*(x + a*x^3))",
        "--target",
        "erf(x/sqrt(2))",
        "--params",
        "a=0.04",
        "--criterion",
        "l2",
        "--range",
        "-5:5",
        "-d",
        "25",
    ]);
    let a = field(&named, "a");
    assert_eq!(lead(&a, 25).len(), 25, "{named}");
    assert_eq!(field(&expr, "a"), a, "{expr}");
    assert_eq!(
        field(&expr, "∫ e(x)² dx"),
        field(&named, "∫ e(x)² dx"),
        "{expr}"
    );
}

#[test]
fn bad_l2_input_is_refused() {
    let base = |extra: &[&'static str]| -> Vec<&'static str> {
        let mut v = vec![
            "fit",
            "--model",
            "x*sigmoid(c1*x + c3*x^3)",
            "--target",
            "gelu(x)",
            "--params",
            "c1=1.6,c3=0.07",
            "--criterion",
            "l2",
            "--range",
            "-3:5",
        ];
        v.extend_from_slice(extra);
        v
    };
    assert_bad_input(&base(&["--weight", "x"]), "--weight must be finite and ≥ 0");
    assert_bad_input(&base(&["--weight", "log(x+2)"]), "--weight is undefined");
    assert_bad_input(
        &base(&["--weight", "a*x"]),
        "--weight must be an expression in x",
    );
    assert_bad_input(
        &base(&["--weight", "1/(x-1/3)^2"]),
        "quadrature did not converge",
    );
    let mut v = base(&[]);
    v[2] = "x*sigmoid(c1*x)";
    assert_bad_input(&v, "does not depend on the parameter c3");
    v[2] = "x*sigmoid(c1*c3*x)";
    // the singular Hessian is named in every format: text computes at the
    // default 30 digits as JSON does and only shows fewer (text used to be
    // computed at 12, where Newton stopped first: "did not converge")
    assert_bad_input(&v, "singular");
    let mut json = v.clone();
    json.extend(["--format", "json"]);
    assert_bad_input(&json, "singular");
    // minimax is unweighted; the named models take no weight
    let mut v = base(&["--weight", "1"]);
    v[8] = "minimax";
    assert_bad_input(&v, "--weight");
    assert_bad_input(&["fit", "--criterion", "l2", "--weight", "1"], "--weight");
}
