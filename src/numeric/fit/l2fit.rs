//! Continuous least squares: minimise I(p) = ∫_A^B e(x; p)² dx.
//!
//! The integral is Gauss–Legendre on unit pieces ([`quadrature`](crate::numeric::fit::quadrature));
//! infinite ends are cut at ±X where the neglected tail is provably below
//! I·2^−(bits+8) (bound in [`tail_integral_bound`]). Newton runs on two rules
//! (n and n′ > n nodes per piece); their difference is the quadrature error
//! estimate, required to be below the last printed digit.
//!
//! ```
//! use rug::Float;
//! use taylormatch::numeric::fit::l2fit::tail_integral_bound;
//! use taylormatch::numeric::model::Level;
//! // the tail ∫_X^∞ e² shrinks as X grows
//! let c1 = Float::with_val(64, 0.5);
//! assert!(tail_integral_bound(Level::Erf, &c1, 20) < tail_integral_bound(Level::Erf, &c1, 10));
//! ```

use crate::error::Input;
use crate::error::{Error, Result};
use crate::numeric::bits_for_digits;
use crate::numeric::fit::lsq::{accumulate, newton};
use crate::numeric::fit::quadrature::samples;
use crate::numeric::fit::{
    fmt, raise_until_resolved, start_params, until_stable, FitResult, FitSpec, Range, Stable,
};
use crate::numeric::model::{Family, Kernel, Level};
use rug::ops::Pow;
use rug::{Float, Rational};

/// Upper bound of ∫_X^∞ e(y)² dy for c1 ≥ ½·`margin`⁻¹, c3 ≥ 0:
/// |e(y)| ≤ w(y)·3e^{−γy}, γ = min(2c1, X/2) (see [`Kernel::tail_bound`]), so the tail is
/// ≤ 9e^{−2γX}/(2γ) (erf) or (9/4)e^{−2γX}(X²/β + 2X/β² + 2/β³), β = 2γ (gelu).
pub fn tail_integral_bound(target: Level, c1: &Float, x: u32) -> Float {
    let b = c1.prec();
    let g = Float::with_val(b, c1 * 2u32).min(&(Float::with_val(b, x) / 2u32));
    let beta = Float::with_val(b, &g * 2u32);
    let e = (-Float::with_val(b, &beta * x)).exp();
    match target {
        // Φ: (e/2)² ≤ e², so the erf-level bound holds
        Level::Erf | Level::Phi => e * 9u32 / beta,
        Level::Gelu => {
            let xf = Float::with_val(b, x);
            let t = Float::with_val(b, xf.square_ref()) / &beta
                + Float::with_val(b, &xf * 2u32) / Float::with_val(b, beta.square_ref())
                + Float::with_val(b, 2) / (Float::with_val(b, beta.square_ref()) * &beta);
            e * t * 9u32 / 4u32
        }
    }
}

/// The finite interval integrated: infinite ends cut at ±X (X an integer)
/// with tail ≤ `scale`·2^−bits for parameters whose c1 ≥ 0.8·c1(p).
pub fn finite_range(
    model: Family,
    target: Level,
    range: &Range,
    p: &[Float],
    scale: &Float,
    bits: u32,
) -> Result<(Rational, Rational, Option<u32>)> {
    // a finite range up to 64 long is integrated whole; longer ones are cut like infinite ones
    let whole = match (&range.lo, &range.hi) {
        (Some(l), Some(h)) => {
            let len = Rational::from(h - l);
            if len <= 64 {
                return Ok((l.clone(), h.clone(), None));
            }
            Some((l.clone(), h.clone(), len <= MAX_PIECES))
        }
        _ => None,
    };
    let too_long = || {
        Error::input(crate::msg!(
            Input::Range,
            " is longer than {MAX_PIECES} and the tail bound does not apply; shorten it"
        ))
    };
    let ctx = Kernel::new(model, target, 64);
    let c = ctx.inner(p);
    if c.0 < 0.625 || c.1 < 0 {
        return match whole {
            Some((l, h, true)) => Ok((l, h, None)),
            Some(_) => Err(too_long()),
            None => Err(Error::input(crate::msg!(
                "an infinite ",
                Input::Range,
                " needs c1 ≥ 0.625 and c3 ≥ 0 (the tail bound assumes it)"
            ))),
        };
    }
    let c1 = Float::with_val(64, &c.0 * 4u32) / 5u32;
    let tol = Float::with_val(64, scale >> (bits + 8));
    let x = (4u32..100_000)
        .find(|&x| tail_integral_bound(target, &c1, x) <= tol)
        .ok_or_else(|| {
            Error::input(crate::msg!(
                Input::Range,
                ": could not bound the tail of the integral"
            ))
        })?;
    let xr = Rational::from(x);
    let lo = range
        .lo
        .clone()
        .map_or(Rational::from(-&xr), |l| l.max(Rational::from(-&xr)));
    let hi = range.hi.clone().map_or(xr.clone(), |h| h.min(xr.clone()));
    if lo >= hi {
        // the whole range lies in the tail: integrate it as given
        return match whole {
            Some((l, h, true)) => Ok((l, h, None)),
            _ => Err(too_long()),
        };
    }
    Ok((lo, hi, Some(x)))
}

/// Longest range integrated piece by piece without a tail cut.
const MAX_PIECES: u32 = 100_000;

const RULES_DISAGREE: &str = "the two Gauss–Legendre rules did not agree";

/// Nodes per unit piece for `bits` (ρ ≈ 7 ⇒ about bits/5.6 nodes).
pub fn nodes_for(bits: u32) -> usize {
    (bits / 5 + 6) as usize
}

