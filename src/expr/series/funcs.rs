//! The functions of [`Func`] applied to a series h = c + u (c = h(0)).
//!
//! At c = 0 each goes through its differential equation (exp, tan, tanh,
//! atan, artanh, erf, σ in `series/elementary.rs`; sin/cos and the binomial
//! series in [`super::recur`], asinh here), or, when u = c₁x exactly and
//! `fast` is on, through a closed form ([`super::closed`]) or the named fast
//! routes of `functions.rs`. At c ≠ 0 only
//! the addition theorems whose constants stay in the ring are used.

use super::super::{Expr, Func};
use super::closed::{
    atan_lin, erf_lin, from_q_series, half, inv_fact, log1p, sin_cos_lin, weighted,
};
use super::recur::{binomial, sin_cos};
use super::{as_monomial, Options, Ring};
use crate::coeff::{Coeff, Q};
use crate::error::{Error, Result};
use crate::functions::{artanh_q, sigmoid_q, tanh_q};
use crate::series::Series;

/// The refusal for a function at a constant the ring cannot hold.
fn not_in_ring<C: Ring>(f: Func, arg: &Expr, c: &C, needs: &str) -> Error {
    Error::input(format!(
        "{f}({arg}) needs {needs} at c = {c} (the argument's value at x = 0), which the coefficient ring ℚ[√2, √π^±1, symbols] cannot hold; only {f}(0 + …) has a series here"
    ))
}

fn with_constant<C: Coeff>(s: Series<C>, c: &C) -> Series<C> {
    let mut v = s.into_coeffs();
    if let Some(v0) = v.first_mut() {
        *v0 = v0.add(c);
    }
    Series::from_coeffs(v)
}

/// exp(u) and exp(−u) for u(0) = 0.
fn exp_pair<C: Coeff>(u: &Series<C>, lin: Option<&C>) -> Result<(Series<C>, Series<C>)> {
    Ok(match lin {
        Some(c1) => (
            weighted(c1, u.order(), inv_fact),
            weighted(&c1.neg(), u.order(), inv_fact),
        ),
        None => (u.exp()?, u.neg().exp()?),
    })
}

