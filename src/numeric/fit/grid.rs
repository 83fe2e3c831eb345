//! Sample grids for least squares, kept exact (rational points) until one
//! rounding to the working precision.
//!
//! ```
//! use taylormatch::numeric::fit::grid::Grid;
//! // the published grid −10, −9.999, …, 9.999: 20 000 exact points
//! let g = Grid::published();
//! assert_eq!(g.len(), 20_000);
//! assert_eq!(g.point_exact(1), rug::Rational::from((-9999, 1000)));
//! ```

use crate::error::Input;
use crate::error::{Error, Result};
use rug::{Float, Rational};

/// Largest number of grid points accepted.
pub const MAX_POINTS: usize = 10_000_000;

/// A finite list of sample points.
#[derive(Debug, Clone, PartialEq)]
pub enum Grid {
    /// x = A + i·H for i = 0 … while x < B (like `np.arange(A, B, H)` but exact decimals).
    Step {
        start: Rational,
        step: Rational,
        end: Rational,
    },
    /// N equally spaced points on [A, B], both ends included (like `np.linspace(A, B, N)`).
    Points {
        start: Rational,
        end: Rational,
        n: usize,
    },
    /// The float64 points `np.arange(-10, 10, 0.001)` computes: x₀ = −10,
    /// δ = fl(fl(−10 + 0.001) + 10), xᵢ = fl(−10 + fl(i·δ)). Labelled float64 grid.
    NumpyArangePublished,
}

impl Grid {
    /// The published grid −10, −9.999, …, 9.999 (20 000 exact decimals).
    pub fn published() -> Grid {
        Grid::Step {
            start: Rational::from(-10),
            step: Rational::from((1, 1000)),
            end: Rational::from(10),
        }
    }

    /// A checked step grid.
    pub fn step(start: Rational, end: Rational, step: Rational) -> Result<Grid> {
        if step <= 0 {
            return Err(Error::input(crate::msg!(
                Input::Step,
                " must be positive (got ",
                dec(&step).to_string(),
                ")"
            )));
        }
        ascending(&start, &end)?;
        let g = Grid::Step { start, step, end };
        g.check_len()?;
        Ok(g)
    }

    /// A checked linspace grid.
    pub fn points(start: Rational, end: Rational, n: usize) -> Result<Grid> {
        if n < 2 {
            return Err(Error::input(crate::msg!(
                Input::Points,
                " must be at least 2 (got {n})"
            )));
        }
        ascending(&start, &end)?;
        let g = Grid::Points { start, end, n };
        g.check_len()?;
        Ok(g)
    }

    fn check_len(&self) -> Result<()> {
        if let Grid::Step { start, step, end } = self {
            let n = Rational::from(end - start) / step;
            if n > MAX_POINTS {
                return Err(Error::input(crate::msg!(
                    Input::Step,
                    " gives more than {MAX_POINTS} points; use a larger ",
                    Input::Step,
                    " or ",
                    Input::Points
                )));
            }
        }
        if let Grid::Points { n, .. } = self {
            if *n > MAX_POINTS {
                return Err(Error::input(crate::msg!(
                    Input::Points,
                    " must be at most {MAX_POINTS} (got {n})"
                )));
            }
        }
        Ok(())
    }

    /// Number of points.
    pub fn len(&self) -> usize {
        match self {
            Grid::Step { start, step, end } => {
                let q = Rational::from(end - start) / step;
                // ceil(q) points: x = start + i·step < end
                q.ceil().numer().to_usize().unwrap_or(MAX_POINTS)
            }
            Grid::Points { n, .. } => *n,
            Grid::NumpyArangePublished => 20_000,
        }
    }

    /// Never empty once constructed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The exact point i as a rational.
    pub fn point_exact(&self, i: usize) -> Rational {
        match self {
            Grid::Step { start, step, .. } => Rational::from(step * rug::Integer::from(i)) + start,
            Grid::Points { start, end, n } => {
                let d = Rational::from(end - start) / rug::Integer::from(n - 1);
                d * rug::Integer::from(i) + start
            }
            Grid::NumpyArangePublished => {
                Rational::from_f64(numpy_arange_point(i)).unwrap_or_default()
            }
        }
    }

