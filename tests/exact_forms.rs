//! Exact text forms read back to the same value, and printed decimals against
//! values computed independently with mpmath at 50+ digits.

use proptest::prelude::*;
use taylormatch::coeff::{combined_form, parse_exact, q, Coeff, Mono, Sym};
use taylormatch::functions::{analytic_a, matched_k, named_series, Params, FUNCTIONS};
use taylormatch::numeric::Enclose;

fn params_list() -> Vec<Params> {
    let r = |s: &str| Some(parse_exact(s).unwrap());
    vec![
        Params::default(),
        Params {
            a: r("0.044715"),
            k: r("1.702"),
        },
        Params {
            a: Some(analytic_a()),
            k: Some(matched_k()),
        },
        Params {
            a: r("-3/7"),
            k: r("2π"),
        },
    ]
}

#[test]
fn every_printed_coefficient_reads_back() {
    let mut checked = 0;
    for f in FUNCTIONS {
        for p in params_list() {
            let s = named_series(f.name, 40, &p).unwrap();
            for c in s.coeffs() {
                let text = c.to_string();
                assert_eq!(parse_exact(&text).unwrap(), *c, "{}: {text}", f.name);
                checked += 1;
            }
        }
    }
    assert_eq!(checked, FUNCTIONS.len() * 4 * 40);
}

fn small_mono() -> impl Strategy<Value = Mono> {
    (any::<bool>(), -7i32..=7, 0u32..3, 0u32..3).prop_map(|(sqrt2, pi_half, pa, pk)| {
        let mut vars = vec![];
        if pa > 0 {
            vars.push(("a".to_string(), pa));
        }
        if pk > 0 {
            vars.push(("k".to_string(), pk));
        }
        Mono {
            vars,
            pi_half,
            sqrt2,
        }
    })
}

fn random_sym() -> impl Strategy<Value = Sym> {
    let term = (-1_000_000i64..1_000_000, 1i64..50, small_mono())
        .prop_map(|(n, d, m)| Sym::term(q(n, d), m));
    prop::collection::vec(term, 0..5)
        .prop_map(|ts| ts.iter().fold(Sym::zero(), |acc, t| acc.add(t)))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_sym_reads_back(v in random_sym()) {
        let text = v.to_string();
        prop_assert_eq!(parse_exact(&text).unwrap(), v, "{}", text);
    }

    #[test]
    fn combined_form_reads_back(v in random_sym()) {
        if let Some(text) = combined_form(&v) {
            prop_assert_eq!(parse_exact(&text).unwrap(), v, "{}", text);
        }
    }
}

#[test]
fn analytic_a_forms() {
    let a = analytic_a();
    assert_eq!(a.to_string(), "2/(3π) - 1/6");
    assert_eq!(combined_form(&a).unwrap(), "(4 - π)/(6π)");
    assert_eq!(parse_exact("(4 - π)/(6π)").unwrap(), a);
}

/// Reference decimals: mpmath at mp.dps = 60, printed with
/// `mp.nstr(v, 30)`; the series values from sympy `series(...)` evaluated
/// with `N(·, 50)` (see the comment at each line).
#[test]
fn decimals_against_mpmath() {
    let d = Params::default();
    let analytic = Params {
        a: Some(analytic_a()),
        ..Params::default()
    };
    let cases: [(&str, &Params, usize, &str); 6] = [
        // sympy: N(series(tanh(x), x, 0, 100).coeff(x, 99), 50)
        ("tanh", &d, 99, "-4.88699947810437052169625792765e-20"),
        // mpmath: sqrt(2/pi)/(factorial(10)*2**10*21)
        ("erf-sqrt2", &d, 21, "1.02248695805126212404134273472e-11"),
        // mpmath: sqrt(2/pi)/(2*factorial(2)*4*5)
        ("phi", &d, 5, "0.00997355701003581694849865149836"),
        // sympy: series of x/2·(1 + tanh(sqrt(2/pi)(x + a x³))), a = (4 − π)/(6π)
        (
            "gelu-tanh",
            &analytic,
            4,
            "-0.0664903800669054463233243433224",
        ),
        (
            "gelu-tanh",
            &analytic,
            6,
            "0.00999204737863005786928577029282",
        ),
        (
            "gelu-tanh",
            &analytic,
            8,
            "-0.00117301954880603101963247237521",
        ),
    ];
    for (f, p, k, want) in cases {
        let s = named_series(f, k + 1, p).unwrap();
        assert_eq!(s.coeff(k).unwrap().decimal(30).unwrap(), want, "{f} x^{k}");
    }
    // mpmath: (4 - pi)/(6*pi)
    assert_eq!(
        analytic_a().decimal(30).unwrap(),
        "0.0455399241225271143585116844967"
    );
    assert_eq!(Sym::var("a").decimal(30), None);
}

/// The GMP route behind `coeffs` prints exactly what the Sym series prints,
/// exact text and decimal, for every function it serves.
#[test]
fn fast_rows_match_sym_printing() {
    use taylormatch::functions::terms::term_named;
    use taylormatch::numeric::exact::term_rows;
    for name in [
        "tanh",
        "sigmoid",
        "artanh",
        "erf",
        "erf-sqrt2",
        "phi",
        "gelu",
    ] {
        for n in [1usize, 2, 61] {
            let rows = term_rows(term_named(name, n).unwrap(), Some(25));
            let s = named_series(name, n, &Params::default()).unwrap();
            assert_eq!(rows.len(), n);
            for (i, (exact, dec)) in rows.iter().enumerate() {
                let c = s.coeff(i).unwrap();
                assert_eq!(exact, &c.to_string(), "{name} x^{i}");
                assert_eq!(dec.as_deref(), c.decimal(25).as_deref(), "{name} x^{i}");
            }
        }
    }
    assert!(term_named("gelu-tanh", 5).is_none());
}

/// Found by `combined_form_reads_back`: a negative combined form behind a
/// radical printed as `√2·-(…)`, which does not read back.
#[test]
fn negative_combined_form_with_radical() {
    let v = parse_exact("-√2 - √2·π").unwrap();
    let text = combined_form(&v).unwrap();
    assert_eq!(text, "-√2·(1 + π)");
    assert_eq!(parse_exact(&text).unwrap(), v);
}

/// Found by `combined_form_reads_back`: numerators sharing a factor the
/// denominator lacks printed as `(…)/0`.
#[test]
fn combined_form_cancels_only_common_factors() {
    let v = parse_exact("262556π/5 - 328374π³").unwrap();
    let text = combined_form(&v).unwrap();
    assert_eq!(parse_exact(&text).unwrap(), v, "{text}");
    assert!(!text.contains("/0"), "{text}");
}
