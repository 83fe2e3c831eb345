//! FLOAT64 REPRODUCTION (SciPy-like curve_fit). This is the one place in the
//! numeric layer where `f64` is used, on purpose: it shows what a float64
//! Levenberg–Marquardt fit of the grid problem returns, so the published
//! 0.04485 / 1.70099 can be set beside the high-precision optimum.
//!
//! Like `scipy.optimize.curve_fit` with its defaults: start p0 = 1 for every
//! parameter, forward-difference Jacobian with relative step √ε (MINPACK
//! `lmdif`, epsfcn = ε), ftol = xtol = 1.49012e−8, at most 200·(n+1)
//! function evaluations. The grid points are those of `np.arange`.
//!
//! ```
//! use taylormatch::numeric::fit::float64::{curve_fit, grid_points_f64};
//! use taylormatch::numeric::fit::grid::Grid;
//! use taylormatch::numeric::model::{Family, Level};
//! // SciPy's curve_fit on the published grid printed a = 0.04485
//! let r = curve_fit(Family::Tanh, Level::Erf, &grid_points_f64(&Grid::published()));
//! assert!(r.converged && (r.params[0] - 0.04485).abs() < 5e-6, "{:?}", r.params);
//! ```

use crate::numeric::fit::grid::Grid;
use crate::numeric::model::{Family, Level};

/// Result of the float64 fit.
#[derive(Debug, Clone)]
pub struct Float64Fit {
    pub params: Vec<f64>,
    pub mse: f64,
    pub evaluations: usize,
    pub converged: bool,
}

fn residuals(model: Family, target: Level, xs: &[f64], p: &[f64], out: &mut Vec<f64>) {
    let s = (2.0 / std::f64::consts::PI).sqrt();
    out.clear();
    for &x in xs {
        let m = match model {
            Family::Tanh => (s * (x + p[0] * x * x * x)).tanh(),
            Family::Sigmoid => 2.0 / (1.0 + (-p[0] * x).exp()) - 1.0,
            Family::TanhFree => (p[0] * x + p[1] * x * x * x).tanh(),
        };
        let e = libm::erf(x / std::f64::consts::SQRT_2);
        let d = m - e;
        out.push(match target {
            Level::Erf => d,
            Level::Phi => 0.5 * d,
            Level::Gelu => 0.5 * x * d,
        });
    }
}

fn sumsq(v: &[f64]) -> f64 {
    v.iter().map(|r| r * r).sum()
}

/// The float64 grid points: `np.arange` semantics for the published grid, else each exact point rounded to f64.
pub fn grid_points_f64(grid: &Grid) -> Vec<f64> {
    if *grid == Grid::published() || *grid == Grid::NumpyArangePublished {
        return (0..grid.len())
            .map(crate::numeric::fit::grid::numpy_arange_point)
            .collect();
    }
    (0..grid.len())
        .map(|i| grid.point_exact(i).to_f64())
        .collect()
}

/// Levenberg–Marquardt in float64 from p0 = 1 (see module docs).
pub fn curve_fit(model: Family, target: Level, xs: &[f64]) -> Float64Fit {
    let np = model.n_params();
    let mut p = vec![1.0f64; np];
    let (ftol, xtol) = (1.49012e-8, 1.49012e-8);
    let max_eval = 200 * (np + 1);
    let mut r = Vec::new();
    residuals(model, target, xs, &p, &mut r);
    let mut f = sumsq(&r);
    let mut evals = 1;
    let mut lambda = 1e-3;
    let mut converged = false;
    let mut rt = Vec::new();
    while evals < max_eval {
        // forward-difference Jacobian, step √ε·|p_j|
        let mut jac = vec![vec![0.0; xs.len()]; np];
        for j in 0..np {
            let h = f64::EPSILON.sqrt() * p[j].abs().max(f64::EPSILON.sqrt());
            let mut q = p.clone();
            q[j] += h;
            residuals(model, target, xs, &q, &mut rt);
            evals += 1;
            for i in 0..xs.len() {
                jac[j][i] = (rt[i] - r[i]) / h;
            }
        }
        let mut a = vec![vec![0.0; np]; np];
        let mut g = vec![0.0; np];
        for j in 0..np {
            g[j] = jac[j].iter().zip(&r).map(|(a, b)| a * b).sum();
            for k in 0..np {
                a[j][k] = jac[j].iter().zip(&jac[k]).map(|(a, b)| a * b).sum();
            }
        }
        loop {
            let mut m = a.clone();
            for (j, row) in m.iter_mut().enumerate() {
                row[j] *= 1.0 + lambda;
            }
            let d = solve(&m, &g);
            let q: Vec<f64> = p.iter().zip(&d).map(|(p, d)| p - d).collect();
            residuals(model, target, xs, &q, &mut rt);
            evals += 1;
            let fq = sumsq(&rt);
            if fq <= f {
                let small_x = d.iter().zip(&q).all(|(d, q)| d.abs() <= xtol * q.abs());
                let small_f = (f - fq) <= ftol * f;
                p = q;
                std::mem::swap(&mut r, &mut rt);
                f = fq;
                lambda = (lambda / 10.0).max(1e-12);
                if small_x || small_f {
                    converged = true;
                }
                break;
            }
            lambda *= 10.0;
            if lambda > 1e16 || evals >= max_eval {
                break;
            }
        }
        if converged || lambda > 1e16 {
            break;
        }
    }
    Float64Fit {
        params: p,
        mse: f / xs.len() as f64,
        evaluations: evals,
        converged,
    }
}

fn solve(m: &[Vec<f64>], g: &[f64]) -> Vec<f64> {
    if g.len() == 1 {
        return vec![g[0] / m[0][0]];
    }
    let det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
    vec![
        (m[1][1] * g[0] - m[0][1] * g[1]) / det,
        (m[0][0] * g[1] - m[1][0] * g[0]) / det,
    ]
}
