//! Kernels for series over ℚ on GMP integers: the [`Coeff`](super::Coeff)
//! hooks of ℚ (`kernel_mul`, `kernel_inverse`, `kernel_exp`,
//! `kernel_riccati`). The generic loops of [`Series`](crate::series::Series)
//! stay the reference and run for every other ring; `series/kernel_tests.rs`
//! checks the two against each other.
//!
//! Scaling: with L a common denominator of h's coefficients, the integers
//! Ĥ_k = h_k·L^k·k! absorb every denominator, and a product turns into a
//! binomial convolution: if a_k = A_k/(L^k k!) and b_k = B_k/(L^k k!), then
//! [x^j](ab) = (Σ_i C(j, i)·A_i·B_{j−i})/(L^j j!). No gcd is taken until the
//! one reduction per output coefficient.

use crate::coeff::gmp::{int_to_rug, q_from_rug};
use crate::coeff::Q;
use rug::ops::Pow;
use rug::{Integer, Rational};

/// A small L with den(h_k) | L^k for every k: a k-th root of den(h_k) when
/// it is a perfect power, else den(h_k) itself, combined by lcm. (A smaller
/// L keeps the scaled integers short: tanh(c(x + a x³)) with decimal c, a
/// needs L = den(c), not den(c·a).)
fn common_scale(h: &[Q]) -> Integer {
    let mut l = Integer::from(1);
    let mut lk = Integer::from(1); // L^k
    for (k, v) in h.iter().enumerate().skip(1) {
        lk *= &l;
        let den = int_to_rug(v.denom());
        if num_traits::Zero::is_zero(v) || lk.is_divisible(&den) {
            continue;
        }
        let root = Integer::from(den.root_ref(k as u32));
        let r = if Integer::from(Pow::pow(&root, k as u32)) == den {
            root
        } else {
            den.clone()
        };
        l.lcm_mut(&r);
        if !Integer::from(Pow::pow(&l, k as u32)).is_divisible(&den) {
            l.lcm_mut(&den);
        }
        lk = Integer::from(Pow::pow(&l, k as u32));
    }
    l
}

/// Largest common scale L (bits) for which the scaled-integer kernels run;
/// past it (denominators with many different primes, where L^k outgrows the
/// true denominators) the generic loops are used.
const MAX_SCALE_BITS: u32 = 64;

/// Ĥ_k = h_k·L^k·k! for k < n, and L (see [`common_scale`]); `None` when L
/// has more than [`MAX_SCALE_BITS`] bits.
fn scale(h: &[Q]) -> Option<(Vec<Integer>, Integer)> {
    let l = common_scale(h);
    if l.significant_bits() > MAX_SCALE_BITS {
        return None;
    }
    let mut out = Vec::with_capacity(h.len());
    let mut lk = Integer::from(1); // L^k·k!
    for (k, v) in h.iter().enumerate() {
        if k > 0 {
            lk *= &l;
            lk *= k as u32;
        }
        if num_traits::Zero::is_zero(v) {
            out.push(Integer::new());
            continue;
        }
        let den = int_to_rug(v.denom());
        out.push(int_to_rug(v.numer()) * Integer::from(lk.div_exact_ref(&den)));
    }
    Some((out, l))
}

