//! The real binary on expressions: `coeffs EXPR --set`, `derive --model`,
//! `derive --outer EXPR`, and their refusals. Expected values are closed
//! forms worked by hand and decimals computed with mpmath (50 digits).

mod common;
use common::{assert_bad_input as bad_input, run};

fn json(args: &[&str]) -> serde_json::Value {
    let mut a = args.to_vec();
    a.extend(["--format", "json"]);
    let (code, out, err) = run(&a);
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

fn rows<'a>(v: &'a serde_json::Value, key: &str) -> &'a Vec<serde_json::Value> {
    v[key]
        .as_array()
        .unwrap_or_else(|| panic!("no {key} in {v}"))
}

#[test]
fn coeffs_of_an_expression_with_set_values() {
    // x·σ(kx) = x/2 + k x²/4 − k³x⁴/48 + …, k = 1.702 = 851/500 exactly
    let v = json(&[
        "coeffs",
        "x*sigmoid(k*x)",
        "--set",
        "k=1.702",
        "-n",
        "5",
        "-d",
        "12",
    ]);
    let c = rows(&v, "coefficients");
    assert_eq!(c[2]["exact"], "851/2000");
    assert_eq!(c[4]["exact"], "-616295051/6000000000");
    assert_eq!(c[4]["decimal"], "-0.102715841833");
    // the same as the literal in the expression
    let w = json(&["coeffs", "x*sigmoid(1.702*x)", "-n", "5", "-d", "12"]);
    assert_eq!(rows(&w, "coefficients"), c);
    // a value that is itself an expression: k = 2√(2/π) gives [x²] = 1/√(2π) = √(2/π)/2
    let v = json(&[
        "coeffs",
        "x*sigmoid(k*x)",
        "--set",
        "k=2*sqrt(2/pi)",
        "-n",
        "3",
    ]);
    assert_eq!(rows(&v, "coefficients")[2]["exact"], "√(2/π)/2");
}

#[test]
fn named_functions_keep_their_output() {
    let (_, named, _) = run(&["coeffs", "tanh", "-n", "8", "-d", "12"]);
    assert!(named.contains("Taylor coefficients of tanh at 0"));
    assert!(named.contains("-17/315"));
    assert!(!named.contains("expression, as read"));
}

#[test]
fn derive_model_gives_the_matched_constants() {
    let v = json(&[
        "derive",
        "--model",
        "tanh(sqrt(2/pi)*(x + a*x^3 + b*x^5))",
        "--target",
        "erf(x/sqrt(2))",
        "--solve",
        "a,b",
        "-d",
        "15",
    ]);
    let eq = rows(&v, "equations");
    assert_eq!(eq[0]["power"], 3);
    assert_eq!(eq[0]["combined"], "(4 - π)/(6π)");
    assert_eq!(eq[0]["decimal"], "0.0455399241225271");
    // b is derive's a₅ = 4/(5π²) − 1/(3π) + 1/40
    let d = json(&["derive", "-n", "6", "-d", "15"]);
    let a5 = &rows(&d, "coefficients")[2];
    assert_eq!(eq[1]["exact"], a5["exact"]);
    assert_eq!(eq[1]["decimal"], "-0.0000463484807266734");
    assert_eq!(eq[1]["decimal"], a5["decimal"]);
    assert_eq!(v["residual_power"], "x^7");

    // logistic approximation of Φ: c1 = 2√(2/π), c3 = 2√(2/π)·a₃ = √(2/π)(4 − π)/(3π)
    let v = json(&[
        "derive",
        "--model",
        "1/(1+exp(-(c1*x + c3*x^3)))",
        "--target",
        "Phi(x)",
        "--solve",
        "c1,c3",
        "-d",
        "15",
    ]);
    let eq = rows(&v, "equations");
    assert_eq!(eq[0]["exact"], "2√(2/π)");
    assert_eq!(eq[0]["decimal"], "1.59576912160573");
    assert_eq!(eq[1]["combined"], "√(2/π)·(4 - π)/(3π)");
    assert_eq!(eq[1]["decimal"], "0.0726712047149967");
    assert_eq!(v["residual_power"], "x^5");

    // SiLU-type against GELU: the x² term gives k/4 = 1/√(2π)
    let v = json(&[
        "derive",
        "--model",
        "x*sigmoid(k*x)",
        "--target",
        "gelu(x)",
        "--solve",
        "k",
    ]);
    assert_eq!(rows(&v, "equations")[0]["exact"], "2√(2/π)");
    assert_eq!(rows(&v, "equations")[0]["power"], 2);
    assert_eq!(v["residual_exact"], "√(2/π)·(-1/(3π) + 1/12)");
}

