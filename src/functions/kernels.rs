//! GMP routes for the named functions whose every coefficient is a rational
//! times a fixed monomial: tanh (tangent numbers), sigmoid, artanh and the
//! erf core. `rug` end to end, with the per-coefficient gcd reductions shared
//! across threads; `tests/` checks them against the generic engine.
//!
//! ```
//! use taylormatch::functions::kernels::{erf_core_rug, tanh_rug};
//! use rug::Rational;
//! // tanh(x) = x − x³/3 + 2x⁵/15 − …
//! let t = tanh_rug(6);
//! assert_eq!(t[3], Rational::from((-1, 3)));
//! assert_eq!(t[5], Rational::from((2, 15)));
//! // erf(x/√2) = √(2/π)·(x − x³/6 + x⁵/40 − …)
//! let s = erf_core_rug(6, true);
//! assert_eq!((s[3].clone(), s[5].clone()), (Rational::from((-1, 6)), Rational::from((1, 40))));
//! ```

use crate::series::tangent_numbers_staged;
use rug::{Integer, Rational};

/// tanh(x) to order n: [x^{2k+1}] = (−1)^k T_{k+1}/(2k+1)!, T the tangent
/// numbers; each quotient brought to lowest terms by [`lowest_terms`].
pub fn tanh_rug(n: usize) -> Vec<Rational> {
    let mut c = Vec::with_capacity(n);
    tanh_blocks(n, n.max(1), &mut |b| {
        c.extend(b);
        Ok::<(), ()>(())
    })
    .unwrap_or_default();
    c
}

/// [`tanh_rug`] handed out in blocks of `block` consecutive powers (the last
/// may be shorter), lowest first, each as soon as its tangent numbers are
/// known: they come in stages of doubling length
/// ([`tangent_numbers_staged`]), so the first rows are ready after a small
/// part of the work; the reductions run block by block, so only one block of
/// reduced coefficients is held at a time. Stops at the first error of `emit`.
pub fn tanh_blocks<E>(
    n: usize,
    block: usize,
    emit: &mut dyn FnMut(Vec<Rational>) -> Result<(), E>,
) -> Result<(), E> {
    assert!(block > 0);
    let m = n / 2; // odd powers 1, 3, …, 2m−1 < n
    let primes = OddPrimes::up_to(2 * m as u32 + 1);
    let mut fact = Integer::from(1); // (2k+1)!
    let mut k = 0usize; // next odd power 2k + 1
    let mut lo = 0usize; // next power to hand out
    tangent_numbers_staged(m, &mut |t| {
        while lo < n {
            let hi = (lo + block).min(n);
            // the block needs T_{k+1} for every 2k + 1 < hi
            if t.len() < m && hi > 2 * t.len() + 1 {
                break;
            }
            let mut pairs = Vec::new();
            while 2 * k + 1 < hi {
                if k > 0 {
                    fact *= (2 * k) as u32;
                    fact *= (2 * k + 1) as u32;
                }
                pairs.push((k, t[k].clone(), fact.clone()));
                k += 1;
            }
            let odd = crate::parallel::map_items(pairs, |(k, tk, f)| {
                let r = lowest_terms(tk, f, 2 * k as u32 + 1, &primes);
                (k, if k % 2 == 1 { -r } else { r })
            });
            let mut c = vec![Rational::new(); hi - lo];
            for (k, r) in odd {
                c[2 * k + 1 - lo] = r;
            }
            emit(c)?;
            lo = hi;
        }
        Ok(())
    })
}

/// The odd primes up to a bound, in blocks of 32 with each block's product
/// (for one remainder per block instead of one per prime).
pub struct OddPrimes {
    blocks: Vec<(Integer, Vec<u32>)>,
    product: Integer,
}

impl OddPrimes {
    /// The odd primes ≤ `n` (a sieve).
    pub fn up_to(n: u32) -> OddPrimes {
        let n = n as usize;
        let mut composite = vec![false; n + 1];
        let mut primes = Vec::new();
        for i in (3..=n).step_by(2) {
            if !composite[i] {
                primes.push(i as u32);
                for j in (i * i..=n).step_by(2 * i) {
                    composite[j] = true;
                }
            }
        }
        let blocks: Vec<(Integer, Vec<u32>)> = primes
            .chunks(32)
            .map(|c| (c.iter().fold(Integer::from(1), |a, &p| a * p), c.to_vec()))
            .collect();
        let product = blocks.iter().fold(Integer::from(1), |a, (b, _)| a * b);
        OddPrimes { blocks, product }
    }
}

/// num/f in lowest terms, where f = d! and every prime of `primes` up to d
/// is listed (so every common prime factor, being ≤ d, is): for each prime
/// p | num (2 by its trailing zeros, odd p by one remainder modulo the
/// product of all odd primes, then one per block), p is divided out of
/// both min(v_p(num), v_p(d!)) times. No gcd of the long integers is run.
pub fn lowest_terms(mut num: Integer, mut f: Integer, d: u32, primes: &OddPrimes) -> Rational {
    let legendre = |p: u32| {
        let (mut e, mut q) = (0u32, d / p);
        while q > 0 {
            e += q;
            q /= p;
        }
        e
    };
    if num == 0 {
        return Rational::new();
    }
    let twos = num.find_one(0).unwrap_or(0).min(legendre(2));
    num >>= twos;
    f >>= twos;
    let r = Integer::from(&num % &primes.product);
    for (prod, block) in &primes.blocks {
        if block[0] > d {
            break;
        }
        let rb = Integer::from(&r % prod);
        for &p in block.iter().take_while(|&&p| p <= d) {
            if rb.mod_u(p) != 0 {
                continue;
            }
            let cap = legendre(p);
            let mut e = 0;
            while e < cap && num.is_divisible_u(p) {
                num.div_exact_u_mut(p);
                f.div_exact_u_mut(p);
                e += 1;
            }
        }
    }
    // SAFETY: f > 0, and num and f have no common prime: such a prime
    // divides d!, so it is ≤ d, and each was divided out as often as both allow.
    unsafe { Rational::from_canonical(num, f) }
}

/// σ(x) = ½ + ½·tanh(x/2) to order n: \[xⁿ\] = tanhₙ/2ⁿ⁺¹ (n ≥ 1), \[x⁰\] = ½.
pub fn sigmoid_rug(n: usize) -> Vec<Rational> {
    let mut c = Vec::with_capacity(n);
    sigmoid_blocks(n, n.max(1), &mut |b| {
        c.extend(b);
        Ok::<(), ()>(())
    })
    .unwrap_or_default();
    c
}

/// [`sigmoid_rug`] in blocks of `block` powers, lowest first (see [`tanh_blocks`]).
pub fn sigmoid_blocks<E>(
    n: usize,
    block: usize,
    emit: &mut dyn FnMut(Vec<Rational>) -> Result<(), E>,
) -> Result<(), E> {
    let mut lo = 0usize;
    tanh_blocks(n, block, &mut |mut c| {
        for (j, v) in c.iter_mut().enumerate() {
            *v >>= (lo + j + 1) as u32;
        }
        if lo == 0 {
            if let Some(c0) = c.first_mut() {
                *c0 = Rational::from((1, 2));
            }
        }
        lo += c.len();
        emit(c)
    })
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
