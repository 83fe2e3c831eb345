//! GMP routes for the named functions whose every coefficient is a rational
//! times a fixed monomial: tanh (tangent numbers), sigmoid, artanh and the
//! erf core. `rug` end to end, with the per-coefficient gcd reductions shared
//! across threads; `tests/` checks them against the generic engine.

use crate::series::tangent_numbers;
use rug::{Integer, Rational};

/// tanh(x) to order n: [x^{2k+1}] = (−1)^k T_{k+1}/(2k+1)!, T the tangent
/// numbers; each quotient reduced to lowest terms.
pub fn tanh_rug(n: usize) -> Vec<Rational> {
    let m = n / 2; // odd powers 1, 3, …, 2m−1 < n
    let t = tangent_numbers(m);
    let mut pairs = Vec::with_capacity(m);
    let mut fact = Integer::from(1); // (2k+1)!
    for (k, tk) in t.into_iter().enumerate() {
        if k > 0 {
            fact *= (2 * k) as u32;
            fact *= (2 * k + 1) as u32;
        }
        pairs.push((k, tk, fact.clone()));
    }
    let odd = crate::parallel::map_items(pairs, |(k, tk, f)| {
        let r = Rational::from((tk, f));
        if k % 2 == 1 {
            -r
        } else {
            r
        }
    });
    let mut c = vec![Rational::new(); n];
    for (k, r) in odd.into_iter().enumerate() {
        c[2 * k + 1] = r;
    }
    c
}

/// σ(x) = ½ + ½·tanh(x/2) to order n: \[xⁿ\] = tanhₙ/2ⁿ⁺¹ (n ≥ 1), \[x⁰\] = ½.
pub fn sigmoid_rug(n: usize) -> Vec<Rational> {
    let mut c = tanh_rug(n);
    for (i, v) in c.iter_mut().enumerate() {
        *v >>= (i + 1) as u32;
    }
    if let Some(c0) = c.first_mut() {
        *c0 = Rational::from((1, 2));
    }
    c
}

/// artanh(x) to order n: [x²ᵏ⁺¹] = 1/(2k+1).
pub fn artanh_rug(n: usize) -> Vec<Rational> {
    (0..n)
        .map(|i| {
            if i % 2 == 1 {
                Rational::from((1, i as u32))
            } else {
                Rational::new()
            }
        })
        .collect()
}

/// The rational part of erf: S(x) = Σ (−1)ⁿ x²ⁿ⁺¹/(n!·2ⁿ·(2n+1)) with
/// erf(x/√2) = √(2/π)·S (`scale2`), else E(x) = Σ (−1)ⁿ x²ⁿ⁺¹/(n!(2n+1)) = (√π/2)·erf x.
pub fn erf_core_rug(n: usize, scale2: bool) -> Vec<Rational> {
    let mut c = vec![Rational::new(); n];
    let mut d = Integer::from(1); // k!·2ᵏ (or k!)
    let mut k = 0u32;
    while ((2 * k + 1) as usize) < n {
        if k > 0 {
            d *= k;
            if scale2 {
                d <<= 1;
            }
        }
        let den = Integer::from(&d * (2 * k + 1));
        let num = if k % 2 == 1 { -1 } else { 1 };
        c[(2 * k + 1) as usize] = Rational::from((Integer::from(num), den));
        k += 1;
    }
    c
}
