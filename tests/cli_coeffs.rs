//! The real binary: every output format of `coeffs`, `--list`,
//! `--exact-only`, a closed pipe, and one error per kind of bad input.

mod common;
use common::field;

use std::io::Read;
use std::process::{Command, Output, Stdio};
use taylormatch::coeff::parse_exact;
use taylormatch::functions::{named_series, Params};
use taylormatch::numeric::Enclose;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_taylormatch"))
        .args(args)
        .output()
        .expect("binary runs")
}

fn ok(args: &[&str]) -> String {
    let o = run(args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(o.stderr.is_empty(), "{args:?} wrote to stderr");
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn json_has_every_power_with_exact_and_decimal() {
    let out = ok(&[
        "coeffs",
        "erf-sqrt2",
        "--order",
        "12",
        "--digits",
        "20",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["function"], "erf-sqrt2");
    assert_eq!(v["order"], 12);
    let cs = v["coefficients"].as_array().unwrap();
    assert_eq!(cs.len(), 12);
    let s = named_series("erf-sqrt2", 12, &Params::default()).unwrap();
    for (i, c) in cs.iter().enumerate() {
        assert_eq!(c["power"], i);
        let exact = parse_exact(c["exact"].as_str().unwrap()).unwrap();
        assert_eq!(&exact, s.coeff(i).unwrap());
        assert_eq!(c["decimal"].as_str().unwrap(), exact.decimal(20).unwrap());
    }
    assert_eq!(cs[2]["exact"], "0");
    assert_eq!(cs[2]["decimal"], "0");
    // mpmath: nstr(sqrt(2/pi), 20) and nstr(-sqrt(2/pi)/6, 20)
    assert_eq!(cs[1]["decimal"], "0.79788456080286535588");
    assert_eq!(cs[3]["decimal"], "-0.13298076013381089265");
}

#[test]
fn json_symbolic_decimal_is_null() {
    let out = ok(&["coeffs", "gelu-tanh", "--order", "5", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let c4 = &v["coefficients"][4];
    assert_eq!(c4["exact"], "√(2/π)·(a/2 - 1/(3π))");
    assert!(c4["decimal"].is_null());
}

#[test]
fn text_markdown_csv_latex() {
    let args = |f: &'static str| {
        [
            "coeffs", "tanh", "--order", "8", "--digits", "6", "--format", f,
        ]
    };
    let text = ok(&args("text"));
    assert!(
        text.contains("-17/315") && text.contains("-0.0539683"),
        "{text}"
    );
    let md = ok(&args("markdown"));
    assert!(md.contains("| 7 | -17/315 | -0.0539683 |"), "{md}");
    let csv = ok(&args("csv"));
    // one table: the fields as `fields,KEY,VALUE` rows, then the coefficients
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "table,field,value,power,exact,decimal");
    assert!(lines.contains(&"fields,order,8,,,"), "{csv}");
    let coeffs: Vec<&str> = lines
        .iter()
        .filter_map(|l| l.strip_prefix("coefficients,,,"))
        .collect();
    assert_eq!(coeffs.len(), 8);
    assert_eq!(coeffs[3], "3,-1/3,-0.333333");
    assert_eq!(coeffs[7], "7,-17/315,-0.0539683");
    let tex = ok(&args("latex"));
    assert!(
        tex.contains("\\begin{tabular}") && tex.contains("-\\frac{17}{315}"),
        "{tex}"
    );
}

/// The digits field says what the table shows: text and LaTeX without
/// `--digits` compute 30 digits, show 12 and say so; JSON, CSV, markdown and
/// an explicit `--digits` show the count alone (and every digit).
#[test]
fn digits_field_says_what_is_shown() {
    // √(2/π)/2, mpmath nstr(sqrt(2/pi)/2, 30)
    let full = "0.398942280401432677939946059934";
    for func in ["gelu", "x*(1 + erf(x/sqrt(2)))/2"] {
        let text = ok(&["coeffs", func, "--order", "3"]);
        assert!(
            field(&text, "decimal digits") == "30 (shown rounded to 12)",
            "{func}: {text}"
        );
        assert!(
            text.contains(" 0.398942280401 ") && !text.contains(full),
            "{func}: {text}"
        );
        let explicit = ok(&["coeffs", func, "--order", "3", "--digits", "30"]);
        assert_eq!(field(&explicit, "decimal digits"), "30", "{func}");
        assert!(explicit.contains(full), "{func}: {explicit}");
        let json = ok(&["coeffs", func, "--order", "3", "--format", "json"]);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["digits"], 30, "{func}");
        assert_eq!(v["coefficients"][2]["decimal"], full, "{func}");
        let tex = ok(&["coeffs", func, "--order", "3", "--format", "latex"]);
        assert!(
            tex.contains("\\item decimal digits: 30 (shown rounded to 12)\n"),
            "{func}: {tex}"
        );
        let csv = ok(&["coeffs", func, "--order", "3", "--format", "csv"]);
        assert!(
            csv.lines().any(|l| l == "fields,digits,30,,,"),
            "{func}: {csv}"
        );
        let md = ok(&["coeffs", func, "--order", "3", "--format", "markdown"]);
        assert!(md.contains("- **decimal digits**: 30\n"), "{func}: {md}");
    }
}

#[test]
fn list_and_exact_only() {
    let list = ok(&["coeffs", "--list"]);
    for name in [
        "erf",
        "erf-sqrt2",
        "phi",
        "tanh",
        "artanh",
        "sigmoid",
        "gelu",
        "gelu-tanh",
        "gelu-sigmoid",
    ] {
        assert!(list.contains(name), "{name} missing from --list");
    }
    let csv = ok(&[
        "coeffs",
        "tanh",
        "--order",
        "6",
        "--exact-only",
        "--format",
        "csv",
    ]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "table,field,value,power,exact");
    assert!(
        !lines.iter().any(|l| l.starts_with("fields,digits")),
        "no decimals, no digits: {csv}"
    );
    assert_eq!(
        lines
            .iter()
            .filter_map(|l| l.strip_prefix("coefficients,,,"))
            .collect::<Vec<_>>(),
        ["0,0", "1,1", "2,0", "3,-1/3", "4,0", "5,2/15"]
    );
}

#[test]
fn closed_pipe_is_quiet() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_taylormatch"))
        .args(["coeffs", "tanh", "--order", "5000", "--exact-only"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert_eq!(status.code(), Some(0));
    assert_eq!(err, "");
}

#[test]
fn bad_input_exits_2_with_one_line_naming_the_flag() {
    let cases: &[(&[&str], &str)] = &[
        (&["coeffs", "nope"], "FUNC must be one of"),
        (
            &["coeffs", "tanh", "--order", "0"],
            "--order must be an integer from 1 to 1000000 (got \"0\")",
        ),
        (
            &["coeffs", "tanh", "--order", "99999999999"],
            "--order must be an integer from 1 to 1000000 (got \"99999999999\")",
        ),
        (
            &["coeffs", "tanh", "--order", "abc"],
            "--order must be an integer",
        ),
        (
            &["coeffs", "tanh", "--order", "999999"],
            "--order 999999 would write up to",
        ),
        // issue 11: ~6.5 GB of text, and gelu-tanh with a number grows like N³
        (&["coeffs", "tanh", "--order", "30000"], "pass --force"),
        (
            &["coeffs", "gelu-tanh", "--a", "0.044715", "--order", "3000"],
            "GB of gelu-tanh coefficients",
        ),
        (
            &["coeffs", "tanh", "--digits", "0"],
            "--digits must be an integer from 1",
        ),
        (
            &["coeffs", "tanh", "--digits", "1e9"],
            "--digits must be an integer from 1",
        ),
        (
            &["coeffs", "tanh", "--format", "xml"],
            "--format must be one of",
        ),
        (
            &["coeffs", "gelu-tanh", "--a", "nan"],
            "--a: cannot read \"nan\": \"nan\" is not a number",
        ),
        (
            &["coeffs", "gelu-tanh", "--a", "1/0"],
            "--a: division by zero",
        ),
        (
            &["coeffs", "tanh", "--a", "0.1"],
            "--a applies only to gelu-tanh",
        ),
        (
            &["coeffs", "gelu-sigmoid", "--k", "abc"],
            "--k must be a number",
        ),
        (
            &["coeffs", "erf", "--k", "1.7"],
            "--k applies only to gelu-sigmoid",
        ),
        (
            &["coeffs", "gelu-tanh", "--order", "3000"],
            "--order 3000 with a symbolic parameter",
        ),
    ];
    for (args, needle) in cases {
        common::assert_bad_input(args, needle);
    }
}
