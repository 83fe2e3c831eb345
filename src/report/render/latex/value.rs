//! Values in LaTeX: numbers and exact forms as math (a decimal in
//! scientific notation as `2.16057\times 10^{-8}`, long numbers with break
//! points), words as text.

use super::convert::{latex_math, latex_text};
use crate::report::doc::Value;

/// True for text that reads as prose (a word of three or more letters that
/// is not a function name of the exact forms, or a short English word
/// between spaces: `L2 on ℝ`), to be set as text, not math.
pub(super) fn is_prose(s: &str) -> bool {
    // plain words such as "no", "l2", "gelu" (a lone letter stays math: `a`)
    let plain = s.chars().count() >= 2
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ')
        && s.chars().any(|c| c.is_ascii_alphabetic());
    // a name in kebab case (`as-7.1.26`, `erf-sqrt2`): one token, a hyphen
    // between letters or digits, a run of two letters
    let chars: Vec<char> = s.chars().collect();
    let kebab = !chars.is_empty()
        && chars
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.'))
        && chars
            .windows(3)
            .any(|w| w[1] == '-' && w[0].is_ascii_alphanumeric() && w[2].is_ascii_alphanumeric())
        && chars
            .windows(2)
            .any(|w| w[0].is_ascii_alphabetic() && w[1].is_ascii_alphabetic());
    if plain || kebab {
        return true;
    }
    let word = s.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        w.len() >= 3
            && !matches!(
                w,
                "tanh" | "erf" | "exp" | "log" | "sqrt" | "artanh" | "atan" | "erfc"
            )
    });
    word || s.split_whitespace().any(|w| {
        matches!(
            w,
            "on" | "of" | "to" | "in" | "at" | "is" | "or" | "by" | "as" | "vs"
        )
    })
}

/// Numbers of at most this many characters are never broken in a table
/// cell (a 12-digit decimal such as `0.0000564791063468` is 18).
pub(super) const UNBROKEN_NUMBER: usize = 18;

/// A table cell: in proportional paragraph columns numbers longer than
/// [`UNBROKEN_NUMBER`] characters get a break point every 10 (they may be
/// wider than their column), and a formula or an interval with spaces is set word by word
/// (math does not break at a space; the column widths assume it does).
pub(super) fn cell(v: &Value, proportional: bool) -> String {
    match v {
        Value::Num(_) | Value::Dec(_) if proportional && v.text().len() > UNBROKEN_NUMBER => {
            chunked(&v.text())
        }
        Value::Str(s) | Value::Structured { text: s, .. }
            if proportional && !is_prose(s) && s.contains(' ') =>
        {
            s.split_whitespace().map(word).collect::<Vec<_>>().join(" ")
        }
        _ => value(v, false),
    }
}

/// One word of a formula as math: a number in scientific notation (inside
/// brackets or before a comma too) as a power of ten.
fn word(w: &str) -> String {
    let core = w.trim_start_matches(['[', '(']);
    let lead = &w[..w.len() - core.len()];
    let trimmed = core.trim_end_matches([',', ']', ')']);
    let trail = &core[trimmed.len()..];
    if is_scientific(trimmed) {
        let n = number(trimmed, false);
        let inner = &n[1..n.len() - 1];
        format!("${}{inner}{}$", latex_math(lead), latex_math(trail))
    } else {
        format!("${}$", latex_math(w))
    }
}

/// A number as math with a break point every 10 characters of its mantissa.
pub(super) fn chunked(s: &str) -> String {
    number(s, true)
}

/// A decimal as math: `-2.16057e-8` is set as −2.16057 × 10⁻⁸ (not as the
/// difference "e − 8"); with `breakable`, the mantissa gets a break point
/// every 10 characters.
fn number(s: &str, breakable: bool) -> String {
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let mant = if breakable {
        let chunks: Vec<String> = mant
            .chars()
            .collect::<Vec<_>>()
            .chunks(10)
            .map(|c| latex_math(&c.iter().collect::<String>()))
            .collect();
        chunks.join("\\allowbreak ")
    } else {
        latex_math(mant)
    };
    match exp {
        Some(e) => {
            let (sign, digits) = match e.strip_prefix('-') {
                Some(d) => ("-", d),
                None => ("", e.trim_start_matches('+')),
            };
            let digits = digits.trim_start_matches('0');
            let digits = if digits.is_empty() { "0" } else { digits };
            format!("${mant}\\times 10^{{{sign}{digits}}}$")
        }
        None => format!("${mant}$"),
    }
}

/// A text that is one decimal number in scientific notation (a float64
/// repr such as `2.4329173471294176e-08`).
fn is_scientific(s: &str) -> bool {
    let Some(i) = s.find(['e', 'E']) else {
        return false;
    };
    let (m, e) = (&s[..i], &s[i + 1..]);
    let m = m.strip_prefix('-').unwrap_or(m);
    let e = e.strip_prefix(['-', '+']).unwrap_or(e);
    !m.is_empty()
        && m.chars().all(|c| c.is_ascii_digit() || c == '.')
        && m.chars().any(|c| c.is_ascii_digit())
        && !e.is_empty()
        && e.chars().all(|c| c.is_ascii_digit())
}

/// A value for LaTeX: numbers and exact forms as math, prose as text. Long
/// numbers get a break point every 10 characters (outside tables).
pub(super) fn value(v: &Value, breakable: bool) -> String {
    match v {
        Value::Bool(_) | Value::Null => latex_text(&v.text()),
        Value::Exact(x) => format!("${}$", crate::coeff::Notation::Latex.format(x)),
        Value::Str(s) if is_prose(s) => latex_text(s),
        Value::Num(_) | Value::Dec(_) if breakable && v.text().len() > 40 => chunked(&v.text()),
        Value::Num(_) | Value::Dec(_) => number(&v.text(), false),
        Value::Str(s) if is_scientific(s) => number(s, false),
        _ => format!("${}$", latex_math(&v.text())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scientific_decimals_are_set_as_powers_of_ten() {
        assert_eq!(number("-2.16057e-8", false), "$-2.16057\\times 10^{-8}$");
        assert_eq!(number("5.6e+05", false), "$5.6\\times 10^{5}$");
        assert_eq!(number("0.25", false), "$0.25$");
        assert!(is_scientific("2.4329173471294176e-08"));
        assert!(!is_scientific("e-8") && !is_scientific("x e-8") && !is_scientific("1.5"));
        let v = value(&Value::Str("2.4329173471294176e-08".into()), false);
        assert_eq!(v, "$2.4329173471294176\\times 10^{-8}$");
        // a long one keeps its break points in the mantissa only
        assert_eq!(value(&Value::Str("no".into()), false), "no");
        // entry names are text, a difference of one-letter symbols is math
        assert_eq!(value(&Value::Str("as-7.1.26".into()), false), "as-7.1.26");
        assert_eq!(value(&Value::Str("erf-sqrt2".into()), false), "erf-sqrt2");
        assert_eq!(value(&Value::Str("x-1".into()), false), "$x-1$");
        assert_eq!(value(&Value::Str("a".into()), false), "$a$");
        // an interval in a wrapped column: one math group per word
        let iv = Value::interval("1.3937544e-7".into(), "1.3937558e-7".into());
        assert_eq!(
            cell(&iv, true),
            "$[1.3937544\\times 10^{-7},$ $1.3937558\\times 10^{-7}]$"
        );
        let c = chunked("2.4329173471281396717e-8");
        assert!(
            c.ends_with("\\times 10^{-8}$") && c.contains("\\allowbreak"),
            "{c}"
        );
    }
}
