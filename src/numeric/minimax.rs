//! Minimax: minimise M(θ) = max |e(x; θ)| over the range, one parameter θ.
//!
//! 1. At 64 bits, golden-section search on M(θ) (M from the extrema scan).
//! 2. Take the two largest local extrema x_i, x_j there and solve
//!    φ(θ) = s_i e(x_i(θ)) − s_j e(x_j(θ)) = 0 by Newton (s = sign; by the
//!    envelope theorem φ′ = s_i ∂_θe(x_i) − s_j ∂_θe(x_j)), re-locating
//!    x_i, x_j by Newton on e′ = 0 at every step.
//! 3. At the balance, rescan (and sample densely) to confirm that no other
//!    point has a larger |e|, and check optimality: s·∂_θe has opposite signs
//!    at the two points, so no change of θ lowers both.

use super::extrema::{dense_check, extrema_abs_range, refine, scan_step, Ext};
use super::fit::{fmt, start_params, until_stable, Extremum, FitResult, FitSpec, Range};
use super::models::{Ctx, Model, Target};
use crate::error::{Error, Result};
use crate::numeric::bits_for_digits;
use rug::{Float, Rational};

fn max_err(ctx: &Ctx, theta: &Float, lo: &Rational, hi: Option<&Rational>) -> Result<Float> {
    let ex = extrema_abs_range(ctx, &ctx.inner(std::slice::from_ref(theta)), lo, hi)?;
    Ok(ex
        .first()
        .map(|e| Float::with_val(ctx.bits, e.e.abs_ref()))
        .unwrap_or_else(|| Float::new(ctx.bits)))
}

/// Golden-section search of M on [a, b] at 64 bits to relative 2^−36.
fn golden(
    ctx: &Ctx,
    mut a: Float,
    mut b: Float,
    lo: &Rational,
    hi: Option<&Rational>,
) -> Result<Float> {
    let r = Float::with_val(64, 5).sqrt() - 1u32;
    let r = r / 2u32; // 0.618…
    let mut c = Float::with_val(
        64,
        &b - Float::with_val(64, &r * Float::with_val(64, &b - &a)),
    );
    let mut d = Float::with_val(
        64,
        &a + Float::with_val(64, &r * Float::with_val(64, &b - &a)),
    );
    let (mut fc, mut fd) = (max_err(ctx, &c, lo, hi)?, max_err(ctx, &d, lo, hi)?);
    for _ in 0..80 {
        if Float::with_val(64, &b - &a) < Float::with_val(64, b.abs_ref()) >> 36 {
            break;
        }
        if fc < fd {
            b = d;
            d = c.clone();
            fd = fc;
            c = Float::with_val(
                64,
                &b - Float::with_val(64, &r * Float::with_val(64, &b - &a)),
            );
            fc = max_err(ctx, &c, lo, hi)?;
        } else {
            a = c;
            c = d.clone();
            fc = fd;
            d = Float::with_val(
                64,
                &a + Float::with_val(64, &r * Float::with_val(64, &b - &a)),
            );
            fd = max_err(ctx, &d, lo, hi)?;
        }
    }
    Ok(Float::with_val(64, &a + &b) / 2u32)
}

/// Re-locates an extremum near `x` at parameter θ (endpoints stay put).
fn relocate(ctx: &Ctx, c: &(Float, Float), e: &Ext) -> Ext {
    if e.endpoint {
        return Ext {
            e: ctx.error(&e.x, c),
            x: e.x.clone(),
            endpoint: true,
        };
    }
    let h = scan_step(ctx.bits) >> 2;
    let x0 = Float::with_val(ctx.bits, &e.x);
    let mut a = Float::with_val(ctx.bits, &x0 - &h).max(&Float::new(ctx.bits));
    let mut b = Float::with_val(ctx.bits, &x0 + &h);
    // widen until e′ changes sign
    for _ in 0..20 {
        let da = ctx.error_derivs(&a, c).d1;
        let db = ctx.error_derivs(&b, c).d1;
        if da.is_sign_negative() != db.is_sign_negative() {
            break;
        }
        a = Float::with_val(ctx.bits, &a - &h).max(&Float::new(ctx.bits));
        b += &h;
    }
    let x = refine(ctx, c, &a, &b, &x0);
    Ext {
        e: ctx.error(&x, c),
        x,
        endpoint: false,
    }
}

