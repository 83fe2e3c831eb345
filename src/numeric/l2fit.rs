//! Continuous least squares (stub).
use super::fit::{FitResult, FitSpec};
use crate::error::{Error, Result};
/// L2 fit.
pub fn fit_l2(_spec: &FitSpec) -> Result<FitResult> {
    Err(Error::input("--criterion l2 is not implemented yet"))
}
