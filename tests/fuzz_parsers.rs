//! Property-based fuzzing of every parser of user text: no input panics,
//! and printed exact forms read back to the same value.
//!
//! The default case count keeps `cargo test` quick; for a long run:
//! `PROPTEST_CASES=200000 cargo test --release --test fuzz_parsers`.

use proptest::prelude::*;
use taylormatch::cli::{parse_digits, parse_format, parse_order_max};
use taylormatch::coeff::{parse_exact, Coeff, Mono, Sym, Q};
use taylormatch::functions::{analytic_a, parse_param};

/// Strings over the alphabet of exact forms (and some noise).
fn exactish() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "0", "1", "2", "3", "7", "9", ".", "e", "E", "-", "−", "+", "*", "·", "/", "^", "(",
            ")", "π", "pi", "√", "sqrt", "a", "k", "b2", "²", "³", "¹", "⁻", " ", "x", "nan",
            "inf", "_", ",", "é",
        ]),
        0..24,
    )
    .prop_map(|v| v.concat())
}

fn small_q() -> impl Strategy<Value = Q> {
    (-50i64..50, 1i64..30).prop_map(|(n, d)| Q::new(n.into(), d.into()))
}

fn mono() -> impl Strategy<Value = Mono> {
    (any::<bool>(), -6i32..6, 0u32..3, 0u32..2).prop_map(|(sqrt2, pi_half, pa, pk)| {
        let mut vars = Vec::new();
        if pa > 0 {
            vars.push(("a".to_string(), pa));
        }
        if pk > 0 {
            vars.push(("b2".to_string(), pk));
            vars.push(("k".to_string(), pk));
        }
        Mono {
            vars,
            pi_half,
            sqrt2,
        }
    })
}

fn sym() -> impl Strategy<Value = Sym> {
    prop::collection::vec((small_q(), mono()), 0..5).prop_map(|ts| {
        ts.into_iter()
            .fold(Sym::default(), |acc, (q, m)| acc.add(&Sym::term(q, m)))
    })
}

proptest! {
    #[test]
    fn parse_exact_never_panics(s in exactish()) {
        let _ = parse_exact(&s);
    }

    #[test]
    fn parse_exact_never_panics_on_any_unicode(s in "\\PC{0,40}") {
        let _ = parse_exact(&s);
    }

    #[test]
    fn parse_param_accepts_only_symbol_free_values(s in exactish()) {
        if let Ok(Some(v)) = parse_param("--a", &s, &[("analytic", analytic_a())]) {
            prop_assert!(v.vars().is_empty(), "{s:?} gave {v}");
        }
    }

    #[test]
    fn printed_forms_read_back(v in sym()) {
        let text = v.to_string();
        let back = parse_exact(&text).map_err(|e| TestCaseError::fail(format!("{text:?}: {e}")))?;
        prop_assert_eq!(back, v, "{}", text);
    }

    #[test]
    fn decimals_are_exact_rationals(int in 0u64..1_000_000, frac in "[0-9]{0,12}", exp in -30i32..30) {
        let s = if frac.is_empty() { format!("{int}e{exp}") } else { format!("{int}.{frac}e{exp}") };
        let v = parse_exact(&s).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let q = v.as_q().ok_or_else(|| TestCaseError::fail("not rational"))?;
        // recompute: (int·10^len(frac) + frac) · 10^(exp − len(frac))
        let digits: num_bigint::BigInt = format!("{int}{frac}").parse().unwrap();
        let e = exp as i64 - frac.len() as i64;
        let ten = num_bigint::BigInt::from(10);
        let expected = if e >= 0 {
            Q::from_integer(digits * num_traits::pow(ten, e as usize))
        } else {
            Q::new(digits, num_traits::pow(ten, (-e) as usize))
        };
        prop_assert_eq!(q, expected);
    }

    #[test]
    fn flag_parsers_never_panic(s in "\\PC{0,20}") {
        let _ = parse_digits(&s);
        let _ = parse_format(&s);
        let _ = parse_order_max(&s, 1000);
    }

    #[test]
    fn every_other_parser_never_panics(s in "\\PC{0,30}", t in exactish()) {
        use taylormatch::cli::args::parse_bits;
        use taylormatch::commands::bound::{parse_range as bound_range, parse_rational};
        use taylormatch::numeric::fit::{Criterion, Range};
        use taylormatch::numeric::model::{Family, Level};
        for x in [&s, &t] {
            let _ = Range::parse(x);
            let _ = Criterion::parse(x);
            let _ = Family::parse(x);
            let _ = Level::parse_erf_gelu(x);
            let _ = taylormatch::numeric::bound::Level::parse(x);
            let _ = taylormatch::matching::Outer::parse(x);
            let _ = taylormatch::matching::literals::parse_literal(x);
            let _ = bound_range(x);
            let _ = parse_rational("--tolerance", x);
            let _ = parse_bits(x);
            let _ = taylormatch::report::Format::parse(x);
        }
    }

    #[test]
    fn ranges_read_back(a in -1000i64..1000, b in -1000i64..1000, da in 0u32..4, db in 0u32..4) {
        // A:B with decimals; accepted exactly when A < B, for both range parsers
        let (sa, sb) = (format!("{}e-{da}", a), format!("{}e-{db}", b));
        let (qa, qb) = (rug::Rational::from(a) / rug::Rational::from(10i64.pow(da)), rug::Rational::from(b) / rug::Rational::from(10i64.pow(db)));
        let text = format!("{sa}:{sb}");
        let ok = qa < qb;
        prop_assert_eq!(taylormatch::commands::bound::parse_range(&text).is_ok(), ok, "{}", text);
        if let Ok(r) = taylormatch::commands::bound::parse_range(&text) {
            prop_assert_eq!(r, Some((qa.clone(), qb.clone())));
            let f = taylormatch::numeric::fit::Range::parse(&text).unwrap();
            prop_assert_eq!((f.lo, f.hi), (Some(qa), Some(qb)));
        }
    }

    #[test]
    fn digits_accepts_exactly_1_to_10000(n in 0u64..20_000) {
        prop_assert_eq!(parse_digits(&n.to_string()).is_ok(), (1..=10_000).contains(&n));
    }
}
