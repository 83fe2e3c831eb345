//! The balance of the one-parameter minimax fit: the root of
//! φ(θ) = P(θ) − N(θ), the largest positive error minus the largest negative
//! one (see [`minimax`](crate::numeric::fit::minimax) for why it is the
//! optimum), by safeguarded Newton in a bracket with φ′ from the envelope
//! theorem, φ′ = ∂_θe(x₊) + ∂_θe(x₋).
//!
//! The extrema at each θ come from a [`Finder`]: a fresh scan every time, or
//! followed from the previous θ ([`follow`]) with a coarse rescan when that fails.

use crate::error::Input;
use crate::error::{Error, Result};
use crate::numeric::fit::extrema::{extrema_abs_coarse, scan_step, Ext};
use crate::numeric::fit::track::follow;
use crate::numeric::model::Kernel;
use rug::{Float, Rational};

/// φ(θ) = P − N, φ′(θ), the extrema (by |e|, largest first) and the indices of x₊, x₋.
pub(crate) struct Phi {
    pub phi: Float,
    pub dphi: Float,
    pub exts: Vec<Ext>,
    pub pos: Option<usize>,
    pub neg: Option<usize>,
}

/// How the extrema are found at each θ: scanned afresh
/// ([`extrema_abs_range`](crate::numeric::fit::extrema::extrema_abs_range))
/// or, when `follow`, followed from the last ones ([`follow`]; when that
/// fails, a scan at 4× the step: the result is rescanned at the full step).
pub(crate) struct Finder {
    follow: bool,
    last: Option<Vec<Ext>>,
}

impl Finder {
    pub(crate) fn new(follow: bool) -> Finder {
        Finder { follow, last: None }
    }

    /// The scan: 4× coarser when following.
    fn scan(
        &mut self,
        ctx: &Kernel,
        c: &(Float, Float),
        lo: &Rational,
        hi: Option<&Rational>,
    ) -> Result<Vec<Ext>> {
        let e = extrema_abs_coarse(ctx, c, lo, hi, if self.follow { 2 } else { 0 })?;
        self.last = Some(e.clone());
        Ok(e)
    }

    fn extrema(
        &mut self,
        ctx: &Kernel,
        c: &(Float, Float),
        lo: &Rational,
        hi: Option<&Rational>,
    ) -> Result<Vec<Ext>> {
        let bits = ctx.bits;
        if let (true, Some(prev)) = (self.follow, &self.last) {
            let l = Float::with_val(bits, lo);
            let h = hi.map_or_else(
                || Float::with_val(bits, rug::float::Special::Infinity),
                |h| Float::with_val(bits, h),
            );
            // four scan steps (1/8 on a wide range)
            let top = hi.map_or_else(|| Float::with_val(bits, 16), |h| Float::with_val(bits, h));
            let reach = scan_step(bits, &l, &top) << 2u32;
            if let Some(e) = follow(ctx, c, prev, &l, &h, &reach) {
                self.last = Some(e.clone());
                return Ok(e);
            }
        }
        self.scan(ctx, c, lo, hi)
    }
}

pub(crate) fn phi_at(
    ctx: &Kernel,
    theta: &Float,
    lo: &Rational,
    hi: Option<&Rational>,
    fd: &mut Finder,
) -> Result<Phi> {
    let bits = ctx.bits;
    let t = std::slice::from_ref(theta);
    let c = ctx.inner(t);
    let signs = |exts: &[Ext]| {
        (
            exts.iter()
                .position(|e| e.e.is_sign_positive() && !e.e.is_zero()),
            exts.iter()
                .position(|e| e.e.is_sign_negative() && !e.e.is_zero()),
        )
    };
    let mut exts = fd.extrema(ctx, &c, lo, hi)?;
    let (mut pos, mut neg) = signs(&exts);
    if fd.follow && (pos.is_none() || neg.is_none()) {
        // a sign missing among the followed extrema: scan afresh
        exts = fd.scan(ctx, &c, lo, hi)?;
        (pos, neg) = signs(&exts);
    }
    let mut phi = Float::new(bits);
    let mut dphi = Float::new(bits);
    for k in [pos, neg].into_iter().flatten() {
        phi += &exts[k].e;
        dphi += &ctx.error_dparams(&exts[k].x, t)[0];
    }
    Ok(Phi {
        phi,
        dphi,
        exts,
        pos,
        neg,
    })
}

