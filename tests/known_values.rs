//! Known coefficients, computed independently in the test, against the fast
//! routes of `functions.rs`, and the fast routes against the generic engine,
//! coefficient by coefficient to order 201.

use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};
use taylormatch::coeff::{q, Coeff, Sym, Q};
use taylormatch::functions::{
    analytic_a, artanh_q, erf_core_q, named_series, sigmoid_q, tanh_inner, tanh_q, Params,
};
use taylormatch::series::{tangent_numbers, Series};

const N: usize = 201;

fn fact(n: usize) -> BigInt {
    (1..=n).fold(BigInt::one(), |f, k| f * BigInt::from(k))
}

fn sym(s: Series<Q>) -> Series<Sym> {
    s.map(|c| Sym::rational(c.clone()))
}

/// Bernoulli numbers B₀ … B_m by the Akiyama–Tanigawa algorithm (B₁ = +½).
fn bernoulli(m: usize) -> Vec<Q> {
    let mut a: Vec<Q> = Vec::with_capacity(m + 1);
    let mut b = Vec::with_capacity(m + 1);
    for n in 0..=m {
        a.push(Q::new(BigInt::one(), BigInt::from(n + 1)));
        for j in (1..=n).rev() {
            a[j - 1] = (&a[j - 1] - &a[j]) * Q::from_integer(BigInt::from(j));
        }
        b.push(a[0].clone());
    }
    b
}

#[test]
fn tangent_numbers_and_tanh_against_bernoulli() {
    let b = bernoulli(N);
    assert_eq!(b[2], q(1, 6));
    assert_eq!(b[12], q(-691, 2730));
    let t = tangent_numbers(N / 2);
    let first: Vec<u64> = t.iter().take(6).map(|v| v.to_u64().unwrap()).collect();
    assert_eq!(first, [1, 2, 16, 272, 7936, 353792]);
    let tanh = tanh_q(N);
    assert_eq!(tanh.order(), N);
    for (n, c) in tanh.coeffs().iter().enumerate() {
        if n % 2 == 0 {
            assert!(Zero::is_zero(c), "x^{n}");
            continue;
        }
        // [x^{2k−1}] tanh = 2^{2k}(2^{2k} − 1) B_{2k}/(2k)!
        let k2 = n + 1;
        let p = BigInt::one() << k2;
        let want = Q::from_integer(&p * (&p - 1)) * &b[k2] / Q::from_integer(fact(k2));
        assert_eq!(c, &want, "tanh x^{n}");
        // T_k = 2^{2k}(2^{2k} − 1)|B_{2k}|/(2k)
        let tk =
            (Q::from_integer(&p * (&p - 1)) * &b[k2] / Q::from_integer(BigInt::from(k2))).abs();
        assert_eq!(
            tk.to_integer().to_string(),
            t[n / 2].to_string(),
            "T_{}",
            n / 2 + 1
        );
    }
}

#[test]
fn tanh_sigmoid_artanh_fast_against_generic() {
    let x = Series::<Q>::x(N);
    assert_eq!(tanh_q(N), x.tanh().unwrap());
    assert_eq!(sigmoid_q(N), x.sigmoid().unwrap());
    assert_eq!(artanh_q(N), x.artanh().unwrap());
    for (n, c) in artanh_q(N).coeffs().iter().enumerate() {
        let want = if n % 2 == 1 { q(1, n as i64) } else { q(0, 1) };
        assert_eq!(c, &want);
    }
}

#[test]
fn erf_against_closed_form_and_generic() {
    // (√π/2) erf x: [x^{2n+1}] = (−1)ⁿ/(n!(2n+1))
    let e = erf_core_q(N, false);
    let erf = named_series("erf", N, &Params::default()).unwrap();
    let k = <Sym as Coeff>::two_over_sqrt_pi().unwrap();
    for i in 0..N {
        let want = if i % 2 == 1 {
            let n = i / 2;
            let sign = if n % 2 == 0 { 1 } else { -1 };
            Q::new(BigInt::from(sign), fact(n) * BigInt::from(i))
        } else {
            <Q as Zero>::zero()
        };
        assert_eq!(e.coeff(i).unwrap(), &want, "x^{i}");
        assert_eq!(erf.coeff(i).unwrap(), &Sym::rational(want).mul(&k));
    }
    let x = Series::<Q>::x(N);
    assert_eq!(e, x.erf_scaled().unwrap());
    // S(x) = ∫ e^{−x²/2}: erf(x/√2) = √(2/π)·S
    let s = erf_core_q(N, true);
    let half_x2 = x.mul(&x).scale_q(&q(-1, 2));
    assert_eq!(s, half_x2.exp().unwrap().truncate(N - 1).integral());
    // and over Sym: √2·erf_scaled(x/√2), Φ = ½ + ½ erf(x/√2)
    let r2 = Sym::radical(true, 0);
    let xs = Series::<Sym>::x(N).scale(&r2.mul_q(&q(1, 2)));
    assert_eq!(sym(s), xs.erf_scaled().unwrap().scale(&r2));
    let mut phi = xs.erf().unwrap().scale_q(&q(1, 2)).into_coeffs();
    phi[0] = Sym::rational(q(1, 2));
    assert_eq!(
        named_series("phi", N, &Params::default())
            .unwrap()
            .into_coeffs(),
        phi
    );
}

