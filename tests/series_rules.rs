//! The order rules of truncated series (a coefficient past the order is an
//! error; each operation's result order) and every precondition error.

use taylormatch::coeff::{q, Coeff, Sym, Q};
use taylormatch::series::Series;
use taylormatch::Error;

fn s(v: &[(i64, i64)]) -> Series<Q> {
    Series::from_coeffs(v.iter().map(|&(n, d)| q(n, d)).collect())
}

fn is_input_err<T: std::fmt::Debug>(r: taylormatch::Result<T>, needle: &str) {
    match r {
        Err(Error::Input(m)) => assert!(m.contains(needle), "message {m:?} lacks {needle:?}"),
        other => panic!("expected an input error containing {needle:?}, got {other:?}"),
    }
}

#[test]
fn coefficient_past_the_order_is_an_error() {
    let f = Series::<Q>::x(5);
    assert_eq!(f.coeff(1).unwrap(), &q(1, 1));
    assert_eq!(f.coeff(4).unwrap(), &q(0, 1));
    is_input_err(f.coeff(5), "O(x^5)");
    is_input_err(f.coeff(1000), "x^1000");
    let z = Series::<Sym>::zero(0);
    is_input_err(z.coeff(0), "O(x^0)");
}

#[test]
fn result_orders() {
    let f = s(&[(0, 1), (1, 1), (2, 1)]); // x + 2x² + O(x³)
    let g = s(&[(1, 1), (1, 1), (0, 1), (0, 1), (3, 1)]); // 1 + x + 3x⁴ + O(x⁵)
    assert_eq!(f.add(&g).order(), 3);
    assert_eq!(f.sub(&g).order(), 3);
    assert_eq!(f.neg().order(), 3);
    // x·(1 + O(x⁵)) is known to O(x⁶), but (x + 2x² + O(x³))·g only to O(x³)
    assert_eq!(f.mul(&g), s(&[(0, 1), (1, 1), (3, 1)]));
    // (x² + O(x⁴))·(x + O(x³)) = x³ + O(x⁵)
    let a = s(&[(0, 1), (0, 1), (1, 1), (0, 1)]);
    let b = s(&[(0, 1), (1, 1), (0, 1)]);
    assert_eq!(a.mul(&b), s(&[(0, 1), (0, 1), (0, 1), (1, 1), (0, 1)]));
    assert_eq!(f.derivative(), s(&[(1, 1), (4, 1)]));
    assert_eq!(f.integral(), s(&[(0, 1), (0, 1), (1, 2), (2, 3)]));
    assert_eq!(f.shift(2).order(), 5);
    assert_eq!(g.pow(0), Series::constant(q(1, 1), 5));
    assert_eq!(f.pow(2), s(&[(0, 1), (0, 1), (1, 1), (4, 1)]));
    // g(x²) with x² known to O(x⁴): g(x²) = 1 + x² + O(x⁴)
    let x2 = s(&[(0, 1), (0, 1), (1, 1), (0, 1)]);
    assert_eq!(
        g.compose(&x2).unwrap(),
        s(&[(1, 1), (0, 1), (1, 1), (0, 1)])
    );
    // f(x²) with x² known to O(x⁸): order min(3·2, 8) = 6
    let x2b = Series::from_poly(vec![q(0, 1), q(0, 1), q(1, 1)], 8);
    assert_eq!(
        f.compose(&x2b).unwrap(),
        s(&[(0, 1), (0, 1), (1, 1), (0, 1), (2, 1), (0, 1)])
    );
    // division by x·u: the quotient loses one order
    let num = s(&[(0, 1), (2, 1), (4, 1), (6, 1)]);
    assert_eq!(num.div(&f).unwrap(), s(&[(2, 1), (0, 1)]));
    assert_eq!(Series::<Q>::x(4).truncate(2), Series::x(2));
    assert_eq!(Series::<Q>::x(4).truncate(9), Series::x(4));
    assert_eq!(s(&[(1, 1)]).log().unwrap(), Series::zero(1));
}

