//! The exact-form and prose notation (π, √(…), x²ⁿ⁺¹, T_k, −, ·, ≤, Greek)
//! turned into plain-ASCII LaTeX that pdflatex compiles: a run of
//! superscript (subscript) characters becomes one `^{…}` (`_{…}`), so
//! `x²ⁿ⁺¹` is `x^{2n+1}`, never `x^{2}^{n}`; `^(…)` and `^-12` are braced;
//! every other non-ASCII character is a math command, a text accent or, if
//! unknown, a visible `[U+XXXX]` (never passed through).

use super::symbols::{math_symbol, sub, sup, text_symbol};

/// Function names set upright in math (`\operatorname{tanh}`).
const FUNCTION_NAMES: &[&str] = &[
    "tanh", "erf", "erfc", "exp", "log", "artanh", "atan", "sin", "cos", "sqrt",
];

/// One piece of converted output: text, or math to be set between `$…$`.
enum Piece {
    Text(String),
    Math(String),
}

/// The index after the `)` that closes the `(` at `open`, or the end.
fn closing(chars: &[char], open: usize) -> usize {
    let mut depth = 0;
    for (j, &c) in chars.iter().enumerate().skip(open) {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return j + 1;
                }
            }
            _ => {}
        }
    }
    chars.len()
}

/// Splits `s` into text and math pieces; `math` says the context is math.
fn pieces(s: &str, math: bool) -> Vec<Piece> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if sup(c).is_some() || sub(c).is_some() {
            let is_sup = sup(c).is_some();
            let mut run = String::new();
            while i < chars.len() {
                match if is_sup { sup(chars[i]) } else { sub(chars[i]) } {
                    Some(a) => run.push_str(a),
                    None => break,
                }
                i += 1;
            }
            out.push(Piece::Math(format!(
                "{}{{{run}}}",
                if is_sup { '^' } else { '_' }
            )));
            continue;
        }
        if c == '√' {
            let (arg, next) = match chars.get(i + 1) {
                Some('(') => {
                    let end = closing(&chars, i + 1);
                    let inner: String = chars[i + 2..end.saturating_sub(1).max(i + 2)]
                        .iter()
                        .collect();
                    (inner, end)
                }
                Some(&d) => (d.to_string(), i + 2),
                None => (String::new(), i + 1),
            };
            out.push(Piece::Math(format!("\\sqrt{{{}}}", latex_math(&arg))));
            i = next;
            continue;
        }
        if c == '^' && i + 1 < chars.len() {
            // ^(…) → ^{…}; ^-12, ^±1, ^x → a braced exponent
            let (exp, next) = if chars[i + 1] == '(' {
                let end = closing(&chars, i + 1);
                let inner: String = chars[i + 2..end.saturating_sub(1).max(i + 2)]
                    .iter()
                    .collect();
                (inner, end)
            } else {
                let mut j = i + 1;
                if matches!(chars[j], '-' | '−' | '+' | '±') {
                    j += 1;
                }
                while j < chars.len() && chars[j].is_ascii_alphanumeric() {
                    j += 1;
                }
                (chars[i + 1..j].iter().collect(), j)
            };
            out.push(Piece::Math(format!("^{{{}}}", latex_math(&exp))));
            i = next;
            continue;
        }
        if math && c == '_' && chars.get(i + 1).is_some_and(|d| d.is_ascii_alphanumeric()) {
            // T_k, Σ_k: a one-character subscript
            out.push(Piece::Math(format!("_{{{}}}", chars[i + 1])));
            i += 2;
            continue;
        }
        if math && c.is_ascii_alphabetic() && (i == 0 || !chars[i - 1].is_ascii_alphabetic()) {
            let end = (i..chars.len())
                .find(|&j| !chars[j].is_ascii_alphabetic())
                .unwrap_or(chars.len());
            let word: String = chars[i..end].iter().collect();
            if FUNCTION_NAMES.contains(&word.as_str()) {
                out.push(Piece::Math(format!("\\operatorname{{{word}}}")));
                i = end;
                continue;
            }
        }
        if let Some(m) = math_symbol(c).filter(|_| math || text_symbol(c).is_none()) {
            out.push(Piece::Math(m.to_string()));
            i += 1;
            continue;
        }
        let t: String = match c {
            _ if !math && text_symbol(c).is_some() => text_symbol(c).unwrap_or_default().into(),
            '%' | '&' | '#' | '$' | '_' | '{' | '}' => format!("\\{c}"),
            '\\' if math => "\\backslash ".into(),
            '\\' => "\\textbackslash{}".into(),
            '~' if math => "\\sim ".into(),
            '~' => "\\textasciitilde{}".into(),
            '^' if math => "\\hat{}".into(),
            '^' => "\\textasciicircum{}".into(),
            // `--model` stays two hyphens in text (TeX would make -- an en dash)
            '-' if !math && chars.get(i + 1) == Some(&'-') => "-{}".into(),
            // `code` in backquotes: typewriter, not TeX's opening quote
            '`' if !math && chars[i + 1..].contains(&'`') => {
                let end = i + 1 + chars[i + 1..].iter().position(|&d| d == '`').unwrap_or(0);
                let inner: String = chars[i + 1..end].iter().collect();
                out.push(Piece::Text(format!("\\texttt{{{}}}", latex_text(&inner))));
                i = end + 1;
                continue;
            }
            _ if c.is_ascii() => c.to_string(),
            _ if math => format!("\\text{{[U+{:04X}]}}", c as u32),
            _ => format!("[U+{:04X}]", c as u32),
        };
        out.push(if math { Piece::Math(t) } else { Piece::Text(t) });
        i += 1;
    }
    out
}

