//! gelu-tanh with a rational (or symbolic) a, one power at a time:
//! x·(½ + ½·tanh(√(2/π)(x + a x³))) by the binomial route of
//! [`super::tanh_inner`], its coefficients formed and handed out block by
//! block, so `coeffs` never holds the whole series.
//!
//! ```
//! use taylormatch::coeff::Q;
//! use taylormatch::expr::{expand, parse};
//! use taylormatch::functions::gelu_tanh::TanhInnerTerms;
//! // the binomial route against the generic expression engine, a = 1/10
//! let t = TanhInnerTerms::new(8, Some(&Q::new(1.into(), 10.into())));
//! let g = expand(&parse("tanh(sqrt(2/pi)*(x + 0.1*x^3))").unwrap(), 8).unwrap();
//! for e in 0..8 {
//!     assert_eq!(&t.coeff(e), g.coeff(e).unwrap(), "x^{e}");
//! }
//! ```

use super::kernels;
use crate::coeff::gmp::q_from_rug;
use crate::coeff::{Coeff, Mono, Sym, Q};
use crate::error::Result;

/// The coefficients of tanh(√(2/π)(x + a x³)) one power at a time (a
/// rational or the symbol `a`), for order n: the tangent numbers and the
/// powers of a are formed once, each coefficient on demand (see
/// `functions::tanh_inner_terms`), so a caller can write them block by block.
pub struct TanhInnerTerms {
    tau: Vec<rug::Rational>,
    apow: Vec<rug::Rational>,
    symbolic: bool,
}

impl TanhInnerTerms {
    /// The generator for powers below `n`; `a = None` keeps the symbol.
    pub fn new(n: usize, a: Option<&Q>) -> TanhInnerTerms {
        use crate::coeff::gmp::q_to_rug;
        let tau = kernels::tanh_rug(n);
        let mut apow = vec![rug::Rational::from(1)];
        if let Some(a) = a {
            let ar = q_to_rug(a);
            for j in 1..=n / 2 {
                let next = rug::Rational::from(&apow[j - 1] * &ar);
                apow.push(next);
            }
        }
        TanhInnerTerms {
            tau,
            apow,
            symbolic: a.is_none(),
        }
    }

    /// [x^e] tanh(√(2/π)(x + a x³)) = Σ_{p + 2j = e, j ≤ p} τ_p·2^k·C(p, j)·a^j·√2·π^{−p/2},
    /// p = 2k + 1 (0 for even e); e below the order given to [`TanhInnerTerms::new`].
    pub fn coeff(&self, e: usize) -> Sym {
        use rug::{Integer, Rational};
        let mut c = Sym::zero();
        if e.is_multiple_of(2) {
            return c;
        }
        for k in 0..=(e - 1) / 2 {
            let p = 2 * k + 1;
            let j = (e - p) / 2;
            if j > p {
                continue;
            }
            let mut r = Rational::from(&self.tau[p] << k as u32);
            r *= Integer::from(Integer::binomial_u(p as u32, j as u32));
            let mut vars = vec![];
            if !self.symbolic {
                r *= &self.apow[j];
            } else if j > 0 {
                vars.push(("a".to_string(), j as u32));
            }
            let m = Mono {
                vars,
                pi_half: -(p as i32),
                sqrt2: true,
            };
            c.add_term(m, q_from_rug(&r));
        }
        c
    }
}

/// The coefficients of gelu-tanh = x·(½ + ½ tanh(√(2/π)(x + a x³))) for
/// powers 0 … n−1 (a rational, or `None` for the symbol), `block` powers at
/// a time (each block on all cores), handed to `emit` in order:
/// \[x⁰\] = 0, \[x¹\] = ½ + ½·t₀, \[xᵐ\] = ½·t_{m−1} with t = tanh(√(2/π)(x + a x³)),
/// the same operations as [`super::named_series`]'s, so the same values.
pub fn gelu_tanh_blocks(
    n: usize,
    a: Option<&Q>,
    block: usize,
    emit: &mut dyn FnMut(Vec<Sym>) -> Result<()>,
) -> Result<()> {
    let half = Q::new(1.into(), 2.into());
    let inner = n.saturating_sub(1);
    let g = TanhInnerTerms::new(inner, a);
    let total = n.max(1);
    let mut start = 0;
    while start < total {
        let end = (start + block.max(1)).min(total);
        let coeff = |m: usize| -> Sym {
            if m == 0 {
                return Sym::zero();
            }
            let c = g.coeff(m - 1).mul_q(&half);
            if m == 1 {
                c.add(&Sym::rational(half.clone()))
            } else {
                c
            }
        };
        emit(crate::parallel::map_items((start..end).collect(), coeff))?;
        start = end;
    }
    Ok(())
}
