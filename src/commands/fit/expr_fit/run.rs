//! One expression fit at one working precision: the criterion's solver
//! (minimax exchange, l2 by quadrature, or weighted least squares on the
//! `--points` grid) from the start values, and the `--weight` function,
//! checked ≥ 0 over the range before any fit starts.

use super::super::FitOptions;
use crate::error::Input;
use crate::error::{Error, Result};
use crate::expr::parse_in;
use crate::numeric::model::fit::{minimax_fit, Fitted};
use crate::numeric::model::l2::{l2_fit, weight_at, weighted_lsq};
use crate::numeric::model::Compiled;
use crate::numeric::model::Model;
use rug::{Float, Rational};

/// A fit at one precision, with the l2 quadrature's error estimate and rule.
pub(super) struct Run {
    pub(super) fit: Fitted,
    pub(super) l2: Option<(Float, u32, usize)>,
}

/// Fits `m` from the start values `p0` over `range` at `bits` bits under
/// `--criterion` (the grid from `--points`, weighted by `weight` if given).
pub(super) fn run_at(
    a: &FitOptions,
    m: &Model,
    weight: Option<&Compiled>,
    p0: &[Rational],
    range: &(Rational, Rational),
    bits: u32,
) -> Result<Run> {
    let f = m.at(bits, p0, false)?;
    let start: Vec<Float> = p0.iter().map(|v| Float::with_val(bits, v)).collect();
    let (l, r) = (
        Float::with_val(bits, &range.0),
        Float::with_val(bits, &range.1),
    );
    let plain = |fit| Ok(Run { fit, l2: None });
    match a.criterion.trim().to_ascii_lowercase().as_str() {
        "minimax" => {
            let tol = Float::with_val(bits, Float::i_exp(1, -(bits as i32) / 2));
            plain(minimax_fit(&f, &l, &r, &start, &tol)?)
        }
        "l2" => {
            let q = l2_fit(&f, &range.0, &range.1, weight, &start)?;
            Ok(Run {
                fit: q.fit,
                l2: Some((q.estimate, q.pieces, q.nodes)),
            })
        }
        "grid" => {
            let n: u32 = match a.points.as_deref() {
                None => 1001,
                Some(s) => match s.trim().parse::<u32>() {
                    Ok(n) if (2..=100_000).contains(&n) => n,
                    _ => {
                        return Err(Error::input(crate::msg!(
                            Input::Points,
                            " must be an integer from 2 to 100000 (got {s:?})"
                        )))
                    }
                },
            };
            let w = Rational::from(&range.1 - &range.0);
            let mut nodes = Vec::with_capacity(n as usize);
            let c = Float::with_val(bits, 1u32) / n;
            for j in 0..n {
                let x = Float::with_val(bits, &range.0 + Rational::from(&w * j) / (n - 1));
                let cw = match weight {
                    Some(wf) => Float::with_val(bits, &c * weight_at(wf, &x, bits)?),
                    None => c.clone(),
                };
                nodes.push((x, cw));
            }
            if nodes.iter().all(|(_, c)| c.is_zero()) {
                return Err(Error::input(crate::msg!(
                    Input::Weight,
                    " is 0 at every grid point: nothing to fit"
                )));
            }
            plain(weighted_lsq(&f, &nodes, &start)?)
        }
        c => Err(Error::input(crate::msg!(
            Input::Criterion,
            " must be grid, l2 or minimax (got {c:?})"
        ))),
    }
}

/// The weight of `--weight`: an expression in x without parameters, checked
/// ≥ 0 at 257 points of the range and its ends (and later at every node).
pub(super) fn weight_of(a: &FitOptions, range: &(Rational, Rational)) -> Result<Option<Compiled>> {
    let Some(src) = a.weight.as_deref() else {
        return Ok(None);
    };
    if a.criterion.trim().eq_ignore_ascii_case("minimax") {
        return Err(Error::input(crate::msg!(
            Input::Weight,
            " applies to ",
            Input::Criterion,
            " grid and l2 (minimax is unweighted)"
        )));
    }
    let w = parse_in(Input::Weight, src)?;
    if let Some(p) = w.params().first() {
        return Err(Error::input(crate::msg!(
            Input::Weight,
            " must be an expression in x without parameters (it uses {p})"
        )));
    }
    let c = Compiled::new(&w, &[])?;
    let span = Rational::from(&range.1 - &range.0);
    for i in 0..=256u32 {
        let x = Float::with_val(128, &range.0 + Rational::from(&span * i) / 256u32);
        weight_at(&c, &x, 128)?;
    }
    Ok(Some(c))
}
