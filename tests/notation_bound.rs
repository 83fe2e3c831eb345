//! `--notation` reaches `bound` (and `catalogue` takes it like every other
//! command): the exact values of bound's documents (a, k, the residual's c
//! and c₅, r, the tolerance, an expression's parameters) are printed from
//! structure. The SymPy text of each is what tests/data/notation_bound_sympy.py
//! checked with sympify against a closed form or SymPy's own series, stored
//! in tests/data/notation_bound_sympy.tsv (SymPy is not needed here).

mod common;
use common::cases::BOUND_EXPR;
use common::{run, with};
use serde_json::Value as J;

/// The command line of each stored case.
const CASES: &[(&str, &[&str])] = &[
    ("tanh-paper", &["bound", "--a", "0.044715"]),
    (
        "tanh-analytic",
        &["bound", "--a", "analytic", "--tolerance", "1e-9"],
    ),
    (
        "sigmoid-matched",
        &["bound", "--model", "sigmoid", "--k", "matched"],
    ),
    ("residual-erf", &["bound", "--residual", "0.5"]),
    (
        "residual-gelu",
        &["bound", "--residual", "0.25", "--target", "gelu"],
    ),
    ("expr-k", BOUND_EXPR),
];

/// The JSON of `args --notation NOTATION` (exit 0: bound never verifies).
fn json(args: &[&str], notation: &str) -> J {
    common::json(&with(args, &["--notation", notation]))
}

/// The value at a stored key: `a`, `c5`, or `params.NAME` (the exact column
/// of the parameter table).
fn lookup<'a>(v: &'a J, key: &str) -> Option<&'a str> {
    match key.strip_prefix("params.") {
        Some(name) => v["params"].as_array()?.iter().find(|r| r["name"] == name)?["exact"].as_str(),
        None => v[key].as_str(),
    }
}

#[test]
fn sympy_text_of_bound_is_what_sympy_checked() {
    let stored = include_str!("data/notation_bound_sympy.tsv");
    let mut seen = 0;
    for (case, args) in CASES {
        let v = json(args, "sympy");
        for line in stored.lines().filter(|l| !l.starts_with('#')) {
            let c: Vec<&str> = line.split('\t').collect();
            if c[0] == *case {
                assert_eq!(lookup(&v, c[1]), Some(c[2]), "{case} {}", c[1]);
                seen += 1;
            }
        }
    }
    assert!(seen >= 14, "{seen} stored values checked");
}

#[test]
fn unicode_mathematica_and_latex_come_from_the_same_structure() {
    let u = json(CASES[1].1, "unicode");
    assert_eq!(u["a"], "2/(3π) - 1/6");
    assert_eq!(u["a_decimal"], "0.04553992412252711");
    let m = json(CASES[2].1, "mathematica");
    assert_eq!(m["k"], "2*Sqrt[2/Pi]");
    let (code, tex, err) = run(&["bound", "--residual", "0.5", "--format", "latex"]);
    assert_eq!(code, 0, "{err}");
    assert!(tex.contains("$\\frac{1}{2}$"), "r as a fraction: {tex}");
    assert!(
        tex.contains("\\frac{\\sqrt{2/\\pi}}{40}"),
        "c₅ as a fraction: {tex}"
    );
}

#[test]
fn catalogue_takes_the_output_options_of_every_command() {
    for notation in ["unicode", "sympy", "mathematica", "latex"] {
        let (code, out, err) = run(&[
            "catalogue",
            "quick-gelu",
            "--notation",
            notation,
            "--format",
            "json",
        ]);
        assert!(code <= 1, "{notation}: {err}");
        let v: J = serde_json::from_str(&out).unwrap();
        assert_eq!(v["catalogue"][0]["name"], "quick-gelu");
    }
    // --digits is obeyed: 4 significant digits of the certified maximum 0.02033487…
    let (_, out, _) = run(&[
        "catalogue",
        "quick-gelu",
        "--digits",
        "4",
        "--format",
        "csv",
    ]);
    assert!(out.contains("0.02033"), "{out}");
}
