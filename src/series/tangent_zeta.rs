//! Tangent numbers from the Dirichlet λ function, one rounding each:
//!
//!   T_k = 2·(2k−1)!·(2/π)^{2k}·λ(2k),   λ(s) = Σ_{n odd} n^{−s} = (1 − 2^{−s})·ζ(s),
//!
//! (from |B_{2k}| = 2(2k)!ζ(2k)/(2π)^{2k} and T_k = 2^{2k}(2^{2k}−1)|B_{2k}|/(2k)).
//! T_k is an integer below (2k−1)!, so an approximation with absolute error
//! under ½ rounds to it. Each k is computed in MPFR at b_k + 64 bits,
//! b_k = bits((2k−1)!), with every error bounded below 2^{−40} (see
//! [`zeta_range`]); the result is then checked modulo the prime 2^61 − 1
//! against the triangle run in machine words ([`check_mod_p`]).
//!
//! Cost: going down in k, each term n^{−2k} is updated by one multiplication
//! by n², at the precision it needs (b_k + 64 − 2k·log₂n bits), so a k costs
//! O(k²) word operations plus three products at full precision: O(m³)
//! word operations in all against the triangle's O(m³ log m), with a much
//! smaller constant (no carries through full-length integers per entry).

use rug::float::Constant;
use rug::ops::Pow;
use rug::{Float, Integer};

/// Below this k the triangle is used (λ(2k) converges too slowly for small k).
pub(super) const ZETA_FROM: usize = 200;

/// ⌊log₂(n⁶⁴)⌋ ≤ 64·log₂ n: a lower bound of log₂ n in 1/64 bits, integers only.
fn lb64(n: u64) -> u64 {
    u64::from(Integer::from(n).pow(64).significant_bits()) - 1
}

/// Bits of fixed-point precision beyond b_k + ⌈log₂ m⌉ (see [`zeta_range`]).
const GUARD: u32 = 96;

/// T_k for k in `lo..=hi` (lo ≥ [`ZETA_FROM`]), returned in increasing k.
///
/// λ(2k) is summed in fixed point at Q_k = b_k + 96 + ⌈log₂ m⌉ bits
/// (b_k = bits((2k−1)!)): term n holds u_n ≈ 2^{Q_k}·n^{−2k} as an integer.
/// Going from k + 1 to k it is multiplied by n² (exactly); the common scale
/// S ≥ Q_k of all terms is lowered to Q_k (a shift, rounding down) once it
/// is 256 bits above. Counted in units of 2^{−Q_k}, a step multiplies an
/// error e by n²/2^{ΔQ}, ΔQ = Q_{k+1} − Q_k ≥ log₂(2k(2k+1)) − 1, and a
/// shift adds at most 1: e becomes at most e·n²/(2k²) + 1, and
/// for k ≥ [`ZETA_FROM`] every kept n is at most k (checked), so e stays
/// below 2 (it starts below 2: an MPFR power rounded to the nearest unit).
/// Kept are the odd n with 2k·lb64(n)/64 < Q_k; the dropped tail is below 2
/// units (n^{−2k} ≤ 2^{−2k·lb64(n)/64}, and a tail is below twice its first
/// term for N ≤ 2k − 1). So the integer sum Λ has error below 2N + 2 ≤
/// 2^{⌈log₂ m⌉+2} units against 2^{Q_k}·λ(2k) ≥ 2^{Q_k}: relative error
/// below 2^{−b_k−94}. G = 2·(2k−1)!·(2/π)^{2k} is carried down by
/// G·(π/2)²/(2k(2k+1)) at Q_k + 2 bits: below 6m·2^{−Q_k} relative. The
/// product G·Λ/2^S (below 2^{b_k}) then has absolute error below 2^{−80},
/// and rounds to T_k.
pub(super) fn zeta_range(lo: usize, hi: usize) -> Vec<Integer> {
    assert!(lo >= ZETA_FROM && lo <= hi && hi < (1 << 20));
    let log_m = usize::BITS - hi.leading_zeros(); // ⌈log₂ m⌉ or more
    let mut fact: Integer = Integer::factorial(2 * hi as u32 - 1).into(); // (2k−1)!
    let q_of = |f: &Integer| f.significant_bits() + GUARD + log_m;
    let mut q = q_of(&fact);
    let pi = Float::with_val(q + 34, Constant::Pi);
    let pi2_4 = Float::with_val(q + 34, pi.square_ref()) >> 2u32; // (π/2)²
    let two_pi = Float::with_val(q + 34, 2u32) / &pi;
    // G = 2·(2k−1)!·(2/π)^{2k}
    let mut g = Float::with_val(q + 2, (&two_pi).pow(2 * hi as u32));
    g *= &fact;
    g <<= 1u32;
    drop(two_pi);
    let lbs: Vec<u64> = (0..=hi as u64 + 1).map(|i| lb64(2 * i + 3)).collect();
    let keep =
        |k: usize, q: u32, n: u64| 2 * k as u64 * lbs[(n as usize - 3) / 2] < 64 * u64::from(q);
    // terms[i] = 2^{S}·n^{−2k} for n = 2i + 3, at a common scale S ≥ Q_k
    // lowered to Q_k in steps of at least 256 bits
    let mut terms: Vec<Integer> = Vec::new();
    let mut scale = q;
    let mut out = Vec::with_capacity(hi - lo + 1);
    for k in (lo..=hi).rev() {
        if k < hi {
            // step k + 1 → k: (2k+1)! → (2k−1)!, G·(π/2)²/(2k(2k+1)), n^{−2k−2}·n²
            fact.div_exact_u_mut(2 * k as u32);
            fact.div_exact_u_mut(2 * k as u32 + 1);
            q = q_of(&fact);
            g.set_prec(q + 2);
            g *= &pi2_4;
            g /= 2 * k as u32;
            g /= 2 * k as u32 + 1;
            let kept = (0..terms.len())
                .take_while(|&i| keep(k, q, 2 * i as u64 + 3))
                .count();
            terms.truncate(kept);
            let dq = if scale - q >= 256 { scale - q } else { 0 };
            scale -= dq;
            for (i, t) in terms.iter_mut().enumerate() {
                let n = 2 * i as u64 + 3;
                *t *= n * n;
                if dq > 0 {
                    *t >>= dq;
                }
            }
        }
        // terms needed now but not yet held (the first k of the range, or a
        // boundary moved up by the rounding of lb64): 2^{S}·n^{−2k} directly
        loop {
            let n = 2 * terms.len() as u64 + 3;
            if !keep(k, q, n) {
                break;
            }
            let bits = scale.saturating_sub((2 * k as u64 * lb64(n) / 64) as u32) + 8;
            let t = Float::with_val(bits.max(16), n).pow(-(2 * k as i32)) << scale;
            terms.push(t.to_integer().expect("a finite positive power"));
        }
        let n_max = 2 * terms.len() as u64 + 1;
        assert!(n_max <= k as u64, "the error stays bounded (k ≥ ZETA_FROM)");
        // Λ = 2^S·λ(2k) = 2^S + Σ u_n, from the smallest term up
        let mut lam = Integer::new();
        for t in terms.iter().rev() {
            lam += t;
        }
        lam += Integer::from(1) << scale;
        let mut r = Float::with_val(q + 2, &lam) >> scale;
        drop(lam);
        r *= &g;
        let t = r
            .to_integer()
            .expect("T_k is finite: every factor is a finite positive float");
        out.push(t);
    }
    out.reverse();
    out
}

