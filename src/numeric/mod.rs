//! Numeric layer: MPFR (rug) at a precision named at every construction.
//!
//! Exact values cross into this layer in one place, [`exact`]: a [`Sym`](crate::coeff::Sym)
//! is enclosed at stated bits or rounded once to a decimal ([`Enclose`]). No `f64` here,
//! except in the clearly labelled float64 reproduction.
//!
//! Where things are:
//!
//! * [`model`]: the one model (approximation and target as expressions, the
//!   named families as shorthands) and its evaluations: points, intervals,
//!   jets, parameter derivatives, and the closed-form strategies
//!   ([`model::Kernel`], [`model::JetKernel`]); the expression fits and bounds.
//! * [`fit`]: the fits of the named families, one entry point [`fit::fit`]:
//!   grid least squares ([`fit::gridfit`], [`fit::lsq`], [`fit::grid`],
//!   [`fit::grid_samples`], [`fit::erf_table`]), L2 ([`fit::l2fit`], [`fit::l2_value`],
//!   [`fit::quadrature`]), minimax ([`fit::minimax`], [`fit::extrema`],
//!   [`fit::track`], [`fit::dense`], and [`fit::remez`] for two parameters),
//!   the standard set ([`fit::fit_set`]),
//!   the float64 reproduction of SciPy ([`fit::float64`]).
//! * [`bound`]: certified enclosures of max |error| ([`bound::max_error`],
//!   branch and bound in [`bound::bnb`], the result type [`bound::BoundResult`])
//!   and of the series residual θ ([`bound::residual`]).
//! * [`interval`]: MPFR interval arithmetic with outward rounding
//!   ([`interval::enclose`], [`interval::outward`]) and interval Taylor jets
//!   ([`interval::jet`]).
//! * [`catalogue`]: published approximations and the check of their claims.
//! * Primitives: [`exact`] (exact values into MPFR), [`decimal`] (correctly
//!   rounded decimals), [`convert`], [`stable`] (values with certified digits).
//!
//! ```
//! use taylormatch::coeff::parse_exact;
//! use taylormatch::numeric::Enclose;
//! // a = 2/(3π) − 1/6 rounded once, correctly, to 10 significant digits
//! let a = parse_exact("2/(3*pi) - 1/6").unwrap();
//! assert_eq!(a.decimal(10).as_deref(), Some("0.04553992412"));
//! ```

pub mod bound;
pub mod catalogue;
pub mod convert;
pub mod decimal;
pub mod exact;
pub mod fit;
pub mod interval;
pub mod model;
pub mod stable;

pub use exact::Enclose;

/// Binary precision (bits) that carries `digits` significant decimal digits,
/// with `guard` extra bits.
pub fn bits_for_digits(digits: u32, guard: u32) -> u32 {
    // log2(10) = 3.3219...; 3.33 is an upper bound
    ((digits as u64 * 333).div_ceil(100) as u32).saturating_add(guard)
}
