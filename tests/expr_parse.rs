//! The expression parser: trees, refusals with their caret positions, did-you-mean,
//! and Display → parse round trips.

use proptest::prelude::*;
use taylormatch::coeff::q;
use taylormatch::expr::{parse, parse_spanned, Expr, Func};

fn n(a: i64, b: i64) -> Expr {
    Expr::Num(q(a, b))
}
fn p(s: &str) -> Expr {
    Expr::Param(s.into())
}
fn ok(s: &str) -> Expr {
    parse(s).unwrap_or_else(|e| panic!("{s:?}: {e}"))
}

#[test]
fn numbers_are_exact_rationals() {
    assert_eq!(ok("0.044715"), n(44715, 1_000_000));
    assert_eq!(ok("1.7e-3"), n(17, 10_000));
    assert_eq!(ok("1.7E+3"), n(1700, 1));
    assert_eq!(ok("1e−3"), n(1, 1000), "U+2212 inside an exponent");
    assert_eq!(ok(".5"), n(1, 2));
    assert_eq!(ok("5."), n(5, 1));
    assert_eq!(ok("007"), n(7, 1));
    assert_eq!(ok("1/2e1"), n(1, 1) / n(20, 1));
}

#[test]
fn operators_and_precedence() {
    let x = || Expr::X;
    assert_eq!(ok("1 + 2*x"), n(1, 1) + n(2, 1) * x());
    assert_eq!(ok("1 − x"), n(1, 1) - x());
    assert_eq!(ok("2·x×3"), n(2, 1) * x() * n(3, 1));
    assert_eq!(ok("-x^2"), -Expr::pow(x(), q(2, 1)));
    assert_eq!(ok("x**3"), Expr::pow(x(), q(3, 1)));
    assert_eq!(ok("x^-1"), Expr::pow(x(), q(-1, 1)));
    assert_eq!(ok("x^(−3/2)"), Expr::pow(x(), q(-3, 2)));
    assert_eq!(ok("x^1.5"), Expr::pow(x(), q(3, 2)));
    assert_eq!(
        ok("a²k³"),
        Expr::pow(p("a"), q(2, 1)) * Expr::pow(p("k"), q(3, 1))
    );
    assert_eq!(ok("π⁻¹"), Expr::pow(Expr::Pi, q(-1, 1)));
    assert_eq!(ok("2*-3"), n(2, 1) * -n(3, 1));
    assert_eq!(ok("a/b/c"), p("a") / p("b") / p("c"));
}

#[test]
fn implicit_products_where_they_cannot_surprise() {
    assert_eq!(ok("2x"), n(2, 1) * Expr::X);
    assert_eq!(ok("3pi"), n(3, 1) * Expr::Pi);
    assert_eq!(ok("2(x+1)"), n(2, 1) * (Expr::X + n(1, 1)));
    assert_eq!(ok("2π/3"), n(2, 1) * Expr::Pi / n(3, 1));
    assert_eq!(ok("aπ"), p("a") * Expr::Pi);
    assert_eq!(ok("3√2"), n(3, 1) * Expr::pow(n(2, 1), q(1, 2)));
    assert_eq!(ok("2exp(x)"), n(2, 1) * Expr::call(Func::Exp, Expr::X));
    assert_eq!(ok("2 x"), n(2, 1) * Expr::X);
}

#[test]
fn functions_roots_and_names() {
    assert_eq!(ok("sqrt(2/pi)"), Expr::pow(n(2, 1) / Expr::Pi, q(1, 2)));
    assert_eq!(ok("√(2/π)"), ok("sqrt(2/pi)"));
    assert_eq!(ok("atanh(x)"), Expr::call(Func::Artanh, Expr::X));
    assert_eq!(ok("Φ(x)"), Expr::call(Func::Phi, Expr::X));
    assert_eq!(ok("σ (x)"), Expr::call(Func::Sigmoid, Expr::X));
    assert_eq!(ok("pia"), p("pia"));
    assert_eq!(
        ok("c1*x + c3*x^3"),
        p("c1") * Expr::X + p("c3") * Expr::pow(Expr::X, q(3, 1))
    );
    assert_eq!(
        ok("tanh(sqrt(2/pi)*(x + a*x^3))"),
        Expr::call(
            Func::Tanh,
            Expr::pow(n(2, 1) / Expr::Pi, q(1, 2))
                * (Expr::X + p("a") * Expr::pow(Expr::X, q(3, 1)))
        )
    );
}

