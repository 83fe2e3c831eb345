//! The samples of a grid (x, x³, erf(x/√2), weight) for one target, computed
//! once and handed to every grid fit and MSE sum that needs them.
//!
//! ```
//! use rug::Rational;
//! use taylormatch::numeric::fit::grid::Grid;
//! use taylormatch::numeric::fit::grid_samples::grid_samples;
//! use taylormatch::numeric::model::{Family, Kernel, Level};
//! let grid = Grid::points(Rational::from(-1), Rational::from(1), 5).unwrap();
//! let s = grid_samples(&Kernel::new(Family::Tanh, Level::Erf, 64), &grid, None);
//! // x ↦ −x mirrors every sample: 5 points, 3 distinct |x|
//! assert!(!s.is_empty() && s.len() <= 5);
//! ```

use crate::numeric::fit::grid::Grid;
use crate::numeric::fit::lsq::{make_samples, Sample};
use crate::numeric::model::{Family, Kernel, Level};
use rug::Float;
use std::sync::Arc;

/// The grid samples of one target, computed once at `bits` and handed to
/// every fit and sum that needs them (no process-wide cache). The samples
/// are folded (see `symmetric_samples`): a point and its mirror −x are one
/// sample of weight 2, so every sum runs over about half the grid; a lower
/// precision uses the stored samples as they are; a higher one is computed afresh.
/// The samples depend on the grid and the target only, not on the model.
#[derive(Debug, Clone)]
pub struct GridSamples {
    pub grid: Grid,
    pub target: Level,
    pub bits: u32,
    samples: Arc<Vec<Sample>>,
}

impl GridSamples {
    /// The samples of `grid` for `target` at `bits`.
    pub fn new(grid: &Grid, target: Level, bits: u32) -> GridSamples {
        let ctx = Kernel::new(Family::Tanh, target, bits);
        GridSamples {
            grid: grid.clone(),
            target,
            bits,
            samples: Arc::new(symmetric_samples(&ctx, grid)),
        }
    }

    /// The samples at `bits`: the stored ones when `bits` ≤ the stored
    /// precision (as they are: inputs more accurate than the working
    /// precision, and every operation on them rounds to it), else computed.
    pub fn at(&self, bits: u32) -> Arc<Vec<Sample>> {
        if bits <= self.bits {
            return self.samples.clone();
        }
        let ctx = Kernel::new(Family::Tanh, self.target, bits);
        Arc::new(symmetric_samples(&ctx, &self.grid))
    }

    /// The same grid's samples for `target` at the same precision, from these:
    /// x, x³ and erf(x/√2) do not depend on the target, only the weight w does
    /// (1, ½ or x/2, exact), so no erf is computed again.
    pub fn for_target(&self, target: Level) -> GridSamples {
        let ctx = Kernel::new(Family::Tanh, target, self.bits);
        let samples = self
            .samples
            .iter()
            .map(|s| Sample {
                w: ctx.weight(&s.x),
                ..s.clone()
            })
            .collect();
        GridSamples {
            grid: self.grid.clone(),
            target,
            bits: self.bits,
            samples: Arc::new(samples),
        }
    }

    /// Whether these samples serve `grid` and `target`.
    pub fn serves(&self, grid: &Grid, target: Level) -> bool {
        self.grid == *grid && self.target == target
    }
}

/// The samples of `grid` for `ctx.level` at `ctx.bits`: from `known` when it serves them, else computed.
pub fn grid_samples(ctx: &Kernel, grid: &Grid, known: Option<&GridSamples>) -> Arc<Vec<Sample>> {
    match known {
        Some(k) if k.serves(grid, ctx.level) => k.at(ctx.bits),
        _ => Arc::new(symmetric_samples(ctx, grid)),
    }
}

/// The samples of a grid folded onto its primary points: a point whose
/// mirror −x is also on the grid stands for both, with weight q = 2.
///
/// Every sum over the grid is of terms even in x: the models are odd
/// (m(−x) = −m(x), u odd in x) and e(−x) = −e(x) with ∂e(−x)/∂p = −∂e(x)/∂p
/// (erf), or e even with w odd (GELU), so e², e·∂e and ∂e∂eᵀ are even and
/// Σ over the pair = 2 × the term at x. This halves every grid sum (the
/// tanh of each point, the erf of each sample) without changing its value.
fn symmetric_samples(ctx: &Kernel, grid: &Grid) -> Vec<Sample> {
    let n = grid.len();
    let primary: Vec<(usize, bool)> = (0..n)
        .filter_map(|i| match grid.mirror(i) {
            None => Some((i, false)),
            Some(j) if j == i => Some((i, false)),
            Some(j) if j > i => Some((i, true)),
            Some(_) => None,
        })
        .collect();
    let two = Float::with_val(ctx.bits, 2);
    make_samples(ctx, primary.len(), |k| {
        let (i, paired) = primary[k];
        (grid.point(i, ctx.bits), paired.then(|| two.clone()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rug::Rational;

    #[test]
    fn gelu_samples_from_the_erf_ones_equal_those_computed_afresh() {
        let grid = Grid::points(Rational::from(-3), Rational::from(3), 601).unwrap();
        let erf = GridSamples::new(&grid, Level::Erf, 171);
        let from_erf = erf.for_target(Level::Gelu);
        let afresh = GridSamples::new(&grid, Level::Gelu, 171);
        assert!(from_erf.serves(&grid, Level::Gelu) && !from_erf.serves(&grid, Level::Erf));
        let (a, b) = (from_erf.at(171), afresh.at(171));
        assert_eq!(a.len(), b.len());
        for (s, t) in a.iter().zip(b.iter()) {
            assert_eq!(
                (&s.x, &s.x3, &s.e, &s.w, &s.q),
                (&t.x, &t.x3, &t.e, &t.w, &t.q)
            );
            // w = x/2 at the GELU level
            assert_eq!(s.w.clone().unwrap() * 2u32, s.x);
        }
    }
}
