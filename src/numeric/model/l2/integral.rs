//! The L2 criterion I(p) = ∫_L^R w(x)·e(x; p)² dx: composite Gauss–Legendre
//! nodes weighted by `--weight` (checked finite and ≥ 0 at every node), and
//! [`l2_fit`], which runs the weighted least squares of the parent module on
//! them and refines the pieces until two rules agree (see [`super`]).

use super::super::eval::Compiled;
use super::super::fit::Fitted;
use super::super::pair::ModelEval;
use super::super::point::PointDomain;
use super::{objective, weighted_lsq};
use crate::error::Input;
use crate::error::{Error, Result};
use crate::numeric::fit::quadrature::gauss_legendre;
use rug::{Float, Integer, Rational};

/// Composite Gauss–Legendre nodes on [l, r] (`pieces` equal pieces, n nodes
/// each), each weight multiplied by w(x) when a weight is given; a weight that
/// is undefined, not finite or negative at a node is refused (naming `--weight`).
pub fn l2_nodes(
    l: &Rational,
    r: &Rational,
    pieces: u32,
    n: usize,
    weight: Option<&Compiled>,
    bits: u32,
) -> Result<Vec<(Float, Float)>> {
    let h = Rational::from(r - l) / Integer::from(pieces);
    let rule = gauss_legendre(n, bits);
    let half = Float::with_val(bits, &h) / 2u32;
    let mut out = Vec::with_capacity(pieces as usize * n);
    for j in 0..pieces {
        let mid = Rational::from(&h * Integer::from(j)) + l + Rational::from(&h / 2u32);
        let midf = Float::with_val(bits, &mid);
        for (t, w) in &rule {
            let x = Float::with_val(bits, &half * t) + &midf;
            let mut c = Float::with_val(bits, &half * w);
            if let Some(wf) = weight {
                c *= weight_at(wf, &x, bits)?;
            }
            out.push((x, c));
        }
    }
    Ok(out)
}

/// w(x), refused unless defined, finite and ≥ 0.
pub fn weight_at(w: &Compiled, x: &Float, bits: u32) -> Result<Float> {
    let show = || crate::numeric::interval::outward::float_directed(x, 12, false);
    let v = w
        .eval(&PointDomain {
            bits,
            x: x.clone(),
            params: vec![],
        })
        .map_err(|u| {
            Error::input(crate::msg!(
                Input::Weight,
                " is undefined at x = ",
                show().to_string(),
                " in the range: ",
                u.0.to_string()
            ))
        })?;
    if !v.is_finite() || v.is_sign_negative() && !v.is_zero() {
        return Err(Error::input(crate::msg!(
            Input::Weight,
            " must be finite and ≥ 0 on the range; at x = ",
            show().to_string(),
            " it is ",
            crate::numeric::interval::outward::float_directed(&v, 6, false).to_string()
        )));
    }
    Ok(v)
}

/// An L2 fit and its quadrature error estimate |I_n − I_n′| at the optimum.
#[derive(Debug, Clone)]
pub struct L2Fitted {
    pub fit: Fitted,
    pub estimate: Float,
    /// Pieces of the composite rule and nodes on each.
    pub pieces: u32,
    pub nodes: usize,
}

/// Minimises ∫_l^r w·e² (see the module doc); `r − l` at most 10⁴.
pub fn l2_fit(
    f: &ModelEval,
    l: &Rational,
    r: &Rational,
    weight: Option<&Compiled>,
    p0: &[Float],
) -> Result<L2Fitted> {
    let bits = f.bits;
    let len = Rational::from(r - l);
    if len > 10_000 {
        return Err(Error::input(crate::msg!(
            Input::Range,
            ": an l2 fit of an expression integrates at most 10000 units; shorten the range"
        )));
    }
    let base = len.clone().ceil().numer().to_u32().unwrap_or(1).max(1);
    let n = (bits / 5 + 6) as usize;
    let mut last = None;
    for m in [1u32, 2, 4, 8] {
        let nodes = l2_nodes(l, r, base * m, n, weight, bits)?;
        if nodes.iter().all(|(_, c)| c.is_zero()) {
            return Err(Error::input(crate::msg!(
                Input::Weight,
                " is 0 at every quadrature node of the range: nothing to fit"
            )));
        }
        let fit = weighted_lsq(f, &nodes, p0)?;
        let fine = l2_nodes(l, r, base * m, n * 5 / 4 + 4, weight, bits)?;
        let i2 = objective(f, &fine, &fit.params, false)?.s;
        let estimate = Float::with_val(bits, &fit.objective - &i2).abs();
        let tol = Float::with_val(bits, fit.objective.abs_ref()) >> (bits - 56);
        if estimate <= tol {
            return Ok(L2Fitted {
                fit,
                estimate,
                pieces: base * m,
                nodes: n,
            });
        }
        last = Some(estimate);
    }
    Err(Error::input(crate::msg!(
        "the l2 quadrature did not converge: two Gauss–Legendre rules still differ by ",
        (last.map_or_else(String::new, |e| {
            crate::numeric::interval::outward::float_directed(&e, 3, true)
        }))
        .to_string(),
        " on ",
        (base * 8).to_string(),
        " pieces of width ",
        (len / Integer::from(base * 8)).to_string(),
        " (the integrand may not be smooth on ",
        Input::Range,
        ", e.g. a kink or a singularity of ",
        Input::Weight,
        ")"
    )))
}
