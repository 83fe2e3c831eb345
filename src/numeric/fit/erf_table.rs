//! Many values of E(x) = erf(x/√2) fast, by Taylor expansion around anchors.
//!
//! MPFR's erf costs 10–70 µs at 170 bits for |x| in [2, 10]; a grid needs
//! 20 000 of them. Around an anchor a = j/2^s (exact in binary),
//!
//!   E(a + δ) = E(a) + √(2/π)·e^{−a²/2} Σ_{k=0}^{K} (−1)^k He_k(a) δ^{k+1}/(k+1)!  + R,
//!
//! since E^{(k+1)}(x) = √(2/π)(−1)^k He_k(x)e^{−x²/2} (He the probabilists'
//! Hermite polynomials, He_{k+1} = x He_k − k He_{k−1}). By Cramér's
//! inequality |He_n(x)|e^{−x²/4} ≤ 1.0865·√(n!), so with |δ| ≤ 2^−(s+1)
//!
//!   |R| ≤ √(2/π)·1.0865·√((K+1)!)·|δ|^{K+2}/(K+2)!,
//!
//! and K is the smallest order making this ≤ 2^−(bits+8). The anchor values
//! E(a) come from MPFR; the series is summed at bits + 16. An anchor costs
//! an MPFR erf and exp and K Hermite steps, a point K multiply-adds: dense
//! points (a grid, many per anchor) use anchors every 1/16 (s = 4, the
//! shortest series), sparse ones (quadrature nodes, a few per 1/16) every
//! 1/4 (s = 2: a quarter of the anchors, a series about 40% longer).
//!
//! ```
//! use rug::{Float, Rational};
//! use taylormatch::numeric::fit::erf_table::erf_sqrt2_many;
//! // erf(1/√2) = 0.6826894921370858…
//! let v = erf_sqrt2_many(&[Float::with_val(128, 1)], 128);
//! let want = Float::with_val(128, &Rational::from((6826894921370859u64, 10_000_000_000_000_000u64)));
//! assert!((v[0].clone() - want).abs() < 1e-16);
//! ```

use rug::ops::Pow;
use rug::Float;
use std::collections::HashMap;

/// The smallest K whose remainder bound is ≤ 2^−(bits+8) for |δ| ≤ 2^−(s+1)
/// (anchors every 2^−s).
pub fn order_for(bits: u32, s: u32) -> usize {
    let b = 64;
    let tol = Float::with_val(b, Float::i_exp(1, -(bits as i32 + 8)));
    let c = Float::with_val(b, 1.0865) * Float::with_val(b, 0.8); // √(2/π) < 0.8
    let mut fact = Float::with_val(b, 1); // (K+1)!
    for k in 0..10_000usize {
        fact *= (k + 1) as u32;
        let next = Float::with_val(b, &fact * (k + 2) as u32); // (K+2)!
        let bound = Float::with_val(b, &c * Float::with_val(b, fact.sqrt_ref()))
            * Float::with_val(b, Float::i_exp(1, -((s + 1) as i32))).pow((k + 2) as i32)
            / next;
        if bound <= tol {
            return k;
        }
    }
    10_000
}

/// Coefficients c_k = √(2/π)e^{−a²/2}(−1)^k He_k(a)/(k+1)!, k = 0…K, and
/// E(a), at `wb` bits, for the anchor a = j/2^`shift`.
fn anchor(
    j: i64,
    shift: u32,
    order: usize,
    wb: u32,
    s: &Float,
    inv_sqrt2: &Float,
) -> (Float, Vec<Float>) {
    let a = Float::with_val(wb, j) >> shift;
    let ea = Float::with_val(wb, &a * inv_sqrt2).erf();
    let g = (-Float::with_val(wb, a.square_ref()) / 2u32).exp() * s;
    let mut he_prev = Float::with_val(wb, 1); // He_0
    let mut he = a.clone(); // He_1
    let mut fact = Float::with_val(wb, 1); // (k+1)!
    let mut cs = Vec::with_capacity(order + 1);
    for k in 0..=order {
        let hk = if k == 0 { he_prev.clone() } else { he.clone() };
        if k >= 1 {
            fact *= (k + 1) as u32;
        }
        let mut c = Float::with_val(wb, &g * &hk) / &fact;
        if k % 2 == 1 {
            c = -c;
        }
        cs.push(c);
        if k >= 1 {
            // He_{k+1} = a He_k − k He_{k−1}
            let next = Float::with_val(wb, &a * &he) - Float::with_val(wb, &he_prev * k as u32);
            he_prev = std::mem::replace(&mut he, next);
        }
    }
    (ea, cs)
}

