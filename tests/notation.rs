//! `--notation`: exact values printed for SymPy, Mathematica and LaTeX from
//! the `Sym` structure.
//!
//! The SymPy cases in tests/data/notation_sympy.tsv were checked with SymPy
//! when they were stored (tests/data/notation_sympy.py): `sympify(text)`
//! minus an independently written SymPy expression of the same value
//! simplifies to 0, and the srepr column is SymPy's canonical form of the
//! text. SymPy is not needed to run this test.

use taylormatch::coeff::{parse_exact, Notation};

fn fmt(n: Notation, s: &str) -> String {
    n.format(&parse_exact(s).unwrap_or_else(|e| panic!("{s}: {e}")))
}

#[test]
fn sympy_text_is_what_sympy_read_back() {
    let data = include_str!("data/notation_sympy.tsv");
    let mut n = 0;
    for line in data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "{line}");
        assert_eq!(fmt(Notation::Sympy, cols[0]), cols[1], "input {}", cols[0]);
        n += 1;
    }
    assert!(n >= 15, "only {n} cases");
}

#[test]
fn mathematica_input_form() {
    let m = |s| fmt(Notation::Mathematica, s);
    assert_eq!(m("2/(3π) - 1/6"), "2/(3*Pi) - 1/6");
    assert_eq!(m("-√(2/π)/6"), "-Sqrt[2/Pi]/6");
    assert_eq!(m("π²/3 - 1/(5π³)"), "-1/(5*Pi^3) + Pi^2/3");
    assert_eq!(m("1/(π√π)"), "1/(Pi*Sqrt[Pi])");
    assert_eq!(m("3a² - 7/2"), "3*a^2 - 7/2");
    assert_eq!(m("0"), "0");
}

#[test]
fn latex_from_the_structure() {
    let l = |s| fmt(Notation::Latex, s);
    assert_eq!(l("2/(3π) - 1/6"), "\\frac{2}{3 \\pi} - \\frac{1}{6}");
    assert_eq!(l("-√(2/π)/6"), "-\\frac{\\sqrt{2/\\pi}}{6}");
    assert_eq!(l("1/√π"), "\\frac{1}{\\sqrt{\\pi}}");
    assert_eq!(l("c1·a³/5 - c3"), "\\frac{{a}^{3} c_{1}}{5} - c_{3}");
    assert_eq!(l("π²"), "\\pi^{2}");
}

#[test]
fn unicode_is_the_readable_form() {
    let s = parse_exact("2/(3π) - 1/6").unwrap();
    assert_eq!(Notation::Unicode.format(&s), s.to_string());
}

#[test]
fn notation_names_are_checked() {
    for (i, name) in Notation::NAMES.iter().enumerate() {
        let n = Notation::parse(name).unwrap();
        assert_eq!(Notation::NAMES[i], *name);
        assert_eq!(n == Notation::Unicode, i == 0);
    }
    let e = taylormatch::cli::render(&Notation::parse("maple").unwrap_err());
    assert!(e.contains("--notation") && e.contains("sympy"), "{e}");
}

/// Prints "input<TAB>sympy text" for tests/data/notation_cases.txt, the
/// input of tests/data/notation_sympy.py (run by hand with --ignored).
#[test]
#[ignore]
fn print_sympy_cases() {
    for s in include_str!("data/notation_cases.txt").lines() {
        println!("{s}\t{}", fmt(Notation::Sympy, s));
    }
}

#[test]
fn sympy_names_that_sympify_would_misread_are_symbols() {
    use taylormatch::coeff::Sym;
    assert_eq!(Notation::Sympy.format(&Sym::var("E")), "Symbol('E')");
    assert_eq!(Notation::Sympy.format(&Sym::var("a_3")), "Symbol('a_3')");
    assert_eq!(Notation::Sympy.format(&Sym::var("c1")), "c1");
    assert_eq!(
        Notation::Mathematica.format(&Sym::var("a_3")),
        "Subscript[a, 3]"
    );
    assert_eq!(Notation::Latex.format(&Sym::var("a_3")), "a_{3}");
}