/// Σ_i C(j, i)·τ_i·τ_{j−i} (τ_0 = 0), by symmetry; large j on two threads.
fn binomial_square(tau: &[Integer], binom: &[Integer], j: usize) -> Integer {
    let part = |start: usize, step: usize| {
        let mut sq = Integer::new();
        for i in (start..=j / 2).step_by(step) {
            // the binomial times the shorter factor first
            let mut p = Integer::from(&tau[i] * &binom[i]);
            p *= &tau[j - i];
            if 2 * i < j {
                p <<= 1;
            }
            sq += p;
        }
        sq
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if j < 256 || threads < 2 {
        return part(1, 1);
    }
    std::thread::scope(|s| {
        let other = s.spawn(|| part(2, 2));
        let mut sq = part(1, 2);
        sq += crate::parallel::join(other);
        sq
    })
}

/// T with T′ = h′·(1 + s·T²), T(0) = 0 (tan for s = 1, tanh for s = −1), to
/// the order of h. Requires h(0) = 0.
///
/// With τ_m = T_m·L^m·m! and υ_j = u_j·L^j·j! for u = 1 + s·T²:
/// υ_j = [j = 0] + s·Σ_i C(j, i)·τ_i·τ_{j−i},  τ_m = Σ_i C(m−1, i)·Ĥ_{i+1}·υ_{m−1−i}.
pub(crate) fn riccati_q(h: &[Q], s: i32) -> Option<Vec<Q>> {
    let n = h.len();
    if n == 0 {
        return Some(Vec::new());
    }
    let (hh, l) = scale(h)?;
    let nz: Vec<usize> = (1..n)
        .filter(|&k| hh[k].cmp0() != std::cmp::Ordering::Equal)
        .collect();
    let mut tau: Vec<Integer> = vec![Integer::new()];
    let mut ups: Vec<Integer> = Vec::with_capacity(n);
    let mut binom: Vec<Integer> = vec![Integer::from(1)]; // row j of Pascal's triangle
    for m in 1..n {
        let j = m - 1;
        if j > 0 {
            let mut next = Vec::with_capacity(j + 1);
            next.push(Integer::from(1));
            for i in 1..j {
                next.push(Integer::from(&binom[i - 1] + &binom[i]));
            }
            next.push(Integer::from(1));
            binom = next;
        }
        let sq = binomial_square(&tau, &binom, j);
        let mut u = if s > 0 { sq } else { -sq };
        if j == 0 {
            u += 1;
        }
        ups.push(u);
        // τ_m = Σ_{i: Ĥ_{i+1} ≠ 0} C(m−1, i) Ĥ_{i+1} υ_{m−1−i}
        let mut t = Integer::new();
        for &k in nz.iter().take_while(|&&k| k <= m) {
            let i = k - 1;
            let mut p = Integer::from(&hh[k] * &ups[j - i]);
            p *= &binom[i];
            t += p;
        }
        tau.push(t);
    }
    // T_m = τ_m/(L^m m!)
    let mut dens = Vec::with_capacity(n);
    let mut d = Integer::from(1);
    for m in 0..n {
        if m > 0 {
            d *= &l;
            d *= m as u32;
        }
        dens.push(d.clone());
    }
    let pairs: Vec<(Integer, Integer)> = tau.into_iter().zip(dens).collect();
    Some(crate::parallel::map_items(pairs, |(t, d)| {
        q_from_rug(&Rational::from((t, d)))
    }))
}

/// Numerators over the lcm D of the denominators, v_i = P_i/D, and the
/// prefix lcms D_k = lcm(den v_0, …, den v_k) (D_k | D, the last is D).
fn over_common(v: &[Q]) -> (Vec<Integer>, Vec<Integer>) {
    let mut d = Integer::from(1);
    let mut prefix = Vec::with_capacity(v.len());
    for x in v {
        let den = int_to_rug(x.denom());
        if !d.is_divisible(&den) {
            d.lcm_mut(&den);
        }
        prefix.push(d.clone());
    }
    let p = v
        .iter()
        .map(|x| int_to_rug(x.numer()) * Integer::from(d.div_exact_ref(&int_to_rug(x.denom()))))
        .collect();
    (p, prefix)
}

/// The product a·b truncated to order n (n ≤ what a and b determine):
/// [x^k] = (Σ_i P_i·R_{k−i})/(D_a·D_b), the integer convolution by one
/// Kronecker-substituted GMP multiplication ([`super::kronecker`]), one
/// reduction per coefficient. Every P_i with i ≤ k is a multiple of
/// D_a/D_a,k (the prefix lcm, see [`over_common`]), likewise for R, so the
/// known factor (D_a/D_a,k)·(D_b/D_b,k) is divided out exactly first and the
/// gcd runs against the shorter denominator D_a,k·D_b,k.
pub(crate) fn mul_q(a: &[Q], b: &[Q], n: usize) -> Vec<Q> {
    let (pa, prea) = over_common(&a[..a.len().min(n)]);
    let (pb, preb) = over_common(&b[..b.len().min(n)]);
    let (Some(da), Some(db)) = (prea.last(), preb.last()) else {
        return vec![<Q as num_traits::Zero>::zero(); n];
    };
    let c = super::kronecker::mul_trunc(&pa, &pb, n);
    let at = |pre: &[Integer], k: usize| pre[k.min(pre.len() - 1)].clone();
    let items: Vec<(Integer, Integer, Integer)> = c
        .into_iter()
        .enumerate()
        .map(|(k, s)| (s, at(&prea, k), at(&preb, k)))
        .collect();
    crate::parallel::map_items(items, |(s, dak, dbk)| {
        let known = Integer::from(da.div_exact_ref(&dak)) * Integer::from(db.div_exact_ref(&dbk));
        let num = s.div_exact(&known);
        q_from_rug(&Rational::from((num, dak * dbk)))
    })
}

/// 1/f to the order of f, given inv0 = 1/f(0). With u = inv0·f (u(0) = 1)
/// and u_j = U_j/L^j (see [`common_scale`]): 1/u = Σ B_k x^k/L^k with
/// B_0 = 1, B_k = −Σ_{j=1..k} U_j·B_{k−j}.
pub(crate) fn inverse_q(f: &[Q], inv0: &Q) -> Option<Vec<Q>> {
    let n = f.len();
    let u: Vec<Q> = f.iter().map(|c| c * inv0).collect();
    let l = common_scale(&u);
    if l.significant_bits() > MAX_SCALE_BITS {
        return Some(inverse_mpq(f, inv0));
    }
    let mut uu = Vec::with_capacity(n);
    let mut lj = Integer::from(1);
    for (j, v) in u.iter().enumerate() {
        if j > 0 {
            lj *= &l;
        }
        uu.push(int_to_rug(v.numer()) * Integer::from(lj.div_exact_ref(&int_to_rug(v.denom()))));
    }
    let nz: Vec<usize> = (1..n)
        .filter(|&j| uu[j].cmp0() != std::cmp::Ordering::Equal)
        .collect();
    let mut b: Vec<Integer> = Vec::with_capacity(n);
    b.push(Integer::from(1));
    for k in 1..n {
        let mut s = Integer::new();
        for &j in nz.iter().take_while(|&&j| j <= k) {
            s -= &uu[j] * &b[k - j];
        }
        b.push(s);
    }
    let i0 = crate::coeff::gmp::q_to_rug(inv0);
    let mut lk = Integer::from(1);
    let mut items = Vec::with_capacity(n);
    for (k, bk) in b.into_iter().enumerate() {
        if k > 0 {
            lk *= &l;
        }
        items.push((bk, lk.clone()));
    }
    Some(crate::parallel::map_items(items, |(bk, lk)| {
        q_from_rug(&(Rational::from((bk, lk)) * &i0))
    }))
}

/// exp(h) to the order of h, h(0) = 0. With Ĥ_k = h_k·L^k·k! and
/// Ê_m = E_m·L^m·m!: Ê_0 = 1, Ê_m = Σ_{k=1..m} C(m−1, k−1)·Ĥ_k·Ê_{m−k}.
pub(crate) fn exp_q(h: &[Q]) -> Option<Vec<Q>> {
    let n = h.len();
    let Some((hh, l)) = scale(h) else {
        return Some(exp_mpq(h));
    };
    let nz: Vec<usize> = (1..n)
        .filter(|&k| hh[k].cmp0() != std::cmp::Ordering::Equal)
        .collect();
    let mut e: Vec<Integer> = Vec::with_capacity(n);
    e.push(Integer::from(1));
    let mut binom: Vec<Integer> = vec![Integer::from(1)]; // row m − 1
    for m in 1..n {
        if m > 1 {
            let mut next = Vec::with_capacity(m);
            next.push(Integer::from(1));
            for i in 1..m - 1 {
                next.push(Integer::from(&binom[i - 1] + &binom[i]));
            }
            next.push(Integer::from(1));
            binom = next;
        }
        let mut s = Integer::new();
        for &k in nz.iter().take_while(|&&k| k <= m) {
            let mut p = Integer::from(&hh[k] * &binom[k - 1]);
            p *= &e[m - k];
            s += p;
        }
        e.push(s);
    }
    let mut d = Integer::from(1);
    let mut items = Vec::with_capacity(n);
    for (m, em) in e.into_iter().enumerate() {
        if m > 0 {
            d *= &l;
            d *= m as u32;
        }
        items.push((em, d.clone()));
    }
    Some(crate::parallel::map_items(items, |(em, d)| {
        q_from_rug(&Rational::from((em, d)))
    }))
}

use super::qpoly_mpq::{exp_mpq, inverse_mpq};
