//! Static facts about an expression that the expansion plans with: a lower
//! bound of its valuation (so products and powers ask their factors for just
//! the order they need), whether it can live over ℚ, and an estimate of the
//! work, checked before anything is computed.

use super::super::{Expr, Func};
use crate::error::Input;
use crate::error::{Error, Result};
use num_traits::{Signed, ToPrimitive, Zero};

/// "Infinite" valuation (the expression is 0), kept far from overflow.
pub const INF: usize = usize::MAX / 4;

/// A lower bound v with e = O(x^v): x has 1, products add, sums take the
/// minimum, odd functions vanishing at 0 keep their argument's valuation.
pub fn valuation_bound(e: &Expr) -> usize {
    match e {
        Expr::Num(q) if q.is_zero() => INF,
        Expr::Num(_) | Expr::Pi | Expr::Param(_) => 0,
        Expr::X => 1,
        Expr::Neg(a) => valuation_bound(a),
        Expr::Add(a, b) | Expr::Sub(a, b) => valuation_bound(a).min(valuation_bound(b)),
        Expr::Mul(a, b) => valuation_bound(a)
            .saturating_add(valuation_bound(b))
            .min(INF),
        Expr::Div(..) => 0,
        Expr::Pow(a, q) => match (
            q.is_integer() && !q.is_negative(),
            q.to_integer().to_usize(),
        ) {
            (true, Some(k)) if k > 0 => valuation_bound(a).saturating_mul(k).min(INF),
            _ => 0,
        },
        Expr::Call(f, a) => {
            let v = valuation_bound(a);
            let odd = matches!(
                f,
                Func::Sin
                    | Func::Tan
                    | Func::Atan
                    | Func::Sinh
                    | Func::Tanh
                    | Func::Artanh
                    | Func::Asinh
                    | Func::Erf
                    | Func::Gelu
            );
            if odd && v >= 1 {
                v
            } else {
                0
            }
        }
    }
}

/// True when the expression certainly needs [`Sym`](crate::coeff::Sym): π, a
/// parameter, a fractional power, or a function whose series has √π or √2.
pub fn needs_sym(e: &Expr) -> bool {
    let mut sym = false;
    e.visit(&mut |n| {
        sym |= match n {
            Expr::Pi | Expr::Param(_) => true,
            Expr::Pow(_, q) => !q.is_integer(),
            Expr::Call(f, _) => matches!(f, Func::Erf | Func::Erfc | Func::Phi | Func::Gelu),
            _ => false,
        }
    });
    sym
}

/// Number of symbols that make coefficients polynomials: the parameters, and
/// π when it occurs (explicitly or through erf, Φ, GELU, a fractional power).
pub fn generators(e: &Expr) -> usize {
    let mut pi = false;
    e.visit(&mut |n| {
        pi |= matches!(n, Expr::Pi)
            || matches!(n, Expr::Pow(_, q) if !q.is_integer())
            || matches!(n, Expr::Call(f, _) if matches!(f, Func::Erf | Func::Erfc | Func::Phi | Func::Gelu))
    });
    e.params().len() + usize::from(pi)
}

/// Largest estimated work (coefficient operations × terms² × words) accepted.
pub const MAX_WORK: u128 = 20_000_000_000;

/// Largest order accepted for any expression.
pub const MAX_EXPR_ORDER: usize = 100_000;

/// C(n + g, g), the number of monomials of degree ≤ n in g symbols (saturating).
fn monomials(n: usize, g: usize) -> u128 {
    let mut r: u128 = 1;
    for i in 1..=g as u128 {
        r = r.saturating_mul(n as u128 + i) / i;
    }
    r
}

/// Estimated work of expanding `e` to order n: n² coefficient products of
/// about C(n + g, g) terms each (g = `generators`), each term about n words.
pub fn estimated_work(e: &Expr, n: usize) -> u128 {
    let t = monomials(n, generators(e));
    let n = n as u128;
    n.saturating_mul(n)
        .saturating_mul(t.saturating_mul(t))
        .saturating_mul(n / 64 + 1)
}

/// Refuses an expansion that would run too long or exhaust memory, before any work.
pub fn check_work(e: &Expr, n: usize, what: &str) -> Result<()> {
    if n > MAX_EXPR_ORDER {
        return Err(Error::input(format!(
            "{what}: order {n} exceeds the limit {MAX_EXPR_ORDER} for an expression"
        )));
    }
    let w = estimated_work(e, n);
    if w > MAX_WORK {
        let g = generators(e);
        let p = e.params().len();
        // the largest order within the limit (the estimate grows with n)
        let (mut lo, mut hi) = (0usize, n);
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if estimated_work(e, mid) <= MAX_WORK {
                lo = mid
            } else {
                hi = mid
            }
        }
        let what_symbols = match (p, g > p) {
            (0, false) => "its coefficients are rationals".to_string(),
            (0, true) => "its coefficients are polynomials in π".to_string(),
            (_, true) => format!("its coefficients are polynomials in {p} parameter(s) and π"),
            _ => format!("its coefficients are polynomials in {p} parameter(s)"),
        };
        let (digits, limit) = (w.to_string().len() - 1, MAX_WORK.to_string().len() - 1);
        let mut m = crate::msg!(
            "{what}: expanding {e} to O(x^{n}) is estimated at about 10^{digits} operations (limit 10^{limit}): {what_symbols}; the largest order within the limit is {lo}: lower the order"
        );
        if p > 0 {
            m.push(crate::msg!(
                " or give the parameters values with ",
                Input::Set
            ));
        }
        return Err(Error::input(m));
    }
    Ok(())
}
