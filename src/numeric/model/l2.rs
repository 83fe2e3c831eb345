//! Weighted least squares for any model, on a grid or as an integral.
//!
//! * S(p) = Σ_j c_j·e(x_j; p)² for nodes x_j with weights c_j ≥ 0:
//!   ∇S = 2Σ c·e·∇e, ∇²S = 2Σ c(∇e∇eᵀ + e·∇²e), all exact from hyper-duals.
//!   With k ≥ 5 parameters, Gauss–Newton steps first (the matrix 2Σ c∇e∇eᵀ
//!   from first-order duals: k + 1 components per node instead of
//!   k² + k + 1); once a step is halved,
//!   fails to shrink the previous one 16-fold or falls below 2^−32 relative,
//!   Newton steps on ∇S = 0 with the exact Hessian; where the
//!   Newton step is not a descent direction (or the Hessian is singular) the
//!   Gauss–Newton matrix is used instead; steps are halved while S does not
//!   decrease (the trial points by the value of S alone). Both iterations
//!   stop at the same place (∇S = 0).
//! * L2: I(p) = ∫_L^R w(x)·e(x; p)² dx by composite Gauss–Legendre
//!   (n = bits/5 + 6 nodes on each of ⌈R − L⌉·m pieces): c_j = (quadrature
//!   weight)·w(x_j). The error estimate is |I_n(p*) − I_n′(p*)| with the finer
//!   rule n′ = 5n/4 + 4 at the optimum p*; while it exceeds I·2^(−(bits − 56))
//!   the pieces are halved (m = 1, 2, 4, 8), then the fit is refused.
//!
//! ```
//! use rug::Float;
//! use taylormatch::expr::parse;
//! use taylormatch::numeric::model::eval::Compiled;
//! use taylormatch::numeric::model::l2::weight_at;
//! let w = Compiled::new(&parse("exp(-x^2)").unwrap(), &[]).unwrap();
//! assert_eq!(weight_at(&w, &Float::with_val(64, 0), 64).unwrap(), 1);
//! // a negative weight is refused, naming the input
//! let neg = Compiled::new(&parse("-1").unwrap(), &[]).unwrap();
//! let e = weight_at(&neg, &Float::with_val(64, 0), 64).unwrap_err();
//! assert_eq!(e.refused_input(), Some(taylormatch::error::Input::Weight));
//! ```

use super::fit::{solve, Fitted};
use super::pair::ModelEval;
use super::point::PointDomain;
use crate::error::Input;
use crate::error::{Error, Result};
use rug::Float;

mod integral;
pub use integral::{l2_fit, l2_nodes, weight_at, L2Fitted};

fn undefined(e: super::eval::Undefined) -> Error {
    Error::input(crate::msg!(
        "the fit left the domain of the model (check ",
        Input::Range,
        " and ",
        Input::Params,
        "): ",
        e.0.to_string()
    ))
}

/// S, ∇S/2 and the Gauss–Newton matrix Σ c∇e∇eᵀ at p; with `hessian` also
/// ∇²S/2 = Σ c(∇e∇eᵀ + e∇²e) (else `h` is empty).
fn objective(f: &ModelEval, nodes: &[(Float, Float)], p: &[Float], hessian: bool) -> Result<Parts> {
    let bits = f.bits;
    let k = p.len();
    let mut s = Float::new(bits);
    let mut g = vec![Float::new(bits); k];
    let mut h = vec![Float::new(bits); if hessian { k * k } else { 0 }];
    let mut gn = vec![Float::new(bits); k * k];
    for (x, c) in nodes {
        let d = if hessian {
            f.dual(x, p, false)
        } else {
            f.dual1(x, p)
        }
        .map_err(undefined)?;
        let ce = Float::with_val(bits, &d.v * c);
        s += Float::with_val(bits, &ce * &d.v);
        for i in 0..k {
            g[i] += Float::with_val(bits, &ce * &d.g[i]);
            let cg = Float::with_val(bits, c * &d.g[i]);
            for j in 0..k {
                let outer = Float::with_val(bits, &cg * &d.g[j]);
                if hessian {
                    h[i * k + j] += Float::with_val(bits, &ce * d.hess(i, j)) + &outer;
                }
                gn[i * k + j] += outer;
            }
        }
    }
    Ok(Parts { s, g, h, gn })
}

struct Parts {
    s: Float,
    g: Vec<Float>,
    h: Vec<Float>,
    gn: Vec<Float>,
}

