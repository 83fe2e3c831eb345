//! HTML table cells: one alignment rule per kind of column (numbers
//! right-aligned on the decimal point, exact values as MathML, text).

use super::escape;
use crate::report::doc::Value;

/// How a column's cells are aligned: one rule per kind of column.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Kind {
    /// Every cell a number: right-aligned, decimal points under each other.
    Number,
    /// Exact values (MathML) and plain numbers among them: left-aligned,
    /// every cell set as math.
    Exact,
    /// Anything else: left-aligned text.
    Text,
}

/// The kind of a column of cells (`–` and empty cells do not count).
pub(super) fn kind<'a>(cells: impl Iterator<Item = &'a Value>) -> Kind {
    let (mut exact, mut all_numbers, mut any) = (false, true, false);
    for v in cells {
        match v {
            Value::Null => continue,
            Value::Exact(_) => exact = true,
            v => all_numbers &= numeric(&v.text()),
        }
        any = true;
    }
    match () {
        _ if exact && all_numbers => Kind::Exact,
        _ if any && all_numbers => Kind::Number,
        _ => Kind::Text,
    }
}

/// The characters of `s` before and from its decimal point (or from its
/// exponent, or nothing, when it has none).
pub(super) fn split_point(s: &str) -> (usize, usize) {
    let n = s.chars().count();
    let at = s
        .find('.')
        .or_else(|| s.find(['e', 'E']))
        .map(|i| s[..i].chars().count())
        .unwrap_or(n);
    (at, n - at)
}

/// A table cell of a column of `kind`; `frac` is the longest part from the
/// decimal point in a number column: shorter ones are padded with
/// no-break spaces of the monospace font, so that right alignment puts the
/// decimal points under each other.
pub(super) fn cell(v: &Value, kind: Kind, frac: usize) -> String {
    if let Value::Exact(x) = v {
        return format!("<td class=\"exact\">{}</td>", crate::coeff::mathml(x));
    }
    let s = v.text();
    match kind {
        Kind::Number if !matches!(v, Value::Null) => {
            let pad = "\u{a0}".repeat(frac.saturating_sub(split_point(&s).1));
            format!("<td class=\"num\">{}{pad}</td>", escape(&s))
        }
        Kind::Exact if numeric(&s) => {
            format!(
                "<td class=\"exact\"><math><mn>{}</mn></math></td>",
                escape(&s)
            )
        }
        Kind::Exact => format!("<td class=\"exact\">{}</td>", escape(&s)),
        _ if numeric(&s) => format!("<td class=\"value\"><code>{}</code></td>", escape(&s)),
        _ => format!("<td>{}</td>", escape(&s)),
    }
}

/// Whether a cell reads as a number (decimal, signed, exponent): right-aligned.
pub(super) fn numeric(s: &str) -> bool {
    let t = s.trim();
    !t.is_empty()
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || "+-−.eE±≈ ".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_alignment_per_column_kind() {
        use crate::coeff::parse_exact;
        let x = Value::Exact(parse_exact("2/(3*pi)").unwrap());
        let n = |s: &str| Value::Num(s.into());
        // a column of exact values with plain zeros among them: all math, left
        assert_eq!(kind([x.clone(), Value::from("0")].iter()), Kind::Exact);
        assert_eq!(
            cell(&Value::from("0"), Kind::Exact, 0),
            "<td class=\"exact\"><math><mn>0</mn></math></td>"
        );
        // numbers: right-aligned with the decimal points under each other
        let col = [
            n("0.7978845608"),
            n("12.5"),
            n("0"),
            n("-2.86536e-12"),
            Value::Null,
        ];
        assert_eq!(kind(col.iter()), Kind::Number);
        let frac = col.iter().map(|v| split_point(&v.text()).1).max().unwrap();
        assert_eq!(frac, 11); // ".7978845608"
        let shown: Vec<String> = col[..4]
            .iter()
            .map(|v| cell(v, Kind::Number, frac))
            .collect();
        let width = |c: &String| {
            c.trim_start_matches("<td class=\"num\">")
                .trim_end_matches("</td>")
                .chars()
                .count()
        };
        let point = |c: &String| {
            let t = c.trim_start_matches("<td class=\"num\">");
            t.chars().count()
                - t.find(['.', '<', '\u{a0}'])
                    .map(|i| t[..i].chars().count())
                    .unwrap()
        };
        // every cell ends the same distance after its point (or its end)
        let p: Vec<usize> = shown.iter().map(point).collect();
        assert!(p.windows(2).all(|w| w[0] == w[1]), "{shown:?}");
        assert!(shown.iter().all(|c| width(c) >= 1));
        // text and a number in one column: text, left
        assert_eq!(kind([n("1.5"), Value::from("no match")].iter()), Kind::Text);
    }
}
