//! `--notation` on the commands: the SymPy text of `coeffs` and `derive`
//! is what SymPy read back and compared with its own series when stored
//! (tests/data/notation_cli_sympy.py wrote tests/data/notation_cli_sympy.tsv;
//! SymPy is not needed here); Mathematica and LaTeX forms come from the same
//! structure; HTML sets exact values as MathML, LaTeX as math; a bad name
//! exits 2 naming the flag.

mod common;
use common::{bad_input_failure, run};

fn exacts(args: &[&str]) -> Vec<(u64, String)> {
    let (code, out, err) = run(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    v["coefficients"]
        .as_array()
        .expect("coefficients")
        .iter()
        .map(|c| {
            (
                c["power"].as_u64().expect("power"),
                c["exact"].as_str().expect("exact").to_string(),
            )
        })
        .collect()
}

#[test]
fn sympy_text_of_coeffs_and_derive_is_what_sympy_checked() {
    let stored = include_str!("data/notation_cli_sympy.tsv");
    let common = [
        "--order",
        "10",
        "--notation",
        "sympy",
        "--format",
        "json",
        "--exact-only",
    ];
    let coeffs = exacts(&[&["coeffs", "gelu-tanh"][..], &common[..]].concat());
    let derive = exacts(&[&["derive"][..], &common[..]].concat());
    let mut n = 0;
    for line in stored.lines().filter(|l| !l.starts_with('#')) {
        let c: Vec<&str> = line.split('\t').collect();
        let power: u64 = c[1].parse().expect("power");
        let got = if c[0] == "coeffs" { &coeffs } else { &derive };
        let text = got
            .iter()
            .find(|(p, _)| *p == power)
            .map(|(_, t)| t.as_str());
        assert_eq!(text, Some(c[2]), "{} x^{power}", c[0]);
        n += 1;
    }
    assert_eq!(n, 15);
}

#[test]
fn mathematica_and_latex_forms_and_the_default() {
    let m = exacts(&[
        "derive",
        "--order",
        "6",
        "--notation",
        "mathematica",
        "--format",
        "json",
    ]);
    assert_eq!(m[1].1, "2/(3*Pi) - 1/6");
    let l = exacts(&[
        "derive",
        "--order",
        "6",
        "--notation",
        "latex",
        "--format",
        "json",
    ]);
    assert_eq!(l[1].1, "\\frac{2}{3 \\pi} - \\frac{1}{6}");
    let u = exacts(&["derive", "--order", "6", "--format", "json"]);
    assert_eq!(u[1].1, "2/(3π) - 1/6");
    // the GMP term route (tanh) is read back exactly for other notations
    let t = exacts(&[
        "coeffs",
        "tanh",
        "--order",
        "6",
        "--notation",
        "sympy",
        "--format",
        "json",
    ]);
    assert_eq!(t[3].1, "-1/3");
    assert_eq!(t[5].1, "2/15");
}

#[test]
fn html_sets_exact_values_as_mathml_and_latex_as_math() {
    let (code, html, _) = run(&["derive", "--order", "6", "--format", "html"]);
    assert_eq!(code, 0);
    assert!(
        html.contains("<math><mrow><mfrac><mn>2</mn><mrow><mn>3</mn><mo>&#x2062;</mo><mi>π</mi></mrow></mfrac>"),
        "{html}"
    );
    let (code, tex, _) = run(&["derive", "--order", "6", "--format", "latex"]);
    assert_eq!(code, 0);
    assert!(tex.contains("$\\frac{2}{3 \\pi} - \\frac{1}{6}$"), "{tex}");
}

#[test]
fn a_bad_notation_exits_2_naming_the_flag() {
    if let Some(f) = bad_input_failure(&["coeffs", "erf", "--notation", "maple"], "--notation") {
        panic!("{f}");
    }
}
