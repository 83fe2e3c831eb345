//! The matched inner series p = Σ_k t^k·S^{2k+1}/(2k+1) (t = 2/π,
//! S = Σ (−1)ʲ x^{2j+1}/(j!·2ʲ·(2j+1)), see [`crate::matching`]) by
//! one Kronecker-substituted GMP product per power of S.
//!
//! In exponential scaling E_m(n) = n!·\[xⁿ\]S^m is an integer. Power m is
//! held as g⁽ᵐ⁾_j = E_m(m + 2j) for m + 2j < N (S is odd, so only every
//! other power of x occurs, and the length needed shrinks as m grows). A
//! product of powers a and b is the ordinary convolution of
//! f⁽ᵃ⁾_i = g⁽ᵃ⁾_i/(a + 2i)! and f⁽ᵇ⁾_l = g⁽ᵇ⁾_l/(b + 2l)!: each factor is put
//! over the common denominator of its longest entry, (a + 2(J−1))!, by the
//! falling products U_i = g⁽ᵃ⁾_i·(a + 2(J−1))!/(a + 2i)! (two word
//! multiplications per entry), the integer convolution is one GMP
//! multiplication (`coeff::kronecker`), and
//! g⁽ᵃ⁺ᵇ⁾_j = (a + b + 2j)!·Σ_i U_i V_{j−i}/((a + 2(J−1))!·(b + 2(J−1))!)
//! exactly (divisible: E_{a+b}(a + b + 2j) is an integer). Then
//! \[xⁿ\]p = Σ_k t^k·E_{2k+1}(n)/(n!·(2k+1)), one reduction per entry.
//! `matching::inner_t_polys` (binomial convolutions, cubic in N) is the
//! reference this is tested against (`tests/derive_kron.rs`).
//!
//! ```
//! use rug::Rational;
//! use taylormatch::functions::inner_kron::inner_t_polys_kron;
//! let p = inner_t_polys_kron(10);
//! // [x³]p = a = t/3 − 1/6 (t = 2/π), and every power agrees with the binomial route
//! assert_eq!(p[3], [Rational::from((-1, 6)), Rational::from((1, 3))]);
//! assert_eq!(p, taylormatch::matching::inner_t_polys(10));
//! ```

use crate::coeff::gmp::q_from_rug;
use crate::coeff::kronecker::mul_trunc;
use crate::coeff::{Coeff, Mono, Sym};
use crate::parallel::map_items;
use rug::{Integer, Rational};

/// Number of g-entries of power m below order N: m + 2j < N.
fn len(order: usize, m: usize) -> usize {
    order.saturating_sub(m).div_ceil(2)
}

/// U_i = g_i·(off + 2(J−1))!/(off + 2i)! for i < J = `jn`, and that common factorial's argument.
fn over_common(g: &[Integer], off: usize, jn: usize) -> Vec<Integer> {
    let mut r = Integer::from(1);
    let mut ratios = vec![Integer::new(); jn];
    for i in (0..jn).rev() {
        if i + 1 < jn {
            r *= (off + 2 * i + 1) as u64;
            r *= (off + 2 * i + 2) as u64;
        }
        ratios[i] = r.clone();
    }
    map_items(
        ratios.into_iter().zip(&g[..jn]).collect(),
        |(r, gi): (Integer, &Integer)| r * gi,
    )
}

/// g⁽ᵃ⁺ᵇ⁾_j for j < `jn` from g⁽ᵃ⁾ and g⁽ᵇ⁾ (see the module docs).
fn product(
    ga: &[Integer],
    a: usize,
    gb: &[Integer],
    b: usize,
    jn: usize,
    fact: &[Integer],
) -> Vec<Integer> {
    if jn == 0 {
        return Vec::new();
    }
    let u = over_common(ga, a, jn);
    let v = over_common(gb, b, jn);
    let w = mul_trunc(&u, &v, jn);
    drop((u, v));
    let den = Integer::from(&fact[a + 2 * (jn - 1)] * &fact[b + 2 * (jn - 1)]);
    map_items(w.into_iter().enumerate().collect(), |(j, wj)| {
        let mut x = wj * &fact[a + b + 2 * j];
        x.div_exact_mut(&den);
        x
    })
}

/// The same list as `matching::inner_t_polys`: element n is
/// \[c₀, c₁, …\] with \[xⁿ\]p = Σ_k c_k t^k, c_k = \[xⁿ\]S^{2k+1}/(2k+1), for n < `order`
/// (empty for even n).
pub fn inner_t_polys_kron(order: usize) -> Vec<Vec<Rational>> {
    let mut out: Vec<Vec<Rational>> = vec![Vec::new(); order];
    if order < 2 {
        return out;
    }
    let mut fact = vec![Integer::from(1)];
    for r in 1..=order + 2 {
        let next = Integer::from(&fact[r - 1] * r as u64);
        fact.push(next);
    }
    // g⁽¹⁾_j = E_1(2j + 1) = (−1)^j (2j − 1)!!
    let mut g1 = Vec::with_capacity(len(order, 1));
    let mut df = Integer::from(1);
    for j in 0..len(order, 1) {
        if j > 0 {
            df *= 2 * j as u64 - 1;
        }
        g1.push(if j % 2 == 0 {
            df.clone()
        } else {
            Integer::from(-&df)
        });
    }
    let g2 = product(&g1, 1, &g1, 1, len(order, 2), &fact);
    let mut cur = g1;
    let mut m = 1usize;
    while m < order {
        let k = (m - 1) / 2;
        // c_k of xⁿ, n = m + 2j: E_m(n)/(n!·m), reduced
        let cs = map_items(
            cur.iter().enumerate().collect(),
            |(j, e): (usize, &Integer)| {
                let n = m + 2 * j;
                Rational::from((e.clone(), Integer::from(&fact[n] * m as u64)))
            },
        );
        for (j, c) in cs.into_iter().enumerate() {
            let poly = &mut out[m + 2 * j];
            debug_assert_eq!(poly.len(), k);
            poly.push(c);
        }
        if m + 2 < order {
            cur = product(&cur, m, &g2, 2, len(order, m + 2), &fact);
        }
        m += 2;
    }
    out
}

/// Σ_k c_k t^k (t = 2/π) as a [`Sym`]: the terms 2^k·c_k·π^{−k} have
/// distinct monomials, so they are inserted one by one (the same value as
/// `matching::t_poly_to_sym`, without its sums of partial `Sym`s).
pub fn t_poly_sym(poly: &[Rational]) -> Sym {
    let mut s = Sym::zero();
    for (k, c) in poly.iter().enumerate() {
        if *c == 0 {
            continue;
        }
        let m = Mono {
            vars: vec![],
            pi_half: -2 * k as i32,
            sqrt2: false,
        };
        s.add_term(m, q_from_rug(&Rational::from(c << k as u32)));
    }
    s
}