#[test]
fn polynomial_equations_give_certified_roots() {
    // c³ = 2: one real root, 2^(1/3) (mpmath)
    let v = json(&[
        "derive", "--model", "c^3*x", "--target", "2*x", "--solve", "c", "-d", "30",
    ]);
    let eq = rows(&v, "equations");
    assert_eq!(eq.len(), 1);
    assert_eq!(eq[0]["decimal"], "1.25992104989487316476721060728");
    // c² = 8/π: the roots ±2√(2/π) exactly
    let v = json(&[
        "derive", "--model", "c^2*x", "--target", "8/pi*x", "--solve", "c",
    ]);
    let eq = rows(&v, "equations");
    assert_eq!(eq[0]["exact"], "-2√(2/π)");
    assert_eq!(eq[1]["exact"], "2√(2/π)");
    // a rational root is exact and lets matching go on: c² − 3c + 2 has roots 1, 2
    let v = json(&[
        "derive",
        "--model",
        "(c^2 - 3*c)*x + d*x^2",
        "--target",
        "-2*x + x^2",
        "--solve",
        "c,d",
    ]);
    let eq = rows(&v, "equations");
    assert_eq!(eq[0]["exact"], "1");
    assert_eq!(eq[1]["exact"], "2");
}

#[test]
fn derive_outer_expression_equals_todays_derive() {
    let today = json(&["derive", "-n", "12", "-d", "20"]);
    let expr = json(&[
        "derive",
        "--outer",
        "tanh(sqrt(2/pi)*u)",
        "--target",
        "erf(x/sqrt(2))",
        "-n",
        "12",
        "-d",
        "20",
    ]);
    let (a, b) = (rows(&today, "coefficients"), rows(&expr, "coefficients"));
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(b) {
        for k in ["power", "exact", "combined", "decimal"] {
            assert_eq!(x[k], y[k], "{k}");
        }
    }
    // and the sigmoid outer 2σ(u) − 1 against derive --outer sigmoid
    let today = json(&["derive", "--outer", "sigmoid", "-n", "8"]);
    let expr = json(&["derive", "--outer", "2*sigmoid(u) - 1", "-n", "8"]);
    for (x, y) in rows(&today, "coefficients")
        .iter()
        .zip(rows(&expr, "coefficients"))
    {
        assert_eq!(x["exact"], y["exact"]);
        assert_eq!(x["decimal"], y["decimal"]);
    }
}

#[test]
fn expression_inputs_that_cannot_be_served_are_refused() {
    bad_input(&["coeffs", "log(x)"], "no Taylor series at 0");
    bad_input(&["coeffs", "1/x"], "no Taylor series at 0");
    bad_input(&["coeffs", "sqrt(x)"], "no Taylor series at 0");
    bad_input(&["coeffs", "exp(1 + x)"], "exp(1)");
    bad_input(&["coeffs", "erf(1 + x)"], "erf(1)");
    bad_input(&["coeffs", "log(2 + x)"], "log(2)");
    bad_input(&["coeffs", "sqrt(3 + x)"], "(3)^(1/2)");
    bad_input(
        &["coeffs", "tanh(a*x + b*x^2 + c*x^3)", "-n", "300"],
        "estimated",
    );
    bad_input(&["coeffs", "x*k", "--set", "k=1,k=2"], "--set");
    bad_input(&["coeffs", "x*k", "--set", "k=x"], "--set");
    bad_input(&["coeffs", "x*k", "--set", "j=1"], "--set");
    bad_input(&["coeffs", "x*k", "--a", "1"], "--a");
    bad_input(&["coeffs", "tanh", "--set", "a=1"], "--set");
    bad_input(&["derive", "--model", "a*x", "--target", "x"], "--solve");
    bad_input(
        &[
            "derive",
            "--model",
            "a*x + b*x",
            "--target",
            "2*x",
            "--solve",
            "a,b",
        ],
        "--solve",
    );
    bad_input(
        &[
            "derive",
            "--model",
            "a*x + k*x",
            "--target",
            "x",
            "--solve",
            "a",
        ],
        "--solve",
    );
    bad_input(
        &[
            "derive",
            "--model",
            "x + a*x^2",
            "--target",
            "x + x^3",
            "--solve",
            "a,zz",
        ],
        "--solve",
    );
    bad_input(&["derive", "--outer", "tanh(x)"], "--outer");
    bad_input(&["derive", "--outer", "2 + u", "--target", "x"], "--outer");
    bad_input(&["derive", "--outer", "u^2", "--target", "x^2"], "--outer");
}
