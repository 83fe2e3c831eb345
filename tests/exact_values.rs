//! Exact values through the one grammar (`expr::parse_value`): values against
//! Sym arithmetic built directly and decimals from mpmath; refusals of free
//! symbols before simplification; the work bounds; the same text giving the
//! same value in every numeric flag.

use taylormatch::cli::values;
use taylormatch::coeff::{q, Coeff, Sym};
use taylormatch::expr::parse_value;
use taylormatch::numeric::Enclose;

fn val(s: &str) -> Sym {
    parse_value(s, &[]).unwrap_or_else(|e| panic!("{s:?}: {e}"))
}
fn r(n: i64, d: i64) -> Sym {
    Sym::rational(q(n, d))
}
fn err(s: &str, allowed: &[&str]) -> String {
    match parse_value(s, allowed) {
        Ok(v) => panic!("{s:?} was read as {v}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn values_against_direct_sym_arithmetic() {
    let pi = Sym::pi();
    assert_eq!(val("0.044715"), r(44715, 1_000_000));
    assert_eq!(val("2/(3π) - 1/6"), Sym::t().mul_q(&q(1, 3)).sub(&r(1, 6)));
    assert_eq!(val("(4 - π)/(6π)"), val("2/(3pi) - 1/6"));
    assert_eq!(val("√(2/π)"), Sym::sqrt_2_over_pi());
    assert_eq!(val("sqrt(8/pi)"), Sym::sqrt_2_over_pi().mul_q(&q(2, 1)));
    assert_eq!(val("(2/π)^(1/2)"), Sym::sqrt_2_over_pi());
    assert_eq!(val("(π/2)^(-1/2)"), Sym::sqrt_2_over_pi());
    assert_eq!(val("2^(3/2)"), Sym::radical(true, 0).mul_q(&q(2, 1)));
    assert_eq!(val("π⁻²"), pi.mul(&pi).inv().unwrap());
    assert_eq!(val("-2^2"), r(-4, 1));
    assert_eq!(val("(-2)^3"), r(-8, 1));
    assert_eq!(val("1/2e1"), r(1, 20));
    assert_eq!(val("2−1e−3"), r(1999, 1000));
    // (1+π)^64 against the binomial sum built term by term
    let mut binom = Sym::default();
    let mut c = num_bigint::BigInt::from(1);
    let mut pk = Sym::one();
    for k in 0..=64u32 {
        binom = binom.add(&pk.mul_q(&taylormatch::coeff::Q::from_integer(c.clone())));
        c = c * (64 - k) / (k + 1);
        pk = pk.mul(&pi);
    }
    assert_eq!(val("(1+π)^64"), binom);
}

#[test]
fn decimals_against_mpmath() {
    // mpmath, mp.dps = 50
    let cases = [
        (
            "(4 - π)/(6π)",
            "0.04553992412252711435851168449668581604595",
        ),
        (
            "√(8/π)·(1/3 - π/12)³",
            "0.0005841260789776956896665282183472106139304",
        ),
        (
            "2^(1/2)·π^(-3/2)",
            "0.2539745437369638791430532197385440806202",
        ),
    ];
    for (text, mp) in cases {
        let d = val(text).decimal(30).unwrap();
        let got = val(&d);
        let want = val(mp);
        // |got − want| < 10⁻²⁹·|want|: 30 significant digits, correctly rounded
        let diff = got.sub(&want).as_q().unwrap();
        let w = want.as_q().unwrap();
        let bound = w * q(1, 10).pow(29);
        assert!(
            diff.clone() * diff.clone() < bound.clone() * bound,
            "{text}: {d} vs {mp}"
        );
    }
}

#[test]
fn free_symbols_are_refused_before_simplification_by_name() {
    assert!(err("a - a", &[]).contains("\"a\""));
    assert!(err("0*k", &[]).contains("\"k\""));
    assert!(err("a+b", &["a"]).contains("\"b\""));
    assert_eq!(parse_value("a - a", &["a"]).unwrap(), Sym::default());
    assert!(err("0.04x", &[]).contains("series variable"));
    assert!(err("tanh(1)", &[]).contains("tanh"));
    assert!(err("x1p3", &[]).contains("x1p3"));
    assert!(err("0x1p3", &[]).contains("hexadecimal"));
}

#[test]
fn values_without_an_exact_form_are_refused() {
    assert!(err("1/0", &[]).contains("division by zero"));
    assert!(err("1/(1+π)", &[]).contains("single term"));
    assert!(err("sqrt(3)", &[]).contains("square root"));
    assert!(err("sqrt(-2)", &[]).contains("square root"));
    assert!(err("2^(1/3)", &[]).contains("half-integer"));
    assert!(err("0^-1", &[]).contains("negative power of 0"));
    assert!(err("(1+π)^-2", &[]).contains("negative power of a sum"));
}

#[test]
fn the_work_is_bounded_before_expanding() {
    for s in [
        "(a+b+c+d+f+g+h+i)^64",
        "((1+π)^64)^64",
        "(1e10000)^10000",
        "((a^1000)^1000)^1000",
        "(1+π)^10000",
    ] {
        let m = err(s, &["a", "b", "c", "d", "f", "g", "h", "i"]);
        assert!(m.contains("too large"), "{s}: {m}");
    }
    // `e` is not a name (Euler's number is exp(1)): refused, never read as a symbol
    assert!(err("(a+b+c+d+e+f+g+h)^64", &["a", "b"]).contains("exp(1)"));
    // a long chain of products within the input limit runs out of budget, not memory
    let chain = vec!["(1+π)^64"; 2000].join("*");
    assert!(err(&chain, &[]).contains("too large") || err(&chain, &[]).contains("too much work"));
}

#[test]
fn the_same_text_is_the_same_number_in_every_flag() {
    for (text, n, d) in [
        ("1/2e1", 1, 20),
        ("1e−3", 1, 1000),
        ("−3/4", -3, 4),
        ("0.25", 1, 4),
        ("2.5E-1", 1, 4),
    ] {
        let want = q(n, d);
        let a = taylormatch::functions::parse_param("--a", text, &[])
            .unwrap()
            .unwrap();
        assert_eq!(a.as_q(), Some(want.clone()), "--a {text}");
        let tol = taylormatch::commands::bound::parse_rational("--tolerance", text).unwrap();
        assert_eq!(
            taylormatch::numeric::convert::q_from_rug(&tol),
            want,
            "--tolerance {text}"
        );
        assert_eq!(
            values::rational("--step", text).unwrap(),
            want,
            "--step {text}"
        );
        let range = format!("{text}:10");
        let f = taylormatch::numeric::fit::Range::parse(&range).unwrap();
        let b = taylormatch::commands::bound::parse_range(&range)
            .unwrap()
            .unwrap();
        assert_eq!(f.lo.as_ref(), Some(&b.0), "--range {range}");
        assert_eq!(
            taylormatch::numeric::convert::q_from_rug(&b.0),
            want,
            "--range {range}"
        );
    }
    // integers: one parser, the same grammar
    assert_eq!(values::integer("--order", "1e3", 1, 5000), Ok(1000));
    assert_eq!(values::integer("--digits", "40/2", 1, 50), Ok(20));
    assert!(values::integer("--order", "-5", 1, 40)
        .unwrap_err()
        .contains("--order"));
    assert!(values::integer("--points", "2.5", 2, 9)
        .unwrap_err()
        .contains("not an integer"));
    assert!(values::integer("--bits", "2 3", 64, 99)
        .unwrap_err()
        .contains("two numbers"));
}

#[test]
fn one_range_grammar() {
    use values::{range, End};
    let fin = |n, d| End::Finite(q(n, d));
    assert_eq!(range("--range", "3").unwrap(), (fin(-3, 1), fin(3, 1)));
    assert_eq!(range("--range", "inf").unwrap(), (End::NegInf, End::PosInf));
    assert_eq!(range("--range", "∞").unwrap(), (End::NegInf, End::PosInf));
    assert_eq!(range("--range", "2:inf").unwrap(), (fin(2, 1), End::PosInf));
    assert_eq!(
        range("--range", "−∞:1/2").unwrap(),
        (End::NegInf, fin(1, 2))
    );
    assert_eq!(
        range("--range", "-inf:+inf").unwrap(),
        (End::NegInf, End::PosInf)
    );
    for bad in [
        "2 3", "3:-3", "1:1", "", ":", "1:2:3", "inf:1", "1:-inf", "-2", "0", "a:b", "0x1p3:4",
        "π:4",
    ] {
        let e = range("--range", bad).unwrap_err().to_string();
        assert!(e.contains("--range"), "{bad}: {e}");
    }
    // bound: the same grammar, half-lines refused
    assert!(taylormatch::commands::bound::parse_range("2:inf").is_err());
    assert_eq!(
        taylormatch::commands::bound::parse_range("inf").unwrap(),
        None
    );
}

#[test]
fn set_assignments_use_the_same_grammar() {
    let v = values::assignments("--set", "a=0.044715, k = 1.702,c3=2/(3π)").unwrap();
    assert_eq!(v[0], ("a".to_string(), r(44715, 1_000_000)));
    assert_eq!(v[1], ("k".to_string(), r(1702, 1000)));
    assert_eq!(v[2], ("c3".to_string(), Sym::t().mul_q(&q(1, 3))));
    for (bad, words) in [
        ("a=0.044 715", "two numbers"),
        ("a=1,a=2", "twice"),
        ("a", "name=value"),
        ("x=1", "not a parameter"),
        ("tanh=1", "not a parameter"),
        ("2a=1", "not a parameter"),
        ("a=b", "\"b\""),
        ("a=0x1p3", "hexadecimal"),
    ] {
        let e = values::assignments("--set", bad).unwrap_err().to_string();
        assert!(e.starts_with("--set") && e.contains(words), "{bad}: {e}");
    }
}
