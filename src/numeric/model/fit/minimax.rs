//! Minimax fits of a model's parameters: the local extrema of the error
//! (a scan, then Newton on e′ = 0), an alternating set of k + 1 points among
//! them, and the exchange that solves e(x_i; p) = (−1)^i·h on it until the
//! heights agree with the global maximum (see the parent module). A range is
//! folded onto |x| when the error is even or odd in x.

use super::super::pair::ModelEval;
use super::{solve, undefined, Fitted};
use crate::error::Input;
use crate::error::{Error, Result};
use rug::Float;
use std::cmp::Ordering;

/// The local extrema of |e| on [l, r] (ends included): a scan of `m` cells, then
/// Newton on e′ = 0 inside each cell that brackets a sign change of e′.
fn extrema(
    f: &ModelEval,
    p: &[Float],
    l: &Float,
    r: &Float,
    m: u32,
) -> Result<Vec<(Float, Float)>> {
    let bits = f.bits;
    let k = p.len();
    let at = |x: &Float| f.dual(x, p, true).map_err(undefined);
    let xs: Vec<Float> = (0..=m)
        .map(|i| Float::with_val(bits, l + Float::with_val(bits, r - l) * i / m))
        .collect();
    let ds: Vec<_> = xs.iter().map(at).collect::<Result<_>>()?;
    let mut out = vec![
        (xs[0].clone(), ds[0].v.clone()),
        (xs[m as usize].clone(), ds[m as usize].v.clone()),
    ];
    for i in 0..m as usize {
        let (a, b) = (&ds[i].g[k], &ds[i + 1].g[k]);
        if a.cmp0() == b.cmp0() || a.is_zero() && i > 0 {
            continue;
        }
        let (mut lo, mut hi) = (xs[i].clone(), xs[i + 1].clone());
        let mut x = Float::with_val(bits, &lo + &hi) / 2u32;
        for _ in 0..100 {
            let d = at(&x)?;
            if d.g[k].cmp0() == a.cmp0() {
                lo = x.clone()
            } else {
                hi = x.clone()
            }
            let newton = Float::with_val(bits, &x - Float::with_val(bits, &d.g[k] / d.hess(k, k)));
            let next = if newton > lo && newton < hi {
                newton
            } else {
                Float::with_val(bits, &lo + &hi) / 2u32
            };
            let done = Float::with_val(bits, &next - &x).abs()
                <= Float::with_val(bits, Float::i_exp(1, -(bits as i32) + 8))
                    * Float::with_val(bits, x.clone().abs() + 1u32);
            x = next;
            if done {
                break;
            }
        }
        let v = at(&x)?.v;
        out.push((x, v));
    }
    out.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap_or(Ordering::Equal));
    Ok(out)
}

/// An alternating subset of k + 1 extrema that keeps the largest |e|.
fn alternate(c: Vec<(Float, Float)>, n: usize) -> Option<Vec<(Float, Float)>> {
    let prec = c.first()?.1.prec();
    let top = c
        .iter()
        .map(|(_, v)| v.clone().abs())
        .fold(Float::new(prec), |a, b| a.max(&b));
    let floor = Float::with_val(top.prec(), &top / 1_073_741_824u32);
    let mut alt: Vec<(Float, Float)> = Vec::new();
    for (x, v) in c.into_iter().filter(|(_, v)| v.clone().abs() > floor) {
        match alt.last_mut() {
            Some(last) if last.1.cmp0() == v.cmp0() => {
                if v.clone().abs() > last.1.clone().abs() {
                    *last = (x, v);
                }
            }
            _ => alt.push((x, v)),
        }
    }
    while alt.len() > n {
        if alt[0].1.clone().abs() < alt[alt.len() - 1].1.clone().abs() {
            alt.remove(0);
        } else {
            alt.pop();
        }
    }
    (alt.len() == n).then_some(alt)
}

/// Minimax on [l, r] from `p0`: relative equioscillation tolerance `tol`.
///
/// An error that is even or odd in x (checked at three points for the start
/// and two perturbed parameter vectors) has the same |e| at x and −x, so a
/// range is folded onto the |x| interval it covers (e.g. [−3, 2] → [0, 3]),
/// where alternation points are distinct; the points are reported in the
/// range (x, or −x when only −x lies in it) with e there. The certified
/// bound over the range as given (`expr_fit`) checks the fold.
pub fn minimax_fit(
    f: &ModelEval,
    l: &Float,
    r: &Float,
    p0: &[Float],
    tol: &Float,
) -> Result<Fitted> {
    let bits = f.bits;
    if !symmetric(f, l, r, p0) {
        return minimax_on(f, l, r, p0, tol);
    }
    let zero = Float::new(bits);
    let (al, ar) = (l.clone().abs(), r.clone().abs());
    let (fl, fr) = if *l < 0 && *r > 0 {
        (zero, al.max(&ar))
    } else if *r <= 0 {
        (ar, al)
    } else {
        (l.clone(), r.clone())
    };
    let mut fit = minimax_on(f, &fl, &fr, p0, tol)?;
    for (x, e) in fit.alternation.iter_mut() {
        if *x > *r || *x < *l {
            *x = Float::with_val(bits, -&*x);
            *e = f.dual(x, &fit.params, false).map_err(undefined)?.v;
        }
    }
    Ok(fit)
}

