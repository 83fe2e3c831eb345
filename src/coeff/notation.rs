//! Exact values in other notations, printed from the [`Sym`] structure (a sum
//! of terms ±(p/q)·√2^e·π^(h/2)·Π vᵏ), never by rewriting Unicode text:
//!
//! * `unicode`: the readable form of [`format_sym`](super::display::format_sym);
//! * `sympy`: text that SymPy's `sympify` reads back exactly (`2/(3*pi) - 1/6`,
//!   `sqrt(2/pi)`, `pi**2`, `a**3`);
//! * `mathematica`: InputForm (`2/(3*Pi) - 1/6`, `Sqrt[2/Pi]`, `Pi^2`);
//! * `latex`: math-mode LaTeX (`\frac{2}{3\pi} - \frac{1}{6}`, `\sqrt{\pi}`,
//!   subscripts `a_{3}` for symbols named `a3` or `a_3`).

use super::sym::{is_negative, Mono, Sym};
use super::Q;
use crate::error::Input;
use crate::error::{Error, Result};
use num_traits::Signed;

/// A notation for exact values (`--notation`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Notation {
    #[default]
    Unicode,
    Sympy,
    Mathematica,
    Latex,
}

/// One factor of a monomial (without the rational coefficient).
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Factor {
    Sqrt2,
    SqrtPi,
    Sqrt2OverPi,
    Sqrt2Pi,
    /// π^k, k ≥ 1.
    Pi(u32),
    /// A free symbol to a power ≥ 1.
    Var(String, u32),
}

/// Numerator and denominator factors of a monomial: √π^h·√2^e split so
/// that an odd h with √2 gives √(2/π) or √(2π) and a negative odd h
/// without √2 puts √π below.
pub(super) fn factors(m: &Mono) -> (Vec<Factor>, Vec<Factor>) {
    let (mut num, mut den) = (Vec::new(), Vec::new());
    let h = m.pi_half;
    let pi_pow = |k: i32, num: &mut Vec<Factor>, den: &mut Vec<Factor>| match k {
        k if k > 0 => num.push(Factor::Pi(k as u32)),
        k if k < 0 => den.push(Factor::Pi(k.unsigned_abs())),
        _ => {}
    };
    if h % 2 != 0 {
        if h < 0 {
            let rest = (h + 1) / 2; // ≤ 0
            if m.sqrt2 {
                num.push(Factor::Sqrt2OverPi);
                pi_pow(rest, &mut num, &mut den);
            } else {
                pi_pow(rest, &mut num, &mut den);
                den.push(Factor::SqrtPi);
            }
        } else {
            num.push(if m.sqrt2 {
                Factor::Sqrt2Pi
            } else {
                Factor::SqrtPi
            });
            pi_pow((h - 1) / 2, &mut num, &mut den);
        }
    } else {
        if m.sqrt2 {
            num.push(Factor::Sqrt2);
        }
        pi_pow(h / 2, &mut num, &mut den);
    }
    for (v, k) in &m.vars {
        num.push(Factor::Var(v.clone(), *k));
    }
    (num, den)
}

/// Names SymPy's `sympify` reads as something other than a plain symbol.
const SYMPY_RESERVED: [&str; 8] = ["E", "I", "N", "O", "Q", "S", "pi", "oo"];

fn sympy_var(v: &str) -> String {
    let plain = v.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && v.chars().skip(1).all(|c| c.is_ascii_digit())
        && !SYMPY_RESERVED.contains(&v);
    if plain {
        v.to_string()
    } else {
        format!("Symbol('{v}')")
    }
}

/// `a3`, `a_3` → (`a`, Some(`3`)); other names → (name, None).
pub(super) fn split_subscript(v: &str) -> (&str, Option<&str>) {
    if let Some((b, s)) = v.split_once('_') {
        if !b.is_empty() && !s.is_empty() {
            return (b, Some(s));
        }
    }
    let cut = v.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if cut > 0 && cut < v.len() {
        (&v[..cut], Some(&v[cut..]))
    } else {
        (v, None)
    }
}

impl Notation {
    /// Every notation, in the order of [`Notation::NAMES`].
    pub const ALL: [Notation; 4] = [
        Notation::Unicode,
        Notation::Sympy,
        Notation::Mathematica,
        Notation::Latex,
    ];

