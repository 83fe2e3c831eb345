//! The text of one term p/q·m of a [`Sym`](super::Sym): the monomial's
//! factors (`π`, `√π`, `√2`, `√(2/π)`, `√(2π)`, symbols with superscript
//! powers) set over and under the rational (the grammar of
//! [`super::display`]).
//!
//! ```
//! use taylormatch::coeff::{format_single_term, superscript, Mono};
//! assert_eq!(superscript(-12), "⁻¹²");
//! assert_eq!(format_single_term(false, "3", "4", &Mono::one()), "3/4");
//! ```

use super::sym::Mono;
use super::Q;
use num_bigint::BigInt;
use num_traits::Signed;

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

pub(super) fn pow_str(base: &str, k: i64) -> String {
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
pub(super) fn format_term_abs(c: &Q, m: &Mono) -> String {
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