/// (input, 1-based character of the caret, words the message must contain)
const REFUSED: &[(&str, usize, &str)] = &[
    ("0.044 715", 7, "two numbers side by side"),
    ("2 3", 3, "two numbers side by side"),
    ("1.2.3", 4, "decimal point"),
    ("0x1p3", 1, "hexadecimal"),
    ("0b101", 1, "binary"),
    ("x 2", 3, "number cannot follow"),
    ("(x+1)2", 6, "number cannot follow"),
    ("1/2x", 4, "after '/'"),
    ("x^2y", 4, "after a ^ exponent"),
    ("x^1/2", 4, "x^(1/2)"),
    ("2^3^2", 4, "chained powers"),
    ("x^y", 3, "rational number"),
    ("x^(pi)", 3, "rational number"),
    ("x^100001", 3, "too large"),
    ("1e", 2, "decimal exponent"),
    ("1e-", 2, "decimal exponent"),
    ("2e", 2, "decimal exponent"),
    ("1e99999", 2, "decimal exponent"),
    ("e*x", 1, "exp(1)"),
    ("inf", 1, "not a number"),
    ("∞", 1, "--range"),
    ("tanh x", 1, "parentheses"),
    ("tanhh(x)", 1, "did you mean tanh?"),
    ("TANH(x)", 1, "did you mean tanh?"),
    ("sigmod(x)", 1, "did you mean sigmoid?"),
    ("foo(x)", 1, "unknown function \"foo\""),
    ("a(x+1)", 1, "not a function"),
    ("(1+x", 5, "expected ')'"),
    ("1+x)", 4, "unmatched ')'"),
    ("", 1, "empty"),
    ("   ", 1, "empty"),
    ("1+", 3, "unexpected end"),
    ("2*/3", 3, "expected a number"),
    ("1,5", 2, "unexpected character ','"),
    ("α+1", 1, "unexpected character"),
    ("1_000", 2, "unexpected character '_'"),
];

