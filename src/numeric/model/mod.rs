//! The numeric side of expressions: one [`Model`] (approximation and target
//! as [`Expr`](crate::expr::Expr)s) evaluated as an MPFR point, an MPFR
//! interval, an interval Taylor jet or a hyper-dual in its parameters, all
//! through one tree walk ([`eval::Compiled::eval`]) in different [`eval::Domain`]s.
//!
//! ```
//! use taylormatch::numeric::model::{Family, Level, Model};
//! use rug::{Float, Rational};
//! let m = Model::family(Family::Tanh, Level::Erf);
//! let e = m.at(128, &[Rational::from((44715, 1_000_000))], false).unwrap();
//! let x = Float::with_val(128, 1);
//! let v = e.point(&x).unwrap();
//! let iv = e.interval(&taylormatch::numeric::interval::Interval::point(128, &x)).unwrap();
//! assert!(iv.contains(&v));
//! ```

pub mod bound;
pub mod dual;
pub mod eval;
mod family;
pub mod fit;
pub mod ifuncs;
pub mod ifuncs_eval;
pub mod jet_eval;
pub mod jet_kernel;
pub mod jfuncs;
pub mod kernel;
pub mod l2;
mod pair;
pub mod point;
pub mod tail;

pub use dual::Dual2;
pub use eval::{Compiled, Undefined};
pub use family::{Family, Level};
pub use jet_kernel::JetKernel;
pub use kernel::{ErrorDerivs, Kernel};
pub use pair::{Model, ModelEval};
