//! m(x) = tanh(c₁x + c₃x³) at many sample points, fast along arithmetic
//! progressions (a grid): along x_j = x₀ + jh the cubic u = c₁x + c₃x³ has
//! constant third difference, so with E = e^{2u}
//!
//!   E_{j+1} = E_j·D1_j,  D1_{j+1} = D1_j·D2_j,  D2_{j+1} = D2_j·D3,
//!   D1_j = e^{2Δu(x_j)}, D2_j = e^{2Δ²u(x_j)}, D3 = e^{2Δ³u} = e^{12c₃h³},
//!
//! three products per point instead of one tanh, and m = 1 − 2/(E + 1).
//!
//! Error: a run restarts (four exps) every [`RUN`] points. At working
//! precision w, after j ≤ RUN steps the products carry a relative error
//! below (j³/3 + j² + 2j + 8)·2^−w < 2^{14}·2^−w, and the rounding of 2u at
//! the restart adds about 4|2u|·2^−w (|x| ≤ 10 on a run, farther points take
//! the plain route); m = 1 − 2/(E + 1) moves by at most half the relative
//! error of E. With w = bits + 40 each m is tanh at the progression point
//! within 2^−(bits+24) while |2u| ≤ 2^{10}, then rounded to `bits`. The progression point
//! is within 4 ulps of the sample's x (checked for every point; a point off
//! the progression ends the run): the step is (x_{i+K} − x_i)/K over the run.
//! Points not on a progression (quadrature nodes) get MPFR's tanh.
//!
//! ```
//! use rug::Float;
//! use taylormatch::numeric::fit::lsq::Sample;
//! use taylormatch::numeric::fit::tanh_run::tanh_values;
//! // along a grid the products agree with tanh(c₁x + c₃x³) evaluated directly
//! let bits = 128;
//! let c = (Float::with_val(bits, 0.75), Float::with_val(bits, 0.03125));
//! let samples: Vec<Sample> = (0..200)
//!     .map(|j| {
//!         let x = Float::with_val(bits, j) / 64u32 - 1u32;
//!         let x3 = Float::with_val(bits, x.clone().square() * &x);
//!         Sample { x, x3, e: Float::new(bits), w: None, q: None }
//!     })
//!     .collect();
//! let v = tanh_values(&samples, &c, bits);
//! for (s, m) in samples.iter().zip(&v) {
//!     let direct = Float::with_val(bits, &c.0 * &s.x + &c.1 * &s.x3).tanh();
//!     assert!((direct - m).abs() < Float::with_val(bits, 1e-30));
//! }
//! ```

use crate::numeric::fit::lsq::Sample;
use rug::{Assign, Float};

/// Points per run of the recurrence (the error bound above assumes ≤ 32).
pub const RUN: usize = 32;

/// m_i = tanh(c.0·x_i + c.1·x_i³) for every sample, each within about one ulp at `bits`.
pub fn tanh_values(samples: &[Sample], c: &(Float, Float), bits: u32) -> Vec<Float> {
    let n = samples.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        let k = run_len(samples, i, bits);
        if k < 4 {
            out.push(plain(&samples[i], c, bits));
            i += 1;
            continue;
        }
        run(&samples[i..i + k], c, bits, &mut out);
        i += k;
    }
    out
}

fn plain(s: &Sample, c: &(Float, Float), bits: u32) -> Float {
    Float::with_val(bits, c.0.mul_add_mul_ref(&s.x, &c.1, &s.x3)).tanh()
}

