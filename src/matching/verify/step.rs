//! A step of a `verify` argument as it is recorded and shown: its number,
//! title, explanation, values (exact form and decimal) and whether it holds,
//! with the constructors of its value cells shared by every `verify` route.

use crate::coeff::Sym;
use crate::numeric::Enclose;

/// A value shown in a step: exact form and (when free of symbols) decimal.
#[derive(Debug, Clone, PartialEq)]
pub struct StepValue {
    pub key: String,
    pub label: String,
    pub exact: String,
    pub decimal: Option<String>,
    /// The exact value itself when there is one (`exact` is then its
    /// Unicode form): documents print it from its structure.
    pub sym: Option<Sym>,
}

/// One step of the argument.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub number: u32,
    pub title: String,
    /// What was computed and what the check is, in words.
    pub explanation: String,
    pub values: Vec<StepValue>,
    pub holds: bool,
}

/// A step value with its exact form and its decimal at `digits`.
pub(in crate::matching) fn val(key: &str, label: &str, v: &Sym, digits: u32) -> StepValue {
    StepValue {
        key: key.into(),
        label: label.into(),
        exact: v.to_string(),
        decimal: v.decimal(digits),
        sym: Some(v.clone()),
    }
}

/// A step value that is text only (no decimal).
pub(in crate::matching) fn text(key: &str, label: &str, exact: impl Into<String>) -> StepValue {
    StepValue {
        key: key.into(),
        label: label.into(),
        exact: exact.into(),
        decimal: None,
        sym: None,
    }
}

/// Subscript digits: 5 → "₅".
pub(in crate::matching) fn subscript(n: usize) -> String {
    n.to_string()
        .chars()
        .map(|c| char::from_u32(0x2080 + (c as u32 - '0' as u32)).unwrap_or(c))
        .collect()
}
