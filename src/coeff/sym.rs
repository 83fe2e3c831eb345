//! [`Sym`]: ℚ-linear combinations of monomials √2^e · √π^h · Π symbolᵏ.

use super::{Coeff, Q};
use num_traits::Signed;
use std::collections::BTreeMap;

mod ring;

/// A monomial √2^e · π^(h/2) · Π vᵢ^kᵢ with e ∈ {0, 1}, h ∈ ℤ, kᵢ ≥ 1,
/// variables sorted by name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Mono {
    /// Free symbols and their powers, sorted by name, powers ≥ 1.
    pub vars: Vec<(String, u32)>,
    /// Exponent of √π (so −2 means 1/π).
    pub pi_half: i32,
    /// Whether a factor √2 is present.
    pub sqrt2: bool,
}

impl Mono {
    /// The monomial 1.
    pub fn one() -> Mono {
        Mono::default()
    }

    /// Product of two monomials, with the rational factor (2 when √2·√2 occurs).
    pub fn mul(&self, o: &Mono) -> (Mono, bool) {
        let mut vars = Vec::with_capacity(self.vars.len() + o.vars.len());
        let (mut i, mut j) = (0, 0);
        while i < self.vars.len() || j < o.vars.len() {
            if j == o.vars.len() || (i < self.vars.len() && self.vars[i].0 < o.vars[j].0) {
                vars.push(self.vars[i].clone());
                i += 1;
            } else if i == self.vars.len() || o.vars[j].0 < self.vars[i].0 {
                vars.push(o.vars[j].clone());
                j += 1;
            } else {
                vars.push((self.vars[i].0.clone(), self.vars[i].1 + o.vars[j].1));
                i += 1;
                j += 1;
            }
        }
        let two = self.sqrt2 && o.sqrt2;
        (
            Mono {
                vars,
                pi_half: self.pi_half + o.pi_half,
                sqrt2: self.sqrt2 ^ o.sqrt2,
            },
            two,
        )
    }

    /// Total degree in the free symbols.
    pub fn var_degree(&self) -> u32 {
        self.vars.iter().map(|v| v.1).sum()
    }

    /// Power of the symbol `name` (0 if absent).
    pub fn var_power(&self, name: &str) -> u32 {
        self.vars
            .iter()
            .find(|v| v.0 == name)
            .map(|v| v.1)
            .unwrap_or(0)
    }
}

/// An element of ℚ[√2, √π, √π⁻¹, symbols]: a finite sum of rational multiples
/// of [`Mono`]s, zero terms omitted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sym {
    terms: BTreeMap<Mono, Q>,
}

impl Sym {
    /// The rational `q`.
    pub fn rational(q: Q) -> Sym {
        Sym::term(q, Mono::one())
    }

    /// q · m.
    pub fn term(q: Q, m: Mono) -> Sym {
        let mut terms = BTreeMap::new();
        if !q.is_zero() {
            terms.insert(m, q);
        }
        Sym { terms }
    }

    /// The free symbol `name` (e.g. `a`).
    pub fn var(name: &str) -> Sym {
        Sym::term(
            Q::one(),
            Mono {
                vars: vec![(name.to_string(), 1)],
                ..Mono::default()
            },
        )
    }

    /// π^(h/2) · √2^e.
    pub fn radical(sqrt2: bool, pi_half: i32) -> Sym {
        Sym::term(
            Q::one(),
            Mono {
                vars: vec![],
                pi_half,
                sqrt2,
            },
        )
    }

    /// π.
    pub fn pi() -> Sym {
        Sym::radical(false, 2)
    }

    /// t = 2/π.
    pub fn t() -> Sym {
        Sym::term(
            Q::from_integer(2.into()),
            Mono {
                vars: vec![],
                pi_half: -2,
                sqrt2: false,
            },
        )
    }

    /// √(2/π).
    pub fn sqrt_2_over_pi() -> Sym {
        Sym::radical(true, -1)
    }

    /// The terms, in monomial order.
    pub fn terms(&self) -> impl Iterator<Item = (&Mono, &Q)> {
        self.terms.iter()
    }

    /// Number of terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// True for 0.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Free symbols occurring, sorted.
    pub fn vars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .terms
            .keys()
            .flat_map(|m| m.vars.iter().map(|x| x.0.clone()))
            .collect();
        v.sort();
        v.dedup();
        v
    }

    /// self += q·m, in place (no copy of the other terms).
    pub fn add_term(&mut self, m: Mono, q: Q) {
        self.insert(m, q)
    }

    fn insert(&mut self, m: Mono, q: Q) {
        if q.is_zero() {
            return;
        }
        use std::collections::btree_map::Entry;
        match self.terms.entry(m) {
            Entry::Vacant(e) => {
                e.insert(q);
            }
            Entry::Occupied(mut e) => {
                *e.get_mut() = super::q_add(e.get(), &q);
                if e.get().is_zero() {
                    e.remove();
                }
            }
        }
    }

    /// Substitutes a value for the symbol `name`.
    pub fn subst(&self, name: &str, value: &Sym) -> Sym {
        let mut out = Sym::default();
        let mut powers: Vec<Sym> = vec![Sym::rational(Q::one())];
        for (m, c) in &self.terms {
            let k = m.var_power(name) as usize;
            while powers.len() <= k {
                let next = powers[powers.len() - 1].mul(value);
                powers.push(next);
            }
            let rest = Mono {
                vars: m.vars.iter().filter(|v| v.0 != name).cloned().collect(),
                ..m.clone()
            };
            let t = Sym::term(c.clone(), rest).mul(&powers[k]);
            out = out.add(&t);
        }
        out
    }

    /// Coefficient of `name`^k, as an element free of `name`.
    pub fn coeff_of_var(&self, name: &str, k: u32) -> Sym {
        let mut out = Sym::default();
        for (m, c) in &self.terms {
            if m.var_power(name) == k {
                let rest = Mono {
                    vars: m.vars.iter().filter(|v| v.0 != name).cloned().collect(),
                    ..m.clone()
                };
                out.insert(rest, c.clone());
            }
        }
        out
    }

    /// Degree in the symbol `name` (0 for elements free of it).
    pub fn degree_in(&self, name: &str) -> u32 {
        self.terms
            .keys()
            .map(|m| m.var_power(name))
            .max()
            .unwrap_or(0)
    }
}

/// Sign helper used by the display code.
pub(crate) fn is_negative(q: &Q) -> bool {
    q.is_negative()
}
