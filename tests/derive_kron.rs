//! The matched inner series by Kronecker products
//! (`functions::inner_kron`) against the binomial-convolution route and the
//! plain rational route of `matching`, and its `Sym` form against
//! `matching::t_poly_to_sym`.

use rug::Rational;
use taylormatch::functions::inner_kron::{inner_t_polys_kron, t_poly_sym};
use taylormatch::matching::{inner_t_polys, inner_t_polys_reference, t_poly_to_sym};

/// Every small order (all truncation lengths, both parities of the last
/// power), 201 and 202, and the plain rational route at 61.
#[test]
fn matches_the_reference_routes() {
    for order in (0..48).chain([201, 202]) {
        assert_eq!(
            inner_t_polys_kron(order),
            inner_t_polys(order),
            "order {order}"
        );
    }
    assert_eq!(inner_t_polys_kron(61), inner_t_polys_reference(61));
    // a₃ = 2/(3π) − 1/6 = −1/6 + (1/3)·t
    let p = inner_t_polys_kron(4);
    assert_eq!(p[3], vec![Rational::from((-1, 6)), Rational::from((1, 3))]);
}

#[test]
fn sym_form_matches() {
    for poly in inner_t_polys_kron(120) {
        assert_eq!(t_poly_sym(&poly), t_poly_to_sym(&poly));
    }
}
