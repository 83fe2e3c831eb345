//! Values in prose are values of the document (`Block::Prose`), not digits
//! baked into a string: LaTeX sets a decimal in prose as math
//! (`1.1×10⁻¹¹`), an exact value from its structure, and `--notation`
//! reaches the exact values of a paragraph. The figures are checked against
//! an independent route: the grid drift 19999·|fl(−10 + 0.001) + 10 − 0.001|
//! = 1.108391245452367e-11 (Python's fractions on the float64 value),
//! curve_fit's ftol 1.49012e-8, k = 2√(2/π) ≈ 1.596 (mpmath: 1.5957691216).

mod common;
use common::run;

fn out(args: &[&str]) -> String {
    let (code, out, err) = run(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

#[test]
fn decimals_in_prose_are_set_as_numbers_in_latex() {
    let tex = out(&["compare", "--digits", "8", "--format", "latex"]);
    assert!(
        tex.contains("by up to $1.1\\times 10^{-11}$, which changes"),
        "the grid drift as a number: {tex}"
    );
    let tex = out(&["fit", "--float64", "--format", "latex"]);
    assert!(
        tex.contains("ftol = xtol = $1.49012\\times 10^{-8}$"),
        "{tex}"
    );
    // the same paragraph in text keeps the digits as computed
    let text = out(&["fit", "--float64"]);
    assert!(text.contains("ftol = xtol = 1.49012e-8"), "{text}");
}

#[test]
fn exact_values_in_prose_follow_the_notation() {
    let args = ["report", "--order", "6", "--format", "json"];
    let notes = |extra: &[&str]| -> String {
        let a = [&args[..], extra].concat();
        let v: serde_json::Value = serde_json::from_str(&out(&a)).unwrap();
        v["notes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_str().unwrap().to_string())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let sympy = notes(&["--notation", "sympy"]);
    assert!(
        sympy.contains("slope, k = 2*sqrt(2/pi) ≈ 1.596,"),
        "{sympy}"
    );
    assert!(
        sympy.contains("gives a = 2/(3*pi) - 1/6 = (4 - π)/(6π) ≈ 0.0455399241"),
        "{sympy}"
    );
    let unicode = notes(&[]);
    assert!(unicode.contains("slope, k = 2√(2/π) ≈ 1.596,"), "{unicode}");
    let tex = out(&["report", "--order", "6", "--format", "latex"]);
    assert!(
        tex.contains("slope, k = $2 \\sqrt{2/\\pi}$"),
        "k from its structure"
    );
}
