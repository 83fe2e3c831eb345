//! The lexer: text → tokens with their character positions.
//!
//! A number never spans a blank: `0.044 715` is two numbers (the parser then
//! refuses them side by side). `0x1p3`, `0b101`, `0o17` are refused here, not
//! read as 0 times a symbol. `−` (U+2212) is a minus everywhere, also inside a
//! decimal exponent (`1e−3`).

use super::error::ParseError;
use crate::coeff::Q;
use num_bigint::BigInt;

/// Largest |decimal exponent| of a number literal (`1e10000`).
pub const MAX_DECIMAL_EXPONENT: i64 = 10_000;

/// A token kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    /// An exact number literal.
    Num(Q),
    /// An identifier: `x`, `a`, `k2`, `tanh`, `Φ`, `σ`.
    Ident(String),
    /// `pi` or `π`.
    Pi,
    /// `√`.
    Root,
    Plus,
    Minus,
    /// `*`, `·`, `×`.
    Star,
    Slash,
    /// `^` or `**`.
    Caret,
    /// Superscript digits `²`, `⁻¹`, as an integer exponent.
    Sup(i64),
    LParen,
    RParen,
}

/// A token with its first character position and whether blanks precede it.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub tok: Tok,
    /// Index (in characters) of the first character.
    pub pos: usize,
    /// One past the last character.
    pub end: usize,
    /// True when whitespace separates it from the previous token.
    pub spaced: bool,
    /// For a number: the decimals it shows (fraction digits minus the decimal
    /// exponent: 3 for `1.702`, 4 for `1.7e-3`, −3 for `1e3`); else 0.
    pub shown: i64,
}

fn is_minus(c: char) -> bool {
    c == '-' || c == '−'
}

/// Splits `chars` into tokens.
pub fn lex(chars: &[char]) -> Result<Vec<Token>, ParseError> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut spaced = false;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            spaced = true;
            i += 1;
            continue;
        }
        let start = i;
        let mut shown = 0;
        let tok = if c.is_ascii_digit()
            || (c == '.' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit()))
        {
            let (q, next, d) = number(chars, i)?;
            i = next;
            shown = d;
            Tok::Num(q)
        } else if c.is_ascii_alphabetic() {
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let name: String = chars[start..i].iter().collect();
            if name == "pi" {
                Tok::Pi
            } else {
                Tok::Ident(name)
            }
        } else if crate::coeff::superscript_digit(c).is_some() {
            let mut s = String::new();
            while let Some(d) = chars
                .get(i)
                .and_then(|&c| crate::coeff::superscript_digit(c))
            {
                s.push(d);
                i += 1;
            }
            let e: i64 = s
                .parse()
                .ok()
                .filter(|e: &i64| e.abs() <= super::parse::MAX_POWER)
                .ok_or_else(|| {
                    ParseError::new(
                        start,
                        format!(
                            "superscript exponent {s:?} is not an integer from -{m} to {m}",
                            m = super::parse::MAX_POWER
                        ),
                    )
                })?;
            Tok::Sup(e)
        } else {
            i += 1;
            match c {
                'π' => Tok::Pi,
                'Φ' | 'σ' => Tok::Ident(c.to_string()),
                '√' => Tok::Root,
                '+' => Tok::Plus,
                '-' | '−' => Tok::Minus,
                '*' if chars.get(i) == Some(&'*') => {
                    i += 1;
                    Tok::Caret
                }
                '*' | '·' | '×' => Tok::Star,
                '/' => Tok::Slash,
                '^' => Tok::Caret,
                '(' => Tok::LParen,
                ')' => Tok::RParen,
                '∞' => {
                    return Err(ParseError::new(
                        start,
                        "'∞' is not a number (an infinite end is allowed only in --range)",
                    ))
                }
                '.' => return Err(ParseError::new(start, "expected a digit after '.'")),
                _ => {
                    return Err(ParseError::new(
                        start,
                        format!("unexpected character {c:?}"),
                    ))
                }
            }
        };
        out.push(Token {
            tok,
            pos: start,
            end: i,
            spaced,
            shown,
        });
        spaced = false;
    }
    Ok(out)
}