fn sign(f: &Float) -> i32 {
    if f.is_sign_negative() {
        -1
    } else {
        1
    }
}

struct Balanced {
    theta: Float,
    max: Float,
    exts: Vec<Ext>,
}

/// Steps 2–3 at `bits` from θ and the two extrema.
fn balance(
    ctx: &Ctx,
    theta0: &Float,
    pair: &[Ext; 2],
    lo: &Rational,
    hi: Option<&Rational>,
    stop: u32,
) -> Result<Balanced> {
    let bits = ctx.bits;
    let mut theta = Float::with_val(bits, theta0);
    let mut pair = pair.clone();
    let (si, sj) = (sign(&pair[0].e), sign(&pair[1].e));
    for it in 0..60 {
        let c = ctx.inner(std::slice::from_ref(&theta));
        pair = [relocate(ctx, &c, &pair[0]), relocate(ctx, &c, &pair[1])];
        let phi = Float::with_val(bits, &pair[0].e * si) - Float::with_val(bits, &pair[1].e * sj);
        let gi = &ctx.error_dparams(&pair[0].x, std::slice::from_ref(&theta))[0];
        let gj = &ctx.error_dparams(&pair[1].x, std::slice::from_ref(&theta))[0];
        let dphi = Float::with_val(bits, gi * si) - Float::with_val(bits, gj * sj);
        let step = Float::with_val(bits, &phi / &dphi);
        if !step.is_finite() {
            return Err(Error::Verification(
                "minimax: the two extrema cannot be balanced".into(),
            ));
        }
        theta -= &step;
        if Float::with_val(bits, step.abs_ref()) <= Float::with_val(bits, theta.abs_ref()) >> stop {
            // optimality: moving θ must raise one of the two errors
            if Float::with_val(bits, gi * si).is_sign_negative()
                == Float::with_val(bits, gj * sj).is_sign_negative()
            {
                return Err(Error::Verification(
                    "minimax: both extrema move the same way; the balance is not an optimum".into(),
                ));
            }
            let c = ctx.inner(std::slice::from_ref(&theta));
            let exts = extrema_abs_range(ctx, &c, lo, hi)?;
            let pmax = Float::with_val(bits, pair[0].e.abs_ref())
                .max(&Float::with_val(bits, pair[1].e.abs_ref()));
            let tol = Float::with_val(bits, &pmax >> (bits - 24));
            let gmax = exts
                .first()
                .map(|e| Float::with_val(bits, e.e.abs_ref()))
                .unwrap_or_else(|| Float::new(bits));
            if gmax > Float::with_val(bits, &pmax + &tol) {
                return Err(Error::Verification(
                    "minimax: another extremum exceeds the balanced pair".into(),
                ));
            }
            let lof = Float::with_val(bits, lo);
            // the dense check covers the range (a finite end) or [lo, max(16, farthest extremum)]
            let hif = match hi {
                Some(h) => Float::with_val(bits, h),
                None => exts
                    .iter()
                    .map(|e| e.x.clone())
                    .fold(Float::with_val(bits, 16), |m, x| m.max(&x)),
            };
            if !dense_check(ctx, &c, &lof, &hif, &pmax) {
                return Err(Error::Verification(
                    "minimax: a dense scan found a larger error than the extrema".into(),
                ));
            }
            let _ = it;
            return Ok(Balanced {
                theta,
                max: pmax,
                exts,
            });
        }
    }
    Err(Error::input(
        "minimax: Newton on the balance did not converge in 60 steps",
    ))
}

