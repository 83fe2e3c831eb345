//! One coefficient equation solved for its one unknown: linear, exactly
//! (u = −c₀/c₁); polynomial, by its certified real roots, after a scaling
//! u = √2^σ·√π^η·w that makes it a polynomial over ℚ in w, each root exact
//! where it is rational (else an isolating interval refined to a decimal).

use super::super::roots::{isolate, refine, simplest_between, Isolated, Poly};
use super::{RealRoot, Solution};
use crate::coeff::{Coeff, Sym, Q};
use crate::error::Input;
use crate::error::{Error, Result};
use crate::expr::Ring;
use crate::numeric::Enclose;

/// Solves eq = 0 for u (the only unknown in it).
pub(super) fn solve_one(eq: &Sym, u: &str, power: usize) -> Result<Solution> {
    let deg = eq.degree_in(u);
    let poly: Vec<Sym> = (0..=deg).map(|k| eq.coeff_of_var(u, k)).collect();
    if poly.iter().any(|c| !c.vars().is_empty()) {
        return Err(Error::input(crate::msg!(
            Input::Solve,
            ": the x^{power} equation {eq} = 0 has coefficients with other symbols"
        )));
    }
    if deg == 1 {
        let inv = poly[1].inv().ok_or_else(|| {
            Error::input(crate::msg!(
                Input::Solve,
                ": in the x^{power} equation {eq} = 0 the coefficient ",
                (poly[1]).to_string(),
                " of {u} is not invertible in the ring (a sum of constants)"
            ))
        })?;
        return Ok(Solution::Exact(poly[0].neg().mul(&inv)));
    }
    let (scale, wpoly) = rational_form(&poly).ok_or_else(|| {
        Error::input(crate::msg!(Input::Solve, ": the x^{power} equation {eq} = 0 is a polynomial of degree {deg} in {u} whose coefficients are not rational after any scaling u = √2^e·√π^h·w; its roots are not supported"))
    })?;
    let roots = isolate(&wpoly)
        .into_iter()
        .map(|w| {
            let exact = exact_root(&wpoly, &w).map(|e| e.mul(&scale));
            RealRoot {
                scale: scale.clone(),
                w,
                exact,
            }
        })
        .collect();
    Ok(Solution::Roots { poly, wpoly, roots })
}

/// u = μ·w with μ = √2^σ·√π^η turning Σ cᵢuⁱ into a rational multiple of a
/// polynomial over ℚ in w, when every nonzero cᵢ is a single term.
fn rational_form(poly: &[Sym]) -> Option<(Sym, Poly)> {
    let nz: Vec<usize> = (0..poly.len()).filter(|&i| !poly[i].is_zero()).collect();
    let (&i0, rest) = nz.split_first()?;
    let h = |i: usize| poly[i].terms().next().map(|(m, _)| m.pi_half);
    let eta = match rest.first() {
        None => 0,
        Some(&j) => {
            let num = h(i0)? - h(j)?;
            let den = (j - i0) as i32;
            (num % den == 0).then_some(num / den)?
        }
    };
    for sigma in [false, true] {
        let mu = Sym::radical(sigma, eta);
        let mut mu_pow = vec![Sym::one()];
        for i in 1..poly.len() {
            mu_pow.push(mu_pow[i - 1].mul(&mu));
        }
        let base = poly[i0].mul(&mu_pow[i0]).inv()?;
        let w: Option<Poly> = (0..poly.len())
            .map(|i| poly[i].mul(&mu_pow[i]).mul(&base).as_q())
            .collect();
        if let Some(w) = w {
            return Some((mu, w));
        }
    }
    None
}

/// The root exactly when it is rational, or a quadratic's root in the ring.
fn exact_root(p: &[Q], r: &Isolated) -> Option<Sym> {
    if let Some(q) = &r.exact {
        return Some(Sym::rational(q.clone()));
    }
    let fine = refine(p, r, 80);
    let guess = simplest_between(&fine.lo, &fine.hi);
    if super::super::roots::eval(p, &guess) == Q::from_integer(0.into()) {
        return Some(Sym::rational(guess));
    }
    if p.len() == 3 {
        // (−b ± √D)/(2a) with √D in the ring; pick the one inside (lo, hi]
        let (c, b, a) = (&p[0], &p[1], &p[2]);
        let disc = b * b - Q::from_integer(4.into()) * a * c;
        let s = <Sym as Ring>::root(&Sym::rational(disc), &Q::new(1.into(), 2.into()))?;
        let two_a_inv = (Q::from_integer(2.into()) * a).recip();
        for sign in [1, -1] {
            let root = Sym::rational(-b)
                .add(&s.mul_q(&Q::from_integer(sign.into())))
                .mul_q(&two_a_inv);
            let iv = root.enclose(128)?;
            let (lo, hi) = (
                crate::coeff::gmp::q_to_rug(&fine.lo),
                crate::coeff::gmp::q_to_rug(&fine.hi),
            );
            if iv.hi >= lo && iv.lo <= hi {
                return Some(root);
            }
        }
    }
    None
}
