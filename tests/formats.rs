//! Every command's CSV is one rectangular table with the values its text
//! shows; every command's LaTeX is a complete ASCII document that pdflatex
//! compiles (when pdflatex is on PATH; otherwise a loud skip).

mod common;
use common::cases::{BOUND_EXPR, DERIVE_SOLVE, VERIFY_EXPR};
use common::latex::{check_latex_source, pdflatex};
use common::output;
use std::collections::HashMap;

/// The commands (fast settings) whose outputs are checked in every format.
const COMMANDS: &[&[&str]] = &[
    &["coeffs", "tanh", "--order", "8"],
    &["coeffs", "gelu-tanh", "--order", "6"],
    &["coeffs", "--list"],
    &["derive"],
    &["verify"],
    &["verify", "--a", "0.044715"],
    &["explain", "1.702"],
    &["fit"],
    &["fit", "--criterion", "minimax"],
    &["bound", "--a", "analytic"],
    &["bound", "--residual", "0.5"],
    BOUND_EXPR,
    &["compare", "--digits", "20"],
    &["catalogue", "as-7.1.26"],
    &["coeffs", "exp(x)*sin(k*x)", "--order", "5"],
    &["derive", "--outer", "sigmoid", "--order", "6"],
    DERIVE_SOLVE,
    VERIFY_EXPR,
    &["report", "--approx", "quick-gelu", "--order", "6"],
];

/// Parses CSV strictly (every row as wide as the header): header and rows.
fn parse_csv(text: &str) -> (Vec<String>, Vec<HashMap<String, String>>) {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = r
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    let rows = r
        .records()
        .map(|rec| {
            let rec = rec.expect("a rectangular CSV row");
            header
                .iter()
                .cloned()
                .zip(rec.iter().map(String::from))
                .collect()
        })
        .collect();
    (header, rows)
}

/// The value of field `key` in a combined CSV (`table=fields`).
fn field<'a>(rows: &'a [HashMap<String, String>], key: &str) -> &'a str {
    rows.iter()
        .find(|r| r["table"] == "fields" && r["field"] == key)
        .map(|r| r["value"].as_str())
        .unwrap_or_else(|| panic!("no field {key}"))
}

#[test]
fn every_command_writes_one_csv_table_with_its_values() {
    for args in COMMANDS {
        let (header, rows) = parse_csv(&output(args, "csv"));
        assert!(!rows.is_empty(), "{args:?}: no rows");
        // text shows 12 digits unless --digits is given: compare at the
        // digits the CSV has (the default 30 where the command has it)
        let mut targs = args.to_vec();
        let default_30 = !["bound", "catalogue"].contains(&args[0]) && !args.contains(&"--list");
        if default_30 && !args.contains(&"--digits") {
            targs.extend(["--digits", "30"]);
        }
        let text = output(&targs, "text");
        // every non-empty cell of the CSV is shown by the text output
        // (text wraps long cells at spaces, so compare the words)
        for r in &rows {
            for (k, v) in r {
                if k == "table" || k == "field" || v.is_empty() || v == "true" || v == "false" {
                    continue;
                }
                for w in v.split_whitespace() {
                    assert!(
                        text.contains(w),
                        "{args:?}: {k}={v:?} not in the text output"
                    );
                }
            }
        }
        assert!(header.len() >= 2, "{args:?}: {header:?}");
    }
}

#[test]
fn csv_values_agree_with_independent_values() {
    // mpmath, 40 digits: 2/(3π) − 1/6 = 0.04553992412252711435851168449668581604594
    let a3 = "0.0455399241225271143585116844967";
    let (_, rows) = parse_csv(&output(&["derive"], "csv"));
    let r = rows.iter().find(|r| r["power"] == "3").expect("power 3");
    assert_eq!(r["decimal"], a3);
    let (_, rows) = parse_csv(&output(&["coeffs", "tanh", "--order", "8"], "csv"));
    let r = rows.iter().find(|r| r["power"] == "5").expect("power 5");
    assert_eq!(
        (r["exact"].as_str(), r["decimal"].as_str()),
        ("2/15", "0.133333333333333333333333333333")
    );
    assert_eq!(field(&rows, "order"), "8");
    // the minimax fit's CSV carries the fitted a and the extrema (issue 11)
    let (_, rows) = parse_csv(&output(&["fit", "--criterion", "minimax"], "csv"));
    assert!(
        field(&rows, "a").starts_with("0.04471491122763"),
        "{}",
        field(&rows, "a")
    );
    assert!(rows.iter().any(|r| r["table"] != "fields"), "extrema rows");
    // the least-squares fit: a ≈ 0.04485 (Hendrycks & Gimpel's curve_fit figure)
    let (_, rows) = parse_csv(&output(&["fit"], "csv"));
    assert!(
        field(&rows, "a").starts_with("0.04484"),
        "{}",
        field(&rows, "a")
    );
    // the certified bound brackets the erf-level maximum 6.2693434270e-4
    let (_, rows) = parse_csv(&output(&["bound", "--a", "analytic"], "csv"));
    assert!(field(&rows, "lo").starts_with("0.000626934342702"));
    assert!(field(&rows, "hi").starts_with("0.000626934342702"));
    let (_, rows) = parse_csv(&output(&["verify", "--a", "0.044715"], "csv"));
    assert_eq!(field(&rows, "all_hold"), "false");
}

#[test]
#[should_panic(expected = "double superscript")]
fn the_latex_check_catches_a_double_superscript() {
    check_latex_source("x", "\\documentclass{article}$x^{2}^{n}$\n\\end{document}");
}

#[test]
#[should_panic(expected = "non-ASCII")]
fn the_latex_check_catches_unicode() {
    check_latex_source("x", "\\documentclass{article}$x²$\n\\end{document}");
}

#[test]
fn every_command_writes_latex_in_ascii_without_double_superscripts() {
    for args in COMMANDS {
        check_latex_source(&format!("{args:?}"), &output(args, "latex"));
    }
}

#[test]
fn every_command_latex_compiles_with_pdflatex() {
    let mut failures = Vec::new();
    for args in COMMANDS {
        match pdflatex(&format!("{args:?}"), &output(args, "latex")) {
            None => {
                eprintln!("\n*** SKIPPED: pdflatex is not on PATH; the LaTeX of every command was NOT compiled ***\n*** install texlive-latex-base texlive-latex-recommended to run this check ***\n");
                return;
            }
            Some(Err(e)) => failures.push(e),
            Some(Ok(())) => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn json_of_every_command_names_its_schema_version_and_the_tool() {
    for args in [
        &["verify", "--format", "json"][..],
        &["derive", "--order", "6", "--format", "json"],
        &["coeffs", "erf", "--order", "5", "--format", "json"],
        &["explain", "0.044715", "--format", "json"],
    ] {
        let (code, out, err) = common::run(args);
        assert_eq!(code, 0, "{args:?}: {err}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["schema_version"], 1, "{args:?}");
        assert_eq!(v["tool"]["name"], "taylormatch");
        assert_eq!(v["tool"]["version"], env!("CARGO_PKG_VERSION"));
    }
}
