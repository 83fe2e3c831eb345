//! Every command's JSON validates against its schema in docs/schema/
//! (checked by the small validator in tests/common/schema.rs), and the
//! schemas refuse what they should: a wrong schema_version, a sign that is
//! not ±1, an argmax that is not a list of [lo, hi] pairs.

mod common;
use common::cases::{BOUND_EXPR, DERIVE_SOLVE, VERIFY_EXPR};
use common::json;
use common::schema::validate;
use serde_json::Value as J;

fn schema(name: &str) -> J {
    let path = format!("{}/docs/schema/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

const CASES: &[&[&str]] = &[
    &["coeffs", "gelu-tanh", "--order", "6"],
    &["coeffs", "gelu-tanh", "--order", "6", "--a", "0.044715"],
    &["coeffs", "tanh", "--order", "6", "--notation", "sympy"],
    &["coeffs", "exp(x)*sin(k*x)", "--order", "5"],
    &["derive", "--order", "8"],
    &["derive", "--order", "6", "--outer", "sigmoid"],
    &["verify"],
    &["verify", "--a", "0.044715"],
    &["explain", "1.702", "0.044715"],
    &["fit"],
    &["fit", "--criterion", "minimax"],
    &["fit", "--model", "sigmoid", "--criterion", "minimax"],
    &["compare", "--digits", "8"],
    &["bound", "--a", "0.044715"],
    &["bound", "--residual", "0.5"],
    &["catalogue", "as-7.1.26"],
    &["catalogue", "quick-gelu", "--notation", "sympy"],
    BOUND_EXPR,
    &[
        "bound",
        "--model",
        "sigmoid",
        "--k",
        "matched",
        "--notation",
        "sympy",
    ],
    DERIVE_SOLVE,
    VERIFY_EXPR,
    &["explain"],
];

#[test]
fn every_command_matches_its_schema() {
    let mut failures = Vec::new();
    for args in CASES {
        let v = json(args);
        let errs = validate(&schema(args[0]), &v);
        if !errs.is_empty() {
            failures.push(format!("{args:?}:\n  {}", errs.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn structured_values_are_structures() {
    let b = json(&["bound", "--a", "0.044715"]);
    let argmax = b["argmax"].as_array().expect("argmax is an array");
    let pair = argmax[0].as_array().expect("[lo, hi]");
    let (lo, hi): (f64, f64) = (
        pair[0].as_str().unwrap().parse().unwrap(),
        pair[1].as_str().unwrap().parse().unwrap(),
    );
    // the erf-level error of a = 0.044715 peaks near x ≈ 2.592
    assert!(lo <= hi && (2.58..2.60).contains(&lo), "{pair:?}");
    assert_eq!(b["argmax_symmetric"], J::Bool(true));
    let f = json(&["fit", "--criterion", "minimax"]);
    let signs: Vec<i64> = f["extrema"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["sign"].as_i64().expect("sign ±1"))
        .collect();
    assert!(signs.contains(&1) && signs.contains(&-1), "{signs:?}");
    let v = json(&["verify", "--a", "0.044715"]);
    assert_eq!(v["a_input"], "0.044715");
    assert_eq!(v["a"], "8943/200000");
    let v = json(&["verify"]);
    assert!(v["a_input"].is_null() && v["a"].is_null());
}

#[test]
fn the_schemas_refuse_wrong_documents() {
    let mut b = json(&["bound", "--a", "0.044715"]);
    b["argmax"] = J::from("±[2.59, 2.60]");
    assert!(!validate(&schema("bound"), &b).is_empty());
    let mut f = json(&["fit", "--criterion", "minimax"]);
    f["extrema"][0]["sign"] = J::from("+");
    assert!(!validate(&schema("fit"), &f).is_empty());
    f["extrema"][0]["sign"] = J::from(1);
    f["schema_version"] = J::from(2);
    assert!(!validate(&schema("fit"), &f).is_empty());
    f["schema_version"] = J::from(1);
    f.as_object_mut().unwrap().remove("tool");
    assert!(!validate(&schema("fit"), &f).is_empty());
    // verify is either the x³ argument (a_input, a) or a model against a target
    let mut v = json(&["verify"]);
    assert!(validate(&schema("verify"), &v).is_empty());
    v.as_object_mut().unwrap().remove("a_input");
    assert!(!validate(&schema("verify"), &v).is_empty());
    // bound's parameters are a table of exact values, not one string
    let mut b = json(BOUND_EXPR);
    assert_eq!(b["params"][0]["exact"], "851/500");
    b["params"] = J::from("k = 1.702");
    assert!(!validate(&schema("bound"), &b).is_empty());
}

/// `report` (the derivation and one approximation) matches
/// docs/schema/report.json, and the schema refuses a report without its
/// claims or with a claim number that is not an integer.
#[test]
fn report_matches_its_schema() {
    let s = schema("report");
    let mut failures = Vec::new();
    for args in [
        &["report", "--order", "6"][..],
        &["report", "--approx", "as-7.1.26", "--order", "6"][..],
    ] {
        let v = json(args);
        let errs = validate(&s, &v);
        if !errs.is_empty() {
            failures.push(format!("{args:?}:\n  {}", errs.join("\n  ")));
        }
        if args.len() == 3 {
            let mut no_claims = v.clone();
            no_claims.as_object_mut().unwrap().remove("claims");
            assert!(!validate(&s, &no_claims).is_empty(), "claims are required");
            let mut bad = v.clone();
            bad["claims"][0]["n"] = J::from("one");
            assert!(
                !validate(&s, &bad).is_empty(),
                "a claim number is an integer"
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