/// f(h) to O(x^n) for h known to O(x^n); `arg` is the argument, for messages.
pub fn apply<C: Ring>(
    f: Func,
    arg: &Expr,
    h: &Series<C>,
    n: usize,
    opts: Options,
) -> Result<Series<C>> {
    let c = h.coeff(0)?.clone();
    let mut uc = h.coeffs().to_vec();
    uc[0] = C::zero();
    let u = Series::from_coeffs(uc);
    // the closed forms and named routes at u = c₁·x
    let lin = match as_monomial(&u) {
        _ if !opts.fast => None,
        Some((1, c1)) => Some(c1.clone()),
        None if u.coeffs().iter().all(C::is_zero) => Some(C::zero()),
        _ => None,
    };
    let lin = lin.as_ref();
    let zero_c = || -> Result<()> {
        if c.is_zero() {
            Ok(())
        } else {
            let needs = match f {
                Func::Exp | Func::Sinh | Func::Cosh => format!("e^c = exp({c})"),
                Func::Sigmoid => format!("σ(c) = 1/(1 + e^(−c)) = σ({c})"),
                Func::Gelu | Func::Phi => format!("Φ(c) = Φ({c})"),
                Func::Softplus => "log(1 + e^c)".to_string(),
                other => format!("{other}(c) = {other}({c})"),
            };
            Err(not_in_ring(f, arg, &c, &needs))
        }
    };
    let s = match f {
        Func::Exp => {
            zero_c()?;
            exp_pair(&u, lin)?.0
        }
        Func::Sinh | Func::Cosh => {
            zero_c()?;
            let (e, ei) = exp_pair(&u, lin)?;
            let s = if f == Func::Sinh {
                e.sub(&ei)
            } else {
                e.add(&ei)
            };
            s.scale_q(&half())
        }
        Func::Log => {
            if c.is_zero() {
                return Err(Error::input(format!(
                    "log({arg}) has no Taylor series at 0: its argument vanishes at x = 0 (log(x) is not defined there)"
                )));
            }
            if c != C::one() {
                return Err(not_in_ring(f, arg, &c, &format!("log c = log({c})")));
            }
            match lin {
                Some(c1) => log1p(c1, n),
                None => h.log()?,
            }
        }
        Func::Sin | Func::Cos | Func::Tan => {
            let (s0, c0) = C::sin_cos(&c)
                .ok_or_else(|| not_in_ring(f, arg, &c, &format!("sin c and cos c (c = {c})")))?;
            let (su, cu) = match lin {
                Some(c1) if f != Func::Tan || !c.is_zero() => sin_cos_lin(c1, n),
                Some(c1) => {
                    // tan x = Σ |[x^k] tanh x| x^k (tangent numbers)
                    let t = tanh_q(n).map(num_traits::Signed::abs);
                    return Ok(from_q_series(t, c1));
                }
                None if f == Func::Tan && c.is_zero() => return u.tan(),
                None => sin_cos(&u),
            };
            // sin(c + u) = sin c·cos u + cos c·sin u, cos(c + u) = cos c·cos u − sin c·sin u
            let sin = cu.scale(&s0).add(&su.scale(&c0));
            let cos = cu.scale(&c0).sub(&su.scale(&s0));
            match f {
                Func::Sin => sin,
                Func::Cos => cos,
                _ => sin.div(&cos).map_err(|_| {
                    not_in_ring(
                        f,
                        arg,
                        &c,
                        "1/cos c (tan has a pole or cos c is not invertible)",
                    )
                })?,
            }
        }
        Func::Atan => {
            if c.is_zero() {
                match lin {
                    Some(c1) => atan_lin(c1, n),
                    None => u.atan()?,
                }
            } else if c == C::one() || c == C::one().neg() {
                // atan(±1 + u) = ±π/4 + ∫ h′/(1 + h²)
                let pi = C::pi().ok_or_else(|| not_in_ring(f, arg, &c, "π/4"))?;
                let d = h.derivative();
                let den = with_constant(h.mul(h).truncate(d.order()), &C::one());
                let q = d.mul(&den.inverse()?).truncate(d.order()).integral();
                with_constant(q, &pi.mul_q(&Q::new(1.into(), 4.into())).mul(&c))
            } else {
                return Err(not_in_ring(f, arg, &c, &format!("atan({c})")));
            }
        }
        Func::Tanh => {
            zero_c()?;
            match lin {
                Some(c1) => from_q_series(tanh_q(n), c1),
                None => u.tanh()?,
            }
        }
        Func::Artanh => {
            zero_c()?;
            match lin {
                Some(c1) => from_q_series(artanh_q(n), c1),
                None => u.artanh()?,
            }
        }
        Func::Asinh => {
            zero_c()?;
            // asinh u = ∫ u′·(1 + u²)^(−1/2)
            let d = u.derivative();
            let w = binomial(&u.mul(&u).truncate(d.order()), &-half());
            d.mul(&w).truncate(d.order()).integral()
        }
        Func::Erf | Func::Erfc => {
            if !c.is_zero() {
                return Err(not_in_ring(f, arg, &c, &format!("erf({c})")));
            }
            let e = match lin {
                Some(c1) => erf_lin(c1, n, false)?,
                None => u.erf()?,
            };
            if f == Func::Erf {
                e
            } else {
                with_constant(e.neg(), &C::one())
            }
        }
        Func::Phi | Func::Gelu => {
            zero_c()?;
            let phi = phi(&u, lin, n)?;
            if f == Func::Phi {
                phi
            } else {
                // gelu(u) = u·Φ(u); u = O(x) so Φ to O(x^(n−1)) suffices
                u.mul(&phi).truncate(n)
            }
        }
        Func::Sigmoid => {
            zero_c()?;
            match lin {
                Some(c1) => from_q_series(sigmoid_q(n), c1),
                None => u.sigmoid()?,
            }
        }
        Func::Softplus => {
            return Err(Error::input(format!(
                "softplus({arg}) = log(1 + e^h) has the constant term log(1 + e^c) at c = {c} (log 2 at c = 0), which the coefficient ring ℚ[√2, √π^±1, symbols] cannot hold; softplus(h) − log(2) is not expressible either"
            )))
        }
    };
    Ok(s)
}

/// Φ(u) = ½ + ½·erf(u/√2) for u(0) = 0.
fn phi<C: Ring>(u: &Series<C>, lin: Option<&C>, n: usize) -> Result<Series<C>> {
    let r2 = C::sqrt2().ok_or_else(|| Error::input("Φ needs √2, not in ℚ"))?;
    let e = match lin {
        Some(c1) => erf_lin(c1, n, true)?,
        None => u.scale(&r2.mul_q(&half())).erf()?,
    };
    Ok(with_constant(e.scale_q(&half()), &C::from_q(half())))
}
