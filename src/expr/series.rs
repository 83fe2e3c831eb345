//! An [`Expr`] as an exact power series at x = 0: `Expr → Series<Sym>` to a
//! requested order.
//!
//! * Every node is asked for the order it must deliver: a product f·g to
//!   O(xⁿ) needs f to O(x^{n − v(g)}) and g to O(x^{n − v(f)}) (v a lower bound
//!   of the valuation, [`valuation_bound`]); a quotient by g = x^v·u needs
//!   both to O(x^{n + v}).
//! * Functions go through their ODE recurrences (`series/elementary.rs`,
//!   `funcs`), never generic composition; an argument c·x uses the closed
//!   forms and the tangent-number/erf routes of `functions.rs`.
//! * A function at a nonzero constant c + h uses an addition theorem only
//!   when the constant it needs is in the ring (log(1 + h), √(c + h) with √c a
//!   monomial, sin/cos at kπ/4, atan at ±1); otherwise it is refused, naming
//!   the constant (e, log c, erf(c), …), with exit code 2.
//! * Work is estimated before anything runs ([`check_work`]).
//!
//! The expansion runs over ℚ when the expression allows it (the GMP kernels
//! of `series/fast_q.rs`) and over [`Sym`] otherwise.
//!
//! ```
//! use taylormatch::expr::{expand, parse};
//! // log(1 + x)·exp(x) = x + x²/2 + x³/3 + 0·x⁴ + …
//! let s = expand(&parse("log(1+x)*exp(x)").unwrap(), 5).unwrap();
//! let c: Vec<String> = s.coeffs().iter().map(|c| c.to_string()).collect();
//! assert_eq!(c, ["0", "1", "1/2", "1/3", "0"]);
//! ```

mod closed;
mod cost;
mod funcs;
mod recur;
mod ring;

pub use cost::{check_work, estimated_work, needs_sym, valuation_bound, MAX_EXPR_ORDER};
pub use ring::Ring;

use super::Expr;
use crate::coeff::{Coeff, Sym, Q};
use crate::error::{Error, Result};
use crate::series::Series;
use num_traits::{Signed, ToPrimitive};
use std::marker::PhantomData;

/// How to expand: `fast` uses the closed forms and named fast routes for
/// arguments c·x (off: the generic recurrences only, the reference route).
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub fast: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { fast: true }
    }
}

/// The series of `e` to O(x^order) over [`Sym`], every coefficient exact.
///
/// ```
/// use taylormatch::expr::{expand, Expr, Func};
/// let e = Expr::X * Expr::call(Func::Sigmoid, Expr::X);
/// let s = expand(&e, 5).unwrap();
/// assert_eq!(s.coeff(2).unwrap().to_string(), "1/4");
/// ```
pub fn expand(e: &Expr, order: usize) -> Result<Series<Sym>> {
    expand_with(e, order, Options::default())
}

/// [`expand`] with explicit [`Options`].
pub fn expand_with(e: &Expr, order: usize, opts: Options) -> Result<Series<Sym>> {
    check_work(e, order, "series")?;
    if !needs_sym(e) {
        if let Ok(s) = Expander::<Q>::new(opts).at(e, order) {
            return Ok(s.map(|c| Sym::rational(c.clone())));
        }
    }
    Expander::<Sym>::new(opts).at(e, order)
}

/// The series of `e` over ℚ (an error when it needs π, √2, a parameter, …).
pub fn expand_q(e: &Expr, order: usize, opts: Options) -> Result<Series<Q>> {
    check_work(e, order, "series")?;
    Expander::<Q>::new(opts).at(e, order)
}

/// The recursive expansion over the ring `C`.
pub(crate) struct Expander<C> {
    opts: Options,
    ring: PhantomData<C>,
}

/// True when s = c·x^k + O(x^order): (k, c) with a single known nonzero coefficient.
pub(crate) fn as_monomial<C: Coeff>(s: &Series<C>) -> Option<(usize, &C)> {
    let mut nz = s.coeffs().iter().enumerate().filter(|(_, c)| !c.is_zero());
    let first = nz.next()?;
    nz.next().is_none().then_some(first)
}

/// The product to O(x^n), shifting and scaling when a factor is a monomial.
fn product<C: Coeff>(a: &Series<C>, b: &Series<C>, n: usize) -> Series<C> {
    let order = (a.order() + b.valuation()).min(b.order() + a.valuation());
    for (m, o) in [(a, b), (b, a)] {
        if let Some((k, c)) = as_monomial(m) {
            let scaled = if *c == C::one() {
                o.clone()
            } else {
                o.scale(c)
            };
            return scaled.shift(k).truncate(order.min(n));
        }
    }
    a.mul(b).truncate(n)
}

impl<C: Ring> Expander<C> {
    pub(crate) fn new(opts: Options) -> Self {
        Expander {
            opts,
            ring: PhantomData,
        }
    }

