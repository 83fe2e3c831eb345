//! Parser for exact values: the inverse of the printed exact forms.
//!
//! ```text
//! expr    := [+|-] term {(+|-) term}
//! term    := power {[*|·|/] power}        (juxtaposition multiplies: 2π, 3a²)
//! power   := primary [^ [-]integer | superscript digits]
//! primary := number | π | pi | symbol | ( expr ) | (√|sqrt) primary
//! number  := digits [. digits] [e [+|-] digits]   (taken as an exact rational)
//! symbol  := letter {letter | digit | _}          (free symbols such as a, k)
//! ```
//! `−` (U+2212) is accepted for `-`. Division needs a divisor that is a unit
//! (a single term free of symbols); `√` needs a radicand whose square root is
//! again of the form q·√2^e·π^(h/2).

use super::sym::{Mono, Sym};
use super::{Coeff, Q};
use crate::error::{Error, Result};
use num_bigint::BigInt;
use num_traits::Signed;

/// Parses an exact value such as `2/(3π) - 1/6`, `√(2/π)·(a - 2/(3π))`, `0.044715`.
///
/// ```
/// use taylormatch::coeff::parse_exact;
/// let v = parse_exact("(4 - π)/(6π)").unwrap();
/// assert_eq!(v, parse_exact("2/(3π) - 1/6").unwrap());
/// ```
pub fn parse_exact(s: &str) -> Result<Sym> {
    let chars: Vec<char> = s.chars().collect();
    let mut p = Parser {
        c: chars,
        i: 0,
        src: s,
        depth: 0,
    };
    p.skip_ws();
    if p.at_end() {
        return Err(p.err("empty input"));
    }
    let v = p.expr()?;
    p.skip_ws();
    if !p.at_end() {
        return Err(p.err(&format!("unexpected {:?}", p.c[p.i])));
    }
    Ok(v)
}

struct Parser<'a> {
    c: Vec<char>,
    i: usize,
    src: &'a str,
    /// Nesting depth of parentheses and roots (bounded: no stack overflow).
    depth: usize,
}

/// Deepest nesting of parentheses and roots accepted.
const MAX_DEPTH: usize = 200;
/// Largest power of a sum (a sum of n terms to the e has up to C(n+e−1, e) terms).
const MAX_SUM_POWER: i64 = 64;

const MAX_EXPONENT: i64 = 10_000;

