//! Exact text forms of [`Sym`] values.
//!
//! Grammar of what is printed (and read back by [`parse_exact`](super::parse_exact),
//! documented in docs/cli.md): sums of terms `p`, `p/q`, `p·F/(q·G)` where the
//! factors are `π`, `π²`, `√π`, `√2`, `√(2/π)`, `√(2π)` and free symbols with
//! superscript powers; a common radical may be factored out as `√(2/π)·(…)`.

use super::sym::{is_negative, Mono, Sym};
use super::term_text::{format_term_abs, pow_str};
use super::Q;
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// Display order: symbols (higher degree first), then descending powers of 1/π.
pub(super) fn sorted_terms(s: &Sym) -> Vec<(&Mono, &Q)> {
    let mut v: Vec<(&Mono, &Q)> = s.terms().collect();
    sort_terms(&mut v);
    v
}

/// Display order: higher total degree in the symbols first, then the
/// symbols, then the power of π, then √2.
fn sort_terms(v: &mut [(&Mono, &Q)]) {
    v.sort_by(|a, b| {
        b.0.var_degree()
            .cmp(&a.0.var_degree())
            .then_with(|| a.0.vars.cmp(&b.0.vars))
            .then_with(|| a.0.pi_half.cmp(&b.0.pi_half))
            .then_with(|| a.0.sqrt2.cmp(&b.0.sqrt2))
    });
}

fn format_sum(terms: &[(&Mono, &Q)]) -> String {
    let mut s = String::new();
    for (i, (m, c)) in terms.iter().enumerate() {
        let neg = is_negative(c);
        if i == 0 {
            if neg {
                s.push('-');
            }
        } else {
            s.push_str(if neg { " - " } else { " + " });
        }
        s.push_str(&format_term_abs(c, m));
    }
    if s.is_empty() {
        s.push('0');
    }
    s
}

/// The radical class of a monomial: (√2 present, π exponent odd).
fn class(m: &Mono) -> (bool, bool) {
    (m.sqrt2, m.pi_half % 2 != 0)
}

/// The readable exact form, e.g. `2/(3π) - 1/6` or `√(2/π)·(a - 2/(3π))`.
pub fn format_sym(s: &Sym) -> String {
    let terms = sorted_terms(s);
    if terms.len() <= 1 {
        return format_sum(&terms);
    }
    let c0 = class(terms[0].0);
    if c0 != (false, false) && terms.iter().all(|(m, _)| class(m) == c0) {
        // factor out the common radical: c·√2^s·π^(h/2) / (√2^s·π^(−1/2 if odd))
        // = c·π^((h + odd)/2), the same rational c on a shifted monomial, so
        // no product is formed (Sym::mul by the inverse gives the same terms)
        let (sqrt2, odd) = c0;
        let monos: Vec<Mono> = terms
            .iter()
            .map(|(m, _)| Mono {
                vars: m.vars.clone(),
                pi_half: m.pi_half + i32::from(odd),
                sqrt2: false,
            })
            .collect();
        let mut inner: Vec<(&Mono, &Q)> = monos.iter().zip(terms.iter().map(|t| t.1)).collect();
        sort_terms(&mut inner);
        let inner_s = format_sum(&inner);
        return match (sqrt2, odd) {
            (true, true) => format!("√(2/π)·({inner_s})"),
            (true, false) => format!("√2·({inner_s})"),
            _ => format!("({inner_s})/√π"),
        };
    }
    format_sum(&terms)
}

