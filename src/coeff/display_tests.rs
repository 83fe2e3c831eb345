//! The fast routes of the display against the generic ones: the radical
//! factored out of [`format_sym`] by shifting monomials, against dividing by
//! it with `Sym::mul` (the earlier route); GMP products of reduced fractions
//! taken without re-reduction, against num-rational's own product.

use super::*;
use crate::coeff::{q_add, q_mul, Coeff};
use crate::functions::{analytic_a, named_series, Params};
use num_bigint::BigInt;

/// The earlier route: the common radical divided out by `Sym::mul`.
fn generic(s: &Sym) -> String {
    let terms = sorted_terms(s);
    if terms.len() <= 1 {
        return format_sum(&terms);
    }
    let c0 = class(terms[0].0);
    if c0 == (false, false) || !terms.iter().all(|(m, _)| class(m) == c0) {
        return format_sum(&terms);
    }
    let (sqrt2, odd) = c0;
    let factor = Mono {
        vars: vec![],
        pi_half: if odd { -1 } else { 0 },
        sqrt2,
    };
    let inv = Sym::term(Q::one(), factor).inv().unwrap();
    let inner_s = format_sum(&sorted_terms(&s.mul(&inv)));
    match (sqrt2, odd) {
        (true, true) => format!("√(2/π)·({inner_s})"),
        (true, false) => format!("√2·({inner_s})"),
        _ => format!("({inner_s})/√π"),
    }
}

#[test]
fn factored_radical_matches_division_by_sym_mul() {
    let a = Sym::rational(Q::new(8943.into(), 200_000.into()));
    let mut checked = 0;
    for p in [
        Params {
            a: Some(a),
            k: None,
        },
        Params::default(),
        Params {
            a: Some(analytic_a()),
            k: None,
        },
    ] {
        let s = named_series("gelu-tanh", 30, &p).unwrap();
        for c in s.coeffs() {
            assert_eq!(format_sym(c), generic(c));
            checked += usize::from(c.len() > 1);
        }
    }
    assert!(checked > 20, "too few multi-term coefficients: {checked}");
    // the other two radical classes: √2 alone and π^(−1/2) alone
    let q = |n: i64, d: i64| Q::new(n.into(), d.into());
    for (sqrt2, odd) in [(true, false), (false, true)] {
        let mut s = Sym::zero();
        for (h, c) in [(0, q(-3, 7)), (-2, q(5, 2)), (4, q(1, 9))] {
            let m = Mono {
                vars: vec![],
                pi_half: h - i32::from(odd),
                sqrt2,
            };
            s.add_term(m, c);
        }
        let f = format_sym(&s);
        assert!(f.starts_with("√2·(") || f.ends_with(")/√π"), "{f}");
        assert_eq!(f, generic(&s));
    }
}

#[test]
fn gmp_products_of_reduced_fractions_match_num_rational() {
    // long operands (beyond GMP_BITS) with shared factors across them
    let big = |k: u32, m: i64| BigInt::from(3).pow(k) * BigInt::from(m);
    let xs = [
        Q::new(big(300, 14), big(200, 1) * BigInt::from(5).pow(120)),
        Q::new(-big(250, 25), BigInt::from(7).pow(300) * 2),
        Q::new(BigInt::from(10).pow(200) + 1, BigInt::from(6).pow(150)),
    ];
    for x in &xs {
        for y in &xs {
            assert_eq!(q_mul(x, y), x * y);
            assert_eq!(q_add(x, y), x + y);
        }
    }
}