/// Evaluates an element of ℚ[s, a] ⊂ Sym (s = √(2/π), so sᵐ is the monomial
/// √2^{m mod 2}·π^{−m/2}·2^{⌊m/2⌋}) at s = r, a = av: a ring homomorphism.
/// `rp[m]` = rᵐ/2^{⌊m/2⌋}, `ap[j]` = avʲ.
fn eval_s(v: &Sym, rp: &[Q], ap: &[Q]) -> Q {
    let mut acc = <Q as Zero>::zero();
    for (m, c) in v.terms() {
        let deg = (-m.pi_half) as usize;
        assert!(
            m.pi_half <= 0 && m.sqrt2 == (deg % 2 == 1),
            "not in ℚ[s, a]: {m:?}"
        );
        acc += c * &rp[deg] * &ap[m.var_power("a") as usize];
    }
    acc
}

fn powers(r: &Q, n: usize, halve: bool) -> Vec<Q> {
    let mut v = vec![q(1, 1)];
    for m in 1..=n {
        let mut next = &v[m - 1] * r;
        if halve && m % 2 == 0 {
            next /= q(2, 1);
        }
        v.push(next);
    }
    v
}

#[test]
fn tanh_inner_against_generic_at_rational_points() {
    // tanh_inner is a polynomial identity in s; check it at s = r over ℚ
    // against the generic tanh of r(x + a x³)
    let av = q(44715, 1_000_000);
    let fast_num = tanh_inner(N, Some(&Sym::rational(av.clone())));
    let fast_sym = tanh_inner(N, None);
    for r in [q(4, 5), q(-3, 7)] {
        let p = Series::from_poly(vec![q(0, 1), r.clone(), q(0, 1), &r * &av], N);
        let generic = p.tanh().unwrap();
        let m = 81;
        assert_eq!(
            generic.truncate(m),
            tanh_q(m).compose(&p.truncate(m)).unwrap()
        );
        let (rp, ap) = (powers(&r, N, true), powers(&av, N, false));
        for i in 0..N {
            let g = generic.coeff(i).unwrap();
            assert_eq!(
                &eval_s(fast_num.coeff(i).unwrap(), &rp, &ap[..1]),
                g,
                "x^{i}"
            );
            assert_eq!(
                &eval_s(fast_sym.coeff(i).unwrap(), &rp, &ap),
                g,
                "x^{i}, symbolic a"
            );
        }
    }
}

#[test]
fn tanh_inner_against_generic_over_sym() {
    let s = Sym::sqrt_2_over_pi();
    let n = 41;
    for (a, order) in [(Some(analytic_a()), n), (None, 25)] {
        let av = a.clone().unwrap_or_else(|| Sym::var("a"));
        let inner = Series::from_poly(vec![Sym::zero(), s.clone(), Sym::zero(), s.mul(&av)], order);
        let fast = tanh_inner(order, a.as_ref());
        assert_eq!(fast, sym(tanh_q(order)).compose(&inner).unwrap());
        assert_eq!(fast, inner.tanh().unwrap());
    }
}

#[test]
fn gelu_sigmoid_against_generic() {
    let k = q(1702, 1000);
    let p = Params {
        k: Some(Sym::rational(k.clone())),
        ..Params::default()
    };
    let fast = named_series("gelu-sigmoid", N, &p).unwrap();
    let generic = Series::<Q>::x(N - 1)
        .scale_q(&k)
        .sigmoid()
        .unwrap()
        .shift(1);
    assert_eq!(fast, sym(generic));
}

#[test]
fn gelu_tanh_x4_symbolic() {
    let g = named_series("gelu-tanh", 5, &Params::default()).unwrap();
    assert_eq!(g.order(), 5);
    // ½(s a − s³/3) = √(2/π)·(a/2 − 1/(3π))
    let a = Sym::var("a");
    let want = Sym::sqrt_2_over_pi().mul(&a.mul_q(&q(1, 2)).sub(&Sym::t().mul_q(&q(1, 6))));
    assert_eq!(g.coeff(4).unwrap(), &want);
    assert_eq!(g.coeff(4).unwrap().to_string(), "√(2/π)·(a/2 - 1/(3π))");
    assert!(g.coeff(5).is_err());
    // at a = analytic the x⁴ term is GELU's: −√(2/π)/12
    let p = Params {
        a: Some(analytic_a()),
        ..Params::default()
    };
    let ga = named_series("gelu-tanh", 5, &p).unwrap();
    let gelu = named_series("gelu", 5, &Params::default()).unwrap();
    assert_eq!(ga.coeff(4).unwrap(), gelu.coeff(4).unwrap());
    assert_eq!(
        gelu.coeff(4).unwrap(),
        &Sym::sqrt_2_over_pi().mul_q(&q(-1, 12))
    );
}
