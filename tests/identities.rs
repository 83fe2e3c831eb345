//! Identities of the series engine on random series, over ℚ and over
//! ℚ[t, a] (t = 2/π, `a` a free symbol): each side is computed by a
//! different route (tanh by its Riccati equation, artanh by ∫ h′/(1 − h²),
//! reversion by Lagrange inversion, composition by Horner, …), so a wrong
//! operation breaks the equality.

use proptest::prelude::*;
use taylormatch::coeff::{q, Coeff, Sym, Q};
use taylormatch::functions::erf_core_q;
use taylormatch::series::Series;

fn small_q() -> impl Strategy<Value = Q> {
    (-6i64..=6, 1i64..=4).prop_map(|(n, d)| q(n, d))
}

fn nonzero_q() -> impl Strategy<Value = Q> {
    small_q().prop_filter("nonzero", |v| !Coeff::is_zero(v))
}

/// c₀ + c₁t + c₂t² + c₃a: a general element of ℚ[t, a].
fn small_sym() -> impl Strategy<Value = Sym> {
    (small_q(), small_q(), small_q(), small_q()).prop_map(|(c0, c1, c2, c3)| {
        let t = Sym::t();
        Sym::rational(c0)
            .add(&t.mul_q(&c1))
            .add(&t.mul(&t).mul_q(&c2))
            .add(&Sym::var("a").mul_q(&c3))
    })
}

/// q·tᵉ with q ≠ 0: a unit of ℚ[t, a].
fn unit_sym() -> impl Strategy<Value = Sym> {
    (nonzero_q(), 0u32..3).prop_map(|(c, e)| {
        let mut v = Sym::rational(c);
        for _ in 0..e {
            v = v.mul(&Sym::t());
        }
        v
    })
}

/// h with h(0) = 0, order in `orders`.
fn h_q(orders: std::ops::RangeInclusive<usize>) -> impl Strategy<Value = Series<Q>> {
    prop::collection::vec(small_q(), orders).prop_map(|mut v| {
        v[0] = <Q as Coeff>::zero();
        Series::from_coeffs(v)
    })
}

fn h_sym(orders: std::ops::RangeInclusive<usize>) -> impl Strategy<Value = Series<Sym>> {
    prop::collection::vec(small_sym(), orders).prop_map(|mut v| {
        v[0] = Sym::zero();
        Series::from_coeffs(v)
    })
}

/// f with f(0) = 0 and f′(0) a unit (invertible under composition).
fn rev_q() -> impl Strategy<Value = Series<Q>> {
    (h_q(2..=8), nonzero_q()).prop_map(|(h, c1)| {
        let mut v = h.into_coeffs();
        v[1] = c1;
        Series::from_coeffs(v)
    })
}

fn rev_sym() -> impl Strategy<Value = Series<Sym>> {
    (h_sym(2..=5), unit_sym()).prop_map(|(h, c1)| {
        let mut v = h.into_coeffs();
        v[1] = c1;
        Series::from_coeffs(v)
    })
}

/// u with u(0) a unit.
fn unit_series_q() -> impl Strategy<Value = Series<Q>> {
    (h_q(1..=8), nonzero_q()).prop_map(|(h, c0)| h.add(&Series::constant(c0, h.order())))
}

fn unit_series_sym() -> impl Strategy<Value = Series<Sym>> {
    (h_sym(1..=6), unit_sym()).prop_map(|(h, c0)| h.add(&Series::constant(c0, h.order())))
}

fn one_plus<C: Coeff>(h: &Series<C>) -> Series<C> {
    h.add(&Series::constant(C::one(), h.order()))
}

// ---- the identities, generic over the ring --------------------------------

fn check_tanh_artanh<C: Coeff>(h: &Series<C>) {
    assert_eq!(
        &h.tanh().unwrap().artanh().unwrap(),
        h,
        "artanh(tanh h) = h"
    );
    assert_eq!(
        &h.artanh().unwrap().tanh().unwrap(),
        h,
        "tanh(artanh h) = h"
    );
}

