//! The coefficients of p as polynomials in t = 2/π over ℚ, by two routes:
//! [`inner_t_polys`], the powers of S in exponential scaling with integer
//! arithmetic and parity, and [`inner_t_polys_reference`], the plain rational
//! products (see the parent module for the formula).

use crate::functions::erf_core_q;
use crate::numeric::convert::q_to_rug;
use rug::{Assign, Integer, Rational};

/// Coefficients of p as polynomials in t = 2/π over ℚ: element n is the list
/// [c₀, c₁, …] with \[xⁿ\]p = Σ_k c_k t^k, for n < `order` (empty for 0).
///
/// \[xⁿ\]p = Σ_k \[xⁿ\]S^{2k+1}/(2k+1) · t^k (see [`crate::matching`]). The powers of
/// S are taken in exponential (Borel) scaling, E_m(n) = n!·\[xⁿ\]S^m, which is
/// integral: E_1(2j+1) = (−1)^j (2j−1)!!, and
/// E_{m+2}(n) = Σ_i C(n, i)·E_m(i)·E_2(n−i). So the inner loop is integer
/// multiply–add only; c_k = E_{2k+1}(n)/(n!·(2k+1)). About order³/48 products.
pub fn inner_t_polys(order: usize) -> Vec<Vec<Rational>> {
    let mut out: Vec<Vec<Rational>> = vec![Vec::new(); order];
    if order < 2 {
        return out;
    }
    let binom = pascal(order);
    // E_1: odd n = 2j+1 ↦ (−1)^j (2j−1)!!
    let mut e1 = vec![Integer::new(); order];
    let mut dfact = Integer::from(1);
    for (j, n) in (1..order).step_by(2).enumerate() {
        if j > 0 {
            dfact *= 2 * j as u32 - 1;
        }
        e1[n] = if j % 2 == 0 {
            dfact.clone()
        } else {
            Integer::from(-&dfact)
        };
    }
    let e2 = egf_mul(&e1, &e1, &binom, 2);
    let mut fact = vec![Integer::from(1); order];
    for n in 1..order {
        fact[n] = Integer::from(&fact[n - 1] * n as u32);
    }
    let mut cur = e1;
    let mut k = 0usize;
    while 2 * k + 1 < order {
        for n in (2 * k + 1..order).step_by(2) {
            let den = Integer::from(&fact[n] * (2 * k as u32 + 1));
            let poly = &mut out[n];
            poly.resize(k + 1, Rational::new());
            poly[k] = Rational::from((cur[n].clone(), den));
        }
        k += 1;
        if 2 * k + 1 < order {
            cur = egf_mul(&cur, &e2, &binom, 2 * k + 1);
        }
    }
    out
}

/// Rows 0 … n−1 of Pascal's triangle.
fn pascal(n: usize) -> Vec<Vec<Integer>> {
    let mut rows: Vec<Vec<Integer>> = Vec::with_capacity(n);
    for r in 0..n {
        let mut row = vec![Integer::from(1); r + 1];
        for i in 1..r {
            row[i] = Integer::from(&rows[r - 1][i - 1] + &rows[r - 1][i]);
        }
        rows.push(row);
    }
    rows
}

/// EGF product truncated to the length of `a`: c(n) = Σ_i C(n, i)·a(i)·b(n−i),
/// for n ≥ `start` (entries below are 0 by valuation).
fn egf_mul(a: &[Integer], b: &[Integer], binom: &[Vec<Integer>], start: usize) -> Vec<Integer> {
    let order = a.len();
    let mut c = vec![Integer::new(); order];
    let mut tmp = Integer::new();
    for (n, cn) in c.iter_mut().enumerate().skip(start) {
        for i in 0..=n {
            let j = n - i;
            if a[i].is_zero() || j >= b.len() || b[j].is_zero() {
                continue;
            }
            tmp.assign(&binom[n][i] * &a[i]);
            tmp *= &b[j];
            *cn += &tmp;
        }
    }
    c
}

/// The same as [`inner_t_polys`] by plain rational arithmetic on the
/// ordinary coefficients of S^{2k+1} (the simple reference route, for tests).
pub fn inner_t_polys_reference(order: usize) -> Vec<Vec<Rational>> {
    let s: Vec<Rational> = erf_core_q(order, true)
        .coeffs()
        .iter()
        .map(q_to_rug)
        .collect();
    let mut out: Vec<Vec<Rational>> = vec![Vec::new(); order];
    if order < 2 {
        return out;
    }
    let s2 = mul_parity(&s, &s, order, 2);
    let mut cur = s;
    let mut k = 0usize;
    while 2 * k + 1 < order {
        let den = Rational::from(2 * k as u32 + 1);
        for n in (2 * k + 1..order).step_by(2) {
            let poly = &mut out[n];
            poly.resize(k + 1, Rational::new());
            poly[k] = Rational::from(&cur[n] / &den);
        }
        k += 1;
        if 2 * k + 1 < order {
            cur = mul_parity(&cur, &s2, order, 2 * k + 1);
        }
    }
    out
}

/// a·b truncated to `order`, where a and b have a fixed parity (only every
/// other coefficient can be nonzero) and the product has valuation ≥ `start`.
fn mul_parity(a: &[Rational], b: &[Rational], order: usize, start: usize) -> Vec<Rational> {
    let mut c = vec![Rational::new(); order];
    let nz_a: Vec<usize> = (0..a.len().min(order)).filter(|&i| a[i] != 0).collect();
    let mut tmp = Rational::new();
    for (n, cn) in c.iter_mut().enumerate().skip(start) {
        for &i in &nz_a {
            if i > n {
                break;
            }
            let j = n - i;
            if j < b.len() && b[j] != 0 {
                tmp.assign(&a[i] * &b[j]);
                *cn += &tmp;
            }
        }
    }
    c
}
