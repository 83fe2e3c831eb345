//! The real binary: exit codes and output of derive, verify and explain.

mod common;
use common::{assert_bad_input as bad_input, run};

#[test]
fn verify_passes_with_exit_0() {
    let (code, out, err) = run(&["verify", "--digits", "15"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("All steps hold."));
    assert!(!out.contains("FAILS"));
}

#[test]
fn verify_paper_a_fails_with_exit_1_and_prints_steps() {
    let (code, out, err) = run(&["verify", "--a", "0.044715", "--digits", "12"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.is_empty(), "{err}");
    assert!(out.contains("Step 3. Matching x³ gives a = 2/(3π) − 1/6 — FAILS"));
    assert!(out.contains("-0.000658194221198"));
}

#[test]
fn verify_json_has_pass_flags() {
    let (code, out, _) = run(&[
        "verify", "--a", "0.044715", "--format", "json", "--digits", "10",
    ]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["all_hold"], false);
    let holds: Vec<bool> = v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["holds"].as_bool().unwrap())
        .collect();
    assert_eq!(holds, vec![true, true, false, false, true]);
}

#[test]
fn derive_json_gives_exact_and_decimal() {
    let (code, out, err) = run(&[
        "derive", "--order", "8", "--format", "json", "--digits", "12",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let c = v["coefficients"].as_array().unwrap();
    assert_eq!(c.len(), 4); // x, x³, x⁵, x⁷
    assert_eq!(c[1]["exact"], "2/(3π) - 1/6");
    assert_eq!(c[1]["combined"], "(4 - π)/(6π)");
    assert_eq!(c[1]["decimal"], "0.0455399241225");
}

/// The digits field says what the table shows: text without `--digits`
/// computes 30 digits, shows 12 and says so; JSON and an explicit
/// `--digits` show the count alone (and every digit).
#[test]
fn derive_digits_field_says_what_is_shown() {
    // a3 = (4 − π)/(6π), mpmath nstr((4-pi)/(6*pi), 30)
    let full = "0.0455399241225271143585116844967";
    for outer in ["tanh", "tanh(sqrt(2/pi)*u)"] {
        let args = |extra: &[&'static str]| {
            let mut a = vec!["derive", "--outer", outer, "--order", "4"];
            a.extend_from_slice(extra);
            run(&a)
        };
        let (code, text, err) = args(&[]);
        assert_eq!(code, 0, "{outer}: {err}");
        assert!(
            text.contains("decimal digits: 30 (shown rounded to 12)\n"),
            "{outer}: {text}"
        );
        assert!(
            text.contains(" 0.0455399241225 ") && !text.contains(full),
            "{outer}: {text}"
        );
        let (code, explicit, _) = args(&["--digits", "30"]);
        assert_eq!(code, 0);
        assert!(
            explicit.contains("decimal digits: 30\n"),
            "{outer}: {explicit}"
        );
        assert!(explicit.contains(full), "{outer}: {explicit}");
        let (code, json, _) = args(&["--format", "json"]);
        assert_eq!(code, 0);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["digits"], 30, "{outer}");
        let a3 = v["coefficients"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["power"] == 3)
            .unwrap();
        assert_eq!(a3["decimal"], full, "{outer}");
    }
}

#[test]
fn derive_sigmoid_slope() {
    let (code, out, _) = run(&[
        "derive", "--outer", "sigmoid", "--order", "2", "--digits", "11",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("2√(2/π)") && out.contains("1.5957691216"));
}

#[test]
fn explain_default_literals() {
    let (code, out, _) = run(&["explain", "--format", "csv", "--digits", "12"]);
    assert_eq!(code, 0);
    // 1.702 is no expression in √(2/π) and a: it is the rounded minimax k
    assert!(
        out.contains("1.702,minimax k at the Φ (erf) level over ℝ (fit),equals the value rounded to 3 decimals"),
        "{out}"
    );
    assert!(out.contains("0.044715,minimax a at the Φ (erf) level over ℝ (fit),equals the value rounded to 6 decimals"));
    // an unknown literal gets an honest no match
    let (code2, out2, _) = run(&["explain", "0.123456", "--format", "csv"]);
    assert_eq!(code2, 0);
    assert!(out2.contains("0.123456,no match (nearest:"), "{out2}");
    assert!(out.contains("0.7978845608,√(2/π),equals the value rounded to 10 decimals"));
}

#[test]
fn bad_input_exits_2_naming_the_flag() {
    bad_input(&["derive", "--order", "0"], "--order");
    bad_input(&["derive", "--outer", "relu"], "--outer");
    bad_input(&["verify", "--a", "0.04.4"], "--a");
    bad_input(&["verify", "--a", "nan"], "--a");
    bad_input(&["explain", "zero"], "VALUE");
}

#[test]
fn more_bad_input() {
    bad_input(&["derive", "--order", "-3"], "--order");
    // markdown, LaTeX, HTML and the expression routes hold their document:
    // at most 800; the named outers in text, JSON and CSV are written row by
    // row: at most 2000
    for format in ["markdown", "latex", "html"] {
        bad_input(&["derive", "--order", "801", "--format", format], "--order");
    }
    bad_input(&["derive", "--order", "2001"], "--order");
    bad_input(
        &["derive", "--order", "2001", "--format", "json"],
        "--order",
    );
    bad_input(
        &[
            "derive",
            "--order",
            "801",
            "--format",
            "csv",
            "--outer",
            "tanh(sqrt(2/pi)*u)",
        ],
        "--order",
    );
    bad_input(&["derive", "--order", "2001", "--format", "csv"], "--order");
    bad_input(&["derive", "--digits", "0"], "--digits");
    bad_input(&["verify", "--a", ""], "--a");
    bad_input(&["verify", "--a", "1/0"], "--a");
    bad_input(&["verify", "--format", "yaml"], "--format");
}

#[test]
fn explain_shows_the_analytic_counterpart_and_custom_values() {
    let (code, out, _) = run(&[
        "explain",
        "0.044715",
        "0.79788457",
        "--format",
        "csv",
        "--digits",
        "8",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("0.044715,\"a (paper, 0.044715)\",exact"));
    assert!(out.contains("for comparison: a = 2/(3π) − 1/6 (analytic),no match"));
    assert!(out.contains("0.79788457,√(2/π),\"within one unit of the last digit"));
}