fn check_tan_atan<C: Coeff>(h: &Series<C>) {
    assert_eq!(&h.tan().unwrap().atan().unwrap(), h, "atan(tan h) = h");
    assert_eq!(&h.atan().unwrap().tan().unwrap(), h, "tan(atan h) = h");
}

fn check_exp_log<C: Coeff>(h: &Series<C>) {
    let one_h = one_plus(h);
    assert_eq!(
        one_h.log().unwrap().exp().unwrap(),
        one_h,
        "exp(log(1+h)) = 1+h"
    );
    assert_eq!(&h.exp().unwrap().log().unwrap(), h, "log(exp h) = h");
}

fn check_revert<C: Coeff>(f: &Series<C>) {
    let g = f.revert().unwrap();
    assert_eq!(g.order(), f.order());
    assert_eq!(
        f.compose(&g).unwrap(),
        Series::x(f.order()),
        "f(revert f) = x"
    );
    assert_eq!(
        g.compose(f).unwrap(),
        Series::x(f.order()),
        "revert f (f) = x"
    );
    assert_eq!(&g.revert().unwrap(), f, "revert(revert f) = f");
}

fn check_inverse<C: Coeff>(u: &Series<C>) {
    let inv = u.inverse().unwrap();
    assert_eq!(
        inv.mul(u),
        Series::constant(C::one(), u.order()),
        "u·(1/u) = 1"
    );
    assert_eq!(&inv.inverse().unwrap(), u, "1/(1/u) = u");
}

fn check_mul_assoc<C: Coeff>(f: &Series<C>, g: &Series<C>, h: &Series<C>) {
    assert_eq!(f.mul(g).mul(h), f.mul(&g.mul(h)), "(fg)h = f(gh)");
    assert_eq!(f.mul(g), g.mul(f), "fg = gf");
    assert_eq!(
        f.mul(&g.add(h)),
        f.mul(g).add(&f.mul(h)),
        "f(g+h) = fg + fh"
    );
}

/// tanh h = (e^{2h} − 1)/(e^{2h} + 1) and σ(h) = 1/(1 + e^{−h}): the
/// Riccati route against exp and division.
fn check_tanh_sigmoid_via_exp<C: Coeff>(h: &Series<C>) {
    let n = h.order();
    let e2 = h.scale_q(&q(2, 1)).exp().unwrap();
    let one = Series::constant(C::one(), n);
    let quot = e2.sub(&one).div(&e2.add(&one)).unwrap();
    assert_eq!(h.tanh().unwrap(), quot, "tanh h = (e^2h − 1)/(e^2h + 1)");
    let sig = one.add(&h.neg().exp().unwrap()).inverse().unwrap();
    assert_eq!(h.sigmoid().unwrap(), sig, "σ(h) = 1/(1 + e^−h)");
}

/// erf_scaled(h) = E(h) with E = (√π/2)·erf the closed-form series, and
/// d/dx erf_scaled(h) = h′·e^{−h²}.
fn check_erf<C: Coeff>(h: &Series<C>) {
    let n = h.order();
    let e = erf_core_q(n, false).map(|c| C::from_q(c.clone()));
    let lhs = h.erf_scaled().unwrap();
    assert_eq!(lhs, e.compose(h).unwrap(), "erf_scaled(h) = E∘h");
    let d = h.derivative();
    let rhs = d.mul(&h.mul(h).neg().exp().unwrap());
    assert_eq!(
        lhs.derivative(),
        rhs.truncate(n - 1),
        "(erf_scaled h)′ = h′e^(−h²)"
    );
}

