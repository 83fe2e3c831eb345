//! `--notation` reaches `report`, `explain` and `verify`: their exact values
//! are printed from structure. The SymPy text of each is what
//! tests/data/notation_report_sympy.py checked with sympify (against SymPy's
//! own series, a closed form, or the decimal printed beside it) and stored in
//! tests/data/notation_report_sympy.tsv (SymPy is not needed here); LaTeX
//! sets them as `\frac` math.

mod common;
use common::run;
use serde_json::Value as J;

fn json(args: &[&str]) -> J {
    let (code, out, err) = run(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).expect("json")
}

/// The value at a stored key: `series.3.erf` (table row by power),
/// `literals.4.exact` (row index), `step1.b3` (a verify step's value), `c5`.
fn lookup<'a>(v: &'a J, key: &str) -> Option<&'a str> {
    let parts: Vec<&str> = key.split('.').collect();
    match parts.as_slice() {
        [k] => v[*k].as_str(),
        [table @ ("series" | "residual"), power, col] => {
            let p: u64 = power.parse().ok()?;
            v[*table]
                .as_array()?
                .iter()
                .find(|r| r["power"].as_u64() == Some(p))?[*col]
                .as_str()
        }
        ["literals", i, col] => v["literals"][i.parse::<usize>().ok()?][*col].as_str(),
        [step, name] => {
            let n: u64 = step.strip_prefix("step")?.parse().ok()?;
            let s = v["steps"]
                .as_array()?
                .iter()
                .find(|s| s["number"].as_u64() == Some(n))?;
            s["values"].as_array()?.iter().find(|x| x["key"] == *name)?["exact"].as_str()
        }
        _ => None,
    }
}

#[test]
fn sympy_text_of_report_explain_verify_is_what_sympy_checked() {
    let sympy = ["--notation", "sympy", "--format", "json"];
    let report = json(&[&["report", "--order", "6"][..], &sympy[..]].concat());
    let explain = json(&[&["explain"][..], &sympy[..]].concat());
    let verify = json(&[&["verify"][..], &sympy[..]].concat());
    let stored = include_str!("data/notation_report_sympy.tsv");
    let mut seen = [0usize; 3];
    for line in stored.lines().filter(|l| !l.starts_with('#')) {
        let c: Vec<&str> = line.split('\t').collect();
        let (v, i) = match c[0] {
            "report" => (&report, 0),
            "explain" => (&explain, 1),
            _ => (&verify, 2),
        };
        assert_eq!(lookup(v, c[1]), Some(c[2]), "{} {}", c[0], c[1]);
        seen[i] += 1;
    }
    assert!(seen.iter().all(|&n| n >= 10), "{seen:?}");
    // the default is Unicode, from the same structure
    let plain = json(&["explain", "0.044715", "--format", "json"]);
    assert_eq!(lookup(&plain, "literals.1.exact"), Some("2/(3π) - 1/6"));
}

#[test]
fn latex_and_mathematica_come_from_the_same_structure() {
    let (code, tex, err) = run(&["verify", "--format", "latex"]);
    assert_eq!(code, 0, "{err}");
    assert!(tex.contains("$\\frac{2}{3 \\pi} - \\frac{1}{6}$"), "{tex}");
    let m = json(&[
        "explain",
        "0.7978845608",
        "--notation",
        "mathematica",
        "--format",
        "json",
    ]);
    assert_eq!(lookup(&m, "literals.0.exact"), Some("Sqrt[2/Pi]"));
}
