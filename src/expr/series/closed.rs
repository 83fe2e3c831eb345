//! Closed forms of the functions at the argument c₁x (c₁ in the ring):
//! Σ w_k c₁^k x^k with rational weights w_k, or a named fast series over ℚ
//! with x scaled by c₁.
//!
//! ```text
//! // log(1 + c₁x) = Σ_{k≥1} (−1)^(k+1) c₁^k x^k / k
//! ```

use super::Ring;
use crate::coeff::{Coeff, Q};
use crate::error::{Error, Result};
use crate::functions::erf_core_q;
use crate::series::Series;
use num_bigint::BigInt;

pub(super) fn qk(n: usize) -> Q {
    Q::from_integer(BigInt::from(n))
}

pub(super) fn half() -> Q {
    Q::new(1.into(), 2.into())
}

/// Σ w_k c₁^k x^k for rational weights w_k (a closed form at the argument c₁x).
pub(super) fn weighted<C: Coeff>(c1: &C, n: usize, w: impl Fn(usize) -> Q) -> Series<C> {
    let mut p = C::one();
    let mut out = Vec::with_capacity(n);
    for k in 0..n {
        let wk = w(k);
        out.push(if num_traits::Zero::is_zero(&wk) {
            C::zero()
        } else {
            p.mul_q(&wk)
        });
        p = p.mul(c1);
    }
    Series::from_coeffs(out)
}

pub(super) fn from_q_series<C: Coeff>(s: Series<Q>, c1: &C) -> Series<C> {
    let s = s.map(|q| C::from_q(q.clone()));
    if *c1 == C::one() {
        s
    } else {
        s.scale_x_by(c1)
    }
}

/// 1/k! as a rational: k! by GMP, and no gcd (the numerator is 1).
pub(super) fn inv_fact(k: usize) -> Q {
    signed_inv_fact(k, false)
}

/// ±1/k! (−1/k! when `negative`), built in lowest terms without a gcd
/// (num-bigint's binary gcd is quadratic in the length of k!).
fn signed_inv_fact(k: usize, negative: bool) -> Q {
    let f = rug::Integer::from(rug::Integer::factorial(k as u32));
    let one = BigInt::from(if negative { -1 } else { 1 });
    Q::new_raw(one, crate::coeff::gmp::int_from_rug(&f))
}

/// (−1)^j.
fn sign(j: usize) -> Q {
    Q::from_integer(if j.is_multiple_of(2) {
        1.into()
    } else {
        (-1).into()
    })
}

/// log(1 + c₁x) = Σ_{k≥1} (−1)^(k+1) c₁^k x^k / k.
pub(super) fn log1p<C: Coeff>(c1: &C, n: usize) -> Series<C> {
    weighted(c1, n, |k| {
        if k == 0 {
            qk(0)
        } else {
            sign(k + 1) * Q::new(1.into(), BigInt::from(k))
        }
    })
}

/// (sin c₁x, cos c₁x): the weights ±1/k! on the odd and the even powers.
pub(super) fn sin_cos_lin<C: Coeff>(c1: &C, n: usize) -> (Series<C>, Series<C>) {
    let part = |odd: usize| {
        weighted(c1, n, move |k| {
            if k % 2 == odd {
                signed_inv_fact(k, (k / 2) % 2 == 1)
            } else {
                qk(0)
            }
        })
    };
    (part(1), part(0))
}

/// atan c₁x = Σ_j (−1)^j c₁^(2j+1) x^(2j+1)/(2j + 1).
pub(super) fn atan_lin<C: Coeff>(c1: &C, n: usize) -> Series<C> {
    weighted(c1, n, |k| {
        if k % 2 == 1 {
            sign(k / 2) * Q::new(1.into(), BigInt::from(k))
        } else {
            qk(0)
        }
    })
}

/// erf(c₁x) = (2/√π)·E(c₁x), or (`over_sqrt2`) erf(c₁x/√2) = √(2/π)·S(c₁x)
/// with √(2/π) = √2·(2/√π)/2 (E, S: `functions::erf_core_q`).
pub(super) fn erf_lin<C: Ring>(c1: &C, n: usize, over_sqrt2: bool) -> Result<Series<C>> {
    let mut k = C::two_over_sqrt_pi().ok_or_else(|| Error::input("erf needs 2/√π, not in ℚ"))?;
    if over_sqrt2 {
        let r2 = C::sqrt2().ok_or_else(|| Error::input("Φ needs √2, not in ℚ"))?;
        k = k.mul(&r2).mul_q(&half());
    }
    Ok(from_q_series(erf_core_q(n, over_sqrt2), c1).scale(&k))
}