/// The known coefficients of an operation on truncated input are a prefix of
/// the operation on the full input (the claimed order is never too high).
fn check_prefix<C: Coeff>(h: &Series<C>, m: usize) {
    type Op<C> = fn(&Series<C>) -> Series<C>;
    let ops: [(&str, Op<C>); 8] = [
        ("tanh", |s| s.tanh().unwrap()),
        ("tan", |s| s.tan().unwrap()),
        ("atan", |s| s.atan().unwrap()),
        ("artanh", |s| s.artanh().unwrap()),
        ("exp", |s| s.exp().unwrap()),
        ("erf_scaled", |s| s.erf_scaled().unwrap()),
        ("sigmoid", |s| s.sigmoid().unwrap()),
        ("square", |s| s.mul(s)),
    ];
    let ht = h.truncate(m);
    for (name, op) in ops {
        let full = op(h);
        let part = op(&ht);
        assert!(part.order() <= full.order(), "{name}: order grew");
        assert_eq!(
            part.coeffs(),
            &full.coeffs()[..part.order()],
            "{name}: prefix"
        );
        assert!(
            part.order() >= m,
            "{name}: order {} < input order {m}",
            part.order()
        );
    }
}

fn check_compose_prefix<C: Coeff>(f: &Series<C>, g: &Series<C>, a: usize, b: usize) {
    let full = f.compose(g).unwrap();
    let part = f.truncate(a).compose(&g.truncate(b)).unwrap();
    assert!(part.order() <= full.order());
    assert_eq!(
        part.coeffs(),
        &full.coeffs()[..part.order()],
        "compose: prefix"
    );
    let fg = f.mul(g);
    let p2 = f.truncate(a).mul(&g.truncate(b));
    assert!(p2.order() <= fg.order());
    assert_eq!(p2.coeffs(), &fg.coeffs()[..p2.order()], "mul: prefix");
}

// ---- over ℚ ----------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn q_tanh_artanh(h in h_q(1..=12)) { check_tanh_artanh(&h) }

    #[test]
    fn q_tan_atan(h in h_q(1..=12)) { check_tan_atan(&h) }

    #[test]
    fn q_exp_log(h in h_q(1..=12)) { check_exp_log(&h) }

    #[test]
    fn q_revert(f in rev_q()) { check_revert(&f) }

    #[test]
    fn q_inverse(u in unit_series_q()) { check_inverse(&u) }

    #[test]
    fn q_mul(f in h_q(1..=8), g in unit_series_q(), h in h_q(1..=8)) { check_mul_assoc(&f, &g, &h) }

    #[test]
    fn q_tanh_sigmoid_exp(h in h_q(1..=12)) { check_tanh_sigmoid_via_exp(&h) }

    #[test]
    fn q_erf(h in h_q(2..=12)) { check_erf(&h) }

    #[test]
    fn q_prefix(h in h_q(2..=12), m in 1usize..12) { check_prefix(&h, m.min(h.order())) }

    #[test]
    fn q_compose_prefix(f in unit_series_q(), g in h_q(2..=8), a in 1usize..9, b in 1usize..9) {
        check_compose_prefix(&f, &g, a.min(f.order()), b.min(g.order()))
    }
}

// ---- over ℚ[t, a] ----------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn sym_tanh_artanh(h in h_sym(1..=6)) { check_tanh_artanh(&h) }

    #[test]
    fn sym_tan_atan(h in h_sym(1..=6)) { check_tan_atan(&h) }

    #[test]
    fn sym_exp_log(h in h_sym(1..=6)) { check_exp_log(&h) }

    #[test]
    fn sym_revert(f in rev_sym()) { check_revert(&f) }

    #[test]
    fn sym_inverse(u in unit_series_sym()) { check_inverse(&u) }

    #[test]
    fn sym_mul(f in h_sym(1..=6), g in unit_series_sym(), h in h_sym(1..=6)) { check_mul_assoc(&f, &g, &h) }

    #[test]
    fn sym_tanh_sigmoid_exp(h in h_sym(1..=6)) { check_tanh_sigmoid_via_exp(&h) }

    #[test]
    fn sym_erf(h in h_sym(2..=5)) { check_erf(&h) }

    #[test]
    fn sym_prefix(h in h_sym(2..=5), m in 1usize..5) { check_prefix(&h, m.min(h.order())) }
}
