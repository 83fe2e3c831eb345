//! The parser: tokens → [`Expr`]. One grammar for every formula and every
//! numeric flag (docs/cli.md, "The expression grammar").
//!
//! ```text
//! sum      := product {(+|-) product}
//! product  := unary {(*|/) unary | implicit}
//! implicit := a factor that starts with a name, π, √ or '(' (never a number)
//! unary    := (+|-) unary | power
//! power    := atom [^ exponent | superscript]     (no chains: a^b^c is refused)
//! exponent := [+|-] number | '(' sum ')'           (must fold to a rational)
//! atom     := number | π | pi | x | name | func '(' sum ')' | sqrt '(' sum ')'
//!           | √ power | '(' sum ')'
//! ```
//! Refused because they could surprise: two numbers side by side (`0.044 715`),
//! a number after a factor (`x 2`), implicit products after `/` (`1/2x`) or
//! after a `^` exponent (`x^2y`), `x^1/2`, chained powers, `e` as a name.
//!
//! ```
//! use taylormatch::expr::parse_spanned;
//! // an implicit product after a number, but never a number after a factor
//! assert_eq!(parse_spanned("2x").unwrap(), parse_spanned("2*x").unwrap());
//! assert!(parse_spanned("x 2").is_err());
//! assert!(parse_spanned("0.044 715").is_err());
//! ```

use super::ast::Expr;
use super::error::ParseError;
use super::lex::{lex, Tok, Token};
use crate::coeff::Q;
use num_traits::{One, Signed, Zero};

/// Longest input accepted, in characters.
pub const MAX_INPUT: usize = 100_000;
/// Deepest nesting of parentheses, calls, roots and signs.
pub const MAX_DEPTH: usize = 200;
/// Largest |numerator| and denominator of an exponent.
pub const MAX_POWER: i64 = 10_000;

/// Parses `src` into an expression, or the error at its position.
pub fn parse_spanned(src: &str) -> Result<Expr, ParseError> {
    let chars: Vec<char> = src.chars().collect();
    if chars.len() > MAX_INPUT {
        return Err(ParseError::new(
            MAX_INPUT,
            format!("input longer than {MAX_INPUT} characters"),
        ));
    }
    let toks = lex(&chars)?;
    if toks.is_empty() {
        return Err(ParseError::new(
            0,
            "empty input: expected a number or an expression",
        ));
    }
    let mut p = Parser {
        toks,
        i: 0,
        end: chars.len(),
        depth: 0,
    };
    let e = p.sum()?;
    if let Some(t) = p.peek() {
        let msg = match t.tok {
            Tok::RParen => "unmatched ')'".to_string(),
            _ => "unexpected token: expected an operator (+ - * / ^)".to_string(),
        };
        return Err(ParseError::new(t.pos, msg));
    }
    Ok(e)
}

pub(super) struct Parser {
    pub(super) toks: Vec<Token>,
    pub(super) i: usize,
    /// Input length in characters (the position of "at the end").
    pub(super) end: usize,
    pub(super) depth: usize,
}

