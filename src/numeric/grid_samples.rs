//! The samples of a grid (x, x³, erf(x/√2), weight) for one target, computed
//! once and handed to every grid fit and MSE sum that needs them.

use super::grid::Grid;
use super::lsq::{make_samples, Sample};
use super::model::{Family, Kernel, Level};
use rug::Float;
use std::sync::Arc;

/// The grid samples of one target, computed once at `bits` and handed to
/// every fit and sum that needs them (no process-wide cache). The erf values
/// cost most, so a symmetric grid computes them for x ≥ 0 only (E is odd),
/// and a lower precision is rounded from the stored one (one more rounding of
/// a value already correct to more bits); a higher one is computed afresh.
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

    /// The samples at `bits`: the stored ones rounded when `bits` ≤ the stored precision, else computed.
    pub fn at(&self, bits: u32) -> Arc<Vec<Sample>> {
        if bits == self.bits {
            return self.samples.clone();
        }
        if bits > self.bits {
            let ctx = Kernel::new(Family::Tanh, self.target, bits);
            return Arc::new(symmetric_samples(&ctx, &self.grid));
        }
        let r = |f: &Float| Float::with_val(bits, f);
        let rounded: Vec<Sample> = self
            .samples
            .iter()
            .map(|s| Sample {
                x: r(&s.x),
                x3: r(&s.x3),
                e: r(&s.e),
                w: s.w.as_ref().map(r),
                q: s.q.as_ref().map(r),
            })
            .collect();
        Arc::new(rounded)
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

/// Samples with E(−x) = −E(x) used for mirrored points.
fn symmetric_samples(ctx: &Kernel, grid: &Grid) -> Vec<Sample> {
    let n = grid.len();
    let primary: Vec<usize> = (0..n)
        .filter(|&i| grid.mirror(i).is_none_or(|j| j > i))
        .collect();
    let computed = make_samples(ctx, primary.len(), |k| {
        (grid.point(primary[k], ctx.bits), None)
    });
    let mut out: Vec<Option<Sample>> = vec![None; n];
    for (k, s) in primary.iter().zip(computed) {
        out[*k] = Some(s);
    }
    for i in 0..n {
        if out[i].is_none() {
            let j = grid.mirror(i).unwrap_or(i);
            // w is odd (GELU, x/2) or even (Φ, ½; erf, none)
            let s = out[j].clone().map(|s| Sample {
                x: -s.x,
                x3: -s.x3,
                e: -s.e,
                w: s.w.map(|w| if ctx.level == Level::Gelu { -w } else { w }),
                q: s.q,
            });
            out[i] = s;
        }
    }
    out.into_iter().flatten().collect()
}
