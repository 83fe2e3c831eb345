//! The residual of the series argument, bounded on a neighbourhood.
//!
//! At a = 2/(3π) − 1/6 the difference d(x) = tanh(√(2/π)(x + a x³)) − erf(x/√2)
//! has d(0) = d′(0) = … = d⁽⁴⁾(0) = 0 and d⁽⁶⁾(0) = 0 (d is odd), so by
//! Taylor's theorem with the Lagrange remainder, for x ≠ 0
//!
//!   d(x) = c₅x⁵ + (d⁽⁷⁾(ξ)/7!)·x⁷,  ξ between 0 and x,
//!
//! i.e. d(x) = c₅x⁵(1 + θ(x)) with θ(x) = x²·(d⁽⁷⁾(ξ)/7!)/c₅. Over 0 < x ≤ r we
//! cut [0, r] into boxes [l, h]; on a box ξ ∈ [0, h], so θ ∈ [l², h²]·H/c₅ with
//! H the hull of the interval jets' c₇ over the boxes up to h. θ is even, so
//! the bound holds for 0 < |x| ≤ r. The same θ holds at the Φ level (d/2) and
//! the GELU level (x·d/2 = (c₅/2)x⁶(1 + θ)).
//!
//! ```
//! use taylormatch::numeric::bound::residual::series_difference;
//! use taylormatch::numeric::Enclose;
//! // at a = 2/(3π) − 1/6 the difference starts at x⁵ with
//! // c₅ = √2(40π − 3π² − 96)/(120π^(5/2)) = 3.69807371885e-5 (SymPy)
//! let d = series_difference(7).unwrap();
//! assert!(taylormatch::coeff::Coeff::is_zero(&d[3]));
//! assert_eq!(d[5].decimal(12).as_deref(), Some("0.0000369807371885"));
//! ```

use crate::coeff::{Coeff, Sym, Q};
use crate::error::Input;
use crate::error::{Error, Result};
use crate::functions::{analytic_a, named_series, tanh_inner, Params};
use crate::numeric::interval::jet::Jet;
use crate::numeric::interval::Interval;
use crate::numeric::model::{Family, JetKernel, Level, Model};
use crate::numeric::Enclose;
use rug::float::Round;
use rug::{Float, Rational};

/// Encloses c₇(ξ) = d⁽⁷⁾(ξ)/7! over ξ ∈ [l, h] without the dependency blow-up of
/// the naive jet (the two functions' c₇ nearly cancel): with m the midpoint and
/// dc₇/dξ = 8c₈, d²c₇/dξ² = 72c₉ (c_k from the jets),
/// c₇(X) ⊆ c₇(m) + 8c₈(X)(X − m)  ∩  c₇(m) + 8c₈(m)(X − m) + 36c₉(X)(X − m)².
fn c7_enclosure(f: &JetKernel, l: &Float, h: &Float) -> Interval {
    let b = f.bits;
    let x = Interval::from_floats(l.clone(), h.clone());
    let m = Float::with_val(b, l + h) / 2u32;
    let bj = f.jet(&x, 10);
    let pj = f.jet(&Interval::point(b, &m), 9);
    let dx = x.sub(&Interval::point(b, &m));
    let mv = pj.c[7].add(&bj.c[8].mul(&dx).mul_rational(&Rational::from(8)));
    let so = pj.c[7]
        .add(&pj.c[8].mul(&dx).mul_rational(&Rational::from(8)))
        .add(&bj.c[9].mul(&dx.sqr()).mul_rational(&Rational::from(36)));
    let naive = bj.c[7].clone();
    let best = mv.intersect(&so).unwrap_or(mv);
    best.intersect(&naive).unwrap_or(best)
}

/// θ on a box [l, h] with l > 0, from the Taylor form of q(x) = d(x)/x⁵ at the
/// midpoint m: θ(x) = q(x)/c₅ − 1 with
/// q(X) ⊆ Σ_{k<K} q_k(m)(X − m)^k + q_K(X)(X − m)^K (jets of d divided by jets of x⁵).
fn theta_taylor(f: &JetKernel, c5: &Interval, l: &Float, h: &Float) -> Option<Interval> {
    const K: usize = 12;
    let b = f.bits;
    let x = Interval::from_floats(l.clone(), h.clone());
    let m = Interval::point(b, &(Float::with_val(b, l + h) / 2u32));
    let p5 = |base: &Interval, n: usize| {
        let v = Jet::var(base, n);
        v.sqr().sqr().mul(&v)
    };
    let qm = f.jet(&m, K).div(&p5(&m, K))?;
    let qx = f.jet(&x, K + 1).div(&p5(&x, K + 1))?;
    let dx = x.sub(&m);
    let mut acc = qx.c[K].mul(&dx.powi(K as u32));
    for (k, c) in qm.c.iter().enumerate() {
        acc = acc.add(&c.mul(&dx.powi(k as u32)));
    }
    acc.div(c5).map(|t| t.sub(&Interval::from_int(b, 1)))
}

