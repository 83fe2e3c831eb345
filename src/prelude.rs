//! The common jobs in one import: `use taylormatch::prelude::*;`.
//!
//! * the series of a named function or an expression: [`series`] with a
//!   [`Function`] (typed names), [`series_with`] with [`Params`],
//!   [`expression_series`] for any expression in x;
//! * the matched constants: [`analytic_a`] (a = 2/(3π) − 1/6), [`matched_k`],
//!   the whole matched inner series [`matched_series`], and
//!   [`match_constants`] for any model, target and unknowns;
//! * a fit: [`fit`] of a [`Family`] at a [`Level`] under a [`Criterion`];
//! * a certified bound: [`bound`] of a [`Family`] with its constant at a [`Level`];
//! * exact values: [`Sym`], read with [`parse_exact`], printed for SymPy,
//!   Mathematica or LaTeX with [`Notation`];
//! * documents: the derivation report ([`build_report`]) rendered by [`render()`].
//!
//! ```
//! use taylormatch::prelude::*;
//! // the matched x³ constant, exactly, and for SymPy
//! let a = analytic_a();
//! assert_eq!(a.to_string(), "2/(3π) - 1/6");
//! assert_eq!(Notation::Sympy.format(&a), "2/(3*pi) - 1/6");
//! // the series of a named function
//! let s = series(Function::Tanh, 8).unwrap();
//! assert_eq!(s.coeff(5).unwrap().to_string(), "2/15");
//! // p(x) with tanh(√(2/π)·p(x)) = erf(x/√2): its x³ coefficient is a
//! let p = matched_series(Outer::Tanh, 6);
//! assert_eq!(p.coeff(3).unwrap(), &a);
//! ```

pub use crate::coeff::{parse_exact, Notation, Sym, Q};
pub use crate::commands::report::{build as build_report, ReportOptions};
pub use crate::error::{Error, Input, Result};
pub use crate::functions::{analytic_a, matched_k, named_series, Params};
pub use crate::jobs::{
    bound, expression_series, fit, match_constants, series, series_with, BoundResult, Criterion,
    Family, FitResult, Function, Level, Matched,
};
pub use crate::matching::{matched_series, Outer};
pub use crate::report::{render, Document, Format};
pub use crate::series::Series;
