//! Fits of a model's parameters with exact derivatives (hyper-duals):
//! least squares on a grid by Newton's method, and minimax by a Remez-type
//! exchange on k + 1 alternation points.
//!
//! * Grid: S(p) = (1/N)·Σ_j e(x_j; p)² by Newton ([`super::l2::weighted_lsq`]).
//! * Minimax: on points x₀ < … < x_k solve e(x_i; p) = (−1)^i·h for (p, h) by
//!   Newton; find the local extrema of e on [L, R] (a scan, then Newton on
//!   e′ = 0), keep an alternating set of k + 1 containing the largest, and
//!   repeat until the k + 1 heights agree with the global maximum to `tol`.
//!
//! ```
//! use rug::{Float, Rational};
//! use taylormatch::expr::parse;
//! use taylormatch::numeric::model::fit::grid_fit;
//! use taylormatch::numeric::model::Model;
//! // c·x against 2x on three points: c = 2, the mean square error 0
//! let m = Model::new(parse("c*x").unwrap(), parse("2*x").unwrap(), vec!["c".into()]).unwrap();
//! let f = m.at(128, &[Rational::from(1)], false).unwrap();
//! let xs: Vec<Float> = (1..=3).map(|i| Float::with_val(128, i)).collect();
//! let r = grid_fit(&f, &xs, &[Float::with_val(128, 1)]).unwrap();
//! assert!((r.params[0].clone() - 2u32).abs() < Float::with_val(128, &Rational::from((1, 1u128 << 100))));
//! ```

use super::pair::ModelEval;
use crate::error::{Error, Result};
use rug::Float;
use std::cmp::Ordering;

mod minimax;
pub use minimax::minimax_fit;

/// Solves A·x = b (n × n, row-major) by Gaussian elimination with partial pivoting.
pub fn solve(mut a: Vec<Float>, mut b: Vec<Float>) -> Option<Vec<Float>> {
    let n = b.len();
    for c in 0..n {
        let piv = (c..n).max_by(|&i, &j| {
            let (x, y) = (a[i * n + c].clone().abs(), a[j * n + c].clone().abs());
            x.partial_cmp(&y).unwrap_or(Ordering::Equal)
        })?;
        if a[piv * n + c].is_zero() {
            return None;
        }
        for k in 0..n {
            a.swap(c * n + k, piv * n + k);
        }
        b.swap(c, piv);
        for i in c + 1..n {
            let f = Float::with_val(a[0].prec(), &a[i * n + c] / &a[c * n + c]);
            for k in c..n {
                let t = Float::with_val(a[0].prec(), &f * &a[c * n + k]);
                a[i * n + k] -= t;
            }
            let t = Float::with_val(a[0].prec(), &f * &b[c]);
            b[i] -= t;
        }
    }
    let mut x = vec![Float::new(a[0].prec()); n];
    for i in (0..n).rev() {
        let mut s = b[i].clone();
        for k in i + 1..n {
            s -= Float::with_val(s.prec(), &a[i * n + k] * &x[k]);
        }
        x[i] = s / &a[i * n + i];
    }
    Some(x)
}

fn undefined(e: super::eval::Undefined) -> Error {
    Error::input(format!("the fit left the domain of the model: {}", e.0))
}

/// A fit's parameters and what they achieve.
#[derive(Debug, Clone)]
pub struct Fitted {
    pub params: Vec<Float>,
    /// Grid: the mean square error; minimax: the maximum |e| found.
    pub objective: Float,
    /// Minimax: the alternation points and e there.
    pub alternation: Vec<(Float, Float)>,
    pub iterations: usize,
}

/// Least squares on the points `xs`, from `p0`: the mean square error
/// (1/N)·Σ e(x_j; p)² minimised by [`super::l2::weighted_lsq`].
pub fn grid_fit(f: &ModelEval, xs: &[Float], p0: &[Float]) -> Result<Fitted> {
    let c = Float::with_val(f.bits, 1u32) / xs.len().max(1) as u32;
    let nodes: Vec<(Float, Float)> = xs.iter().map(|x| (x.clone(), c.clone())).collect();
    super::l2::weighted_lsq(f, &nodes, p0)
}