#[test]
fn precondition_errors() {
    let x = Series::<Q>::x(6);
    let one_x = x.add(&Series::constant(q(1, 1), 6));
    let two_x = x.add(&Series::constant(q(2, 1), 6));
    is_input_err(x.inverse(), "unit");
    is_input_err(Series::<Q>::zero(0).inverse(), "order 0");
    is_input_err(x.div(&Series::zero(6)), "divisor is 0");
    is_input_err(one_x.div(&x), "divisible by x^1");
    is_input_err(one_x.revert(), "constant term must be 0");
    is_input_err(x.mul(&x).revert(), "x coefficient must be a unit");
    is_input_err(Series::<Q>::x(1).revert(), "at least O(x^2)");
    is_input_err(x.compose(&one_x), "g(0) = 0");
    is_input_err(x.compose(&Series::zero(0)), "order 0");
    for (name, r) in [
        ("exp", one_x.exp()),
        ("tanh", one_x.tanh()),
        ("tan", one_x.tan()),
        ("atan", one_x.atan()),
        ("artanh", one_x.artanh()),
        ("erf", one_x.erf_scaled()),
        ("sigmoid", one_x.sigmoid()),
    ] {
        is_input_err(r, &format!("{name}: needs h(0) = 0"));
    }
    is_input_err(Series::<Q>::zero(0).exp(), "order 0");
    is_input_err(two_x.log(), "log: needs h(0) = 1");
    is_input_err(x.log(), "log: needs h(0) = 1");
    is_input_err(x.erf(), "must contain 2/√π");
}

#[test]
fn precondition_errors_over_sym() {
    let a = Sym::var("a");
    let x = Series::<Sym>::x(4);
    // a and 1 + t are not units of ℚ[t, a]
    is_input_err(x.add(&Series::constant(a.clone(), 4)).inverse(), "unit");
    let one_t = Sym::one().add(&Sym::t());
    is_input_err(x.add(&Series::constant(one_t.clone(), 4)).inverse(), "unit");
    let f = Series::from_poly(vec![Sym::zero(), a.clone(), Sym::one()], 4);
    is_input_err(f.revert(), "x coefficient must be a unit");
    // t·x + x² is revertible: t = 2/π is a unit
    let g = Series::from_poly(vec![Sym::zero(), Sym::t(), Sym::one()], 4);
    assert_eq!(g.compose(&g.revert().unwrap()).unwrap(), Series::x(4));
    // erf over Sym carries 2/√π
    let e = x.erf().unwrap();
    assert_eq!(e.coeff(1).unwrap(), &Sym::two_over_sqrt_pi().unwrap());
    assert_eq!(
        e.coeff(3).unwrap(),
        &Sym::two_over_sqrt_pi().unwrap().mul_q(&q(-1, 3))
    );
}

/// Long rationals go through GMP in `q_mul`/`q_add`; num-rational is the reference.
#[test]
fn long_rational_arithmetic_matches_num_rational() {
    use num_bigint::BigInt;
    use taylormatch::coeff::{q_add, q_mul};
    let big = |seed: u64, bits: u32| {
        let mut v = BigInt::from(seed | 1);
        while v.bits() < u64::from(bits) {
            v = &v * BigInt::from(6_364_136_223_846_793_005u64) + BigInt::from(seed);
        }
        v
    };
    for (i, bits) in [(1u64, 100u32), (2, 1500), (3, 3000), (4, 5000)]
        .iter()
        .copied()
        .flat_map(|(s, b)| [(s, b), (s + 10, 20)])
    {
        let a = Q::new(big(i, bits), big(i + 1, bits / 2 + 1));
        let b = Q::new(-big(i + 2, bits / 3 + 1), big(i + 3, bits));
        assert_eq!(q_mul(&a, &b), &a * &b);
        assert_eq!(q_add(&a, &b), &a + &b);
        assert_eq!(q_mul(&a, &q(1, 2)), &a * q(1, 2));
        assert_eq!(q_add(&a, &-&a), q(0, 1));
    }
}
