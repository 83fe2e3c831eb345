//! Weighted least squares of a model error over sample points, solved by Newton.
//!
//! F(p) = Σᵢ qᵢ·e(xᵢ; p)², with qᵢ = 1 on a grid and the quadrature weight
//! for a continuous L2 norm. Newton on ∇F = 0 with analytic derivatives
//! (e is w·(tanh u − E) with u affine in p, see [`crate::numeric::model::Kernel`]):
//!
//!   ∂e/∂p_j = w(1 − m²)φ_j,  ∂²e/∂p_j∂p_k = −2m·w(1 − m²)φ_jφ_k,  φ_j = ∂u/∂p_j.
//!
//! ```
//! use taylormatch::error::Error;
//! use taylormatch::numeric::fit::lsq::is_nonconvergence;
//! // callers retry at higher precision on this error only
//! let e = Error::input("the least-squares Newton iteration did not converge in 60 steps");
//! assert!(is_nonconvergence(&e));
//! assert!(!is_nonconvergence(&Error::input("something else")));
//! ```

use crate::error::Input;
use crate::error::{Error, Result};
use crate::numeric::fit::tanh_run::tanh_values;
use crate::numeric::model::Kernel;
use rug::ops::SubFrom;
use rug::{Assign, Float};

/// One sample point with everything that does not depend on the parameters.
#[derive(Debug, Clone)]
pub struct Sample {
    pub x: Float,
    pub x3: Float,
    /// erf(x/√2).
    pub e: Float,
    /// w(x) (`None` = 1).
    pub w: Option<Float>,
    /// quadrature weight (`None` = 1).
    pub q: Option<Float>,
}

/// The samples at `ctx.bits` for points `point(i)` = (x, quadrature weight), i < n.
/// erf(x/√2) comes from [`erf_sqrt2_many`](crate::numeric::fit::erf_table::erf_sqrt2_many) (Taylor series around anchors).
pub fn make_samples(
    ctx: &Kernel,
    n: usize,
    point: impl Fn(usize) -> (Float, Option<Float>) + Sync,
) -> Vec<Sample> {
    crate::parallel::map_ranges(n, |r| {
        let pts: Vec<(Float, Option<Float>)> = r.map(&point).collect();
        let xs: Vec<Float> = pts.iter().map(|p| p.0.clone()).collect();
        let es = crate::numeric::fit::erf_table::erf_sqrt2_many(&xs, ctx.bits);
        pts.into_iter()
            .zip(es)
            .map(|((x, q), e)| {
                let x3 = Float::with_val(ctx.bits, &x * &x) * &x;
                Sample {
                    e,
                    w: ctx.weight(&x),
                    x,
                    x3,
                    q,
                }
            })
            .collect::<Vec<_>>()
    })
    .into_iter()
    .flatten()
    .collect()
}

/// F, half its gradient g = Σ q e ∂e, half its Hessian h and the Gauss–Newton part hgn = Σ q ∂e∂eᵀ.
#[derive(Debug, Clone)]
pub struct Sums {
    pub f: Float,
    pub g: Vec<Float>,
    pub h: Vec<Vec<Float>>,
    pub hgn: Vec<Vec<Float>>,
}

impl Sums {
    fn zero(bits: u32, np: usize) -> Sums {
        let z = Float::new(bits);
        Sums {
            f: z.clone(),
            g: vec![z.clone(); np],
            h: vec![vec![z.clone(); np]; np],
            hgn: vec![vec![z; np]; np],
        }
    }

    fn add(&mut self, o: &Sums) {
        self.f += &o.f;
        for j in 0..self.g.len() {
            self.g[j] += &o.g[j];
            for k in 0..self.g.len() {
                self.h[j][k] += &o.h[j][k];
                self.hgn[j][k] += &o.hgn[j][k];
            }
        }
    }
}