/// |a − b|/|b| (|a − b| when b = 0).
pub(crate) fn rel_diff(a: &Float, b: &Float) -> Float {
    let d = Float::with_val(a.prec(), a - b).abs();
    if b.is_zero() {
        d
    } else {
        d / Float::with_val(a.prec(), b.abs_ref())
    }
}

/// Fits under the L2 criterion on `spec.range`.
pub fn fit_l2(spec: &FitSpec) -> Result<FitResult> {
    let (lo, hi) = (&spec.range.lo, &spec.range.hi);
    // on a finite range the residuals must be resolved: mean square I/(B − A),
    // each residual weighted by at most wmax
    let resolve = match (lo, hi) {
        (Some(a), Some(b)) => {
            let wmax = match spec.target {
                Level::Erf | Level::Phi => 1,
                Level::Gelu => Rational::from(a.abs_ref())
                    .max(Rational::from(b.abs_ref()))
                    .ceil()
                    .numer()
                    .to_u32()
                    .unwrap_or(u32::MAX),
            };
            Some((Float::with_val(64, &Rational::from(b - a)), wmax))
        }
        _ => None,
    };
    raise_until_resolved(
        bits_for_digits(spec.digits, 24),
        spec.digits,
        &crate::msg!(
            Input::Range,
            ": the model error on this range is below what 32768 bits resolve; widen the range"
        ),
        |e| {
            crate::numeric::fit::lsq::is_nonconvergence(e)
                || matches!(e, Error::Verification(m) if m.starts_with(RULES_DISAGREE))
        },
        |bits| {
            let (r, integral) = fit_l2_at(spec, bits)?;
            let residual = resolve
                .as_ref()
                .map(|(len, wmax)| (Float::with_val(64, &integral / len), *wmax));
            Ok((r, residual))
        },
    )
}

/// [`fit_l2`] from a first precision `bits0`; also returns the integral.
fn fit_l2_at(spec: &FitSpec, bits0: u32) -> Result<(FitResult, Float)> {
    let (model, target, digits) = (spec.model, spec.target, spec.digits);
    // 64-bit start on [−16, 16] ∩ range to get p and the size of I
    let p0 = start_params(model, 64);
    let probe = Range {
        lo: Some(spec.range.lo.clone().unwrap_or_else(|| Rational::from(-16))),
        hi: Some(spec.range.hi.clone().unwrap_or_else(|| Rational::from(16))),
    };
    let ctx64 = Kernel::new(model, target, 64);
    let (plo, phi, _) = finite_range(model, target, &probe, &p0, &Float::with_val(64, 1), 64)?;
    let (s64, _) = samples(&ctx64, &plo, &phi, 20);
    // a warm start; on a tiny range 64 bits may not resolve the error, then start from p0
    let (mut p, scale) = match newton(&ctx64, &s64, &p0, 40, 60) {
        Ok(out) => (out.p, out.sums.f),
        Err(_) => (p0.clone(), accumulate(&ctx64, &s64, &p0).f),
    };
    let stop = bits_for_digits(digits, 12);
    let tol = Float::with_val(64, 10u32).pow(-(digits as i32 + 2));
    let mut est = (Float::new(64), Float::new(64), 0usize, None);
    let ((params, integral), _, bits) = until_stable(bits0, |bits| {
        let (lo, hi, cut) = finite_range(model, target, &spec.range, &p, &scale, bits)?;
        let ctx = Kernel::new(model, target, bits);
        let mut n = nodes_for(bits);
        for _ in 0..5 {
            let (sa, _) = samples(&ctx, &lo, &hi, n);
            let (sb, nb) = samples(&ctx, &lo, &hi, n + n / 4 + 4);
            let a = newton(&ctx, &sa, &p, stop, 60)?;
            let b = newton(&ctx, &sb, &a.p, stop, 60)?;
            let fb = accumulate(&ctx, &sb, &b.p).f;
            let fa = accumulate(&ctx, &sa, &b.p).f;
            let dp =
                a.p.iter()
                    .zip(&b.p)
                    .map(|(x, y)| rel_diff(x, y))
                    .fold(Float::new(bits), |m, v| m.max(&v));
            let di = rel_diff(&fa, &fb);
            if dp <= tol && di <= tol {
                p = b.p.clone();
                est = (Float::with_val(64, &dp), Float::with_val(64, &di), nb, cut);
                let mut s: Vec<String> = b.p.iter().map(|v| fmt(v, digits)).collect();
                s.push(fmt(&fb, digits));
                return Ok(((b.p, fb), s));
            }
            n = n * 3 / 2;
        }
        Err(Error::Verification(
            "the two Gauss–Legendre rules did not agree to the requested digits".into(),
        ))
    })?;
    // the cut was chosen for c1 ≥ 0.8·c1(start); check it still holds at the optimum
    if spec.range.lo.is_none() || spec.range.hi.is_none() {
        let c_end = Kernel::new(model, target, 64).inner(&params).0;
        let c_start = Kernel::new(model, target, 64).inner(&p0).0;
        if c_end < Float::with_val(64, &c_start * 4u32) / 5u32 {
            return Err(Error::Verification(
                "the optimum left the region where the tail bound holds".into(),
            ));
        }
    }
    let cut_text = est
        .3
        .map(|x| {
            format!(
                "; integration cut at ±{x} (the rest < I·2^-{}, bounded)",
                bits + 8
            )
        })
        .unwrap_or_default();
    let r = FitResult {
        spec: spec.clone(),
        objective: Stable::new(integral.clone(), digits),
        params,
        objective_label: "L2".into(),
        n_points: Some(est.2),
        bits,
        extrema: vec![],
        note: Some(format!(
            "Gauss–Legendre, two rules per unit piece: relative difference {} in the parameter, {} in the integral{cut_text}",
            fmt(&est.0, 2),
            fmt(&est.1, 2)
        )),
    };
    Ok((r, integral))
}
