//! Second routes to the matched inner series, and the order-by-order solve
//! used by `verify`.
//!
//! * [`inner_series_generic`]: p = √(π/2)·artanh(erf(x/√2)) with the generic
//!   engine over [`Sym`] (no use of S^{2k+1}).
//! * [`solve_order_by_order`]: p = x + b₂x² + b₃x³ + …, where the xᵐ equation of
//!   tanh(√(2/π)·p) − erf(x/√2) = 0 is linear in the newest unknown b_m.
//! * [`match_ansatz`]: all unknowns b₂ … b_{n−1} symbolic at once, solved in turn.
//!
//! ```
//! use taylormatch::matching::inner_series;
//! use taylormatch::matching::solve::{inner_series_generic, solve_order_by_order};
//! // three routes to p with tanh(√(2/π)·p(x)) = erf(x/√2) agree
//! let p = inner_series(8);
//! assert_eq!(inner_series_generic(8).unwrap(), p);
//! assert_eq!(solve_order_by_order(8).unwrap(), p);
//! ```

use crate::coeff::{Coeff, Sym, Q};
use crate::error::{Error, Result};
use crate::functions::{named_series, Params};
use crate::series::Series;

/// √(π/2) = √2·√π/2.
pub fn sqrt_pi_over_2() -> Sym {
    Sym::radical(true, 1).mul_q(&Q::new(1.into(), 2.into()))
}

/// erf(x/√2) to order n, exact.
pub fn erf_target(order: usize) -> Result<Series<Sym>> {
    named_series("erf-sqrt2", order, &Params::default())
}

/// p = √(π/2)·artanh(erf(x/√2)) to order `order`, by the generic engine:
/// artanh h = ∫ h′/(1 − h²) over ℚ[√2, √π^±1].
pub fn inner_series_generic(order: usize) -> Result<Series<Sym>> {
    Ok(erf_target(order)?.artanh()?.scale(&sqrt_pi_over_2()))
}

/// Solves `eq = 0` for the symbol `var`, when `eq` = c₁·var + c₀ with c₁ a
/// unit (a single term free of symbols): var = −c₀/c₁.
pub fn solve_linear(eq: &Sym, var: &str) -> Result<Sym> {
    if eq.degree_in(var) != 1 {
        return Err(Error::input(format!(
            "solve: the equation {eq} = 0 is not linear in {var}"
        )));
    }
    let c1 = eq.coeff_of_var(var, 1);
    let c0 = eq.coeff_of_var(var, 0);
    let inv = c1.inv().ok_or_else(|| {
        Error::input(format!(
            "solve: the coefficient {c1} of {var} is not invertible"
        ))
    })?;
    Ok(c0.neg().mul(&inv))
}

/// One solved coefficient of the ansatz: the equation at x^power (in the
/// unknown, after substituting the earlier solutions) and its solution.
#[derive(Debug, Clone, PartialEq)]
pub struct Solved {
    pub power: usize,
    pub unknown: String,
    pub equation: Sym,
    pub value: Sym,
}

/// tanh(√(2/π)·p) − erf(x/√2) to the order of p.
fn residual(p: &Series<Sym>) -> Result<Series<Sym>> {
    let lhs = p.scale(&Sym::sqrt_2_over_pi()).tanh()?;
    Ok(lhs.sub(&erf_target(p.order())?))
}

/// Matches the general ansatz p = x + b₂x² + … + b_{n−1}x^{n−1} (n = `order`)
/// with every bₘ a free symbol, then solves the xᵐ equations of
/// tanh(√(2/π)·p) = erf(x/√2) for m = 2, 3, …: each is linear in bₘ once the
/// earlier solutions are substituted. Exponential in `order`; meant for the
/// small orders of the parity step (order 6: b₂ … b₅).
pub fn match_ansatz(order: usize) -> Result<Vec<Solved>> {
    let names: Vec<String> = (2..order).map(|m| format!("b{m}")).collect();
    let mut c = vec![Sym::zero(), Sym::one()];
    c.extend(names.iter().map(|n| Sym::var(n)));
    let p = Series::from_poly(c, order);
    let d = residual(&p)?;
    let mut out: Vec<Solved> = Vec::new();
    for (m, name) in (2..order).zip(&names) {
        let mut eq = d.coeff(m)?.clone();
        for s in &out {
            eq = eq.subst(&s.unknown, &s.value);
        }
        let value = solve_linear(&eq, name)?;
        out.push(Solved {
            power: m,
            unknown: name.clone(),
            equation: eq,
            value,
        });
    }
    Ok(out)
}

/// The matched inner series to order `order`, solved one coefficient at a
/// time: with p_{m−1} known, put p = p_{m−1} + b·xᵐ (b a symbol), take the xᵐ
/// coefficient of tanh(√(2/π)·p) − erf(x/√2), and solve it (linear in b).
/// O(order) tanh series over [`Sym`]: a check, not the fast route.
pub fn solve_order_by_order(order: usize) -> Result<Series<Sym>> {
    let mut known: Vec<Sym> = vec![Sym::zero(); order];
    if order > 1 {
        known[1] = Sym::one();
    }
    for m in 2..order {
        let mut c = known[..m].to_vec();
        c.push(Sym::var("b"));
        let p = Series::from_poly(c, m + 1);
        let eq = residual(&p)?.coeff(m)?.clone();
        known[m] = solve_linear(&eq, "b")?;
    }
    Ok(Series::from_coeffs(known))
}