/// Exact-form notation as the body of a math formula (no `$`).
pub fn latex_math(s: &str) -> String {
    pieces(s, true)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) | Piece::Math(t) => t,
        })
        .collect()
}

/// Prose as LaTeX text: specials escaped, math symbols set as inline math
/// (neighbouring ones in one `$…$`), plain ASCII only.
pub fn latex_text(s: &str) -> String {
    let mut out = String::new();
    let mut in_math = false;
    for p in pieces(s, false) {
        match p {
            Piece::Math(m) => {
                if !in_math {
                    out.push('$');
                    in_math = true;
                }
                out.push_str(&m);
            }
            Piece::Text(t) => {
                if in_math {
                    out.push('$');
                    in_math = false;
                }
                out.push_str(&t);
            }
        }
    }
    if in_math {
        out.push('$');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_keep_two_hyphens_and_code_is_typewriter() {
        assert_eq!(latex_text("bound --model EXPR"), "bound -{}-model EXPR");
        assert_eq!(latex_text("a – b"), "a -- b");
        assert_eq!(
            latex_text("from `taylormatch fit --digits D`."),
            "from \\texttt{taylormatch fit -{}-digits D}."
        );
        // a lone backquote stays as it is
        assert_eq!(latex_text("it`s"), "it`s");
    }

    #[test]
    fn runs_of_superscripts_are_one_exponent() {
        assert_eq!(latex_math("x²ⁿ⁺¹"), "x^{2n+1}");
        assert_eq!(latex_text("x²ⁿ⁺¹/(n!)"), "x$^{2n+1}$/(n!)");
        assert_eq!(latex_math("O(x^10)"), "O(x^{10})");
        assert_eq!(latex_math("2e^(-2u)"), "2e^{-2u}");
        assert_eq!(latex_math("√(2/π)·x"), "\\sqrt{2/\\pi }\\cdot x");
        assert_eq!(latex_text("T_k, 50% & 2ᵏ⁻¹"), "T\\_k, 50\\% \\& 2$^{k-1}$");
        assert_eq!(latex_text("a — b ≤ c"), "a --- b $\\le $ c");
        assert_eq!(latex_text("☃"), "[U+2603]");
        assert_eq!(
            latex_math("Σ_k tanh(x)"),
            "\\Sigma _{k} \\operatorname{tanh}(x)"
        );
    }
}
