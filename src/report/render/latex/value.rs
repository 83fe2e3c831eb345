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
    if plain {
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

/// A table cell: in proportional paragraph columns numbers longer than 12
/// characters get a break point every 10 (they may be wider than their column).
pub(super) fn cell(v: &Value, proportional: bool) -> String {
    match v {
        Value::Num(_) | Value::Dec(_) if proportional && v.text().len() > 12 => chunked(&v.text()),
        _ => value(v, false),
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
        assert_eq!(value(&Value::Str("a".into()), false), "$a$");
        let c = chunked("2.4329173471281396717e-8");
        assert!(
            c.ends_with("\\times 10^{-8}$") && c.contains("\\allowbreak"),
            "{c}"
        );
    }
}
