//! The matched inner series p = Σ_k t^k·S^{2k+1}/(2k+1) (t = 2/π,
//! S = Σ (−1)ʲ x^{2j+1}/(j!·2ʲ·(2j+1)), see [`crate::matching`]) by
//! one Kronecker-substituted GMP product per power of S, row by row.
//!
//! With Δ = (N − 1)! (N the order) every Δ·\[xⁿ\]S^m (n < N) is an integer:
//! n!·\[xⁿ\]S^m is one (S has integer exponential coefficients
//! (−1)ʲ(2j − 1)!!, and binomial convolutions keep them integral), and
//! Δ/n! is one. Power m is held as u⁽ᵐ⁾_i = Δ·\[x^{m+2i}\]S^m for
//! m + 2i < N (S is odd, so only every other power of x occurs, and the
//! length needed shrinks as m grows). S² is held once as
//! v_l = D·\[x^{2+2l}\]S² over its own common denominator D (the lcm of the
//! reduced denominators, about 0.6·log₂ Δ bits), so that
//! u⁽ᵐ⁺²⁾_j = Σ_i u⁽ᵐ⁾_i·v_{j−i} / D
//! is one GMP multiplication of the packed vectors (`coeff::kronecker`)
//! and one exact division by the fixed D per entry: no entry is rescaled
//! between the products. Row n of the table,
//! \[xⁿ\]p = Σ_k c_k t^k with c_k = \[xⁿ\]S^{2k+1}/(2k+1) = u⁽²ᵏ⁺¹⁾/(Δ·(2k+1)),
//! is final once power m = n has been formed, so rows are handed out in
//! order while the chain runs ([`inner_rows`], the chain on its own
//! thread). `matching::inner_t_polys` (binomial convolutions, cubic in N)
//! is the reference this is tested against (`tests/derive_kron.rs`).
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
use crate::error::Result;
use crate::parallel::map_items;
use rug::{Integer, Rational};

/// Number of entries of power m below order N: m + 2i < N.
fn len(order: usize, m: usize) -> usize {
    order.saturating_sub(m).div_ceil(2)
}

/// The fixed tables of one order N: n! and Δ/n! for n < N (Δ = (N − 1)!),
/// and v (S² over its denominator D) with D.
struct Tables {
    fact: Vec<Integer>,
    delta_over: Vec<Integer>,
    v: Vec<Integer>,
    d: Integer,
}

impl Tables {
    /// n! and Δ/n! for n < `order`; S² = S·S from S's exponential
    /// coefficients by one product, reduced to its lcm denominator.
    fn new(order: usize) -> Tables {
        let mut fact = vec![Integer::from(1)];
        for r in 1..order {
            let next = Integer::from(&fact[r - 1] * r as u64);
            fact.push(next);
        }
        let mut delta_over = vec![Integer::from(1); order];
        for n in (0..order.saturating_sub(1)).rev() {
            delta_over[n] = Integer::from(&delta_over[n + 1] * (n + 1) as u64);
        }
        // u⁽¹⁾_i = Δ·(−1)^i/(i!·2^i·(2i + 1)) = Δ/(2i+1)!·(−1)^i·(2i − 1)!!
        let s1 = first_power(order, &delta_over);
        // Δ²·[x^{2+2l}]S², then the reduced ordinary coefficients, their lcm D
        let sq = mul_trunc(&s1, &s1, len(order, 2));
        let delta_sq = Integer::from(&delta_over[0] * &delta_over[0]);
        let q: Vec<Rational> = map_items(sq, |w| Rational::from((w, &delta_sq)));
        let mut d = Integer::from(1);
        for c in &q {
            if !d.is_divisible(c.denom()) {
                d.lcm_mut(c.denom());
            }
        }
        let v = q
            .iter()
            .map(|c| c.numer() * Integer::from(&d / c.denom()))
            .collect();
        Tables {
            fact,
            delta_over,
            v,
            d,
        }
    }
}