/// Points per 1/16 anchor from which anchors every 1/16 pay (see the module docs).
const DENSE: usize = 8;

/// The nearest anchor index j (a = j/2^`shift`) of x, rounded to `prec` bits first.
fn anchor_index(x: &Float, shift: u32, prec: u32) -> i64 {
    let scaled = Float::with_val(prec, x << shift);
    scaled.round().to_i32_saturating().unwrap_or(0) as i64
}

/// E(x) = erf(x/√2) for every x, each rounded to `bits` (error ≤ a few ulps of 2^−bits absolute).
pub fn erf_sqrt2_many(xs: &[Float], bits: u32) -> Vec<Float> {
    let mut fine: Vec<i64> = xs.iter().map(|x| anchor_index(x, 4, x.prec())).collect();
    fine.sort_unstable();
    fine.dedup();
    let shift = if xs.len() >= DENSE * fine.len() { 4 } else { 2 };
    erf_sqrt2_anchored(xs, bits, shift)
}

/// [`erf_sqrt2_many`] with anchors every 2^−`shift`.
fn erf_sqrt2_anchored(xs: &[Float], bits: u32, shift: u32) -> Vec<Float> {
    let wb = bits + 16;
    let order = order_for(wb, shift);
    let s = Float::with_val(wb, 2 / Float::with_val(wb, rug::float::Constant::Pi)).sqrt();
    let inv_sqrt2 = Float::with_val(wb, 2).sqrt().recip();
    let mut anchors: HashMap<i64, (Float, Vec<Float>)> = HashMap::new();
    xs.iter()
        .map(|x| {
            let j = anchor_index(x, shift, wb);
            let (ea, cs) = anchors
                .entry(j)
                .or_insert_with(|| anchor(j, shift, order, wb, &s, &inv_sqrt2));
            let delta = Float::with_val(wb, x - (Float::with_val(wb, j) >> shift));
            let mut sum = cs[order].clone();
            for c in cs[..order].iter().rev() {
                sum *= &delta;
                sum += c;
            }
            sum *= &delta;
            Float::with_val(bits, sum + &*ea)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_mpfr_erf() {
        // against MPFR's erf on points spread over [−10, 10], including anchor
        // midpoints of both spacings, by both spacings and by the choice
        for (bits, shift) in [64u32, 171, 251]
            .into_iter()
            .flat_map(|b| [(b, 2), (b, 4), (b, 0)])
        {
            let xs: Vec<Float> = (0..400)
                .map(|i| {
                    Float::with_val(bits, i * 50 - 10_000) / 997u32 + Float::with_val(bits, 0.03125)
                })
                .chain((-80..=80).map(|i| Float::with_val(bits, i) / 8u32))
                .collect();
            let fast = match shift {
                0 => erf_sqrt2_many(&xs, bits),
                s => erf_sqrt2_anchored(&xs, bits, s),
            };
            let inv = Float::with_val(bits + 40, 2).sqrt().recip();
            for (x, f) in xs.iter().zip(&fast) {
                let exact = Float::with_val(bits + 40, x * &inv).erf();
                let err = Float::with_val(bits + 40, f - &exact).abs();
                assert!(
                    err <= Float::with_val(64, Float::i_exp(1, -(bits as i32) + 1)),
                    "x = {x}"
                );
            }
        }
        assert!(order_for(187, 4) < 40);
        assert!(order_for(187, 2) < 60);
    }
}