/// θ enclosed over 0 < |x| ≤ r.
#[derive(Debug, Clone)]
pub struct Residual {
    /// c₅, the exact x⁵ coefficient of d at the erf level.
    pub c5: Sym,
    /// The level's leading coefficient: c₅ (erf), c₅/2 (Φ, x⁵), c₅/2 (GELU, x⁶).
    pub coefficient: Sym,
    /// The level's leading power: 5, or 6 at the GELU level.
    pub power: u32,
    /// θ ⊆ this interval for all 0 < |x| ≤ r.
    pub theta: Interval,
    /// θ at x = r (rounded down to `bits`), evaluated directly: a value θ attains.
    pub theta_at_r: Interval,
    /// The point where `theta_at_r` was evaluated.
    pub r_point: Float,
    pub boxes: usize,
    pub bits: u32,
}

/// The series coefficients of d at the analytic a, from the exact engine:
/// [x^n] tanh(√(2/π)(x + a x³)) − [x^n] erf(x/√2), n < order.
pub fn series_difference(order: usize) -> Result<Vec<Sym>> {
    let e = named_series("erf-sqrt2", order, &Params::default())?;
    let t = tanh_inner(order, Some(&analytic_a()));
    Ok((0..order)
        .map(|n| t.coeffs()[n].sub(&e.coeffs()[n]))
        .collect())
}

/// Encloses θ over 0 < |x| ≤ r (0 < r ≤ 4) with `boxes` subintervals, at `bits`.
pub fn residual(r: &Rational, level: Level, bits: u32, boxes: u32) -> Result<Residual> {
    crate::numeric::bound::check_bits(bits)?;
    if *r <= 0 || *r > 4 {
        return Err(Error::input(crate::msg!(
            Input::Residual,
            " must be > 0 and ≤ 4 (got {r})"
        )));
    }
    let d = series_difference(8)?;
    if let Some(n) = [0usize, 1, 2, 3, 4, 6]
        .into_iter()
        .find(|&n| !d[n].is_zero())
    {
        return Err(Error::Verification(format!(
            "the x^{n} coefficient of the difference is {} ≠ 0",
            d[n]
        )));
    }
    let c5 = d[5].clone();
    let half = Q::new(1.into(), 2.into());
    let (coefficient, power) = match level {
        Level::Erf => (c5.clone(), 5),
        Level::Phi => (c5.mul_q(&half), 5),
        Level::Gelu => (c5.mul_q(&half), 6),
    };
    let f = JetKernel::new(
        &Model::family(Family::Tanh, Level::Erf),
        &[analytic_a()],
        bits,
    )?;
    let c5i = c5
        .enclose(bits)
        .ok_or_else(|| Error::Verification("c5 has a free symbol".into()))?;
    let rf = Float::with_val_round(bits, r, Round::Up).0;
    let mut hull: Option<Interval> = None;
    let mut theta: Option<Interval> = None;
    for i in 0..boxes {
        let l = Float::with_val_round(bits, &rf * i, Round::Down).0 / boxes;
        let h = Float::with_val_round(bits, &rf * (i + 1), Round::Up).0 / boxes;
        let (l, h) = (
            Float::with_val_round(bits, &l, Round::Down).0,
            Float::with_val_round(bits, &h, Round::Up).0,
        );
        let c7 = c7_enclosure(&f, &l, &h);
        let hh = match hull {
            Some(x) => x.hull(&c7),
            None => c7,
        };
        let lagrange = || {
            Interval::from_floats(l.clone(), h.clone())
                .sqr()
                .mul(&hh)
                .div(&c5i)
        };
        let th = if l.cmp0() == Some(std::cmp::Ordering::Greater) {
            match (theta_taylor(&f, &c5i, &l, &h), lagrange()) {
                (Some(t), Some(g)) => Some(t.intersect(&g).unwrap_or(t)),
                (t, g) => t.or(g),
            }
        } else {
            lagrange()
        };
        let th = th.ok_or_else(|| Error::Verification("c5 enclosure contains 0".into()))?;
        theta = Some(match theta {
            Some(t) => t.hull(&th),
            None => th,
        });
        hull = Some(hh);
    }
    let theta = theta
        .ok_or_else(|| Error::input(crate::msg!(Input::Residual, " needs at least one box")))?;
    // direct value at the float r' ≤ r: θ(r') = d(r')/(c5 r'^5) − 1, at twice the precision
    let hb = bits * 2;
    let r_point = Float::with_val_round(bits, r, Round::Down).0;
    let fd = JetKernel::new(
        &Model::family(Family::Tanh, Level::Erf),
        &[analytic_a()],
        hb,
    )?;
    let dr = fd.at(&r_point);
    let c5h = c5
        .enclose(hb)
        .ok_or_else(|| Error::Verification("c5 has a free symbol".into()))?;
    let den = c5h.mul(&Interval::point(hb, &r_point).powi(5));
    let theta_at_r = dr
        .div(&den)
        .map(|q| q.sub(&Interval::from_int(hb, 1)))
        .ok_or_else(|| {
            Error::input(crate::msg!(
                Input::Residual,
                " too small to evaluate θ(r) directly"
            ))
        })?;
    Ok(Residual {
        c5,
        coefficient,
        power,
        theta,
        theta_at_r,
        r_point,
        boxes: boxes as usize,
        bits,
    })
}
