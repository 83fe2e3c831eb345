//! One tree walk for every numeric evaluation of an [`Expr`].
//!
//! An expression is first compiled ([`Compiled`]): its exact rational literals
//! become `rug::Rational`s and its parameters indices into a list of names.
//! A [`Domain`] says what a value is (an MPFR point, an interval, an interval
//! jet, a hyper-dual) and how each operation acts on it; [`Compiled::eval`]
//! walks the tree once in that domain. The four evaluations therefore read the
//! same formula and cannot drift apart.
//!
//! ```
//! use rug::Float;
//! use taylormatch::expr::parse;
//! use taylormatch::numeric::model::eval::Compiled;
//! use taylormatch::numeric::model::point::PointDomain;
//! let c = Compiled::new(&parse("a*x^2 + 1").unwrap(), &["a".into()]).unwrap();
//! let at = PointDomain { bits: 64, x: Float::with_val(64, 3), params: vec![Float::with_val(64, 2)] };
//! assert_eq!(c.eval(&at).unwrap(), 19);
//! ```

use crate::coeff::Q;
use crate::error::{Error, Result};
use crate::expr::{Expr, Func};
use crate::numeric::convert::q_to_rug;
use rug::Rational;

/// Why a value could not be computed: the point or box leaves the domain of an
/// operation (log of a value ≤ 0, a divisor that may be 0, …).
#[derive(Debug, Clone, PartialEq)]
pub struct Undefined(pub String);

/// Result of one evaluation.
pub type EvalResult<T> = std::result::Result<T, Undefined>;

/// What a value is and how the operations of an expression act on it.
pub trait Domain {
    /// A value of the domain.
    type V: Clone;
    /// An exact rational constant.
    fn num(&self, q: &Rational) -> Self::V;
    /// π.
    fn pi(&self) -> Self::V;
    /// The variable x.
    fn x(&self) -> Self::V;
    /// Parameter number `i` (an index into the compiled parameter list).
    fn param(&self, i: usize) -> Self::V;
    /// −a.
    fn neg(&self, a: &Self::V) -> Self::V;
    /// a + b.
    fn add(&self, a: &Self::V, b: &Self::V) -> Self::V;
    /// a − b.
    fn sub(&self, a: &Self::V, b: &Self::V) -> Self::V;
    /// a · b.
    fn mul(&self, a: &Self::V, b: &Self::V) -> Self::V;
    /// a / b.
    fn div(&self, a: &Self::V, b: &Self::V) -> EvalResult<Self::V>;
    /// a^q for an exact rational q.
    fn pow(&self, a: &Self::V, q: &Rational) -> EvalResult<Self::V>;
    /// f(a).
    fn call(&self, f: Func, a: &Self::V) -> EvalResult<Self::V>;
}

/// An expression tree with rug constants and indexed parameters.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Num(Rational),
    Pi,
    X,
    Param(usize),
    Neg(Box<Node>),
    Add(Box<Node>, Box<Node>),
    Sub(Box<Node>, Box<Node>),
    Mul(Box<Node>, Box<Node>),
    Div(Box<Node>, Box<Node>),
    Pow(Box<Node>, Rational),
    Call(Func, Box<Node>),
}

/// An expression ready for numeric evaluation, its parameters in a fixed order.
#[derive(Debug, Clone, PartialEq)]
pub struct Compiled {
    pub node: Node,
    /// The parameter names; `Node::Param(i)` is `params[i]`.
    pub params: Vec<String>,
}

fn q(q: &Q) -> Rational {
    q_to_rug(q)
}

impl Compiled {
    /// Compiles `e` with the parameters `params` (every parameter of `e` must be listed).
    pub fn new(e: &Expr, params: &[String]) -> Result<Compiled> {
        Ok(Compiled {
            node: Self::node(e, params)?,
            params: params.to_vec(),
        })
    }

    fn node(e: &Expr, ps: &[String]) -> Result<Node> {
        let b = |a: &Expr| Self::node(a, ps).map(Box::new);
        Ok(match e {
            Expr::Num(v) => Node::Num(q(v)),
            Expr::Pi => Node::Pi,
            Expr::X => Node::X,
            Expr::Param(p) => match ps.iter().position(|n| n == p) {
                Some(i) => Node::Param(i),
                None => {
                    return Err(Error::input(format!(
                        "parameter {p} has no value (give it, e.g. {p}=0.5)"
                    )))
                }
            },
            Expr::Neg(a) => Node::Neg(b(a)?),
            Expr::Add(a, c) => Node::Add(b(a)?, b(c)?),
            Expr::Sub(a, c) => Node::Sub(b(a)?, b(c)?),
            // e·e as e² (one enclosure, not the product of two independent ones)
            Expr::Mul(a, c) if a == c => Node::Pow(b(a)?, Rational::from(2)),
            Expr::Mul(a, c) => Node::Mul(b(a)?, b(c)?),
            Expr::Div(a, c) => Node::Div(b(a)?, b(c)?),
            Expr::Pow(a, e) => Node::Pow(b(a)?, q(e)),
            Expr::Call(f, a) => Node::Call(*f, b(a)?),
        })
    }

    /// The value of the expression in domain `d`.
    pub fn eval<D: Domain>(&self, d: &D) -> EvalResult<D::V> {
        walk(&self.node, d)
    }
}

fn walk<D: Domain>(n: &Node, d: &D) -> EvalResult<D::V> {
    Ok(match n {
        Node::Num(v) => d.num(v),
        Node::Pi => d.pi(),
        Node::X => d.x(),
        Node::Param(i) => d.param(*i),
        Node::Neg(a) => d.neg(&walk(a, d)?),
        Node::Add(a, b) => d.add(&walk(a, d)?, &walk(b, d)?),
        Node::Sub(a, b) => d.sub(&walk(a, d)?, &walk(b, d)?),
        Node::Mul(a, b) => d.mul(&walk(a, d)?, &walk(b, d)?),
        Node::Div(a, b) => d.div(&walk(a, d)?, &walk(b, d)?)?,
        Node::Pow(a, q) => d.pow(&walk(a, d)?, q)?,
        Node::Call(f, a) => d.call(*f, &walk(a, d)?)?,
    })
}

/// "f(v) is undefined" with the function's name.
pub fn undefined(f: impl std::fmt::Display + Copy, why: &str) -> Undefined {
    Undefined(format!("{f} is undefined here ({why})"))
}