    /// The accepted names, as `--notation` lists them.
    pub const NAMES: [&'static str; 4] = ["unicode", "sympy", "mathematica", "latex"];

    /// Reads a notation name; anything else is refused naming `--notation`.
    pub fn parse(s: &str) -> Result<Notation> {
        match s.trim() {
            "unicode" => Ok(Notation::Unicode),
            "sympy" => Ok(Notation::Sympy),
            "mathematica" => Ok(Notation::Mathematica),
            "latex" => Ok(Notation::Latex),
            _ => Err(Error::input(crate::msg!(
                Input::Notation,
                " must be one of ",
                Notation::NAMES.join(", ").to_string(),
                " (got {s:?})"
            ))),
        }
    }

    fn factor(self, f: &Factor) -> String {
        use Factor::*;
        use Notation::*;
        match (self, f) {
            (Unicode, _) => unreachable!("Unicode is printed by format_sym"),
            (Sympy, Sqrt2) => "sqrt(2)".into(),
            (Sympy, SqrtPi) => "sqrt(pi)".into(),
            (Sympy, Sqrt2OverPi) => "sqrt(2/pi)".into(),
            (Sympy, Sqrt2Pi) => "sqrt(2*pi)".into(),
            (Sympy, Pi(1)) => "pi".into(),
            (Sympy, Pi(k)) => format!("pi**{k}"),
            (Sympy, Var(v, 1)) => sympy_var(v),
            (Sympy, Var(v, k)) => format!("{}**{k}", sympy_var(v)),
            (Mathematica, Sqrt2) => "Sqrt[2]".into(),
            (Mathematica, SqrtPi) => "Sqrt[Pi]".into(),
            (Mathematica, Sqrt2OverPi) => "Sqrt[2/Pi]".into(),
            (Mathematica, Sqrt2Pi) => "Sqrt[2*Pi]".into(),
            (Mathematica, Pi(1)) => "Pi".into(),
            (Mathematica, Pi(k)) => format!("Pi^{k}"),
            (Mathematica, Var(v, k)) => {
                let name = match split_subscript(v) {
                    (b, Some(s)) if v.contains('_') => format!("Subscript[{b}, {s}]"),
                    _ => v.clone(),
                };
                if *k == 1 {
                    name
                } else {
                    format!("{name}^{k}")
                }
            }
            (Latex, Sqrt2) => "\\sqrt{2}".into(),
            (Latex, SqrtPi) => "\\sqrt{\\pi}".into(),
            (Latex, Sqrt2OverPi) => "\\sqrt{2/\\pi}".into(),
            (Latex, Sqrt2Pi) => "\\sqrt{2\\pi}".into(),
            (Latex, Pi(1)) => "\\pi".into(),
            (Latex, Pi(k)) => format!("\\pi^{{{k}}}"),
            (Latex, Var(v, k)) => {
                let (b, sub) = split_subscript(v);
                let b = if b.chars().count() > 1 {
                    format!("\\mathit{{{b}}}")
                } else {
                    b.to_string()
                };
                let mut s = match sub {
                    Some(s) => format!("{b}_{{{s}}}"),
                    None => b,
                };
                if *k != 1 {
                    s = format!("{{{s}}}^{{{k}}}");
                }
                s
            }
        }
    }

    /// A product: optional integer lead, then factors. SymPy/Mathematica
    /// join with `*`; LaTeX juxtaposes (`\cdot` between two numbers).
    fn product(self, lead: Option<String>, fs: &[Factor]) -> String {
        let mut parts: Vec<String> = lead.into_iter().collect();
        parts.extend(fs.iter().map(|f| self.factor(f)));
        match self {
            Notation::Latex => parts.join(" "),
            _ => parts.join("*"),
        }
    }

    /// |c|·m in this notation (no sign).
    fn term_abs(self, c: &Q, m: &Mono) -> String {
        let (nf, df) = factors(m);
        let p = c.numer().abs().to_string();
        let q = c.denom().to_string();
        let lead = (p != "1" || nf.is_empty()).then_some(p);
        let num = self.product(lead, &nf);
        let dlead = (q != "1").then_some(q);
        let nden = df.len() + usize::from(dlead.is_some());
        if nden == 0 {
            return num;
        }
        let den = self.product(dlead, &df);
        match self {
            Notation::Latex => format!("\\frac{{{num}}}{{{den}}}"),
            _ if nden == 1 => format!("{num}/{den}"),
            _ => format!("{num}/({den})"),
        }
    }

    /// The exact value `s` in this notation: a sum of terms in the display
    /// order of the Unicode form, `0` for zero.
    pub fn format(self, s: &Sym) -> String {
        if self == Notation::Unicode {
            return super::display::format_sym(s);
        }
        let mut out = String::new();
        for (i, (m, c)) in super::display::sorted_terms(s).into_iter().enumerate() {
            let neg = is_negative(c);
            match (i, neg) {
                (0, true) => out.push('-'),
                (0, false) => {}
                (_, true) => out.push_str(" - "),
                (_, false) => out.push_str(" + "),
            }
            out.push_str(&self.term_abs(c, m));
        }
        if out.is_empty() {
            out.push('0');
        }
        out
    }
}