    /// `e` to O(x^n) (exactly order n).
    pub(crate) fn at(&self, e: &Expr, n: usize) -> Result<Series<C>> {
        if n == 0 {
            return Ok(Series::zero(0));
        }
        if valuation_bound(e) >= n {
            return Ok(Series::zero(n));
        }
        let s = match e {
            Expr::Num(q) => Series::constant(C::from_q(q.clone()), n),
            Expr::Pi => Series::constant(
                C::pi().ok_or_else(|| Error::input("π is not in the ring ℚ"))?,
                n,
            ),
            Expr::X => Series::x(n),
            Expr::Param(p) => Series::constant(
                C::param(p).ok_or_else(|| Error::input(format!("parameter {p} over ℚ")))?,
                n,
            ),
            Expr::Neg(a) => self.at(a, n)?.neg(),
            Expr::Add(a, b) => self.at(a, n)?.add(&self.at(b, n)?),
            Expr::Sub(a, b) => self.at(a, n)?.sub(&self.at(b, n)?),
            Expr::Mul(a, b) => {
                let (va, vb) = (valuation_bound(a), valuation_bound(b));
                let sa = self.at(a, n.saturating_sub(vb).max(1))?;
                let sb = self.at(b, n.saturating_sub(va).max(1))?;
                product(&sa, &sb, n)
            }
            Expr::Div(a, b) => self.quotient(e, a, b, n)?,
            Expr::Pow(a, q) => self.power(e, a, q, n)?,
            Expr::Call(f, a) => {
                let h = self.at(a, n)?;
                funcs::apply(*f, a, &h, n, self.opts)?
            }
        };
        if s.order() < n {
            return Err(Error::input(format!(
                "series of {e}: only O(x^{}) could be determined, O(x^{n}) was asked",
                s.order()
            )));
        }
        Ok(s.truncate(n))
    }

    /// a/b to O(x^n): b = x^v·u with u(0) a unit, a divisible by x^v.
    fn quotient(&self, e: &Expr, a: &Expr, b: &Expr, n: usize) -> Result<Series<C>> {
        let vlb = valuation_bound(b).min(n);
        let mut sb = self.at(b, n + vlb)?;
        let v = sb.valuation();
        if v >= sb.order() {
            return Err(Error::input(format!(
                "{e}: the denominator {b} is 0 to O(x^{}), so the quotient has no Taylor series at 0",
                sb.order()
            )));
        }
        if v > vlb {
            sb = self.at(b, n + v)?;
        }
        let sa = self.at(a, n + v)?;
        if sa.valuation() < v {
            return Err(Error::input(format!(
                "{e} has no Taylor series at 0: the denominator {b} vanishes like x^{v} at x = 0 and the numerator does not"
            )));
        }
        let lead = sb.coeff(v)?;
        let inv = lead.inv().ok_or_else(|| {
            Error::input(format!(
                "{e}: dividing by {b} needs 1/({lead}), which is not in the coefficient ring (only single terms q·√2^e·π^(h/2) are invertible; not sums, not symbols)"
            ))
        })?;
        if let Some((k, c)) = as_monomial(&sb) {
            let num = Series::from_coeffs(sa.coeffs()[k..].to_vec());
            let _ = c;
            return Ok(num.scale(&inv).truncate(n));
        }
        Ok(sa.div(&sb)?.truncate(n))
    }

    /// a^q for a rational q: integer powers by products, negative ones through
    /// the inverse, fractional ones by the binomial recurrence.
    fn power(&self, e: &Expr, a: &Expr, q: &Q, n: usize) -> Result<Series<C>> {
        const MAX_EXPONENT: u32 = 100_000;
        let k = q.to_integer().abs().to_u32().filter(|k| *k <= MAX_EXPONENT);
        if q.is_integer() && !q.is_negative() {
            let k = k.ok_or_else(|| {
                Error::input(format!(
                    "{e}: the exponent exceeds the limit {MAX_EXPONENT}"
                ))
            })?;
            let va = valuation_bound(a);
            let need = n
                .saturating_sub(va.saturating_mul((k as usize).saturating_sub(1)))
                .max(1);
            let s = self.at(a, need)?;
            if let Some((j, c)) = as_monomial(&s) {
                let mut ck = C::one();
                for _ in 0..k {
                    ck = ck.mul(c);
                }
                let shift = j.saturating_mul(k as usize);
                if shift >= n {
                    return Ok(Series::zero(n));
                }
                let order = s.order() + j * (k as usize).saturating_sub(1);
                return Ok(Series::constant(ck, order.min(n) - shift).shift(shift));
            }
            return Ok(s.pow(k).truncate(n));
        }
        let s = self.at(a, n)?;
        let c0 = s.coeff(0)?.clone();
        if c0.is_zero() {
            return Err(Error::input(format!(
                "{e} has no Taylor series at 0: the base {a} vanishes at x = 0 and the exponent {q} is {}",
                if q.is_negative() { "negative" } else { "not an integer" }
            )));
        }
        if q.is_integer() {
            let k = k.ok_or_else(|| {
                Error::input(format!(
                    "{e}: the exponent exceeds the limit {MAX_EXPONENT}"
                ))
            })?;
            let inv = s.inverse().map_err(|_| {
                Error::input(format!(
                    "{e}: 1/({c0}) is not in the coefficient ring (only single terms q·√2^e·π^(h/2) are invertible)"
                ))
            })?;
            return Ok(inv.pow(k).truncate(n));
        }
        let root = C::root(&c0, q).ok_or_else(|| {
            Error::input(format!(
                "{e} needs ({c0})^({q}) at x = 0, which the coefficient ring ℚ[√2, √π^±1, symbols] cannot hold (only square roots of positive single terms q·π^k free of symbols that are again such terms)"
            ))
        })?;
        let inv0 = c0
            .inv()
            .ok_or_else(|| Error::input(format!("{e}: 1/({c0}) is not in the coefficient ring")))?;
        // (c0 + h)^q = c0^q · (1 + h/c0)^q
        let mut u = s.scale(&inv0).into_coeffs();
        u[0] = C::zero();
        Ok(recur::binomial(&Series::from_coeffs(u), q).scale(&root))
    }
}
