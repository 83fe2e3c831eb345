//! Minimax (stub).
use super::fit::{FitResult, FitSpec};
use crate::error::{Error, Result};
/// Minimax fit.
pub fn fit_minimax(_spec: &FitSpec) -> Result<FitResult> {
    Err(Error::input("--criterion minimax is not implemented yet"))
}
