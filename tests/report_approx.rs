//! `report --approx NAME` and `report --model EXPR --target EXPR`: the report
//! on any approximation, checked against values computed independently with
//! mpmath (40 digits; minimax by a golden-section search over the constant
//! with Newton-refined extrema, or by solving the equioscillation equations),
//! and its bad input refused naming the flag.

mod common;
use common::{assert_bad_input, run};
use serde_json::Value;

fn json(args: &[&str]) -> Value {
    let mut a = vec!["report"];
    a.extend_from_slice(args);
    a.extend_from_slice(&["--format", "json"]);
    let (code, out, err) = run(&a);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).expect("JSON")
}

fn num(v: &Value) -> f64 {
    v.as_str().expect("a decimal").parse().expect("a number")
}

/// The row of `table` whose `key` column is `name`.
fn row<'a>(d: &'a Value, table: &str, key: &str, name: &str) -> &'a Value {
    d[table]
        .as_array()
        .expect(table)
        .iter()
        .find(|r| r[key] == name)
        .unwrap_or_else(|| panic!("{table} has no row {name}"))
}

#[test]
fn quick_gelu_matches_mpmath() {
    let d = json(&["--approx", "quick-gelu"]);
    assert_eq!(d["given_c1"], "1.702"); // exact, as published
    assert_eq!(d["approximated"], "gelu(x)");
    // matched at 0: k = 2√(2/π) (mpmath: 1.5957691216057307117597842397375)
    assert_eq!(
        d["equations"][0]["decimal"],
        "1.59576912160573071175978423974"
    );
    // max |x·σ(1.702x) − GELU(x)| (the entry's range; attained inside [−20, 20]): mpmath 0.0203348722092392302241 at x = −2.2703977
    let given = row(&d, "certified_max_error", "candidate", "given constants");
    let m = 0.020_334_872_209_239_23;
    assert!(num(&given["lo"]) <= m && m <= num(&given["hi"]), "{given}");
    // minimax k: mpmath 1.77293396561675293571 (golden section to ~1e-14), max 0.01392224547275863114
    let k = row(&d, "fits", "quantity", "c1");
    assert!(
        (num(&k["minimax"]) - 1.772_933_965_616_752_9).abs() < 1e-13,
        "{k}"
    );
    let obj = row(&d, "fits", "quantity", "objective");
    let max = num(&obj["minimax"]);
    // the search's k is good to ~1e-15, so its maximum is a little above the true minimum
    let mp = 0.013_922_245_472_758_63;
    assert!(max <= mp && mp - max < 2e-15, "{obj}");
    // the fit's own maximum lies inside the certified enclosure of its constant
    let cert = row(&d, "certified_max_error", "candidate", "minimax fit");
    assert!(num(&cert["lo"]) <= max && max <= num(&cert["hi"]), "{cert}");
}

#[test]
fn an_expression_model_against_mpmath() {
    let d = json(&[
        "--model",
        "x + c*x^3",
        "--target",
        "sin(x)",
        "--params",
        "c=-0.1",
        "--range",
        "-1:1",
    ]);
    // matched at 0: c = −1/6 exactly, residual −x⁵/120
    assert_eq!(d["equations"][0]["exact"], "-1/6");
    assert_eq!(d["residual_exact"], "-1/120");
    // minimax on [−1, 1]: mpmath solves e(1) = −e(x*), e′(x*) = 0:
    // c = −0.15958104173951318486634, max |e| = 0.00105202654740969151884
    let c = row(&d, "fits", "quantity", "c");
    assert_eq!(c["minimax"], "-0.15958104173951318487");
    let obj = row(&d, "fits", "quantity", "objective");
    assert_eq!(obj["minimax"], "0.0010520265474096915188");
    let cert = row(&d, "certified_max_error", "candidate", "minimax fit");
    assert!(num(&cert["lo"]) <= 0.001_052_026_547_409_691_5);
    assert!(0.001_052_026_547_409_691_5 <= num(&cert["hi"]));
    // the given c = −0.1: max |x − 0.1x³ − sin x| on [−1, 1] is at the ends: 0.9 − sin 1
    let given = row(&d, "certified_max_error", "candidate", "given constants");
    let m = 0.9 - 1f64.sin();
    assert!(
        num(&given["lo"]) <= m + 1e-15 && m - 1e-15 <= num(&given["hi"]),
        "{given}"
    );
}

#[test]
fn html_report_of_an_entry_has_its_figure() {
    let (code, out, err) = run(&["report", "--approx", "gelu-tanh", "--format", "html"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("<svg"), "no inline figure");
    assert!(out.contains("Certified enclosures over"));
}

#[test]
fn bad_input_names_the_flag() {
    assert_bad_input(&["report", "--approx", "nosuch"], "--approx");
    assert_bad_input(
        &["report", "--model", "tanh", "--target", "cosh"],
        "--target",
    );
    assert_bad_input(
        &[
            "report", "--model", "tanh", "--target", "gelu", "--params", "k=2",
        ],
        "--params",
    );
    assert_bad_input(
        &["report", "--model", "x+", "--target", "sin(x)"],
        "--model",
    );
    assert_bad_input(
        &["report", "--model", "x + c*x^3", "--target", "sin(x)"],
        "--model",
    );
    assert_bad_input(&["report", "--range", "-1:1"], "--range");
    assert_bad_input(
        &["report", "--approx", "quick-gelu", "--range", "1:0"],
        "--range",
    );
    assert_bad_input(
        &["report", "--approx", "quick-gelu", "--model", "tanh"],
        "--approx",
    );
    assert_bad_input(&["report", "--model", "tanh"], "--target");
}

/// Bowling's logistic Φ is odd about ½, so |error| is even on ℝ and ±x attain
/// each maximum: the certified table shows the maximiser with x ≥ 0 for every
/// candidate, the same whichever of the pair the search meets first. For the
/// constants matched at 0 (c1 = 2√(2/π), c2 = √(2/π)(4 − π)/(3π)) mpmath puts
/// the maximum of |σ(c1x + c2x³) − Φ(x)| at x = 2.29278643669 (root of e′),
/// where |e| = 0.000313467171351; the table's point is the search's best box
/// ("near"), within 10⁻³ of it.
#[test]
fn bowling_maximiser_is_the_one_with_x_at_least_0() {
    let d = json(&["--approx", "bowling-2009"]);
    let rows = d["certified_max_error"].as_array().expect("table");
    assert_eq!(rows.len(), 4);
    for r in rows {
        assert!(num(&r["at"]) >= 0.0, "{r}");
    }
    let m = row(&d, "certified_max_error", "candidate", "matched at 0");
    assert!((num(&m["at"]) - 2.29278643669).abs() < 1e-3, "{m}");
    assert!(
        num(&m["lo"]) <= 0.000313467171351 && 0.000313467171351 <= num(&m["hi"]),
        "{m}"
    );
    let text = serde_json::to_string(&d).expect("json");
    assert!(
        text.contains("the table shows the point with x ≥ 0"),
        "the convention is stated"
    );
}