/// The longest prefix of samples[i..] (at most RUN) on one progression, every
/// point within 4 ulps of x_i + jh, h = (x_last − x_i)/(len − 1), and |x| ≤ 10;
/// below 4 when the first four points are not on one. The prefixes on a
/// progression are the lengths up to some K: after the longest and the
/// shortest (4 points) a bisection finds K. A test stops at the first point
/// off the progression, so points off any (quadrature nodes in piece order)
/// cost a few point tests each.
fn run_len(samples: &[Sample], i: usize, bits: u32) -> usize {
    let mut scratch = (Float::new(bits + 40), Float::new(bits + 40));
    let mut ok = |k: usize| on_progression(&samples[i..i + k], bits, &mut scratch);
    let n = RUN.min(samples.len() - i);
    if n < 4 {
        return 0;
    }
    // a test fails at the first point off the progression: try the longest first
    if ok(n) {
        return n;
    }
    if !ok(4) {
        return 0;
    }
    // ok(lo), not ok(hi)
    let (mut lo, mut hi) = (4, n);
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if ok(mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo
}

/// Whether every point of `s` (at least 2) is within 4 ulps of x₀ + jh,
/// h = (x_last − x₀)/(len − 1) ≠ 0, and |x| ≤ 10 (`t` is scratch space at bits + 40).
fn on_progression(s: &[Sample], bits: u32, t: &mut (Float, Float)) -> bool {
    let w = bits + 40;
    let k = s.len();
    let x0 = &s[0].x;
    let h = Float::with_val(w, &s[k - 1].x - x0) / (k as u32 - 1);
    if h.is_zero() {
        return false;
    }
    let (p, tol) = t;
    s.iter().enumerate().all(|(j, smp)| {
        let x = &smp.x;
        if *x.as_abs() > 10 {
            return false;
        }
        // |x₀ + jh − x| ≤ max(|x|, |x₀|)·2^−(bits−2)
        p.assign(&h * j as u32);
        *p += x0;
        *p -= x;
        tol.assign(x.abs_ref());
        if *x0.as_abs() > *tol {
            tol.assign(x0.abs_ref());
        }
        *tol >>= bits - 2;
        *p.as_abs() <= *tol
    })
}

/// The recurrence over one run (see the module comment).
fn run(s: &[Sample], c: &(Float, Float), bits: u32, out: &mut Vec<Float>) {
    let w = bits + 40;
    let k = s.len();
    let x = Float::with_val(w, &s[0].x);
    let h = Float::with_val(w, &s[k - 1].x - &x) / (k as u32 - 1);
    let (c1, c3) = (Float::with_val(w, &c.0), Float::with_val(w, &c.1));
    let (x2, h2) = (
        Float::with_val(w, x.square_ref()),
        Float::with_val(w, h.square_ref()),
    );
    let h3 = Float::with_val(w, &h2 * &h);
    // 2u, 2Δu = 2(c₁h + c₃(3x²h + 3xh² + h³)), 2Δ²u = 12c₃(xh² + h³), 2Δ³u = 12c₃h³
    let u = Float::with_val(w, &x2 * &c3) + &c1;
    let u2 = Float::with_val(w, &u * &x) * 2u32;
    let cub = Float::with_val(w, &x2 * &h) * 3u32 + Float::with_val(w, &x * &h2) * 3u32 + &h3;
    let d1 = (Float::with_val(w, &c3 * &cub) + Float::with_val(w, &c1 * &h)) * 2u32;
    let d2 = Float::with_val(w, &x * &h2) + &h3;
    let d2 = Float::with_val(w, &d2 * &c3) * 12u32;
    let d3 = Float::with_val(w, &h3 * &c3) * 12u32;
    let (mut e, mut d1, mut d2, d3) = (u2.exp(), d1.exp(), d2.exp(), d3.exp());
    let mut m = Float::new(w);
    for _ in 0..k {
        // m = 1 − 2/(E + 1)
        m.assign(&e + 1u32);
        m.recip_mut();
        m *= 2u32;
        out.push(Float::with_val(bits, 1 - &m));
        e *= &d1;
        d1 *= &d2;
        d2 *= &d3;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(x: Float) -> Sample {
        let x3 = Float::with_val(x.prec(), x.square_ref()) * &x;
        Sample {
            x,
            x3,
            e: Float::new(64),
            w: None,
            q: None,
        }
    }

    #[test]
    fn matches_mpfr_tanh_on_a_grid_and_off_it() {
        for bits in [64u32, 171, 203] {
            let c = (
                Float::with_val(bits, 0.7978845608028654),
                Float::with_val(bits, 0.0356774081363001),
            );
            // the published grid's negative half, then a few quadrature-like points
            let mut s: Vec<Sample> = (1..2000)
                .map(|i| {
                    sample(Float::with_val(
                        bits,
                        rug::Rational::from((-10000 + i, 1000)),
                    ))
                })
                .collect();
            for q in [0.0112, 0.37, 0.371, 1.9, 4.444] {
                s.push(sample(Float::with_val(bits, q)));
            }
            // the grid is taken by the recurrence, the last points by MPFR's tanh
            assert_eq!(run_len(&s, 0, bits), RUN);
            assert!(run_len(&s, s.len() - 5, bits) < 4);
            let m = tanh_values(&s, &c, bits);
            assert_eq!(m.len(), s.len());
            for (smp, v) in s.iter().zip(&m) {
                let want = plain(smp, &c, bits + 64);
                let d = Float::with_val(bits + 64, v - &want).abs();
                // within 4 ulps of tanh at the sample (the point is within 4 ulps, |m′| ≤ u′ ≤ 11)
                let tol = Float::with_val(bits + 64, Float::i_exp(1, -(bits as i32) + 9));
                assert!(d <= tol, "x = {} at {bits} bits: {d}", smp.x);
            }
        }
    }

    #[test]
    fn quadrature_nodes_in_node_major_order_run_along_the_pieces() {
        use crate::numeric::fit::quadrature::samples;
        use crate::numeric::model::{Family, Kernel, Level};
        use rug::Rational;
        let bits = 156;
        let ctx = Kernel::new(Family::Tanh, Level::Gelu, bits);
        // [−10, 10] folded onto [0, 10]: 10 pieces, node i of each piece is a progression of step 1
        let n = 37;
        let (s, total) = samples(&ctx, &Rational::from(-10), &Rational::from(10), n);
        assert_eq!((s.len(), total), (10 * n, 20 * n));
        for g in 0..n {
            assert_eq!(run_len(&s, 10 * g, bits), 10, "node {g}");
        }
        // in piece order the nodes are no progression: four points are refused at once
        let nodes = crate::numeric::fit::quadrature::composite(
            &Rational::from(0),
            &Rational::from(10),
            n,
            bits,
        );
        let piece: Vec<Sample> = nodes.iter().map(|(x, _)| sample(x.clone())).collect();
        assert_eq!(run_len(&piece, 3, bits), 0);
        let c = (
            Float::with_val(bits, 0.7978845608028654),
            Float::with_val(bits, 0.0356774081363001),
        );
        let m = tanh_values(&s, &c, bits);
        for (smp, v) in s.iter().zip(&m) {
            let want = plain(smp, &c, bits + 64);
            let d = Float::with_val(bits + 64, v - &want).abs();
            let tol = Float::with_val(bits + 64, Float::i_exp(1, -(bits as i32) + 9));
            assert!(d <= tol, "x = {}: {d}", smp.x);
        }
    }
}
