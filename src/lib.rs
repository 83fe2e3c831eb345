//! # taylormatch
//!
//! Exact series analysis of function approximations, built around one
//! question: where does the constant 0.044715 in GELU's tanh approximation
//! ½x(1 + tanh(√(2/π)(x + 0.044715x³))) come from, and how good is it?
//!
//! Three layers (see `docs/design.md`):
//!
//! * [`coeff`] and [`series`]: truncated power series with exact
//!   coefficients, over ℚ and over ℚ[√2, √π^±1, symbols]. Floats never enter.
//! * [`numeric`]: MPFR (rug) with a precision named at every construction;
//!   exact values cross into it in one place.
//! * [`report`]: documents, tables and one renderer per output format.
//!
//! The common jobs are one call each in [`jobs`], and one import away in
//! [`prelude`]:
//!
//! ```
//! use taylormatch::prelude::*;
//!
//! // The series of a named function (typed names): tanh(x) = x − x³/3 + 2x⁵/15 − …
//! let tanh = series(Function::Tanh, 8)?;
//! assert_eq!(tanh.coeff(3).unwrap().to_string(), "-1/3");
//!
//! // … or of any expression in x (free names stay symbolic)
//! let quick_gelu = expression_series("x*sigmoid(1.702*x)", 4)?;
//! assert_eq!(quick_gelu.coeff(2).unwrap().to_string(), "851/2000");
//!
//! // The matched constant: tanh(√(2/π)(x + a x³)) = erf(x/√2) + O(x⁵) for
//! let a = analytic_a();
//! assert_eq!(a.to_string(), "2/(3π) - 1/6");
//! // … which derive finds for any model and target, order by order
//! let m = match_constants("tanh(c1*x + c3*x^3)", "erf(x/sqrt(2))", &["c1", "c3"])?;
//! assert_eq!(m.values[0].1.to_string(), "√(2/π)");
//!
//! // A fit: the minimax a against erf(x/√2) on ℝ, 12 digits certified
//! let r = fit(Family::Tanh, Level::Erf, Criterion::Minimax, 12)?;
//! assert_eq!(r.param_decimal(0), "0.0447149112276");
//!
//! // A certified bound: max over ℝ of |tanh(√(2/π)(x + 0.044715x³)) − erf(x/√2)|
//! let b = bound(Family::Tanh, parse_exact("0.044715")?, Level::Erf)?;
//! let digits = |f, up| taylormatch::numeric::interval::outward::float_directed(f, 9, up);
//! assert_eq!((digits(&b.lo, false), digits(&b.hi, true)), ("0.000357865167".into(), "0.000357865168".into()));
//! # Ok::<(), taylormatch::Error>(())
//! ```
//!
//! The command-line program is the default feature `cli` (clap, completions,
//! progress bars, Ctrl-C cleanup); `default-features = false` builds the
//! library without those dependencies.

#[cfg(feature = "cli")]
pub mod cli;
pub mod coeff;
pub mod commands;
pub mod error;
pub mod expr;
pub mod functions;
#[cfg(feature = "cli")]
pub mod help;
pub mod jobs;
pub mod matching;
pub mod numeric;
pub mod output;
pub mod parallel;
pub mod prelude;
pub mod progress;
pub mod report;
pub mod series;

pub use error::{Error, Result};
