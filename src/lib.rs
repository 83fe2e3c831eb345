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
//! The common jobs are one import away in [`prelude`] (series of a named
//! function, the matched constants, exact values in SymPy/Mathematica/LaTeX
//! notation, the report).
//!
//! ```
//! use taylormatch::functions::named_series;
//! use taylormatch::functions::Params;
//! let s = named_series("tanh", 8, &Params::default()).unwrap();
//! assert_eq!(s.coeff(3).unwrap().to_string(), "-1/3");
//! ```

pub mod cli;
pub mod coeff;
pub mod commands;
pub mod error;
pub mod expr;
pub mod functions;
pub mod help;
pub mod matching;
pub mod numeric;
pub mod output;
pub mod parallel;
pub mod prelude;
pub mod progress;
pub mod report;
pub mod series;

pub use error::{Error, Result};
