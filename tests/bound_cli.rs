//! `taylormatch bound` through the real binary: outward-rounded output that
//! brackets independent references, the residual's exact c₅, and bad input
//! (exit 2, nothing on stdout, one stderr line naming the flag).

mod common;

use rug::Rational;
use std::process::Command;
use taylormatch::coeff::{parse_exact, Coeff};

fn parse_q(s: &str) -> Rational {
    taylormatch::numeric::convert::q_to_rug(&parse_exact(s).unwrap().as_q().unwrap())
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_taylormatch"))
        .args(args)
        .output()
        .expect("run")
}

fn field(out: &str, label: &str) -> String {
    out.lines()
        .find(|l| l.starts_with(label))
        .and_then(|l| l.split(':').nth(1))
        .map(|s| s.trim().to_string())
        .unwrap_or_default()
}

#[test]
fn cli_prints_an_outward_rounded_enclosure_of_the_reference() {
    let out = run(&[
        "bound", "--a", "0.044715", "--target", "erf", "--digits", "6",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(field(&text, "max |error| ≥"), "0.000357865");
    assert_eq!(field(&text, "max |error| ≤"), "0.000357866");
    assert!(text.contains("tail |x| ≥"), "{text}");
    assert!(text.contains("±["), "{text}");
    let json = run(&[
        "bound", "--model", "sigmoid", "--k", "1.702", "--target", "gelu", "--format", "json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["converged"], serde_json::Value::Bool(true), "{v}");
    assert_eq!(v["level"], "gelu");
    // mpmath (mp.dps = 50, findroot on the derivative from the 0.01-grid maximum):
    // max |x·σ(1.702x) − GELU(x)| = 0.020334872209239230224 at x = 2.27039773719661
    let reference = parse_q("0.020334872209239230224");
    let lo = parse_q(v["lo"].as_str().unwrap());
    let hi = parse_q(v["hi"].as_str().unwrap());
    assert!(lo <= reference && reference <= hi, "{v}");
}

#[test]
fn cli_residual_prints_c5_exactly() {
    let out = run(&["bound", "--residual", "0.5"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("√(2/π)·(-4/(5π²) + 1/(3π) - 1/40)"), "{text}");
}

#[test]
fn cli_bad_input_exits_2_with_one_line_naming_the_flag() {
    let rows: &[(&[&str], &str)] = &[
        (&["bound", "--a", "nan"], "--a"),
        (&["bound", "--a", "symbolic"], "--a"),
        (&["bound"], "--a"),
        (&["bound", "--a", "-0.01"], "--a"),
        (&["bound", "--model", "sigmoid", "--k", "-1"], "--k"),
        (&["bound", "--model", "sigmoid", "--k", "0"], "--k"),
        (&["bound", "--model", "sigmoid", "--a", "0.04"], "--a"),
        (&["bound", "--a", "0.04", "--k", "1.7"], "--k"),
        (&["bound", "--a", "0.044715", "--range", "3:-3"], "--range"),
        (&["bound", "--a", "0.044715", "--range", "a:b"], "--range"),
        (&["bound", "--a", "0.044715", "--range", "1:1"], "--range"),
        (&["bound", "--a", "0.044715", "--range", "2:inf"], "--range"),
        (
            &["bound", "--a", "0.044715", "--target", "gelus"],
            "--target",
        ),
        (&["bound", "--model", "relu", "--a", "0.04"], "--model"),
        (&["bound", "--a", "0.044715", "--digits", "0"], "--digits"),
        (
            &["bound", "--a", "0.044715", "--tolerance", "0"],
            "--tolerance",
        ),
        (
            &["bound", "--a", "0.044715", "--tolerance", "2"],
            "--tolerance",
        ),
        (&["bound", "--a", "0.044715", "--bits", "10"], "--bits"),
        // 16384 bits already take more than 30 s; 65536 took hours
        (&["bound", "--a", "0.044715", "--bits", "8193"], "--bits"),
        (&["bound", "--a", "0.044715", "--bits", "65536"], "--bits"),
        (&["bound", "--residual", "0.5", "--bits", "65536"], "--bits"),
        (&["bound", "--residual", "0"], "--residual"),
        (&["bound", "--residual", "x"], "--residual"),
        (
            &["bound", "--residual", "0.5", "--a", "0.044715"],
            "--residual",
        ),
        (&["bound", "--residual", "0.5", "--bits", "8"], "--bits"),
        (&["bound", "--a", "0.044715", "--bits", "-5"], "--bits"),
        (&["bound", "--a", "0.044715", "--digits", "-5"], "--digits"),
        (&["bound", "--residual", "-1"], "--residual"),
        (&["bound", "--residual", "5"], "--residual"),
        (
            &["bound", "--a", "0.044715", "--tolerance", "-1e-3"],
            "--tolerance",
        ),
        (
            &["bound", "--a", "0.044715", "--tolerance", "1e"],
            "--tolerance",
        ),
    ];
    for (args, flag) in rows {
        common::assert_bad_input(args, flag);
    }
}

#[test]
fn a_missed_tolerance_exits_1_and_more_bits_meet_it() {
    // on [0, 10⁻³⁰] the error (≈ 6.58e-94, mpmath at 200 digits:
    // |e(10⁻³⁰)| = 6.5819422119823572721741704097e-94, the maximum as e is
    // monotone there) is below the rounding of 128-bit values ≈ 10⁻³⁰
    let args = ["bound", "--a", "0.044715", "--range", "0:1e-30"];
    let out = run(&args);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Verification failed"), "{text}");
    assert!(text.contains("544 bits"), "{text}");
    let boxes: usize = field(&text, "method")
        .split(|c: char| !c.is_ascii_digit())
        .find(|s| !s.is_empty())
        .and_then(|s| s.parse().ok())
        .unwrap();
    assert!(boxes <= 50_000, "{boxes} boxes");
    let out = run(&[&args[..], &["--bits", "544", "--digits", "12"]].concat());
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let (lo, hi) = (field(&text, "max |error| ≥"), field(&text, "max |error| ≤"));
    let r = parse_q("6.5819422119823572721741704097e-94");
    assert!(parse_q(&lo) <= r && r <= parse_q(&hi), "{lo} {hi}");
}