    /// Point i rounded to `bits` (exact for the float64 grid).
    pub fn point(&self, i: usize, bits: u32) -> Float {
        match self {
            Grid::NumpyArangePublished => Float::with_val(bits.max(53), numpy_arange_point(i)),
            _ => Float::with_val(bits, &self.point_exact(i)),
        }
    }

    /// The index j with x_j = −x_i exactly, when the grid is symmetric there.
    pub fn mirror(&self, i: usize) -> Option<usize> {
        match self {
            Grid::Step { start, step, end } if Rational::from(-start) == *end => {
                let n = Rational::from(end - start) / step;
                let n = if n.is_integer() {
                    n.numer().to_usize()?
                } else {
                    return None;
                };
                (i >= 1 && i < n).then_some(n - i)
            }
            Grid::Points { start, end, n } if Rational::from(-start) == *end => {
                let j = n - 1 - i;
                (j != i).then_some(j)
            }
            _ => None,
        }
    }

    /// The range [first, last] point as text.
    pub fn describe(&self) -> String {
        match self {
            Grid::Step { start, step, end } => format!(
                "x = {} + i·{} < {} (i = 0…{}; exact decimals)",
                dec(start),
                dec(step),
                dec(end),
                self.len() - 1
            ),
            Grid::Points { start, end, n } => format!(
                "{n} equally spaced points on [{}, {}] (ends included)",
                dec(start),
                dec(end)
            ),
            Grid::NumpyArangePublished => {
                "float64 points of np.arange(-10, 10, 0.001) (20 000 points)".into()
            }
        }
    }
}

/// Float64 reproduction of NumPy's arange fill: start + i·(x₁ − x₀) with x₁ = fl(start + step).
pub fn numpy_arange_point(i: usize) -> f64 {
    let start = -10.0f64;
    let delta = (start + 0.001) - start;
    if i == 0 {
        start
    } else {
        start + (i as f64) * delta
    }
}

/// A rational as short text (exact decimal when it terminates, else p/q).
pub fn dec(q: &Rational) -> String {
    let mut d = q.denom().clone();
    let (mut twos, mut fives) = (0u32, 0u32);
    while d.is_divisible_u(2) {
        d /= 2u32;
        twos += 1;
    }
    while d.is_divisible_u(5) {
        d /= 5u32;
        fives += 1;
    }
    if d == 1 && twos.max(fives) < 40 {
        let digits = twos.max(fives);
        let scaled = Rational::from(q * rug::Integer::from(rug::Integer::u_pow_u(10, digits)));
        let n = scaled.numer().clone();
        let neg = n < 0;
        let mut s = n.abs().to_string();
        if digits > 0 {
            while s.len() <= digits as usize {
                s.insert(0, '0');
            }
            s.insert(s.len() - digits as usize, '.');
        }
        return if neg { format!("-{s}") } else { s };
    }
    q.to_string()
}

/// `--range A:B` of a grid must have A < B.
fn ascending(start: &Rational, end: &Rational) -> Result<()> {
    if end <= start {
        return Err(Error::input(crate::msg!(
            Input::Range,
            " A:B must have A < B (got ",
            dec(start).to_string(),
            ":",
            dec(end).to_string(),
            ")"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_grid_has_20000_points() {
        let g = Grid::published();
        assert_eq!(g.len(), 20_000);
        assert_eq!(g.point_exact(19_999), Rational::from((9999, 1000)));
        assert_eq!(dec(&g.point_exact(1)), "-9.999");
        let lin = Grid::points(Rational::from((-3, 2)), Rational::from((3, 2)), 20).unwrap();
        assert_eq!(lin.point_exact(19), Rational::from((3, 2)));
        // NumPy's float64 points drift from the decimals: δ = fl(−9.999) + 10 is off by ~1e-15,
        // so point i is off by about i·1e-15 (≈ 1e-11 at the far end)
        let d = Rational::from_f64(numpy_arange_point(12345)).unwrap() - g.point_exact(12345);
        let d = d.abs();
        assert!(d < Rational::from((1, 10_000_000_000u64)));
        assert!(d > Rational::from((1, 100_000_000_000_000u64)));
    }
}
