//! The series recurrences at u(0) = 0 that have no named kernel:
//! sin/cos together and the binomial series (1 + u)^α.
//!
//! ```text
//! // n·Sₙ = Σ k·u_k·C_{n−k}, n·Cₙ = −Σ k·u_k·S_{n−k}
//! ```

use super::closed::qk;
use crate::coeff::{Coeff, Q};
use crate::series::Series;
use num_bigint::BigInt;

/// (sin u, cos u) for u(0) = 0: n·Sₙ = Σ k·u_k·C_{n−k}, n·Cₙ = −Σ k·u_k·S_{n−k}.
pub fn sin_cos<C: Coeff>(u: &Series<C>) -> (Series<C>, Series<C>) {
    let n = u.order();
    let ku: Vec<C> = (0..n).map(|k| u.coeffs()[k].mul_q(&qk(k))).collect();
    let (mut s, mut c) = (vec![C::zero()], vec![C::one()]);
    for m in 1..n {
        let (mut a, mut b) = (C::zero(), C::zero());
        for k in 1..=m {
            if !ku[k].is_zero() {
                a.add_mul(&ku[k], &c[m - k]);
                b.add_mul(&ku[k], &s[m - k]);
            }
        }
        let inv = Q::new(1.into(), BigInt::from(m));
        s.push(a.mul_q(&inv));
        c.push(b.mul_q(&inv).neg());
    }
    s.truncate(n);
    c.truncate(n);
    (Series::from_coeffs(s), Series::from_coeffs(c))
}

/// (1 + u)^α for u(0) = 0 and rational α: from (1 + u)P′ = α·u′·P,
/// P₀ = 1, n·Pₙ = Σ_{k=1..n} (α·k − (n − k))·u_k·P_{n−k}.
pub fn binomial<C: Coeff>(u: &Series<C>, alpha: &Q) -> Series<C> {
    let n = u.order();
    let mut p: Vec<C> = vec![C::one()];
    for m in 1..n {
        let mut acc = C::zero();
        for k in 1..=m {
            let uk = &u.coeffs()[k];
            if uk.is_zero() {
                continue;
            }
            let w = alpha * qk(k) - qk(m - k);
            acc = acc.add(&uk.mul(&p[m - k]).mul_q(&w));
        }
        p.push(acc.mul_q(&Q::new(1.into(), BigInt::from(m))));
    }
    p.truncate(n);
    Series::from_coeffs(p)
}
