//! Numeric layer: MPFR (rug) at a precision named at every construction.
//!
//! Exact values cross into this layer in one place, [`exact`]: a [`Sym`](crate::coeff::Sym)
//! is enclosed at stated bits or rounded once to a decimal ([`Enclose`]). No `f64` here,
//! except in the clearly labelled float64 reproduction.

pub mod bnb;
pub mod bound;
pub mod catalogue;
pub mod convert;
pub mod decimal;
pub mod enclose;
pub mod erf_table;
pub mod exact;
pub mod extrema;
pub mod fit;
pub mod fit_set;
pub mod float64;
pub mod grid;
pub mod grid_samples;
pub mod gridfit;
pub mod interval;
pub mod jet;
pub mod l2fit;
pub mod lsq;
pub mod max_error;
pub mod minimax;
pub mod model;
pub mod outward;
pub mod quadrature;
pub mod remez;
pub mod residual;
pub mod stable;
pub mod tanh_run;

pub use exact::Enclose;

/// Binary precision (bits) that carries `digits` significant decimal digits,
/// with `guard` extra bits.
pub fn bits_for_digits(digits: u32, guard: u32) -> u32 {
    // log2(10) = 3.3219...; 3.33 is an upper bound
    ((digits as u64 * 333).div_ceil(100) as u32).saturating_add(guard)
}
