//! Products of integer polynomials by Kronecker substitution: both factors
//! are evaluated at X = 2^b (packed into one long integer each), multiplied
//! by one GMP multiplication (Toom/FFT for long operands), and the product's
//! coefficients are read back from the b-bit slots. With b larger than twice
//! the largest product coefficient's magnitude, every slot holds exactly one
//! coefficient in balanced (signed) form.

use rug::integer::Order;
use rug::Integer;

/// Slot width in 64-bit limbs for the product of `a` and `b`: the smallest
/// w with 64·w ≥ bits(max|a_i|) + bits(max|b_j|) + bits(min(len a, len b)) + 1,
/// so that |c_k| ≤ min(len)·max|a|·max|b| < 2^{64w − 1}.
fn slot_limbs(a: &[Integer], b: &[Integer]) -> usize {
    let bits = |v: &[Integer]| v.iter().map(|x| x.significant_bits()).max().unwrap_or(0);
    let terms = a.len().min(b.len()) as u64;
    let need = u64::from(bits(a)) + u64::from(bits(b)) + u64::from(64 - terms.leading_zeros()) + 1;
    need.div_ceil(64) as usize
}

/// Σ v_i·2^{64·w·i}: the non-negative and the negative coefficients are
/// written into two limb arrays (no carries), then subtracted once.
fn pack(v: &[Integer], w: usize) -> Integer {
    let mut pos = vec![0u64; v.len() * w];
    let mut neg = vec![0u64; v.len() * w];
    let mut any_neg = false;
    for (i, x) in v.iter().enumerate() {
        let slot = i * w..(i + 1) * w;
        match x.cmp0() {
            std::cmp::Ordering::Greater => x.write_digits(&mut pos[slot], Order::Lsf),
            std::cmp::Ordering::Less => {
                any_neg = true;
                x.write_digits(&mut neg[slot], Order::Lsf)
            }
            std::cmp::Ordering::Equal => {}
        }
    }
    let p = Integer::from_digits(&pos, Order::Lsf);
    if any_neg {
        p - Integer::from_digits(&neg, Order::Lsf)
    } else {
        p
    }
}

/// The first n balanced digits c_k (|c_k| < 2^{64w−1}) of c = Σ c_k·2^{64wk}.
/// The digits of |c| are read slot by slot from the lowest: a slot value
/// (plus the carry) of at least 2^{64w−1} stands for value − 2^{64w} and
/// carries 1 upwards; the signs are flipped at the end when c < 0.
fn unpack(c: &Integer, w: usize, n: usize) -> Vec<Integer> {
    let mut limbs = vec![0u64; c.significant_digits::<u64>()];
    c.write_digits(&mut limbs, Order::Lsf);
    let negative = c.cmp0() == std::cmp::Ordering::Less;
    let half = Integer::from(1) << (64 * w as u32 - 1);
    let full = Integer::from(1) << (64 * w as u32);
    let mut out = Vec::with_capacity(n);
    let mut carry = false;
    for k in 0..n {
        let lo = (k * w).min(limbs.len());
        let hi = ((k + 1) * w).min(limbs.len());
        let mut d = Integer::from_digits(&limbs[lo..hi], Order::Lsf);
        if carry {
            d += 1;
        }
        carry = d >= half;
        if carry {
            d -= &full;
        }
        if negative {
            d = -d;
        }
        out.push(d);
    }
    out
}

/// The product a·b truncated to its first n coefficients,
/// [x^k](ab) = Σ_{i+j=k} a_i·b_j, by one multiplication of the packed factors.
pub(crate) fn mul_trunc(a: &[Integer], b: &[Integer], n: usize) -> Vec<Integer> {
    let a = &a[..a.len().min(n)];
    let b = &b[..b.len().min(n)];
    let trim = |v: &[Integer]| {
        v.iter()
            .rposition(|x| x.cmp0() != std::cmp::Ordering::Equal)
    };
    let (Some(ea), Some(eb)) = (trim(a), trim(b)) else {
        return vec![Integer::new(); n];
    };
    let (a, b) = (&a[..=ea], &b[..=eb]);
    let w = slot_limbs(a, b);
    let c = pack(a, w) * pack(b, w);
    unpack(&c, w, n)
}

/// The schoolbook convolution, the reference [`mul_trunc`] is tested against.
#[cfg(test)]
pub(crate) fn mul_trunc_schoolbook(a: &[Integer], b: &[Integer], n: usize) -> Vec<Integer> {
    (0..n)
        .map(|k| {
            let mut s = Integer::new();
            for (i, x) in a.iter().enumerate().take(k + 1) {
                if let Some(y) = b.get(k - i) {
                    s += x * y;
                }
            }
            s
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn big() -> impl Strategy<Value = Integer> {
        // magnitudes from 0 to ~200 bits, both signs, many exact limb edges
        (
            any::<bool>(),
            prop::collection::vec(any::<u64>(), 0..=3),
            0u32..64,
        )
            .prop_map(|(neg, limbs, sh)| {
                let x = Integer::from_digits(&limbs, Order::Lsf) >> sh;
                if neg {
                    -x
                } else {
                    x
                }
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        /// Kronecker against schoolbook on random signed polynomials.
        #[test]
        fn kronecker_matches_schoolbook(a in prop::collection::vec(big(), 0..20),
                                        b in prop::collection::vec(big(), 0..20),
                                        n in 0usize..45) {
            prop_assert_eq!(mul_trunc(&a, &b, n), mul_trunc_schoolbook(&a, &b, n));
        }
    }

    /// Largest magnitudes (2^k − 1, one sign) at every bit size and length,
    /// so that the slot bound is met with no slack for some (k, len).
    #[test]
    fn extreme_slots() {
        for k in 1..=140u32 {
            let m = (Integer::from(1) << k) - 1u32;
            for len in 1..=9usize {
                for (sa, sb) in [(1i32, 1i32), (1, -1), (-1, -1)] {
                    let a = vec![Integer::from(&m * sa); len];
                    let b = vec![Integer::from(&m * sb); len];
                    assert_eq!(
                        mul_trunc(&a, &b, 2 * len),
                        mul_trunc_schoolbook(&a, &b, 2 * len)
                    );
                }
            }
        }
        assert_eq!(
            mul_trunc(&[], &[Integer::from(3)], 2),
            vec![Integer::new(), Integer::new()]
        );
    }
}