/// Reads `digits [. digits] [(e|E) [+|-|−] digits]` or `. digits ...` from `i`:
/// the exact rational, the index after it and the decimals it shows.
fn number(chars: &[char], start: usize) -> Result<(Q, usize, i64), ParseError> {
    let mut i = start;
    let mut digits = String::new();
    while i < chars.len() && chars[i].is_ascii_digit() {
        digits.push(chars[i]);
        i += 1;
    }
    let int_len = digits.len();
    // 0x…, 0b…, 0o…: refused, never 0 times a symbol
    if digits == "0" && matches!(chars.get(i), Some('x' | 'X' | 'b' | 'B' | 'o' | 'O')) {
        let next = chars.get(i + 1);
        if next.is_some_and(|c| c.is_ascii_alphanumeric()) {
            return Err(ParseError::new(
                start,
                "hexadecimal, binary and octal literals (0x…, 0b…, 0o…) are not accepted; write the value in decimal",
            ));
        }
    }
    let mut frac_len = 0;
    if chars.get(i) == Some(&'.') {
        i += 1;
        while i < chars.len() && chars[i].is_ascii_digit() {
            digits.push(chars[i]);
            frac_len += 1;
            i += 1;
        }
        if int_len == 0 && frac_len == 0 {
            return Err(ParseError::new(start, "expected a digit after '.'"));
        }
        if chars.get(i) == Some(&'.') {
            return Err(ParseError::new(i, "a number has at most one decimal point"));
        }
    }
    let mut exp10: i64 = 0;
    if matches!(chars.get(i), Some('e' | 'E')) {
        let mut j = i + 1;
        let neg = chars.get(j).is_some_and(|&c| is_minus(c));
        if neg || chars.get(j) == Some(&'+') {
            j += 1;
        }
        if chars.get(j).is_some_and(|c| c.is_ascii_digit()) {
            let es = j;
            while j < chars.len() && chars[j].is_ascii_digit() {
                j += 1;
            }
            let text: String = chars[es..j].iter().collect();
            let e = text
                .parse::<i64>()
                .ok()
                .filter(|e| *e <= MAX_DECIMAL_EXPONENT)
                .ok_or_else(|| {
                    ParseError::new(
                        i,
                        format!(
                            "decimal exponent beyond ±{MAX_DECIMAL_EXPONENT} (1e{MAX_DECIMAL_EXPONENT} is the largest)"
                        ),
                    )
                })?;
            exp10 = if neg { -e } else { e };
            i = j;
        } else if !chars
            .get(i + 1)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '_')
            || neg
            || chars.get(i + 1) == Some(&'+')
        {
            // `1e`, `1e-`, `2e+x`: an exponent without digits (never 1·e)
            return Err(ParseError::new(
                i,
                "expected the digits of a decimal exponent after 'e' (write 2*e for a parameter e)",
            ));
        }
    }
    if chars.get(i) == Some(&'.') {
        return Err(ParseError::new(i, "unexpected '.' after a number"));
    }
    let mantissa: BigInt = digits
        .parse()
        .map_err(|_| ParseError::new(start, "expected a number"))?;
    let e = exp10 - frac_len as i64;
    let ten = BigInt::from(10);
    let q = if e >= 0 {
        Q::from_integer(mantissa * num_traits::pow(ten, e as usize))
    } else {
        Q::new(mantissa, num_traits::pow(ten, (-e) as usize))
    };
    Ok((q, i, e.saturating_neg()))
}

/// A plain decimal literal `[+|-]number` (explain's VALUE): its value and the
/// decimals it shows; anything else (an operator, a name, two numbers) is refused.
pub fn decimal_literal(src: &str) -> Result<(Q, i64), ParseError> {
    let chars: Vec<char> = src.chars().collect();
    if chars.len() > super::parse::MAX_INPUT {
        return Err(ParseError::new(0, "input too long"));
    }
    let toks = lex(&chars)?;
    let (neg, rest) = match toks.first().map(|t| &t.tok) {
        Some(Tok::Minus) => (true, &toks[1..]),
        Some(Tok::Plus) => (false, &toks[1..]),
        _ => (false, &toks[..]),
    };
    let want = "expected a decimal literal such as 0.044715";
    match rest {
        [] => Err(ParseError::new(chars.len(), want)),
        [t, more @ ..] => match (&t.tok, more.first()) {
            (Tok::Num(q), None) => Ok((if neg { -q.clone() } else { q.clone() }, t.shown)),
            (Tok::Num(_), Some(u)) => Err(ParseError::new(
                u.pos,
                "a decimal literal is one number (no operators, names or blanks between digits)",
            )),
            _ => Err(ParseError::new(t.pos, want)),
        },
    }
}
