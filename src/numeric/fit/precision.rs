//! Precision control of every fit: solve again at a higher precision until
//! the printed digits of two runs agree ([`until_stable`]) and the residuals
//! are resolved ([`raise_until_resolved`]).

use super::FitResult;
use crate::error::{Error, Result};
use rug::Float;

/// Runs `attempt(bits)` at `bits0`, then at higher precisions, until two
/// successive runs give the same printed strings. Returns the last run and its bits.
pub fn until_stable<T>(
    bits0: u32,
    mut attempt: impl FnMut(u32) -> Result<(T, Vec<String>)>,
) -> Result<(T, Vec<String>, u32)> {
    let mut bits = bits0;
    let mut prev = attempt(bits)?;
    for round in 0..6 {
        let next_bits = bits + 32 * (1 << round);
        let cur = attempt(next_bits)?;
        if cur.1 == prev.1 {
            return Ok((cur.0, cur.1, next_bits));
        }
        prev = cur;
        bits = next_bits;
    }
    Err(Error::Verification(format!(
        "the printed digits did not stabilise up to {bits} bits"
    )))
}

/// Working precision at which a residual of RMS size √`mean_sq` (each value
/// carrying an absolute rounding error ~2^−bits·`wmax`) still holds `digits`
/// digits plus 8 guard bits: bits_for_digits(digits, 8) + log2(wmax/rms). A safeguard
/// against residuals lost to cancellation (both precisions would agree on noise).
/// `None` when `mean_sq` is 0 (the precision must simply grow).
pub fn bits_for_residual(mean_sq: &Float, wmax: u32, digits: u32) -> Option<u32> {
    if mean_sq.is_zero() {
        return None;
    }
    // mean_sq < 2^e, so rms < 2^(e/2); log2(wmax/rms) ≤ log2(wmax) − (e − 1)/2
    let e = mean_sq.get_exp().unwrap_or(0) as i64;
    let lw = (u32::BITS - wmax.max(1).leading_zeros()) as i64;
    let extra = (lw - (e - 1) / 2 + 1).max(0) as u32;
    Some(crate::numeric::bits_for_digits(digits, 8) + extra)
}

/// Runs `attempt(bits)` from `bits0`, raising the precision until the fit's
/// residuals are resolved. An attempt failing with an error that `retry`
/// accepts is repeated at twice the bits (cancellation noise can stall
/// Newton). An attempt returning `Some((mean_sq, wmax))` is accepted once
/// [`bits_for_residual`] lies 32 bits below its working precision, else the
/// precision rises to what it asks for; `None` accepts at once. Past 2^15
/// bits, or after 8 rounds, fails with `unresolved` (naming the flag).
pub fn raise_until_resolved(
    bits0: u32,
    digits: u32,
    unresolved: &crate::error::Message,
    retry: impl Fn(&Error) -> bool,
    mut attempt: impl FnMut(u32) -> Result<(FitResult, Option<(Float, u32)>)>,
) -> Result<FitResult> {
    let mut bits = bits0;
    for _ in 0..8 {
        let (r, residual) = match attempt(bits) {
            Err(e) if retry(&e) && bits < 1 << 13 => {
                bits *= 2;
                continue;
            }
            other => other?,
        };
        let Some((mean_sq, wmax)) = residual else {
            return Ok(r);
        };
        match bits_for_residual(&mean_sq, wmax, digits) {
            Some(b) if b + 32 <= r.bits => return Ok(r),
            Some(b) => bits = b.max(bits + 32),
            None => bits *= 2,
        }
        if bits > 1 << 15 {
            break;
        }
    }
    Err(Error::input(unresolved))
}