/// u⁽¹⁾_i = Δ·[x^{2i+1}]S = (Δ/(2i + 1)!)·(−1)^i·(2i − 1)!! for 2i + 1 < N.
fn first_power(order: usize, delta_over: &[Integer]) -> Vec<Integer> {
    let mut df = Integer::from(1);
    (0..len(order, 1))
        .map(|i| {
            if i > 0 {
                df *= 2 * i as u64 - 1;
            }
            let x = Integer::from(&delta_over[2 * i + 1] * &df);
            if i % 2 == 0 {
                x
            } else {
                -x
            }
        })
        .collect()
}

/// u⁽ᵐ⁺²⁾ (its first `jn` entries) from u⁽ᵐ⁾: (u⁽ᵐ⁾ ∗ v)_j / D.
fn next_power(u: &[Integer], t: &Tables, jn: usize) -> Vec<Integer> {
    if jn == 0 {
        return Vec::new();
    }
    let w = mul_trunc(u, &t.v, jn);
    map_items(w, |mut x| {
        x.div_exact_mut(&t.d);
        x
    })
}

/// Rows n = 1, 3, 5, … < `order` of the table, in order, each handed to
/// `emit` as soon as it is final: (n, \[c₀, c₁, …\]) with
/// \[xⁿ\]p = Σ_k c_k t^k, c_k = \[xⁿ\]S^{2k+1}/(2k+1) reduced. The chain of
/// powers runs on its own thread; an error of `emit` stops it and is returned.
pub fn inner_rows(
    order: usize,
    emit: &mut dyn FnMut(usize, Vec<Rational>) -> Result<()>,
) -> Result<()> {
    if order < 2 {
        return Ok(());
    }
    let (tx, rx) = std::sync::mpsc::sync_channel::<(usize, Vec<Rational>)>(2);
    std::thread::scope(|s| {
        let chain = s.spawn(move || {
            let t = Tables::new(order);
            // rows[(n − 1)/2]: the c_k of xⁿ found so far
            let mut rows: Vec<Vec<Rational>> = vec![Vec::new(); len(order, 1)];
            let mut u = first_power(order, &t.delta_over);
            let mut m = 1usize;
            while m < order {
                // c_k of xⁿ, n = m + 2i: u_i/(Δ·m) = (u_i/(Δ/n!))/(n!·m), reduced
                let cs = map_items(
                    u.iter().enumerate().collect(),
                    |(i, x): (usize, &Integer)| {
                        let n = m + 2 * i;
                        let e = Integer::from(x.div_exact_ref(&t.delta_over[n]));
                        Rational::from((e, Integer::from(&t.fact[n] * m as u64)))
                    },
                );
                let base = (m - 1) / 2;
                for (i, c) in cs.into_iter().enumerate() {
                    rows[base + i].push(c);
                }
                if tx.send((m, std::mem::take(&mut rows[base]))).is_err() {
                    return; // the receiver stopped
                }
                if m + 2 < order {
                    u = next_power(&u, &t, len(order, m + 2));
                }
                m += 2;
            }
        });
        let mut out = Ok(());
        for (n, row) in rx.iter() {
            if let Err(e) = emit(n, row) {
                out = Err(e);
                break;
            }
        }
        drop(rx);
        crate::parallel::join(chain);
        out
    })
}

/// The same list as `matching::inner_t_polys`: element n is
/// \[c₀, c₁, …\] with \[xⁿ\]p = Σ_k c_k t^k, c_k = \[xⁿ\]S^{2k+1}/(2k+1), for n < `order`
/// (empty for even n).
pub fn inner_t_polys_kron(order: usize) -> Vec<Vec<Rational>> {
    let mut out: Vec<Vec<Rational>> = vec![Vec::new(); order];
    // `emit` never fails, so neither does the walk
    let _ = inner_rows(order, &mut |n, row| {
        out[n] = row;
        Ok(())
    });
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