/// e(−x) = ±e(x) to rounding at x = 0.37s, 0.71s, 0.93s (s = max(|l|, |r|))
/// for `p0` and two perturbations of it.
fn symmetric(f: &ModelEval, l: &Float, r: &Float, p0: &[Float]) -> bool {
    let bits = f.bits;
    let s = Float::with_val(bits, l.abs_ref()).max(&Float::with_val(bits, r.abs_ref()));
    let tiny = Float::with_val(bits, Float::i_exp(1, 16 - bits as i32));
    let mut sign = 0i32;
    for (j, bump) in [0u32, 7, 13].into_iter().enumerate() {
        let p: Vec<Float> = p0
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let d = Float::with_val(bits, v.abs_ref()) + 1u32;
                v.clone() + d * Float::with_val(bits, bump * (i as u32 + 1)) / 100u32
            })
            .collect();
        for c in [37u32, 71, 93] {
            let x = Float::with_val(bits, &s * c) / 100u32;
            let (Ok(a), Ok(b)) = (f.dual(&x, &p, false), f.dual(&(-x.clone()), &p, false)) else {
                return false;
            };
            let scale =
                Float::with_val(bits, a.v.abs_ref()).max(&Float::with_val(bits, b.v.abs_ref()));
            let lim = Float::with_val(bits, &scale * &tiny);
            let even = Float::with_val(bits, &a.v - &b.v).abs() <= lim;
            let odd = Float::with_val(bits, &a.v + &b.v).abs() <= lim;
            let kind = match (even, odd) {
                (true, false) => 1,
                (false, true) => -1,
                _ => return false,
            };
            if j + c as usize > 37 && sign != 0 && kind != sign {
                return false;
            }
            sign = kind;
        }
    }
    true
}

fn minimax_on(f: &ModelEval, l: &Float, r: &Float, p0: &[Float], tol: &Float) -> Result<Fitted> {
    let bits = f.bits;
    let k = p0.len();
    let mut p = p0.to_vec();
    let fail = |why: &str| {
        Error::input(crate::msg!(
            "the minimax fit did not converge: {why} (try another start ",
            Input::Params,
            " or ",
            Input::Range,
            ")"
        ))
    };
    let mut pts = alternate(extrema(f, &p, l, r, 400)?, k + 1)
        .ok_or_else(|| fail("the start has fewer than k + 1 alternating extrema"))?;
    for it in 1..=60 {
        // level: e(x_i; p) = s_i·h, s_i = ±1 alternating from the first point's sign
        let s0 = if pts[0].1.cmp0() == Some(Ordering::Less) {
            -1i32
        } else {
            1
        };
        let mut h = Float::with_val(
            bits,
            pts.iter()
                .map(|(_, v)| v.clone().abs())
                .fold(Float::new(bits), |a, b| a + b)
                / (k as u32 + 1),
        );
        for _ in 0..40 {
            let mut a = Vec::with_capacity((k + 1) * (k + 1));
            let mut rhs = Vec::with_capacity(k + 1);
            for (i, (x, _)) in pts.iter().enumerate() {
                let d = f.dual(x, &p, false).map_err(undefined)?;
                let s = if i % 2 == 0 { s0 } else { -s0 };
                a.extend(d.g.iter().cloned());
                a.push(Float::with_val(bits, -s));
                rhs.push(-(d.v - Float::with_val(bits, &h * s)));
            }
            let step = solve(a, rhs).ok_or_else(|| fail("singular levelled system"))?;
            for (pi, d) in p.iter_mut().zip(&step) {
                *pi += d;
            }
            h += &step[k];
            let small = step.iter().all(|d| {
                d.clone().abs() <= Float::with_val(bits, Float::i_exp(1, -(bits as i32) * 3 / 4))
            });
            if small {
                break;
            }
        }
        let all = extrema(f, &p, l, r, 400)?;
        let top = all
            .iter()
            .map(|(_, v)| v.clone().abs())
            .fold(Float::new(bits), |a, b| a.max(&b));
        pts = alternate(all, k + 1).ok_or_else(|| fail("fewer than k + 1 alternating extrema"))?;
        let low = pts
            .iter()
            .map(|(_, v)| v.clone().abs())
            .fold(top.clone(), |a, b| a.min(&b));
        if Float::with_val(bits, &top - &low) <= Float::with_val(bits, &top * tol) {
            return Ok(Fitted {
                params: p,
                objective: top,
                alternation: pts,
                iterations: it,
            });
        }
    }
    Err(fail("no equioscillation after 60 exchanges"))
}