/// The Mersenne prime 2^61 − 1.
const P61: u64 = (1 << 61) - 1;

fn mul_mod(a: u64, b: u64) -> u64 {
    let x = u128::from(a) * u128::from(b);
    let r = (x & u128::from(P61)) as u64 + (x >> 61) as u64;
    if r >= P61 {
        r - P61
    } else {
        r
    }
}

/// Checks T₁ … T_m (t[k−1] = T_k) modulo 2^61 − 1 against the triangle
/// T_j ← (j−k)·T_{j−1} + (j−k+2)·T_j run in machine words: O(m²) steps.
pub(super) fn check_mod_p(t: &[Integer]) -> bool {
    let m = t.len();
    let mut r = vec![0u64; m + 1];
    if m == 0 {
        return true;
    }
    r[1] = 1;
    for k in 2..=m {
        r[k] = mul_mod(r[k - 1], k as u64 - 1);
    }
    for k in 2..=m {
        for j in k..=m {
            let a = mul_mod(r[j], (j - k + 2) as u64);
            let b = mul_mod(r[j - 1], (j - k) as u64);
            let s = a + b;
            r[j] = if s >= P61 { s - P61 } else { s };
        }
    }
    let p = Integer::from(P61);
    t.iter()
        .zip(&r[1..])
        .all(|(tk, &rk)| Integer::from(tk % &p) == rk)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lb64_is_log2_in_64ths_rounded_down() {
        assert_eq!(lb64(1), 0);
        assert_eq!(lb64(2), 64);
        assert_eq!(lb64(3), 101); // 64·log₂3 = 101.43
        assert_eq!(lb64(1000), 637); // 64·log₂1000 = 637.81
    }

    #[test]
    fn check_mod_p_rejects_a_wrong_value() {
        let mut t: Vec<Integer> = [1u32, 2, 16, 272, 7936].iter().map(|&v| v.into()).collect();
        assert!(check_mod_p(&t));
        t[3] += 1;
        assert!(!check_mod_p(&t));
    }
}
