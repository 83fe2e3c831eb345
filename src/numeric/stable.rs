//! A computed value with the number of its significant digits that are
//! certified stable: numeric results stay `rug::Float`s until rendering.
//!
//! ```
//! use rug::Float;
//! use taylormatch::numeric::stable::Stable;
//! let s = Stable::new(Float::with_val(64, 1) / 3u32, 5);
//! assert_eq!(s.decimal(), "0.33333");
//! assert_eq!(s.rounded(2), "0.33");
//! ```

use crate::numeric::decimal::{float_to_string, round_rational};
use rug::Float;
use std::fmt;

/// `value` (at its working precision) whose first `digits` significant
/// decimal digits are stable between two working precisions.
#[derive(Debug, Clone, PartialEq)]
pub struct Stable {
    /// The value at the higher working precision.
    pub value: Float,
    /// How many significant digits of `value` are certified.
    pub digits: u32,
}

impl Stable {
    /// `value` with `digits` certified digits.
    pub fn new(value: Float, digits: u32) -> Stable {
        Stable { value, digits }
    }

    /// The correctly rounded decimal of `value` to the certified digits.
    pub fn decimal(&self) -> String {
        float_to_string(&self.value, self.digits)
    }

    /// `value` rounded to `d` significant digits (exact rounding of the
    /// float's value; `d` should not exceed `digits`).
    pub fn rounded(&self, d: u32) -> String {
        self.value
            .to_rational()
            .map(|q| round_rational(&q, d).to_string_g())
            .unwrap_or_default()
    }
}

impl fmt::Display for Stable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.decimal())
    }
}