#[test]
fn refusals_point_at_the_offending_character() {
    let mut bad = Vec::new();
    for &(src, col, words) in REFUSED {
        match parse_spanned(src) {
            Ok(e) => bad.push(format!("{src:?} was read as {e}")),
            Err(e) => {
                if e.pos + 1 != col || !e.msg.contains(words) {
                    bad.push(format!(
                        "{src:?}: got character {} {:?}, want {col} {words:?}",
                        e.pos + 1,
                        e.msg
                    ));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn the_message_shows_the_input_with_a_caret() {
    let msg = taylormatch::expr::parse_in("--a", "0.044 715")
        .unwrap_err()
        .to_string();
    let lines: Vec<&str> = msg.lines().collect();
    assert_eq!(lines.len(), 3, "{msg}");
    assert!(
        lines[0].starts_with("--a: cannot read \"0.044 715\": two numbers"),
        "{msg}"
    );
    assert_eq!(lines[1], "  0.044 715");
    assert_eq!(lines[2], "        ^");
    // a long input is shown as a window around the caret
    let long = format!("{}+)", "x+".repeat(200));
    let msg = parse(&long).unwrap_err().to_string();
    let lines: Vec<&str> = msg.lines().collect();
    assert!(
        lines[1].chars().count() < 70 && lines[0].chars().count() < 200,
        "{msg}"
    );
    let caret = lines[2].chars().position(|c| c == '^').unwrap();
    assert_eq!(lines[1].chars().nth(caret), Some(')'), "{msg}");
}

#[test]
fn bounds_on_depth_and_length() {
    let deep = format!("{}1{}", "(".repeat(300), ")".repeat(300));
    assert!(parse_spanned(&deep)
        .unwrap_err()
        .msg
        .contains("nested deeper"));
    let signs = format!("{}1", "-".repeat(300));
    assert!(parse_spanned(&signs)
        .unwrap_err()
        .msg
        .contains("nested deeper"));
    let roots = format!("{}2", "√".repeat(300));
    assert!(parse_spanned(&roots)
        .unwrap_err()
        .msg
        .contains("nested deeper"));
    let long = "1+".repeat(60_000) + "1";
    assert!(parse_spanned(&long)
        .unwrap_err()
        .msg
        .contains("longer than"));
    let fine = format!("{}1{}", "(".repeat(150), ")".repeat(150));
    assert_eq!(ok(&fine), n(1, 1));
}

fn leaf() -> impl Strategy<Value = Expr> {
    prop_oneof![
        (-30i64..30, 1i64..9).prop_map(|(a, b)| Expr::Num(q(a, b))),
        Just(Expr::Pi),
        Just(Expr::X),
        prop::sample::select(vec!["a", "k", "c3"]).prop_map(|s| Expr::Param(s.into())),
    ]
}

fn tree() -> impl Strategy<Value = Expr> {
    leaf().prop_recursive(4, 24, 2, |inner| {
        let func = prop::sample::select(Func::ALL.iter().map(|(f, _)| *f).collect::<Vec<_>>());
        prop_oneof![
            inner.clone().prop_map(|a| -a),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| a + b),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| a - b),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| a * b),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| a / b),
            (inner.clone(), -4i64..5, 1i64..3).prop_map(|(a, n, d)| Expr::pow(a, q(n, d))),
            (func, inner).prop_map(|(f, a)| Expr::call(f, a)),
        ]
    })
}

/// Folds what Display prints as text the parser reads as an operation:
/// −n → Num(−n), n/m → Num(n/m) (bottom-up).
fn norm(e: &Expr) -> Expr {
    let b = |a: &Expr| Box::new(norm(a));
    match e {
        Expr::Neg(a) => match norm(a) {
            Expr::Num(v) => Expr::Num(-v),
            a => -a,
        },
        Expr::Div(a, d) => match (norm(a), norm(d)) {
            (Expr::Num(u), Expr::Num(v)) if v != q(0, 1) => Expr::Num(u / v),
            (a, d) => a / d,
        },
        Expr::Add(a, c) => Expr::Add(b(a), b(c)),
        Expr::Sub(a, c) => Expr::Sub(b(a), b(c)),
        Expr::Mul(a, c) => Expr::Mul(b(a), b(c)),
        Expr::Pow(a, k) => Expr::Pow(b(a), k.clone()),
        Expr::Call(f, a) => Expr::Call(*f, b(a)),
        _ => e.clone(),
    }
}

proptest! {
    /// Display prints the parser's syntax: the text reads back to the same tree,
    /// up to −n and n/m being read as operations on numbers.
    #[test]
    fn display_reads_back(e in tree()) {
        let text = e.to_string();
        let back = parse(&text).map_err(|err| TestCaseError::fail(format!("{text:?}: {err}")))?;
        prop_assert_eq!(norm(&back), norm(&e), "{}", text);
    }

    #[test]
    fn never_panics(s in "[0-9a-z()+*/^ .eπ√²⁻−·-]{0,30}") {
        let _ = parse(&s);
    }
}

/// A found case: `0/0^2/0` printed without parentheses was refused as an
/// ambiguous bare exponent before `/`.
#[test]
fn a_quotient_ending_in_a_power_reads_back() {
    let z = || Expr::Num(q(0, 1));
    let e = (z() / Expr::pow(z(), q(2, 1))) / z();
    let text = e.to_string();
    assert_eq!(text, "(0/0^2)/0");
    assert_eq!(norm(&parse(&text).unwrap()), norm(&e));
    let e = (Expr::X * Expr::pow(Expr::X, q(2, 1))) / Expr::Num(q(3, 1));
    assert_eq!(e.to_string(), "(x*x^2)/3");
    assert_eq!(parse(&e.to_string()).unwrap(), e);
}
