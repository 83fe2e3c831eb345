//! The matched inner series, computed two ways, and the coefficients against
//! values derived independently with SymPy.

use taylormatch::coeff::{combined_form, parse_exact, Coeff, Sym};
use taylormatch::functions::analytic_a;
use taylormatch::matching::solve::{
    erf_target, inner_series_generic, match_ansatz, solve_order_by_order,
};
use taylormatch::matching::{inner_series, inner_t_polys, sigmoid_inner, t_poly_decimal};
use taylormatch::numeric::Enclose;
use taylormatch::series::Series;

fn exact(s: &str) -> Sym {
    parse_exact(s).unwrap()
}

#[test]
fn closed_route_equals_generic_artanh_route_through_x21() {
    let closed = inner_series(22);
    let generic = inner_series_generic(22).unwrap();
    assert_eq!(closed.order(), 22);
    assert_eq!(closed, generic);
    assert!(closed.is_odd());
}

#[test]
fn closed_route_equals_order_by_order_solve_through_x21() {
    let closed = inner_series(22);
    let solved = solve_order_by_order(22).unwrap();
    assert_eq!(closed, solved);
}

#[test]
fn closed_route_satisfies_the_defining_equation() {
    // tanh(√(2/π)·p(x)) = erf(x/√2) + O(x^22), with the engine's tanh (Riccati ODE)
    let p = inner_series(22);
    let lhs = p.scale(&Sym::sqrt_2_over_pi()).tanh().unwrap();
    assert_eq!(lhs, erf_target(22).unwrap());
}

#[test]
fn a3_is_the_analytic_value() {
    let p = inner_series(10);
    let a3 = p.coeff(3).unwrap();
    assert_eq!(*a3, analytic_a());
    assert_eq!(a3.to_string(), "2/(3π) - 1/6");
    assert_eq!(combined_form(a3).unwrap(), "(4 - π)/(6π)");
    assert_eq!(*p.coeff(1).unwrap(), Sym::one());
}

#[test]
fn a5_a7_match_sympy() {
    // From SymPy: series(sqrt(pi/2)*atanh(erf(x/sqrt(2))), x, 0, 12), coefficients
    // of x⁵ and x⁷ (expand): -1/(3*pi) + 1/40 + 4/(5*pi**2) and
    // -2/(3*pi**2) - 1/336 + 19/(180*pi) + 8/(7*pi**3).
    let p = inner_series(12);
    assert_eq!(*p.coeff(5).unwrap(), exact("4/(5π²) - 1/(3π) + 1/40"));
    assert_eq!(
        *p.coeff(7).unwrap(),
        exact("8/(7π³) - 2/(3π²) + 19/(180π) - 1/336")
    );
    // SymPy together(): (3π² − 40π + 96)/(120π²)
    assert_eq!(
        combined_form(p.coeff(5).unwrap()).unwrap(),
        "(96 - 40π + 3π²)/(120π²)"
    );
}

#[test]
fn fast_decimals_agree_with_sym_decimal() {
    let polys = inner_t_polys(16);
    let p = inner_series(16);
    for (n, poly) in polys.iter().enumerate() {
        let fast = t_poly_decimal(poly, &Sym::one(), 25).unwrap();
        let slow = p.coeff(n).unwrap().decimal(25).unwrap();
        assert_eq!(fast, slow, "x^{n}");
    }
    // mpmath, 50 digits: (4 − π)/(6π) = 0.045539924122527114358511684496...
    assert_eq!(
        t_poly_decimal(&polys[3], &Sym::one(), 20).unwrap(),
        "0.045539924122527114359"
    );
    // mpmath: a7 = -0.0000653728677081779942602477520243530194...
    assert_eq!(
        t_poly_decimal(&polys[7], &Sym::one(), 30).unwrap(),
        "-0.0000653728677081779942602477520244"
    );
}

#[test]
fn sigmoid_inner_series_two_ways() {
    let q = sigmoid_inner(16);
    assert_eq!(*q.coeff(1).unwrap(), exact("2√(2/π)"));
    // generic: q = 2·artanh(erf(x/√2))
    let generic = erf_target(16)
        .unwrap()
        .artanh()
        .unwrap()
        .scale_q(&taylormatch::coeff::q(2, 1));
    assert_eq!(q, generic);
    // defining equation with the engine's sigmoid: 2σ(q) − 1 = erf(x/√2)
    let two_sigma = q.sigmoid().unwrap().scale_q(&taylormatch::coeff::q(2, 1));
    let one = Series::constant(Sym::one(), 16);
    assert_eq!(two_sigma.sub(&one), erf_target(16).unwrap());
    assert_eq!(q.coeff(1).unwrap().decimal(11).unwrap(), "1.5957691216");
}

#[test]
fn parity_ansatz_forces_even_terms_to_zero() {
    let solved = match_ansatz(6).unwrap();
    let b: Vec<Sym> = solved.iter().map(|s| s.value.clone()).collect();
    assert_eq!(
        solved.iter().map(|s| s.power).collect::<Vec<_>>(),
        vec![2, 3, 4, 5]
    );
    assert!(b[0].is_zero(), "b2 = {}", b[0]);
    assert!(b[2].is_zero(), "b4 = {}", b[2]);
    assert_eq!(b[1], analytic_a());
    assert_eq!(b[3], exact("4/(5π²) - 1/(3π) + 1/40"));
    // the x² equation is √(2/π)·b2 = 0 (hand: [x²] tanh(s(x + b2 x²)) = s·b2)
    assert_eq!(solved[0].equation, exact("√(2/π)·b2"));
}

#[test]
fn high_order_is_odd_and_starts_right() {
    let polys = inner_t_polys(60);
    assert_eq!(polys.len(), 60);
    for (n, p) in polys.iter().enumerate() {
        assert_eq!(p.is_empty(), n % 2 == 0 || n == 0, "x^{n}");
    }
    // [x^n]p has degree (n−1)/2 in t: the top term comes only from t^k S^{2k+1}/(2k+1), k = (n−1)/2: 1/n
    let top = polys[59].last().unwrap();
    assert_eq!(*top, rug::Rational::from((1, 59)));
}

#[test]
fn integer_egf_route_equals_rational_reference_route() {
    use taylormatch::matching::inner_t_polys_reference;
    let fast = inner_t_polys(61);
    let simple = inner_t_polys_reference(61);
    assert_eq!(fast, simple);
}