/// Fits under the minimax criterion (one-parameter models).
pub fn fit_minimax(spec: &FitSpec) -> Result<FitResult> {
    if spec.model == Model::TanhFree {
        return Err(Error::input("--criterion minimax supports the one-parameter models tanh and sigmoid (got --model tanh-free)"));
    }
    let (model, target, digits) = (spec.model, spec.target, spec.digits);
    let (lo, hi) = spec.range.abs_range();
    let hi = hi.as_ref();
    let ctx64 = Ctx::new(model, target, 64);
    let t0 = start_params(model, 64).remove(0);
    let a = Float::with_val(64, &t0 * 4u32) / 5u32;
    let b = Float::with_val(64, &t0 * 5u32) / 4u32;
    let tg = golden(&ctx64, a.clone(), b.clone(), &lo, hi)?;
    if Float::with_val(64, &tg - &a).abs() < Float::with_val(64, &t0 >> 10)
        || Float::with_val(64, &b - &tg).abs() < Float::with_val(64, &t0 >> 10)
    {
        return Err(Error::input("minimax: the optimum lies outside the searched bracket (±25% of the series-matched value)"));
    }
    let ex = extrema_abs_range(&ctx64, &ctx64.inner(std::slice::from_ref(&tg)), &lo, hi)?;
    if ex.len() < 2 {
        return Err(Error::input("minimax: fewer than two extrema on the range"));
    }
    let mut pair = [ex[0].clone(), ex[1].clone()];
    let mut theta = tg;
    let stop = bits_for_digits(digits, 12);
    let (bal, strings, bits) = until_stable(bits_for_digits(digits, 24), |bits| {
        let ctx = Ctx::new(model, target, bits);
        let mut r = balance(&ctx, &theta, &pair, &lo, hi, stop)?;
        // the balanced pair first, ordered by x (their |e| agree to the working precision)
        if r.exts.len() >= 2 && r.exts[0].x > r.exts[1].x {
            r.exts.swap(0, 1);
        }
        theta = r.theta.clone();
        let top: Vec<&Ext> = r.exts.iter().take(2).collect();
        pair = [top[0].clone(), top[1].clone()];
        let mut s = vec![fmt(&r.theta, digits), fmt(&r.max, digits)];
        for e in r.exts.iter().take(2) {
            s.push(fmt(&e.x, digits));
            s.push(fmt(&e.e, digits));
        }
        Ok((r, s))
    })?;
    let mut extrema = Vec::new();
    for (k, e) in bal.exts.iter().enumerate().take(6) {
        let (x, v) = if k < 2 {
            (strings[2 + 2 * k].clone(), strings[3 + 2 * k].clone())
        } else {
            (fmt(&e.x, 6), fmt(&e.e, 6))
        };
        extrema.push(Extremum {
            x,
            error: v,
            sign: sign(&e.e),
        });
    }
    let mirror = match target {
        Target::Erf => "e is odd: e(−x) = −e(x)",
        Target::Gelu => "e is even: e(−x) = e(x)",
    };
    Ok(FitResult {
        spec: spec.clone(),
        param_decimals: vec![strings[0].clone()],
        params: vec![bal.theta],
        objective_label: "max".into(),
        objective: strings[1].clone(),
        n_points: None,
        bits,
        extrema,
        note: Some(format!(
            "the two largest extrema (first two rows, full digits) balance to 2^-{stop}; others shown to 6 digits; {mirror}; global maximum confirmed by a scan at step 1/32 and sampling at step 1/256"
        )),
    })
}

/// max |e(x; p)| over `range` and the x ≥ 0 where it is attained, to `digits` digits
/// (stable between two precisions); `p(bits)` gives the parameters at a precision.
pub fn max_error(
    model: Model,
    target: Target,
    range: &Range,
    digits: u32,
    p: impl Fn(u32) -> Vec<Float>,
) -> Result<(String, String)> {
    max_error_shift(model, target, range, digits, 0, p)
}

/// [`max_error`] with the value divided by 2^`shift` (exact in binary; shift 1 gives the Φ level from erf).
pub fn max_error_shift(
    model: Model,
    target: Target,
    range: &Range,
    digits: u32,
    shift: u32,
    p: impl Fn(u32) -> Vec<Float>,
) -> Result<(String, String)> {
    let (lo, hi) = range.abs_range();
    let (_, s, _) = until_stable(bits_for_digits(digits, 24), |bits| {
        let ctx = Ctx::new(model, target, bits);
        let ex = extrema_abs_range(&ctx, &ctx.inner(&p(bits)), &lo, hi.as_ref())?;
        let top = ex
            .first()
            .ok_or_else(|| Error::input("no extremum on the range"))?;
        let v = Float::with_val(bits, top.e.abs_ref()) >> shift;
        Ok(((), vec![fmt(&v, digits), fmt(&top.x, digits.min(12))]))
    })?;
    Ok((s[0].clone(), s[1].clone()))
}
