//! The expression tree.

use crate::coeff::Q;
use std::fmt;

/// A parsed expression. Numbers are exact; `sqrt(e)` is `Pow(e, 1/2)`.
/// Trees can be built with the operators: `Expr::X * Expr::Param("a".into())`.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// An exact rational literal (`0.044715` = 44715/10⁶, `1.7e-3`, `2`).
    Num(Q),
    /// π.
    Pi,
    /// The series variable x.
    X,
    /// A parameter: a free symbol, symbolic until given a value.
    Param(String),
    /// −e.
    Neg(Box<Expr>),
    /// e₁ + e₂.
    Add(Box<Expr>, Box<Expr>),
    /// e₁ − e₂.
    Sub(Box<Expr>, Box<Expr>),
    /// e₁ · e₂.
    Mul(Box<Expr>, Box<Expr>),
    /// e₁ / e₂.
    Div(Box<Expr>, Box<Expr>),
    /// e^q with an exact rational exponent (an integer, or a half-integer as
    /// in `sqrt(e)` = e^(1/2)).
    Pow(Box<Expr>, Q),
    /// A function of one argument.
    Call(Func, Box<Expr>),
}

/// The functions an expression may call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Func {
    Exp,
    Log,
    Sin,
    Cos,
    Tan,
    Atan,
    Sinh,
    Cosh,
    Tanh,
    Artanh,
    Asinh,
    Erf,
    Erfc,
    /// The standard normal CDF Φ(x) = ½(1 + erf(x/√2)).
    Phi,
    /// σ(x) = 1/(1 + e⁻ˣ).
    Sigmoid,
    /// log(1 + eˣ).
    Softplus,
    /// x·Φ(x).
    Gelu,
}

impl Func {
    /// Every function, with the names the parser accepts (first = canonical).
    pub const ALL: &'static [(Func, &'static [&'static str])] = &[
        (Func::Exp, &["exp"]),
        (Func::Log, &["log", "ln"]),
        (Func::Sin, &["sin"]),
        (Func::Cos, &["cos"]),
        (Func::Tan, &["tan"]),
        (Func::Atan, &["atan", "arctan"]),
        (Func::Sinh, &["sinh"]),
        (Func::Cosh, &["cosh"]),
        (Func::Tanh, &["tanh"]),
        (Func::Artanh, &["artanh", "atanh", "arctanh"]),
        (Func::Asinh, &["asinh", "arsinh", "arcsinh"]),
        (Func::Erf, &["erf"]),
        (Func::Erfc, &["erfc"]),
        (Func::Phi, &["Phi", "phi", "Φ"]),
        (Func::Sigmoid, &["sigmoid", "σ"]),
        (Func::Softplus, &["softplus"]),
        (Func::Gelu, &["gelu", "GELU"]),
    ];

    /// The canonical name (`artanh`, `Phi`).
    pub fn name(self) -> &'static str {
        Func::ALL
            .iter()
            .find(|(f, _)| *f == self)
            .map(|(_, n)| n[0])
            .unwrap_or("?")
    }

    /// The function a name denotes, if any (`atanh` → `Artanh`).
    pub fn from_name(name: &str) -> Option<Func> {
        Func::ALL
            .iter()
            .find(|(_, ns)| ns.contains(&name))
            .map(|(f, _)| *f)
    }
}

impl fmt::Display for Func {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Expr {
    /// e^q.
    pub fn pow(a: Expr, q: Q) -> Expr {
        Expr::Pow(Box::new(a), q)
    }
    /// f(e).
    pub fn call(f: Func, a: Expr) -> Expr {
        Expr::Call(f, Box::new(a))
    }

    /// The parameters (free symbols other than x) in order of first appearance.
    pub fn params(&self) -> Vec<String> {
        let mut out = Vec::new();
        self.visit(&mut |e| {
            if let Expr::Param(p) = e {
                if !out.contains(p) {
                    out.push(p.clone());
                }
            }
        });
        out
    }

    /// True when x occurs.
    pub fn has_x(&self) -> bool {
        let mut found = false;
        self.visit(&mut |e| found |= matches!(e, Expr::X));
        found
    }

    /// Calls `f` on every node, parents before children.
    pub fn visit(&self, f: &mut impl FnMut(&Expr)) {
        f(self);
        match self {
            Expr::Num(_) | Expr::Pi | Expr::X | Expr::Param(_) => {}
            Expr::Neg(a) | Expr::Pow(a, _) | Expr::Call(_, a) => a.visit(f),
            Expr::Add(a, b) | Expr::Sub(a, b) | Expr::Mul(a, b) | Expr::Div(a, b) => {
                a.visit(f);
                b.visit(f);
            }
        }
    }

