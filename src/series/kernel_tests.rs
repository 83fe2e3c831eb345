//! Tests of the ℚ kernels against the generic loops they replace.

use crate::coeff::{q, Q};
use crate::series::Series;
use proptest::prelude::*;

fn h_q() -> impl Strategy<Value = Series<Q>> {
    prop::collection::vec((-9i64..=9, 1i64..=12), 1..=30).prop_map(|v| {
        let mut c: Vec<Q> = v.into_iter().map(|(n, d)| q(n, d)).collect();
        c[0] = q(0, 1);
        Series::from_coeffs(c)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// The GMP kernel against the generic loop it replaces, tan and tanh.
    #[test]
    fn riccati_matches_generic(h in h_q()) {
        for s in [-1, 1] {
            prop_assert_eq!(crate::coeff::qpoly::riccati_q(h.coeffs(), s).unwrap(), h.riccati_generic(s).into_coeffs());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// mul, inverse and exp kernels against the generic loops.
    #[test]
    fn kernels_match_generic(h in h_q(), g in h_q(), c0 in 1i64..=7) {
        let n = h.order().min(g.order());
        prop_assert_eq!(crate::coeff::qpoly::mul_q(h.coeffs(), g.coeffs(), n), h.mul_trunc_generic(&g, n).into_coeffs());
        let mut u = h.clone().into_coeffs();
        u[0] = q(c0, 3);
        let u = Series::from_coeffs(u);
        let inv0 = q(3, c0);
        prop_assert_eq!(crate::coeff::qpoly::inverse_q(u.coeffs(), &inv0).unwrap(), u.inverse_core_generic(&inv0).into_coeffs());
        prop_assert_eq!(crate::coeff::qpoly::exp_q(h.coeffs()).unwrap(), h.exp_core_generic().into_coeffs());
        prop_assert_eq!(crate::coeff::qpoly_mpq::exp_mpq(h.coeffs()), h.exp_core_generic().into_coeffs());
        prop_assert_eq!(crate::coeff::qpoly_mpq::inverse_mpq(u.coeffs(), &inv0), u.inverse_core_generic(&inv0).into_coeffs());
    }
}

#[test]
fn riccati_of_x_is_tanh() {
    let t = crate::coeff::qpoly::riccati_q(Series::<Q>::x(8).coeffs(), -1).unwrap();
    let want = [
        q(0, 1),
        q(1, 1),
        q(0, 1),
        q(-1, 3),
        q(0, 1),
        q(2, 15),
        q(0, 1),
        q(-17, 315),
    ];
    assert_eq!(t, want);
}
