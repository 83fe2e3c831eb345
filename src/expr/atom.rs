//! Atoms of the grammar: numbers, π, parenthesised sums, roots, names and calls.

use super::ast::{Expr, Func};
use super::error::ParseError;
use super::lex::Tok;
use super::parse::Parser;
use crate::coeff::Q;

impl Parser {
    pub(super) fn close(&mut self, open: usize) -> Result<(), ParseError> {
        if self.eat(&Tok::RParen) {
            Ok(())
        } else {
            let at = self.pos();
            let msg = if at == self.end {
                format!("expected ')' to close the '(' at character {}", open + 1)
            } else {
                "expected ')' or an operator".to_string()
            };
            Err(ParseError::new(at, msg))
        }
    }

    pub(super) fn atom(&mut self) -> Result<Expr, ParseError> {
        let Some(t) = self.peek().cloned() else {
            return Err(ParseError::new(
                self.end,
                "unexpected end: expected a number, x, a name, a function call or '('",
            ));
        };
        self.i += 1;
        match t.tok {
            Tok::Num(q) => Ok(Expr::Num(q)),
            Tok::Pi => Ok(Expr::Pi),
            Tok::LParen => {
                self.enter()?;
                let e = self.sum()?;
                self.depth -= 1;
                self.close(t.pos)?;
                Ok(e)
            }
            Tok::Root => {
                self.enter()?;
                let (e, _) = self.power()?;
                self.depth -= 1;
                Ok(Expr::pow(e, Q::new(1.into(), 2.into())))
            }
            Tok::Ident(name) => self.name(&name, t.pos),
            _ => Err(ParseError::new(
                t.pos,
                "expected a number, x, a name, a function call or '('",
            )),
        }
    }

    /// A name: x, a parameter, or a function applied to `( sum )`.
    fn name(&mut self, name: &str, pos: usize) -> Result<Expr, ParseError> {
        let func = Func::from_name(name);
        let is_fn = func.is_some() || name == "sqrt";
        if self.peek_tok() == Some(&Tok::LParen) {
            if !is_fn {
                let hint = super::suggest::did_you_mean(name)
                    .map(|s| format!("; did you mean {s}?"))
                    .unwrap_or_default();
                let what = if name == "x" || name.len() == 1 {
                    format!("{name:?} is not a function (write {name}*(…) to multiply){hint}")
                } else {
                    format!(
                        "unknown function {name:?}{hint} (functions: {})",
                        super::suggest::names()
                    )
                };
                return Err(ParseError::new(pos, what));
            }
            let open = self.pos();
            self.i += 1;
            self.enter()?;
            let arg = self.sum()?;
            self.depth -= 1;
            self.close(open)?;
            return Ok(match func {
                Some(f) => Expr::call(f, arg),
                None => Expr::pow(arg, Q::new(1.into(), 2.into())),
            });
        }
        if is_fn {
            return Err(ParseError::new(
                pos,
                format!("function {name:?} needs its argument in parentheses: {name}(…)"),
            ));
        }
        match name {
            "x" => Ok(Expr::X),
            "e" | "E" => Err(ParseError::new(
                pos,
                "'e' is not a name here: write exp(1) for Euler's number, 1e-3 for a decimal exponent",
            )),
            "inf" | "infinity" | "Inf" | "nan" | "NaN" | "NAN" | "INF" => Err(ParseError::new(
                pos,
                format!("{name:?} is not a number (an infinite end is allowed only in --range)"),
            )),
            _ => Ok(Expr::Param(name.to_string())),
        }
    }
}