    /// Replaces parameter `name` by `value` everywhere.
    pub fn subst(&self, name: &str, value: &Expr) -> Expr {
        let r = |e: &Expr| Box::new(e.subst(name, value));
        match self {
            Expr::Param(p) if p == name => value.clone(),
            Expr::Num(_) | Expr::Pi | Expr::X | Expr::Param(_) => self.clone(),
            Expr::Neg(a) => Expr::Neg(r(a)),
            Expr::Add(a, b) => Expr::Add(r(a), r(b)),
            Expr::Sub(a, b) => Expr::Sub(r(a), r(b)),
            Expr::Mul(a, b) => Expr::Mul(r(a), r(b)),
            Expr::Div(a, b) => Expr::Div(r(a), r(b)),
            Expr::Pow(a, q) => Expr::Pow(r(a), q.clone()),
            Expr::Call(g, a) => Expr::Call(*g, r(a)),
        }
    }
}

macro_rules! binop {
    ($tr:ident, $m:ident, $v:ident) => {
        impl std::ops::$tr for Expr {
            type Output = Expr;
            fn $m(self, o: Expr) -> Expr {
                Expr::$v(Box::new(self), Box::new(o))
            }
        }
    };
}
binop!(Add, add, Add);
binop!(Sub, sub, Sub);
binop!(Mul, mul, Mul);
binop!(Div, div, Div);

impl std::ops::Neg for Expr {
    type Output = Expr;
    fn neg(self) -> Expr {
        Expr::Neg(Box::new(self))
    }
}

/// Whether `e` prints ending in a bare integer exponent (`…^2`): a power
/// other than a square root, or a product, quotient or negation whose last
/// printed operand is one (those print it without parentheses).
fn ends_with_bare_power(e: &Expr) -> bool {
    match e {
        Expr::Pow(_, q) => {
            *q != Q::new(1.into(), 2.into()) && q.is_integer() && q >= &Q::from_integer(0.into())
        }
        Expr::Mul(_, b) | Expr::Div(_, b) => ends_with_bare_power(b),
        Expr::Neg(a) => ends_with_bare_power(a),
        _ => false,
    }
}

/// Whether `e`, printed as the right operand of `/`, starts with a digit: a
/// non-negative integer, or a power of one (fractions and negative numbers
/// print in parentheses there).
fn starts_with_digit(e: &Expr) -> bool {
    let digit = |q: &Q| q.is_integer() && q >= &Q::from_integer(0.into());
    match e {
        Expr::Num(q) => digit(q),
        Expr::Pow(a, q) => {
            *q != Q::new(1.into(), 2.into()) && matches!(&**a, Expr::Num(v) if digit(v))
        }
        _ => false,
    }
}

/// Precedence levels for printing with the fewest parentheses.
fn prec(e: &Expr) -> u8 {
    match e {
        Expr::Add(..) | Expr::Sub(..) => 1,
        Expr::Mul(..) | Expr::Div(..) => 2,
        Expr::Neg(_) => 3,
        Expr::Pow(..) => 4,
        Expr::Num(q) if !q.is_integer() || q < &Q::from_integer(0.into()) => 2,
        _ => 5,
    }
}

impl fmt::Display for Expr {
    /// Prints in the parser's own syntax, so that the text reads back to the same tree
    /// up to the grouping of sums and products.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let paren = |f: &mut fmt::Formatter<'_>, e: &Expr, min: u8| -> fmt::Result {
            if prec(e) < min {
                write!(f, "({e})")
            } else {
                write!(f, "{e}")
            }
        };
        // a op b, each side bracketed below its precedence
        let infix =
            |f: &mut fmt::Formatter<'_>, a: &Expr, op: &str, b: &Expr, (pa, pb): (u8, u8)| {
                paren(f, a, pa)?;
                f.write_str(op)?;
                paren(f, b, pb)
            };
        match self {
            Expr::Num(q) => write!(f, "{q}"),
            Expr::Pi => f.write_str("pi"),
            Expr::X => f.write_str("x"),
            Expr::Param(p) => f.write_str(p),
            Expr::Neg(a) => {
                f.write_str("-")?;
                paren(f, a, 3)
            }
            Expr::Add(a, b) => infix(f, a, " + ", b, (1, 2)),
            Expr::Sub(a, b) => infix(f, a, " - ", b, (1, 2)),
            Expr::Mul(a, b) => infix(f, a, "*", b, (2, 3)),
            Expr::Div(a, b) => {
                // `(x^2)/3` and `(0/0^2)/3`: the parser refuses a bare
                // exponent followed by `/` and a number as ambiguous
                let caret = ends_with_bare_power(a) && starts_with_digit(b);
                infix(f, a, "/", b, (if caret { 5 } else { 2 }, 3))
            }
            Expr::Pow(a, q) if *q == Q::new(1.into(), 2.into()) => write!(f, "sqrt({a})"),
            Expr::Pow(a, q) => {
                paren(f, a, 5)?;
                if q.is_integer() && q >= &Q::from_integer(0.into()) {
                    write!(f, "^{q}")
                } else {
                    write!(f, "^({q})")
                }
            }
            Expr::Call(g, a) => write!(f, "{g}({a})"),
        }
    }
}
