//! The standard fits of the GELU family, computed once and passed on:
//! {tanh, sigmoid} × {grid, L2, minimax} × {erf, GELU} at one digit count,
//! with the published grid's samples (both targets) that the grid fits and
//! the MSE sums share. `compare` and `report` read the same set.
//!
//! ```
//! use taylormatch::numeric::fit::Criterion;
//! use taylormatch::numeric::fit::fit_set::FitSet;
//! use taylormatch::numeric::model::{Family, Level};
//! let fits = FitSet::compute(4).unwrap();
//! // the grid fit is the published least-squares problem (SciPy printed 0.04485),
//! // the minimax one 0.0447149112276… on ℝ
//! let grid = fits.get(Family::Tanh, Criterion::Grid, Level::Erf).unwrap();
//! let minimax = fits.get(Family::Tanh, Criterion::Minimax, Level::Erf).unwrap();
//! assert_eq!((grid.param_decimal(0), minimax.param_decimal(0)), ("0.04485".into(), "0.04471".into()));
//! ```

use crate::error::{Error, Result};
use crate::numeric::fit::grid::Grid;
use crate::numeric::fit::gridfit::{fit_grid, grid_bits, GridSamples};
use crate::numeric::fit::{fit, Criterion, FitResult, FitSpec};
use crate::numeric::model::{Family, Level};
use crate::parallel::map_ranges_min;

/// The one-parameter models of the standard set.
pub const MODELS: [Family; 2] = [Family::Tanh, Family::Sigmoid];
/// The criteria of the standard set.
pub const CRITERIA: [Criterion; 3] = [Criterion::Grid, Criterion::L2, Criterion::Minimax];
/// The targets of the standard set.
pub const TARGETS: [Level; 2] = [Level::Erf, Level::Gelu];

/// The twelve standard fits at `digits` digits, and the published grid's samples.
#[derive(Debug, Clone)]
pub struct FitSet {
    pub digits: u32,
    fits: Vec<FitResult>,
    /// The published grid's samples for erf and GELU, at the precision a `digits`-digit sum needs.
    pub samples: [GridSamples; 2],
}

impl FitSet {
    /// Solves the twelve fits (in parallel), sharing the grid samples.
    pub fn compute(digits: u32) -> Result<FitSet> {
        Self::compute_with(digits, Self::grid_samples(digits))
    }

    /// The published grid's samples (erf, GELU) the set at `digits` uses:
    /// computed once, they can be handed to other work before the fits start.
    pub fn grid_samples(digits: u32) -> [GridSamples; 2] {
        let grid = Grid::published();
        let top = grid_bits(digits, grid.len()) + 32;
        // one erf per grid point: the GELU samples differ only in their weight
        let erf = GridSamples::new(&grid, Level::Erf, top);
        let gelu = erf.for_target(Level::Gelu);
        [erf, gelu]
    }

    /// [`FitSet::compute`] from the samples of [`FitSet::grid_samples`]`(digits)`.
    pub fn compute_with(digits: u32, samples: [GridSamples; 2]) -> Result<FitSet> {
        let specs = Self::specs(digits);
        let fits = map_ranges_min(specs.len(), 2, |range| {
            range
                .map(|i| {
                    let s = &specs[i];
                    match s.criterion {
                        Criterion::Grid => fit_grid(s, Some(Self::pick(&samples, s.target))),
                        _ => fit(s),
                    }
                })
                .collect::<Vec<_>>()
        })
        .into_iter()
        .flatten()
        .collect::<Result<Vec<_>>>()?;
        Ok(FitSet {
            digits,
            fits,
            samples,
        })
    }

    fn specs(digits: u32) -> Vec<FitSpec> {
        let mut specs = Vec::new();
        for model in MODELS {
            for crit in CRITERIA {
                for target in TARGETS {
                    specs.push(FitSpec::new(model, target, crit, digits));
                }
            }
        }
        specs
    }

    fn pick(samples: &[GridSamples; 2], target: Level) -> &GridSamples {
        // Φ has no stored samples: the erf ones, which `serves` refuses for Φ (computed afresh)
        match target {
            Level::Erf | Level::Phi => &samples[0],
            Level::Gelu => &samples[1],
        }
    }

    /// The published grid's samples of `target`.
    pub fn samples(&self, target: Level) -> &GridSamples {
        Self::pick(&self.samples, target)
    }

    /// The fit of `model` to `target` under `crit` (published grid, or ℝ).
    pub fn get(&self, model: Family, crit: Criterion, target: Level) -> Result<&FitResult> {
        self.fits
            .iter()
            .find(|r| r.spec.model == model && r.spec.criterion == crit && r.spec.target == target)
            .ok_or_else(|| {
                Error::input(format!(
                    "{} is not in the standard fits (tanh and sigmoid only)",
                    model.name()
                ))
            })
    }
}
