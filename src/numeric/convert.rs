//! Conversions between num-bigint/num-rational and rug, re-exported from the
//! exact layer ([`crate::coeff::gmp`]) where they live.
//!
//! ```
//! use num_rational::BigRational;
//! use taylormatch::numeric::convert::{q_from_rug, q_to_rug};
//! let q = BigRational::new(2.into(), 6.into());
//! assert_eq!(q_to_rug(&q), rug::Rational::from((1, 3)));
//! assert_eq!(q_from_rug(&q_to_rug(&q)), q);
//! ```

pub use crate::coeff::gmp::*;
