//! `verify --model EXPR --target EXPR [--set …]` with the real binary: the
//! five steps for any model, exit 1 when a step fails, and the built-in
//! `verify`'s values reproduced by the generic route (its own code: exact
//! series of the expressions, MPFR intervals of the expression tree).

mod common;
use common::{assert_bad_input as bad_input, run};

const TANH: &str = "tanh(sqrt(2/pi)*(x + a*x^3))";
const ERF: &str = "erf(x/sqrt(2))";

fn json(args: &[&str]) -> (i32, serde_json::Value) {
    let mut a = args.to_vec();
    a.extend(["--format", "json"]);
    let (code, out, err) = run(&a);
    assert!(code == 0 || code == 1, "{args:?}: {err}");
    (
        code,
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}")),
    )
}

fn holds(v: &serde_json::Value) -> Vec<bool> {
    v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["holds"].as_bool().unwrap())
        .collect()
}

/// The value labelled `quantity` in step `step` ("step3"): the layout named `verify` uses.
fn value<'a>(v: &'a serde_json::Value, step: &str, quantity: &str) -> &'a serde_json::Value {
    let n: usize = step.trim_start_matches("step").parse().unwrap();
    v["steps"][n - 1]["values"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["label"] == quantity)
        .unwrap_or_else(|| panic!("no {quantity} in {step}: {}", v["steps"][n - 1]))
}

fn keys(v: &serde_json::Value) -> Vec<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

#[test]
fn json_layout_is_the_named_verify_layout() {
    let (_, named) = json(&["verify", "-d", "8"]);
    let (_, expr) = json(&["verify", "--model", TANH, "--target", ERF, "-d", "8"]);
    let (kn, ke) = (keys(&named), keys(&expr));
    assert_eq!(kn[..3], ke[..3]);
    assert_eq!(kn[kn.len() - 2..], ke[ke.len() - 2..]);
    assert_eq!(keys(&named["steps"][0]), keys(&expr["steps"][0]));
    assert_eq!(
        keys(&named["steps"][0]["values"][0]),
        keys(&expr["steps"][0]["values"][0])
    );
    assert_eq!(
        ke[3..ke.len() - 2],
        ["model", "target", "set", "arithmetic"]
    );
}

#[test]
fn several_real_roots_take_the_one_the_matching_implies() {
    // x² equation a² − 1 = 0: a = 1 leaves 2x³, a = −1 matches x³ too and
    // the residual is x⁵·eˣ's x⁵ (coefficient 1)
    let m = "x + (a*x)^2 + a^3*x^3 + x^5*exp(x)";
    let t = "x + x^2 - x^3";
    let (code, v) = json(&["verify", "--model", m, "--target", t, "-d", "8"]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(holds(&v), vec![true; 5]);
    assert_eq!(value(&v, "step3", "solution a")["exact"], "-1");
    let roots = value(&v, "step3", "real roots for a")["exact"]
        .as_str()
        .unwrap();
    assert_eq!(roots, "-1 (residual from x⁵); 1 (residual from x³)");
    assert_eq!(value(&v, "step4", "difference starts at")["exact"], "x⁵");
    // the other root given: it is a root, the residual then starts at x³
    let (code, v) = json(&["verify", "--model", m, "--target", t, "--set", "a=1"]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(value(&v, "step4", "difference starts at")["exact"], "x³");
    // a value that is not a root fails step 3 (exit 1)
    let (code, v) = json(&["verify", "--model", m, "--target", t, "--set", "a=2"]);
    assert_eq!(code, 1);
    assert!(!holds(&v)[2]);
    assert_eq!(
        value(&v, "step3", "a checked")["exact"],
        "2 is not a root of its equation"
    );
}

#[test]
fn the_tanh_model_reproduces_the_built_in_verify() {
    let (code, v) = json(&["verify", "--model", TANH, "--target", ERF, "-d", "12"]);
    assert_eq!(code, 0);
    assert_eq!(holds(&v), vec![true; 5]);
    assert_eq!(
        value(&v, "step3", "solution a, one fraction")["exact"],
        "(4 - π)/(6π)"
    );
    let (_, built_in) = json(&["verify", "-d", "12"]);
    let b5 = &built_in["steps"][4]["values"];
    for (i, den) in [(0, 10), (2, 100), (4, 1000)] {
        let q = format!("x = 1/{den}: d(x)/(c·x⁵)");
        assert_eq!(value(&v, "step5", &q)["decimal"], b5[i]["decimal"], "{q}");
    }
    // step 4's leading coefficient is −√(2/π)·a₅ (a₅ from derive)
    let lead = value(&v, "step4", "leading coefficient, one fraction");
    assert_eq!(lead["exact"], "√(2/π)·(-96 + 40π - 3π²)/(120π²)");
}

#[test]
fn the_paper_constant_fails_step_3_with_exit_1() {
    let (code, v) = json(&[
        "verify",
        "--model",
        TANH,
        "--target",
        ERF,
        "--set",
        "a=0.044715",
        "-d",
        "12",
    ]);
    assert_eq!(code, 1);
    assert_eq!(holds(&v), vec![true, true, false, false, true]);
    // a − (2/(3π) − 1/6), as the built-in verify prints it
    let (_, b) = json(&["verify", "--a", "0.044715", "-d", "12"]);
    let want = b["steps"][2]["values"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["key"] == "a_minus_solution")
        .unwrap()["decimal"]
        .clone();
    assert_eq!(value(&v, "step3", "a − solution")["decimal"], want);
    assert_eq!(value(&v, "step4", "difference starts at")["exact"], "x³");
}

#[test]
fn sigmoid_models() {
    // QuickGELU's 1.702 is not the matched k = 2√(2/π) = 1.5957…
    let (code, v) = json(&[
        "verify",
        "--model",
        "x*sigmoid(k*x)",
        "--target",
        "gelu(x)",
        "--set",
        "k=1.702",
    ]);
    assert_eq!(code, 1);
    assert!(!holds(&v)[2]);
    let (code, v) = json(&[
        "verify",
        "--model",
        "x*sigmoid(k*x)",
        "--target",
        "gelu(x)",
        "-d",
        "15",
    ]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(
        value(&v, "step3", "solution k")["decimal"],
        "1.59576912160573"
    );
    let (code, _) = json(&[
        "verify",
        "--model",
        "1/(1+exp(-(c1*x + c3*x^3)))",
        "--target",
        "Phi(x)",
    ]);
    assert_eq!(code, 0);
    // the matched value given exactly passes too
    let (code, _) = json(&[
        "verify",
        "--model",
        "x*sigmoid(k*x)",
        "--target",
        "gelu(x)",
        "--set",
        "k=2*sqrt(2/pi)",
    ]);
    assert_eq!(code, 0);
}

#[test]
fn verify_model_bad_input() {
    bad_input(&["verify", "--model", TANH], "--target");
    bad_input(&["verify", "--target", ERF], "--model");
    bad_input(
        &["verify", "--model", TANH, "--target", ERF, "--a", "0.04"],
        "--a",
    );
    bad_input(
        &["verify", "--model", TANH, "--target", ERF, "--set", "b=1"],
        "--set",
    );
    bad_input(
        &["verify", "--model", "log(x)", "--target", ERF],
        "no Taylor series at 0",
    );
    // parse errors show the input with a caret (two more lines)
    let (code, out, err) = run(&["verify", "--model", "tanh(", "--target", ERF]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(
        err.starts_with("taylormatch: error: --model: cannot read"),
        "{err}"
    );
}