impl Parser {
    pub(super) fn peek(&self) -> Option<&Token> {
        self.toks.get(self.i)
    }
    pub(super) fn peek_tok(&self) -> Option<&Tok> {
        self.peek().map(|t| &t.tok)
    }
    pub(super) fn pos(&self) -> usize {
        self.peek().map_or(self.end, |t| t.pos)
    }
    pub(super) fn eat(&mut self, t: &Tok) -> bool {
        if self.peek_tok() == Some(t) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    pub(super) fn enter(&mut self) -> Result<(), ParseError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(ParseError::new(
                self.pos(),
                format!("nested deeper than {MAX_DEPTH} levels"),
            ));
        }
        Ok(())
    }

    pub(super) fn sum(&mut self) -> Result<Expr, ParseError> {
        let mut acc = self.product()?;
        loop {
            if self.eat(&Tok::Plus) {
                acc = acc + self.product()?;
            } else if self.eat(&Tok::Minus) {
                acc = acc - self.product()?;
            } else {
                break;
            }
        }
        Ok(acc)
    }

    fn product(&mut self) -> Result<Expr, ParseError> {
        let (mut acc, mut caret) = self.unary()?;
        let mut after_div = false;
        while let Some(t) = self.peek().cloned() {
            match t.tok {
                Tok::Star => {
                    self.i += 1;
                    let (f, c) = self.unary()?;
                    acc = acc * f;
                    (caret, after_div) = (c, false);
                }
                Tok::Slash => {
                    self.i += 1;
                    let (f, c) = self.unary()?;
                    acc = acc / f;
                    (caret, after_div) = (c, true);
                }
                Tok::Num(_) => {
                    let what = if matches!(self.toks[self.i - 1].tok, Tok::Num(_)) {
                        "two numbers side by side: a number never spans a blank; write * between them"
                    } else {
                        "a number cannot follow a factor directly; write * before it"
                    };
                    return Err(ParseError::new(t.pos, what));
                }
                Tok::Ident(_) | Tok::Pi | Tok::Root | Tok::LParen => {
                    if after_div {
                        return Err(ParseError::new(
                            t.pos,
                            "ambiguous implicit product after '/': write a/(b*c) or (a/b)*c",
                        ));
                    }
                    if caret {
                        return Err(ParseError::new(
                            t.pos,
                            "ambiguous implicit product after a ^ exponent: write * before the next factor",
                        ));
                    }
                    let (f, c) = self.power()?;
                    acc = acc * f;
                    caret = c;
                }
                _ => break,
            }
        }
        Ok(acc)
    }

    /// A signed power; the flag says whether it ended in a `^` exponent.
    fn unary(&mut self) -> Result<(Expr, bool), ParseError> {
        if self.eat(&Tok::Minus) {
            self.enter()?;
            let (e, c) = self.unary()?;
            self.depth -= 1;
            return Ok((-e, c));
        }
        if self.eat(&Tok::Plus) {
            self.enter()?;
            let r = self.unary();
            self.depth -= 1;
            return r;
        }
        self.power()
    }

    pub(super) fn power(&mut self) -> Result<(Expr, bool), ParseError> {
        let base = self.atom()?;
        let (e, caret) = match self.peek_tok() {
            Some(Tok::Sup(k)) => {
                let k = *k;
                self.i += 1;
                (Expr::pow(base, Q::from_integer(k.into())), false)
            }
            Some(Tok::Caret) => {
                self.i += 1;
                let (q, bare) = self.exponent()?;
                let slash_num = self.peek_tok() == Some(&Tok::Slash)
                    && matches!(self.toks.get(self.i + 1).map(|t| &t.tok), Some(Tok::Num(_)));
                if bare && slash_num {
                    return Err(ParseError::new(
                        self.pos(),
                        "ambiguous: write x^(1/2) for a fractional exponent or (x^1)/2",
                    ));
                }
                (Expr::pow(base, q), bare)
            }
            _ => return Ok((base, false)),
        };
        if matches!(self.peek_tok(), Some(Tok::Caret | Tok::Sup(_))) {
            return Err(ParseError::new(
                self.pos(),
                "chained powers are ambiguous: write (a^b)^c",
            ));
        }
        Ok((e, caret))
    }

    /// The exponent after `^`: the rational and whether it was bare (no parentheses).
    fn exponent(&mut self) -> Result<(Q, bool), ParseError> {
        let start = self.pos();
        let (q, bare) = if self.eat(&Tok::LParen) {
            self.enter()?;
            let e = self.sum()?;
            self.depth -= 1;
            self.close(start)?;
            let q = fold_rational(&e).ok_or_else(|| {
                ParseError::new(
                    start,
                    "an exponent must be a rational number such as 2, -1 or (1/2)",
                )
            })?;
            (q, false)
        } else {
            let neg = if self.eat(&Tok::Minus) {
                true
            } else {
                self.eat(&Tok::Plus);
                false
            };
            match self.peek_tok() {
                Some(Tok::Num(q)) => {
                    let q = if neg { -q.clone() } else { q.clone() };
                    self.i += 1;
                    (q, true)
                }
                _ => {
                    return Err(ParseError::new(
                        self.pos(),
                        "an exponent must be a rational number such as 2, -1 or (1/2)",
                    ))
                }
            }
        };
        let lim = Q::from_integer(MAX_POWER.into());
        if q.numer().abs() > *lim.numer() || *q.denom() > *lim.numer() {
            return Err(ParseError::new(
                start,
                format!("exponent {q} too large: numerator and denominator at most {MAX_POWER}"),
            ));
        }
        Ok((q, bare))
    }
}

/// The rational value of an exponent expression built from numbers with + - * / and
/// unary minus; `None` for anything else (π, names, calls) or a division by zero.
fn fold_rational(e: &Expr) -> Option<Q> {
    Some(match e {
        Expr::Num(q) => q.clone(),
        Expr::Neg(a) => -fold_rational(a)?,
        Expr::Add(a, b) => fold_rational(a)? + fold_rational(b)?,
        Expr::Sub(a, b) => fold_rational(a)? - fold_rational(b)?,
        Expr::Mul(a, b) => fold_rational(a)? * fold_rational(b)?,
        Expr::Div(a, b) => {
            let d = fold_rational(b)?;
            if d.is_zero() {
                return None;
            }
            fold_rational(a)? / d
        }
        Expr::Pow(a, q) if q.is_one() => fold_rational(a)?,
        _ => return None,
    })
}
