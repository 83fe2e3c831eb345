//! Exact text forms of [`Sym`] values.
//!
//! Grammar of what is printed (and read back by [`parse_exact`](super::parse_exact),
//! documented in docs/cli.md): sums of terms `p`, `p/q`, `p·F/(q·G)` where the
//! factors are `π`, `π²`, `√π`, `√2`, `√(2/π)`, `√(2π)` and free symbols with
//! superscript powers; a common radical may be factored out as `√(2/π)·(…)`.

use super::sym::{is_negative, Mono, Sym};
use super::Q;
use num_bigint::BigInt;
use num_traits::Signed;
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// The ASCII digit (or `-`) of a superscript character: `²` → `2`, `⁻` → `-`.
pub fn superscript_digit(c: char) -> Option<char> {
    const SUP: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    if c == '⁻' {
        return Some('-');
    }
    SUP.iter()
        .position(|&d| d == c)
        .and_then(|i| char::from_digit(i as u32, 10))
}

/// Superscript digits for an exponent: 2 → "²", 12 → "¹²".
pub fn superscript(n: i64) -> String {
    let digits = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let mut s = String::new();
    if n < 0 {
        s.push('⁻');
    }
    for c in n.unsigned_abs().to_string().chars() {
        s.push(digits[c as usize - '0' as usize]);
    }
    s
}

fn pow_str(base: &str, k: i64) -> String {
    if k == 1 {
        base.to_string()
    } else {
        format!("{base}{}", superscript(k))
    }
}

/// Numerator and denominator factor lists of a monomial (without the rational).
fn mono_factors(m: &Mono) -> (Vec<String>, Vec<String>) {
    let mut num = Vec::new();
    let mut den = Vec::new();
    let h = m.pi_half;
    // radical part
    if h % 2 != 0 {
        let (rad, rest) = if h < 0 {
            (if m.sqrt2 { "√(2/π)" } else { "" }, (h + 1) / 2)
        } else {
            (if m.sqrt2 { "√(2π)" } else { "√π" }, (h - 1) / 2)
        };
        if !rad.is_empty() {
            num.push(rad.to_string());
        }
        if h < 0 && !m.sqrt2 {
            // 1/√π · π^rest, rest ≤ 0
            if rest < 0 {
                den.push(pow_str("π", -rest as i64));
            }
            den.push("√π".into());
        } else if rest > 0 {
            num.push(pow_str("π", rest as i64));
        } else if rest < 0 {
            den.push(pow_str("π", -rest as i64));
        }
    } else {
        if m.sqrt2 {
            num.push("√2".into());
        }
        let k = h / 2;
        if k > 0 {
            num.push(pow_str("π", k as i64));
        } else if k < 0 {
            den.push(pow_str("π", -k as i64));
        }
    }
    for (v, k) in &m.vars {
        num.push(pow_str(v, *k as i64));
    }
    (num, den)
}

fn join_factors(lead: Option<String>, fs: &[String]) -> String {
    let mut s = lead.unwrap_or_default();
    let mut prev_radical = false;
    let mut prev_ident = false;
    for f in fs {
        let starts_digit = f.chars().next().is_some_and(|c| c.is_ascii_digit());
        let ends_digit = s.chars().last().is_some_and(|c| c.is_ascii_digit());
        // a symbol followed by a symbol needs a separator: `a·k`, not `ak`
        let starts_ident = f.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if !s.is_empty()
            && (prev_radical || (ends_digit && starts_digit) || (prev_ident && starts_ident))
        {
            s.push('·');
        }
        s.push_str(f);
        prev_radical = f.starts_with('√');
        prev_ident = starts_ident;
    }
    s
}

/// |c|·m as text (no sign).
fn format_term_abs(c: &Q, m: &Mono) -> String {
    term_abs_text(&int_text(&c.numer().abs()), &int_text(c.denom()), m)
}

/// Decimal digits of an integer; all but word-sized ones through GMP
/// (num-bigint's conversion was a fifth of `derive`'s time).
fn int_text(v: &BigInt) -> String {
    if v.bits() > 128 {
        crate::coeff::gmp::int_to_rug(v).to_string()
    } else {
        v.to_string()
    }
}

/// |p|/q·m as text from the decimal digits of |p| and q (no sign).
fn term_abs_text(p: &str, q: &str, m: &Mono) -> String {
    let (num_f, den_f) = mono_factors(m);
    let lead = if p != "1" || num_f.is_empty() {
        Some(p.to_string())
    } else {
        None
    };
    let num = join_factors(lead, &num_f);
    let dlead = if q != "1" { Some(q.to_string()) } else { None };
    let nden = den_f.len() + usize::from(dlead.is_some());
    let den = join_factors(dlead, &den_f);
    match nden {
        0 => num,
        1 => format!("{num}/{den}"),
        _ => format!("{num}/({den})"),
    }
}

/// The exact text of the single term ±(p/q)·m, from the decimal digits of
/// |p| and q (q > 0, p/q in lowest terms): exactly what
/// `Sym::term(±p/q, m).to_string()` prints, for routes that hold GMP integers.
///
/// ```
/// use taylormatch::coeff::{format_single_term, Mono, Sym};
/// let m = Sym::sqrt_2_over_pi().terms().next().unwrap().0.clone();
/// assert_eq!(format_single_term(true, "1", "6", &m), "-√(2/π)/6");
/// assert_eq!(format_single_term(false, "0", "1", &m), "0");
/// ```
pub fn format_single_term(negative: bool, p_abs: &str, q: &str, m: &Mono) -> String {
    if p_abs == "0" {
        return "0".into();
    }
    let t = term_abs_text(p_abs, q, m);
    if negative {
        format!("-{t}")
    } else {
        t
    }
}

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
