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
//! between the products. S⁴ is held the same way, and the odd powers are
//! formed by two chains on two threads, S → S⁵ → S⁹ … and S³ → S⁷ …
//! (each step one product by S⁴). Row n of the table,
//! \[xⁿ\]p = Σ_k c_k t^k with c_k = \[xⁿ\]S^{2k+1}/(2k+1) = u⁽²ᵏ⁺¹⁾/(Δ·(2k+1)),
//! is final once power m = n has been formed, so rows are handed out in
//! order while the chains run ([`inner_rows`]). `matching::inner_t_polys` (binomial convolutions, cubic in N)
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
use std::sync::mpsc::{sync_channel, SyncSender};

/// Number of entries of power m below order N: m + 2i < N.
fn len(order: usize, m: usize) -> usize {
    order.saturating_sub(m).div_ceil(2)
}

/// A factor S^e (e = 2 or 4) as v_l = D·\[x^{e+2l}\]S^e over its lcm
/// denominator D: multiplying a power by it is (u ∗ v)/D.
struct Factor {
    v: Vec<Integer>,
    d: Integer,
}

impl Factor {
    /// From w_l = scale·\[x^{e+2l}\]S^e: reduced, and put over the lcm of the denominators.
    fn from_scaled(w: Vec<Integer>, scale: &Integer) -> Factor {
        let q: Vec<Rational> = map_items(w, |w| Rational::from((w, scale)));
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
        Factor { v, d }
    }

    /// u⁽ᵐ⁺ᵉ⁾ (its first `jn` entries) from u⁽ᵐ⁾: (u⁽ᵐ⁾ ∗ v)_j / D.
    fn times(&self, u: &[Integer], jn: usize) -> Vec<Integer> {
        if jn == 0 {
            return Vec::new();
        }
        let w = mul_trunc(u, &self.v, jn);
        map_items(w, |mut x| {
            x.div_exact_mut(&self.d);
            x
        })
    }
}

/// The fixed tables of one order N: n! and Δ/n! for n < N (Δ = (N − 1)!),
/// S² and S⁴ as [`Factor`]s.
struct Tables {
    fact: Vec<Integer>,
    delta_over: Vec<Integer>,
    s2: Factor,
    s4: Factor,
}

impl Tables {
    /// n! and Δ/n! for n < `order`; S² = S·S from Δ·S and S⁴ = S²·S² by
    /// one product each, reduced to their lcm denominators.
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
        let s1 = first_power(order, &delta_over);
        let delta_sq = Integer::from(&delta_over[0] * &delta_over[0]);
        let s2 = Factor::from_scaled(mul_trunc(&s1, &s1, len(order, 2)), &delta_sq);
        let d_sq = Integer::from(&s2.d * &s2.d);
        let s4 = Factor::from_scaled(mul_trunc(&s2.v, &s2.v, len(order, 4)), &d_sq);
        Tables {
            fact,
            delta_over,
            s2,
            s4,
        }
    }

    /// Column m of the table: c_k of xⁿ (n = m + 2i, k = (m − 1)/2) from
    /// u⁽ᵐ⁾_i: u_i/(Δ·m) = (u_i/(Δ/n!))/(n!·m), reduced.
    fn column(&self, m: usize, u: &[Integer]) -> Vec<Rational> {
        map_items(
            u.iter().enumerate().collect(),
            |(i, x): (usize, &Integer)| {
                let n = m + 2 * i;
                let e = Integer::from(x.div_exact_ref(&self.delta_over[n]));
                Rational::from((e, Integer::from(&self.fact[n] * m as u64)))
            },
        )
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

type Column = (usize, Vec<Rational>);

/// One chain of powers m, m + 4, m + 8, … < `order` from u⁽ᵐ⁾: each
/// column sent as it is formed; stops when the receiver has gone.
fn chain(t: &Tables, order: usize, mut m: usize, mut u: Vec<Integer>, tx: SyncSender<Column>) {
    while m < order {
        if tx.send((m, t.column(m, &u))).is_err() {
            return;
        }
        if m + 4 < order {
            u = t.s4.times(&u, len(order, m + 4));
        }
        m += 4;
    }
}

/// Rows n = 1, 3, 5, … < `order` of the table, in order, each handed to
/// `emit` as soon as it is final: (n, \[c₀, c₁, …\]) with
/// \[xⁿ\]p = Σ_k c_k t^k, c_k = \[xⁿ\]S^{2k+1}/(2k+1) reduced. The powers
/// are formed by two chains on their own threads, S, S⁵, S⁹, … and S³, S⁷, …
/// (each step ×S⁴); row n is final when column n has arrived. An error of
/// `emit` stops both and is returned.
pub fn inner_rows(
    order: usize,
    emit: &mut dyn FnMut(usize, Vec<Rational>) -> Result<()>,
) -> Result<()> {
    if order < 2 {
        return Ok(());
    }
    let t = Tables::new(order);
    let u1 = first_power(order, &t.delta_over);
    let u3 = t.s2.times(&u1, len(order, 3));
    let (tx1, rx1) = sync_channel::<Column>(2);
    let (tx3, rx3) = sync_channel::<Column>(2);
    std::thread::scope(|s| {
        let t = &t;
        let a = s.spawn(move || chain(t, order, 1, u1, tx1));
        let b = s.spawn(move || chain(t, order, 3, u3, tx3));
        // rows[(n − 1)/2]: the c_k of xⁿ found so far
        let mut rows: Vec<Vec<Rational>> = vec![Vec::new(); len(order, 1)];
        let mut out = Ok(());
        for m in (1..order).step_by(2) {
            let rx = if m % 4 == 1 { &rx1 } else { &rx3 };
            let Ok((got, col)) = rx.recv() else { break };
            debug_assert_eq!(got, m);
            let base = (m - 1) / 2;
            for (i, c) in col.into_iter().enumerate() {
                rows[base + i].push(c);
            }
            if let Err(e) = emit(m, std::mem::take(&mut rows[base])) {
                out = Err(e);
                break;
            }
        }
        drop((rx1, rx3));
        crate::parallel::join(a);
        crate::parallel::join(b);
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
