//! Expressions a user types: `tanh(sqrt(2/pi)*(x + a*x^3))`, `x*sigmoid(1.702*x)`.
//!
//! One parser reads every formula and every numeric flag of the tool (the
//! number grammar is part of it). An [`Expr`] is the single model of a
//! formula: the exact layer expands it as a series, the numeric layer
//! evaluates it as an MPFR point, interval or jet.
//!
//! * `x` is the series variable; any other identifier is a parameter (a free
//!   symbol, symbolic until given a value); `pi`/`π` is π.
//! * Numbers are exact rationals: `0.044715` = 44715/10⁶, `1.7e-3`, `2/3`.

mod ast;

pub use ast::{Expr, Func};