pub(crate) struct Balanced {
    pub theta: Float,
    pub max: Float,
    pub exts: Vec<Ext>,
}

/// A bracket [a, b] ∋ root of φ around `t` (half-width `t`·2^−`w`, doubled until φ changes sign).
pub(crate) fn bracket(
    ctx: &Kernel,
    t: &Float,
    w: i32,
    lo: &Rational,
    hi: Option<&Rational>,
    fd: &mut Finder,
) -> Result<(Float, Float)> {
    let bits = ctx.bits;
    let mut h = Float::with_val(bits, t.abs_ref()) >> w;
    for _ in 0..80 {
        let a = Float::with_val(bits, t - &h);
        let b = Float::with_val(bits, t + &h);
        if phi_at(ctx, &a, lo, hi, fd)?.phi.is_sign_negative()
            && !phi_at(ctx, &b, lo, hi, fd)?.phi.is_sign_negative()
        {
            return Ok((a, b));
        }
        h *= 2u32;
    }
    Err(Error::input(
        "minimax: could not bracket the balance of the largest positive and negative errors",
    ))
}

/// The root of φ at `ctx.bits` inside [a, b], to 2^−stop relative, with the checks.
///
/// Newton θ − φ/φ′ is taken when it stays in the closed bracket (the root
/// may sit on an end: a rounded φ(b) can be exactly 0), else bisection; a
/// Newton step that fails to halve the bracket twice in a row is replaced by
/// bisection, so the iteration ends within stop + 64 + log2(width/|θ|) steps.
pub(crate) fn balance(
    ctx: &Kernel,
    (mut a, mut b): (Float, Float),
    lo: &Rational,
    hi: Option<&Rational>,
    stop: u32,
    fd: &mut Finder,
) -> Result<Balanced> {
    let bits = ctx.bits;
    let mut theta = Float::with_val(bits, &a + &b) / 2u32;
    let mut slow = 0;
    let cap = stop as usize + 200;
    for _ in 0..cap {
        let f = phi_at(ctx, &theta, lo, hi, fd)?;
        let width = Float::with_val(bits, &b - &a);
        if f.phi.is_sign_negative() {
            a = theta.clone();
        } else {
            b = theta.clone();
        }
        let mut next = Float::with_val(bits, &theta - Float::with_val(bits, &f.phi / &f.dphi));
        if !(next >= a && next <= b) || slow >= 2 {
            next = Float::with_val(bits, &a + &b) / 2u32;
            slow = 0;
        } else if Float::with_val(bits, &b - &a) > Float::with_val(bits, &width >> 1u32) {
            slow += 1;
        } else {
            slow = 0;
        }
        let step = Float::with_val(bits, &next - &theta).abs();
        theta = next;
        let tol = Float::with_val(bits, theta.abs_ref()) >> stop;
        if step <= tol || Float::with_val(bits, &b - &a) <= tol {
            return finish(ctx, theta, lo, hi, fd);
        }
    }
    Err(Error::input(format!(
        "minimax: the balance iteration did not converge in {cap} steps"
    )))
}

/// The check at the root: both signs present (the dense check comes once per fit, in `minimax.rs`).
fn finish(
    ctx: &Kernel,
    theta: Float,
    lo: &Rational,
    hi: Option<&Rational>,
    fd: &mut Finder,
) -> Result<Balanced> {
    let bits = ctx.bits;
    let f = phi_at(ctx, &theta, lo, hi, fd)?;
    let (Some(p), Some(n)) = (f.pos, f.neg) else {
        return Err(Error::input(crate::msg!(
            Input::Range,
            ": the minimax error does not take both signs on the range at the optimum found (as far from 0, where it falls below the working precision); give a range nearer 0"
        )));
    };
    let max = Float::with_val(bits, f.exts[p].e.abs_ref())
        .max(&Float::with_val(bits, f.exts[n].e.abs_ref()));
    // the balanced pair first, ordered by x; then the other extrema by size
    let mut pair = [f.exts[p].clone(), f.exts[n].clone()];
    if pair[0].x > pair[1].x {
        pair.swap(0, 1);
    }
    let mut exts: Vec<Ext> = pair.to_vec();
    exts.extend(
        f.exts
            .iter()
            .enumerate()
            .filter(|(k, _)| *k != p && *k != n)
            .map(|(_, e)| e.clone()),
    );
    Ok(Balanced { theta, max, exts })
}