/// The sums over `samples` at parameters `p` (in parallel).
pub fn accumulate(ctx: &Kernel, samples: &[Sample], p: &[Float]) -> Sums {
    let b = ctx.bits;
    let np = p.len();
    let c = ctx.inner(p);
    let dc = ctx.dinner();
    let parts = crate::parallel::map_ranges(samples.len(), |range| {
        let mut s = Sums::zero(b, np);
        let mut m;
        let mut t = Float::new(b);
        let mut r = Float::new(b);
        let mut phi = vec![Float::new(b); np];
        let ms = tanh_values(&samples[range.clone()], &c, b);
        for (smp, mv) in samples[range].iter().zip(ms) {
            // u = c1 x + c3 x³, m = tanh u, t = w(1 − m²), r = w(m − E)
            m = mv;
            t.assign(m.square_ref());
            t.sub_from(1);
            r.assign(&m - &smp.e);
            if let Some(w) = &smp.w {
                t *= w;
                r *= w;
            }
            for (j, (al, be)) in dc.iter().enumerate() {
                phi[j].assign(al.mul_add_mul_ref(&smp.x, be, &smp.x3));
            }
            // with quadrature weight q: F += q r², g += q r t φ, hgn += q t² φφ, h += hgn-term − 2 q m r t φφ
            let mut qr = Float::with_val(b, &r);
            if let Some(q) = &smp.q {
                qr *= q;
            }
            s.f += Float::with_val(b, &qr * &r);
            let qrt = Float::with_val(b, &qr * &t);
            let mut qtt = Float::with_val(b, t.square_ref());
            if let Some(q) = &smp.q {
                qtt *= q;
            }
            let curv = Float::with_val(b, &qrt * &m) * 2u32;
            for j in 0..np {
                s.g[j] += Float::with_val(b, &qrt * &phi[j]);
                for k in j..np {
                    let pp = Float::with_val(b, &phi[j] * &phi[k]);
                    let gn = Float::with_val(b, &qtt * &pp);
                    let h = Float::with_val(b, &gn - &curv * pp);
                    s.hgn[j][k] += gn;
                    s.h[j][k] += h;
                }
            }
        }
        s
    });
    let mut total = Sums::zero(b, np);
    for p in &parts {
        total.add(p);
    }
    for j in 0..np {
        for k in 0..j {
            total.h[j][k] = total.h[k][j].clone();
            total.hgn[j][k] = total.hgn[k][j].clone();
        }
    }
    total
}

/// Solves M·δ = g for a 1×1 or 2×2 symmetric M; `None` unless M is positive definite.
fn solve_pd(m: &[Vec<Float>], g: &[Float]) -> Option<Vec<Float>> {
    let b = g[0].prec();
    match g.len() {
        1 => (m[0][0] > 0).then(|| vec![Float::with_val(b, &g[0] / &m[0][0])]),
        _ => {
            let det =
                Float::with_val(b, &m[0][0] * &m[1][1]) - Float::with_val(b, &m[0][1] * &m[1][0]);
            if m[0][0] <= 0 || det <= 0 {
                return None;
            }
            let d0 = (Float::with_val(b, &m[1][1] * &g[0]) - Float::with_val(b, &m[0][1] * &g[1]))
                / &det;
            let d1 = (Float::with_val(b, &m[0][0] * &g[1]) - Float::with_val(b, &m[1][0] * &g[0]))
                / &det;
            Some(vec![d0, d1])
        }
    }
}

/// The Newton step δ (new p = p − δ); Gauss–Newton when the Hessian is not positive definite.
pub fn newton_step(s: &Sums) -> Result<Vec<Float>> {
    solve_pd(&s.h, &s.g)
        .or_else(|| solve_pd(&s.hgn, &s.g))
        .ok_or_else(|| Error::input("least squares is degenerate: the Gauss–Newton matrix is singular (too few points?)"))
}

/// True for the error [`newton`] returns when it does not converge.
pub fn is_nonconvergence(e: &Error) -> bool {
    match e {
        Error::Input(m) => m.starts_with(NONCONVERGENCE),
        Error::Invalid { message, .. } => message.starts_with(NONCONVERGENCE),
        _ => false,
    }
}

const NONCONVERGENCE: &str = "the least-squares Newton iteration did not converge";

/// Result of [`newton`]: the final p, the sums at the p before the last step, and that step.
#[derive(Debug, Clone)]
pub struct NewtonOut {
    pub p: Vec<Float>,
    pub sums: Sums,
    pub step: Vec<Float>,
}

/// Newton from `p0` (converted to `ctx.bits`) until every |δ_j| ≤ 2^−stop_bits·|p_j|.
/// Steps larger than half the parameter are damped to half. Errors after `max_iter`.
pub fn newton(
    ctx: &Kernel,
    samples: &[Sample],
    p0: &[Float],
    stop_bits: u32,
    max_iter: usize,
) -> Result<NewtonOut> {
    let b = ctx.bits;
    let mut p: Vec<Float> = p0.iter().map(|v| Float::with_val(b, v)).collect();
    for _ in 0..max_iter {
        let sums = accumulate(ctx, samples, &p);
        let mut step = newton_step(&sums)?;
        let mut done = true;
        for j in 0..p.len() {
            let half = Float::with_val(b, p[j].abs_ref()) / 2u32;
            if step[j].clone().abs() > half && half > 0 {
                step[j] = if step[j] > 0 { half } else { -half };
            }
            let tol = Float::with_val(b, p[j].abs_ref()) >> stop_bits;
            if Float::with_val(b, step[j].abs_ref()) > tol {
                done = false;
            }
        }
        for j in 0..p.len() {
            p[j] -= &step[j];
        }
        if done {
            return Ok(NewtonOut { p, sums, step });
        }
    }
    Err(Error::input(crate::msg!(
        "{NONCONVERGENCE} in {max_iter} steps (parameters near ",
        (p.iter()
            .map(|v| crate::numeric::decimal::float_to_string(v, 8))
            .collect::<Vec<_>>()
            .join(", "))
        .to_string(),
        "); try another ",
        Input::Range
    )))
}