/// The single-fraction form over ℤ\[π\]: `(4 - π)/(6π)`, with a common radical
/// factored out in front. `None` when symbols occur or the radicals differ.
pub fn combined_form(s: &Sym) -> Option<String> {
    if !s.vars().is_empty() || s.len() <= 1 {
        return None;
    }
    let terms: Vec<(&Mono, &Q)> = s.terms().collect();
    let c0 = class(terms[0].0);
    if !terms.iter().all(|(m, _)| class(m) == c0) {
        return None;
    }
    let (sqrt2, odd) = c0;
    // divide out the common radical √2^e·π^(−1/2 if odd): the rational
    // coefficients are unchanged, each π exponent becomes (h + odd)/2
    let mut by_pow: BTreeMap<i32, rug::Rational> = BTreeMap::new();
    for (m, c) in s.terms() {
        by_pow.insert(
            (m.pi_half + i32::from(odd)) / 2,
            crate::coeff::gmp::q_to_rug(c),
        );
    }
    let lowest = *by_pow.keys().next()?;
    let shift = (-lowest).max(0); // multiply by π^shift
                                  // GMP arithmetic: num-bigint's gcd is quadratic on long operands
                                  // lcm of the denominators: a divisibility test (one division) before each gcd
    let lcm = by_pow.values().fold(rug::Integer::from(1), |l, c| {
        if l.is_divisible(c.denom()) {
            l
        } else {
            l.lcm(c.denom())
        }
    });
    let ints: Vec<(i32, rug::Integer)> = by_pow
        .iter()
        .map(|(k, c)| {
            (
                k + shift,
                c.numer() * rug::Integer::from(lcm.div_exact_ref(c.denom())),
            )
        })
        .collect();
    // cancel only what the numerators share with the denominator
    let g = ints
        .iter()
        .fold(rug::Integer::new(), |g, (_, n)| g.gcd(n))
        .gcd(&lcm);
    let mut den = lcm.div_exact(&g);
    // leading sign: make the lowest-power coefficient positive unless all negative
    let mut num_terms: Vec<(i32, rug::Integer)> = ints
        .into_iter()
        .map(|(k, n)| (k, n.div_exact(&g)))
        .collect();
    if num_terms.iter().all(|(_, n)| n.cmp0() == Ordering::Less) {
        den = -den;
        for t in &mut num_terms {
            t.1 = -std::mem::take(&mut t.1);
        }
    }
    // digits by GMP (subquadratic; num-bigint's conversion dominated long rows)
    let mut num = String::new();
    for (i, (k, n)) in num_terms.iter().enumerate() {
        let neg = n.cmp0() == Ordering::Less;
        if i == 0 {
            if neg {
                num.push('-');
            }
        } else {
            num.push_str(if neg { " - " } else { " + " });
        }
        let a = n.as_abs();
        let pi = match *k {
            0 => String::new(),
            k => pow_str("π", k as i64),
        };
        if *a == 1 && !pi.is_empty() {
            num.push_str(&pi);
        } else {
            num.push_str(&a.to_string());
            num.push_str(&pi);
        }
    }
    let sign = if den.cmp0() == Ordering::Less {
        "-"
    } else {
        ""
    };
    let den_abs = den.as_abs();
    let mut den_s = String::new();
    if *den_abs != 1 || shift == 0 {
        den_s.push_str(&den_abs.to_string());
    }
    if shift > 0 {
        den_s.push_str(&pow_str("π", shift as i64));
    }
    let frac = if den_s == "1" {
        format!("({num})")
    } else {
        format!("({num})/({den_s})")
    };
    let frac = frac.replace(
        &format!("/({})", den_s),
        &if den_s.chars().count() > 1 && !den_s.chars().all(|c| c.is_ascii_digit()) {
            format!("/({den_s})")
        } else {
            format!("/{den_s}")
        },
    );
    // the sign leads the whole form: `-√2·(…)/50`, never `√2·-(…)`
    Some(match (sqrt2, odd) {
        (false, false) => format!("{sign}{frac}"),
        (true, true) => format!("{sign}√(2/π)·{frac}"),
        (true, false) => format!("{sign}√2·{frac}"),
        _ => format!("{sign}{frac}/√π"),
    })
}

#[cfg(test)]
#[path = "display_tests.rs"]
mod tests;
