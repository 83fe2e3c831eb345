//! The fast tanh route (tangent numbers by ζ, quotients reduced prime by
//! prime) against independent routes: the Brent–Harvey triangle with GMP's
//! gcd reduction, and the generic `Series<Q>::tanh` / `sigmoid`, at orders
//! on both sides of where the ζ route starts (m = 256 tangent numbers,
//! order 512), odd and even.

use proptest::prelude::*;
use rug::ops::Pow;
use rug::{Integer, Rational};
use taylormatch::functions::kernels::{lowest_terms, sigmoid_rug, tanh_rug, OddPrimes};
use taylormatch::functions::{sigmoid_q, tanh_q};
use taylormatch::series::{tangent_numbers, tangent_numbers_triangle, Series};

/// tanh's coefficients from the triangle, each T_{k+1}/(2k+1)! reduced by GMP's gcd.
fn tanh_reference(n: usize) -> Vec<Rational> {
    let t = tangent_numbers_triangle(n / 2);
    let mut c = vec![Rational::new(); n];
    let mut f = Integer::from(1);
    for (k, tk) in t.into_iter().enumerate() {
        if k > 0 {
            f *= (2 * k * (2 * k + 1)) as u32;
        }
        let r = Rational::from((tk, f.clone()));
        c[2 * k + 1] = if k % 2 == 1 { -r } else { r };
    }
    c
}

#[test]
fn tanh_fast_matches_the_triangle_around_the_switch() {
    for n in [0, 1, 2, 3, 510, 511, 512, 513, 514, 515, 801, 1202] {
        assert_eq!(tanh_rug(n), tanh_reference(n), "order {n}");
    }
}

#[test]
fn tangent_numbers_fast_match_the_triangle() {
    for m in [255, 256, 257, 640, 1001] {
        assert_eq!(tangent_numbers(m), tangent_numbers_triangle(m), "m = {m}");
    }
}

#[test]
fn tanh_and_sigmoid_fast_match_the_generic_engine() {
    for n in [513, 516] {
        let x = Series::<taylormatch::coeff::Q>::x(n);
        assert_eq!(tanh_q(n), x.tanh().unwrap(), "tanh order {n}");
        assert_eq!(sigmoid_q(n), x.sigmoid().unwrap(), "sigmoid order {n}");
    }
    // σ = ½ + ½·tanh(x/2), coefficient by coefficient on the fast route
    let (s, t) = (sigmoid_rug(1100), tanh_rug(1100));
    for i in 1..1100 {
        assert_eq!(s[i], Rational::from(&t[i] >> (i as u32 + 1)), "x^{i}");
    }
}

fn factorial(d: u32) -> Integer {
    Integer::from(Integer::factorial(d))
}

#[test]
fn lowest_terms_edge_cases() {
    let primes = OddPrimes::up_to(101);
    // high powers of small primes, beyond and below what d! holds
    for (num, d) in [
        (Integer::from(3u32).pow(40) * 7u32, 20u32),
        (Integer::from(2u32).pow(70), 30),
        (Integer::from(97u32) * 101u32 * 89u32, 100),
        (Integer::from(-45), 6),
        (Integer::from(1), 1),
        (Integer::new(), 9),
    ] {
        let want = Rational::from((num.clone(), factorial(d)));
        assert_eq!(lowest_terms(num, factorial(d), d, &primes), want);
    }
}

proptest! {
    /// Random numerators made of small primes and a random cofactor over d!.
    #[test]
    fn lowest_terms_matches_gmp(d in 1u32..300, e in proptest::collection::vec(0u32..12, 6), co in 1u64..u64::MAX) {
        let primes = OddPrimes::up_to(301);
        let mut num = Integer::from(co);
        for (p, &k) in [2u32, 3, 5, 7, 11, 293].iter().zip(&e) {
            num *= Integer::from(*p).pow(k);
        }
        let want = Rational::from((num.clone(), factorial(d)));
        prop_assert_eq!(lowest_terms(num, factorial(d), d, &primes), want);
    }
}

/// The staged tangent numbers (rows of `coeffs tanh` are written stage by
/// stage): every stage is a prefix of the triangle's values, the stages are
/// 256 (at least), m/2 and m for m = 1100 (m/4 = 275 is too close to 256).
#[test]
fn staged_tangent_numbers_are_prefixes_of_the_triangle() {
    let m = 1100;
    let want = taylormatch::series::tangent_numbers_triangle(m);
    let mut lens = Vec::new();
    taylormatch::series::tangent_numbers_staged(m, &mut |t| {
        assert_eq!(t, &want[..t.len()]);
        lens.push(t.len());
        Ok::<(), ()>(())
    })
    .unwrap();
    assert_eq!(lens, vec![256, 550, 1100]);
}