impl Parser<'_> {
    fn err(&self, what: &str) -> Error {
        Error::input(format!(
            "cannot read exact value {:?}: {what} at position {}",
            self.src,
            self.i + 1
        ))
    }
    fn at_end(&self) -> bool {
        self.i >= self.c.len()
    }
    fn peek(&self) -> Option<char> {
        self.c.get(self.i).copied()
    }
    fn skip_ws(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.i += 1;
        }
    }
    fn eat(&mut self, ch: char) -> bool {
        self.skip_ws();
        if self.peek() == Some(ch) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn eat_word(&mut self, w: &str) -> bool {
        let wc: Vec<char> = w.chars().collect();
        if self.c.len() >= self.i + wc.len() && self.c[self.i..self.i + wc.len()] == wc[..] {
            let next = self.c.get(self.i + wc.len());
            if !next.is_some_and(|c| c.is_alphanumeric() || *c == '_') {
                self.i += wc.len();
                return true;
            }
        }
        false
    }

    fn expr(&mut self) -> Result<Sym> {
        self.skip_ws();
        let mut neg = false;
        if self.eat('-') || self.eat('−') {
            neg = true;
        } else {
            self.eat('+');
        }
        let mut acc = self.term()?;
        if neg {
            acc = acc.neg();
        }
        loop {
            self.skip_ws();
            if self.eat('+') {
                acc = acc.add(&self.term()?);
            } else if self.eat('-') || self.eat('−') {
                acc = acc.sub(&self.term()?);
            } else {
                return Ok(acc);
            }
        }
    }

    fn starts_primary(&mut self) -> bool {
        self.skip_ws();
        match self.peek() {
            Some(c) => c.is_ascii_digit() || c.is_alphabetic() || c == '(' || c == '√' || c == 'π',
            None => false,
        }
    }

    fn term(&mut self) -> Result<Sym> {
        let mut acc = self.power()?;
        loop {
            self.skip_ws();
            if self.eat('*') || self.eat('·') || self.eat('×') {
                acc = acc.mul(&self.power()?);
            } else if self.eat('/') {
                let d = self.power()?;
                let inv = d.inv().ok_or_else(|| {
                    if d.is_zero() {
                        self.err("division by zero")
                    } else {
                        self.err("can only divide by a single term free of symbols")
                    }
                })?;
                acc = acc.mul(&inv);
            } else if self.starts_primary() {
                acc = acc.mul(&self.power()?);
            } else {
                return Ok(acc);
            }
        }
    }

    fn power(&mut self) -> Result<Sym> {
        let base = self.primary()?;
        self.skip_ws();
        let exp: Option<i64> = if self.eat('^') {
            self.skip_ws();
            let paren = self.eat('(');
            let neg = self.eat('-') || self.eat('−');
            self.skip_ws();
            let start = self.i;
            while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                self.i += 1;
            }
            let digits: String = self.c[start..self.i].iter().collect();
            if digits.is_empty() {
                return Err(self.err("expected an integer exponent"));
            }
            if paren && !self.eat(')') {
                return Err(self.err("expected ')'"));
            }
            let e: i64 = digits.parse().map_err(|_| self.err("exponent too large"))?;
            Some(if neg { -e } else { e })
        } else {
            let mut sup = String::new();
            while let Some(d) = self.peek().and_then(super::display::superscript_digit) {
                sup.push(d);
                self.i += 1;
            }
            if sup.is_empty() {
                None
            } else {
                Some(
                    sup.replace('⁻', "-")
                        .parse()
                        .map_err(|_| self.err("bad superscript exponent"))?,
                )
            }
        };
        match exp {
            None => Ok(base),
            Some(e) if base.len() > 1 && e.abs() > MAX_SUM_POWER => {
                Err(self.err(&format!("power {e} of a sum beyond ±{MAX_SUM_POWER}")))
            }
            Some(e) if e.abs() > MAX_EXPONENT => {
                Err(self.err(&format!("exponent {e} beyond ±{MAX_EXPONENT}")))
            }
            Some(e) => {
                let b = if e < 0 {
                    base.inv()
                        .ok_or_else(|| self.err("negative power of a non-unit"))?
                } else {
                    base
                };
                let mut r = Sym::one();
                for _ in 0..e.unsigned_abs() {
                    r = r.mul(&b);
                }
                Ok(r)
            }
        }
    }

    fn primary(&mut self) -> Result<Sym> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err(&format!("nested deeper than {MAX_DEPTH} levels")));
        }
        let r = self.primary_inner();
        self.depth -= 1;
        r
    }

    fn primary_inner(&mut self) -> Result<Sym> {
        self.skip_ws();
        let c = self.peek().ok_or_else(|| self.err("unexpected end"))?;
        if c == '(' {
            self.i += 1;
            let v = self.expr()?;
            if !self.eat(')') {
                return Err(self.err("expected ')'"));
            }
            return Ok(v);
        }
        if c == 'π' {
            self.i += 1;
            return Ok(Sym::pi());
        }
        if c == '√' || self.eat_word("sqrt") {
            if c == '√' {
                self.i += 1;
            }
            let r = self.primary()?;
            return sqrt_sym(&r)
                .ok_or_else(|| self.err("square root not of the form q·√2^e·π^(h/2)"));
        }
        if c.is_ascii_digit() || c == '.' {
            return self.number();
        }
        if c.is_alphabetic() {
            if self.eat_word("pi") {
                return Ok(Sym::pi());
            }
            let start = self.i;
            while self
                .peek()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
            {
                self.i += 1;
            }
            if self.i == start {
                return Err(self.err(&format!("unexpected {c:?}")));
            }
            let name: String = self.c[start..self.i].iter().collect();
            return Ok(Sym::var(&name));
        }
        Err(self.err(&format!("unexpected {c:?}")))
    }

    fn number(&mut self) -> Result<Sym> {
        let start = self.i;
        let mut int = String::new();
        let mut frac = String::new();
        while let Some(d) = self.peek().filter(|c| c.is_ascii_digit()) {
            int.push(d);
            self.i += 1;
        }
        if self.peek() == Some('.') {
            self.i += 1;
            while let Some(d) = self.peek().filter(|c| c.is_ascii_digit()) {
                frac.push(d);
                self.i += 1;
            }
        }
        if int.is_empty() && frac.is_empty() {
            self.i = start;
            return Err(self.err("expected a number"));
        }
        let mut exp10: i64 = 0;
        if matches!(self.peek(), Some('e') | Some('E'))
            && self
                .c
                .get(self.i + 1)
                .is_some_and(|c| c.is_ascii_digit() || *c == '-' || *c == '+')
        {
            self.i += 1;
            let neg = if self.peek() == Some('-') {
                self.i += 1;
                true
            } else {
                if self.peek() == Some('+') {
                    self.i += 1;
                }
                false
            };
            let es = self.i;
            while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                self.i += 1;
            }
            let e: String = self.c[es..self.i].iter().collect();
            let e: i64 = e.parse().map_err(|_| self.err("bad exponent"))?;
            if e > MAX_EXPONENT {
                return Err(self.err(&format!("decimal exponent beyond ±{MAX_EXPONENT}")));
            }
            exp10 = if neg { -e } else { e };
        }
        let mantissa: BigInt = format!("{int}{frac}")
            .parse()
            .map_err(|_| self.err("bad number"))?;
        let e = exp10 - frac.len() as i64;
        let ten = BigInt::from(10);
        let q = if e >= 0 {
            Q::from_integer(mantissa * num_traits::pow(ten, e as usize))
        } else {
            Q::new(mantissa, num_traits::pow(ten, (-e) as usize))
        };
        Ok(Sym::rational(q))
    }
}

/// √ of a single term q·√2^e·π^(h/2)·Πv^k when it is again such a term.
fn sqrt_sym(r: &Sym) -> Option<Sym> {
    if r.is_zero() {
        return Some(Sym::default());
    }
    if r.len() != 1 {
        return None;
    }
    let (m, c) = r.terms().next()?;
    if m.sqrt2 || m.pi_half % 2 != 0 || c.is_negative() || m.vars.iter().any(|v| v.1 % 2 != 0) {
        return None;
    }
    // √(p/d) = √(p·d)/d; p·d = 2^v·o, o a perfect square
    let mut n: BigInt = c.numer() * c.denom();
    let mut v = 0u32;
    let two = BigInt::from(2);
    while (&n % &two) == BigInt::from(0) && n != BigInt::from(0) {
        n /= &two;
        v += 1;
    }
    let root = n.sqrt();
    if &root * &root != n {
        return None;
    }
    let coef = Q::new(
        root * num_traits::pow(two, (v / 2) as usize),
        c.denom().clone(),
    );
    let mono = Mono {
        vars: m.vars.iter().map(|(s, k)| (s.clone(), k / 2)).collect(),
        pi_half: m.pi_half / 2,
        sqrt2: v % 2 == 1,
    };
    Some(Sym::term(coef, mono))
}
