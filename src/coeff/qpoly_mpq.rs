//! Fallbacks of the ℚ kernels for inputs whose denominators defeat the
//! common scale: the generic recurrences, in GMP rationals (mpq).

use crate::coeff::gmp::q_from_rug;
use crate::coeff::Q;
use rug::Rational;

/// The generic inverse recurrence in GMP rationals, for inputs whose
/// denominators defeat the common scale: b_k = −b₀·Σ_{j=1..k} f_j·b_{k−j}.
pub(crate) fn inverse_mpq(f: &[Q], inv0: &Q) -> Vec<Q> {
    let f: Vec<Rational> = f.iter().map(crate::coeff::gmp::q_to_rug).collect();
    let nz: Vec<usize> = (1..f.len())
        .filter(|&j| f[j].cmp0() != std::cmp::Ordering::Equal)
        .collect();
    let i0 = crate::coeff::gmp::q_to_rug(inv0);
    let mut b: Vec<Rational> = Vec::with_capacity(f.len());
    if !f.is_empty() {
        b.push(i0.clone());
    }
    for k in 1..f.len() {
        let mut s = Rational::new();
        for &j in nz.iter().take_while(|&&j| j <= k) {
            s += Rational::from(&f[j] * &b[k - j]);
        }
        b.push(-(s * &i0));
    }
    crate::parallel::map_items(b, |v| q_from_rug(&v))
}

/// The generic exp recurrence in GMP rationals: E_m = (1/m)·Σ_{k=1..m} k·h_k·E_{m−k}.
pub(crate) fn exp_mpq(h: &[Q]) -> Vec<Q> {
    let kh: Vec<Rational> = h
        .iter()
        .enumerate()
        .map(|(k, v)| crate::coeff::gmp::q_to_rug(v) * k as u32)
        .collect();
    let nz: Vec<usize> = (1..h.len())
        .filter(|&k| kh[k].cmp0() != std::cmp::Ordering::Equal)
        .collect();
    let mut e: Vec<Rational> = Vec::with_capacity(h.len());
    if !h.is_empty() {
        e.push(Rational::from(1));
    }
    for m in 1..h.len() {
        let mut s = Rational::new();
        for &k in nz.iter().take_while(|&&k| k <= m) {
            s += Rational::from(&kh[k] * &e[m - k]);
        }
        e.push(s / m as u32);
    }
    crate::parallel::map_items(e, |v| q_from_rug(&v))
}