/// The Newton step (when `q` has the Hessian), or the Gauss–Newton step where
/// Newton's is not a descent direction.
fn step(q: &Parts) -> Option<Vec<Float>> {
    let minus_g: Vec<Float> = q.g.iter().map(|v| -v.clone()).collect();
    if q.h.is_empty() {
        return solve(q.gn.clone(), minus_g);
    }
    if let Some(d) = solve(q.h.clone(), minus_g.clone()) {
        let slope = d
            .iter()
            .zip(&q.g)
            .fold(Float::new(q.s.prec()), |a, (di, gi)| {
                a + Float::with_val(q.s.prec(), di * gi)
            });
        if slope.cmp0() == Some(std::cmp::Ordering::Less) || q.g.iter().all(|v| v.is_zero()) {
            return Some(d);
        }
    }
    solve(q.gn.clone(), minus_g)
}

/// S(p) = Σ c_j e(x_j; p)² alone (point evaluation: the trials of the line search).
fn value(f: &ModelEval, nodes: &[(Float, Float)], p: &[Float]) -> Result<Float> {
    let bits = f.bits;
    let mut s = Float::new(bits);
    for (x, c) in nodes {
        let e = f
            .err
            .eval(&PointDomain {
                bits,
                x: x.clone(),
                params: p.to_vec(),
            })
            .map_err(undefined)?;
        s += Float::with_val(bits, e.square_ref()) * c;
    }
    Ok(s)
}

/// Minimises S(p) = Σ c_j e(x_j; p)² from `p0` (see the module doc).
///
/// The whole step is evaluated with its derivatives (kept when it is
/// taken); halved steps compare values of S alone (point evaluation), and the
/// derivatives are evaluated once at the point taken.
pub fn weighted_lsq(f: &ModelEval, nodes: &[(Float, Float)], p0: &[Float]) -> Result<Fitted> {
    let bits = f.bits;
    let mut p = p0.to_vec();
    // Gauss–Newton (no Hessian) while its steps are whole and shrink fast, for
    // five or more parameters (with fewer the Hessian costs little beside the
    // functions' own values, and Gauss–Newton's linear steps cost more: a
    // 3-parameter grid fit took 5.1 s instead of 3.1 s)
    let mut hessian = p.len() < 5;
    let mut last: Option<Float> = None;
    let mut q = objective(f, nodes, &p, hessian)?;
    let eps = Float::with_val(bits, Float::i_exp(1, -(bits as i32) * 7 / 8));
    for it in 1..=60 {
        let d = step(&q).ok_or_else(|| {
            Error::input(crate::msg!("the least-squares fit is singular: a parameter does not affect the error on these points (or two act alike); fix it or change ", Input::Range))
        })?;
        let mut t = Float::with_val(bits, 1);
        // S at p by the value route, once a step is halved
        let mut here: Option<Float> = None;
        loop {
            let trial: Vec<Float> = p
                .iter()
                .zip(&d)
                .map(|(a, di)| Float::with_val(bits, a + Float::with_val(bits, di * &t)))
                .collect();
            // the whole step with the derivatives (kept when taken); halved ones by value
            let (better, q2) = if t == 1 {
                let q2 = objective(f, nodes, &trial, hessian)?;
                (q2.s <= q.s, Some(q2))
            } else {
                if here.is_none() {
                    here = Some(value(f, nodes, &p)?);
                }
                let s2 = value(f, nodes, &trial)?;
                (here.as_ref().is_some_and(|h| s2 <= *h), None)
            };
            if better || t < 1e-6 {
                // the step's size relative to max(1, |p_i|)
                let size = d
                    .iter()
                    .zip(&trial)
                    .map(|(di, a)| {
                        Float::with_val(bits, di * &t).abs()
                            / Float::with_val(bits, a.clone().abs() + 1u32)
                    })
                    .fold(Float::new(bits), |m, v| m.max(&v));
                let small = size <= eps;
                p = trial;
                // Newton from here on once Gauss–Newton overshoots (a halved
                // step), converges slowly (a step over 1/16 of the last) or
                // nears the end (a step below 2^−32: Newton's quadratic phase)
                let was = hessian;
                if !hessian
                    && !small
                    && (t < 1
                        || size < Float::i_exp(1, -32)
                        || last
                            .as_ref()
                            .is_some_and(|l| size > Float::with_val(bits, l >> 4u32)))
                {
                    hessian = true;
                }
                last = Some(size);
                q = match q2 {
                    Some(q2) if was == hessian || small => q2,
                    _ => objective(f, nodes, &p, hessian && !small)?,
                };
                if small {
                    return Ok(Fitted {
                        params: p,
                        objective: q.s,
                        alternation: vec![],
                        iterations: it,
                    });
                }
                break;
            }
            t /= 2u32;
        }
    }
    Err(Error::input(crate::msg!(
        "the least-squares fit did not converge in 60 Newton steps (try another start ",
        Input::Params,
        " or a narrower ",
        Input::Range,
        ")"
    )))
}
