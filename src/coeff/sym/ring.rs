//! The ring operations of [`Sym`] ([`Coeff`]): sums and products term by
//! term (√2·√2 = 2 folded into the rational), units the single terms free
//! of symbols, and its Unicode text.
//!
//! ```
//! use taylormatch::coeff::{Coeff, Sym};
//! // (√(2/π))² = 2/π: the √2 pair becomes the rational 2
//! let s = Sym::sqrt_2_over_pi();
//! assert_eq!(s.mul(&s).to_string(), "2/π");
//! ```

use super::{Mono, Sym};
use crate::coeff::display::format_sym;
use crate::coeff::{q_mul, Coeff, Q};

impl Sym {
    /// True for the element 1 (one term, the monomial 1, coefficient 1).
    fn is_exactly_one(&self) -> bool {
        self.terms.len() == 1
            && self.terms.iter().next().is_some_and(|(m, c)| {
                *m == Mono::one() && *c.numer() == 1.into() && *c.denom() == 1.into()
            })
    }
}

impl Coeff for Sym {
    fn zero() -> Self {
        Sym::default()
    }
    fn one() -> Self {
        Sym::rational(Q::one())
    }
    fn from_q(q: Q) -> Self {
        Sym::rational(q)
    }
    fn is_zero(&self) -> bool {
        self.terms.is_empty()
    }
    fn add(&self, o: &Self) -> Self {
        let mut r = self.clone();
        for (m, c) in &o.terms {
            r.insert(m.clone(), c.clone());
        }
        r
    }
    fn sub(&self, o: &Self) -> Self {
        let mut r = self.clone();
        for (m, c) in &o.terms {
            r.insert(m.clone(), -c);
        }
        r
    }
    fn neg(&self) -> Self {
        Sym {
            terms: self.terms.iter().map(|(m, c)| (m.clone(), -c)).collect(),
        }
    }
    fn mul(&self, o: &Self) -> Self {
        // x·1 = x without touching the coefficients (long rationals make that costly)
        if o.is_exactly_one() {
            return self.clone();
        }
        if self.is_exactly_one() {
            return o.clone();
        }
        let mut r = Sym::default();
        r.add_mul(self, o);
        r
    }
    fn mul_q(&self, q: &Q) -> Self {
        if q.is_zero() {
            return Sym::default();
        }
        Sym {
            terms: self
                .terms
                .iter()
                .map(|(m, c)| (m.clone(), q_mul(c, q)))
                .collect(),
        }
    }
    fn add_mul(&mut self, a: &Self, b: &Self) {
        for (m1, c1) in &a.terms {
            for (m2, c2) in &b.terms {
                let (m, two) = m1.mul(m2);
                let mut c = q_mul(c1, c2);
                if two {
                    c = q_mul(&c, &Q::from_integer(2.into()));
                }
                self.insert(m, c);
            }
        }
    }
    fn inv(&self) -> Option<Self> {
        // units: single terms free of symbols. 1/(q √2^e π^(h/2)) = (1/q)(√2/2)^e π^(−h/2)
        if self.terms.len() != 1 {
            return None;
        }
        let (m, c) = self.terms.iter().next()?;
        if !m.vars.is_empty() {
            return None;
        }
        let mut r = c.recip();
        if m.sqrt2 {
            r /= Q::from_integer(2.into());
        }
        Some(Sym::term(
            r,
            Mono {
                vars: vec![],
                pi_half: -m.pi_half,
                sqrt2: m.sqrt2,
            },
        ))
    }
    fn as_q(&self) -> Option<Q> {
        match self.terms.len() {
            0 => Some(Q::zero()),
            1 => {
                let (m, c) = self.terms.iter().next()?;
                (*m == Mono::one()).then(|| c.clone())
            }
            _ => None,
        }
    }
    fn two_over_sqrt_pi() -> Option<Self> {
        Some(Sym::term(
            Q::from_integer(2.into()),
            Mono {
                vars: vec![],
                pi_half: -1,
                sqrt2: false,
            },
        ))
    }
}

impl std::fmt::Display for Sym {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&format_sym(self))
    }
}
