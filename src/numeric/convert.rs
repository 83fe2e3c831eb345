//! Conversions between num-bigint/num-rational and rug, re-exported from the
//! exact layer ([`crate::coeff::gmp`]) where they live.

pub use crate::coeff::gmp::*;
