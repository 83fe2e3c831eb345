//! The library's front door: one call for each common job, with typed
//! arguments (no flag strings). Everything here is also in
//! [`crate::prelude`].
//!
//! | job | call | what it computes |
//! |-----|------|------------------|
//! | series of a named function | [`series`]`(`[`Function`]`::Tanh, 8)` | exact Taylor coefficients to O(x⁸) |
//! | series of an expression | [`expression_series`]`("x*sigmoid(1.702*x)", 6)` | the same for any expression in x |
//! | the matched constants | [`match_constants`]`(model, target, unknowns)` | unknowns solved order by order so model − target vanishes as far as it can |
//! | a fit | [`fit`]`(Family::Tanh, Level::Erf, Criterion::Minimax, 12)` | the optimal constant, its first 12 digits certified stable |
//! | a certified bound | [`bound`]`(Family::Tanh, a, Level::Erf)` | an enclosure [lo, hi] of max over ℝ of the error |
//!
//! ```
//! use taylormatch::jobs::{series, Function};
//! let tanh = series(Function::Tanh, 8).unwrap();
//! assert_eq!(tanh.coeff(3).unwrap().to_string(), "-1/3");
//! assert_eq!(tanh.coeff(5).unwrap().to_string(), "2/15");
//! ```

use crate::coeff::Sym;
use crate::error::Result;
use crate::functions::{named_series, Params, FUNCTIONS};
use crate::series::Series;

pub use crate::matching::model::Matched;
pub use crate::numeric::bound::BoundResult;
pub use crate::numeric::fit::{Criterion, FitResult};
pub use crate::numeric::model::{Family, Level};

/// A named function of the catalogue (`taylormatch coeffs --list`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Function {
    /// erf(x).
    Erf,
    /// erf(x/√2).
    ErfSqrt2,
    /// Φ(x) = ½(1 + erf(x/√2)), the standard normal CDF.
    Phi,
    /// tanh(x).
    Tanh,
    /// artanh(x).
    Artanh,
    /// σ(x) = 1/(1 + e⁻ˣ).
    Sigmoid,
    /// GELU(x) = x·Φ(x).
    Gelu,
    /// ½x(1 + tanh(√(2/π)(x + a x³))); `a` symbolic unless given in [`Params`].
    GeluTanh,
    /// x·σ(kx); `k` symbolic unless given in [`Params`].
    GeluSigmoid,
}

impl Function {
    /// Every named function, in the catalogue's order.
    pub const ALL: [Function; 9] = [
        Function::Erf,
        Function::ErfSqrt2,
        Function::Phi,
        Function::Tanh,
        Function::Artanh,
        Function::Sigmoid,
        Function::Gelu,
        Function::GeluTanh,
        Function::GeluSigmoid,
    ];

    /// The catalogue name (`"gelu-tanh"`).
    pub const fn name(self) -> &'static str {
        match self {
            Function::Erf => "erf",
            Function::ErfSqrt2 => "erf-sqrt2",
            Function::Phi => "phi",
            Function::Tanh => "tanh",
            Function::Artanh => "artanh",
            Function::Sigmoid => "sigmoid",
            Function::Gelu => "gelu",
            Function::GeluTanh => "gelu-tanh",
            Function::GeluSigmoid => "gelu-sigmoid",
        }
    }

    /// The definition with its series, as `coeffs --list` prints it.
    pub fn definition(self) -> &'static str {
        FUNCTIONS
            .iter()
            .find(|f| f.name == self.name())
            .map_or("", |f| f.definition)
    }
}

/// The exact Taylor series of `f` at 0 to O(x^order), parameters symbolic:
/// [`series_with`] with [`Params::default`].
///
/// ```
/// use taylormatch::jobs::{series, Function};
/// // GELU(x) = x/2 + x²/√(2π) − x⁴/(6√(2π)) + …
/// let g = series(Function::Gelu, 5).unwrap();
/// assert_eq!(g.coeff(1).unwrap().to_string(), "1/2");
/// assert_eq!(g.coeff(4).unwrap().to_string(), "-√(2/π)/12");
/// ```
pub fn series(f: Function, order: usize) -> Result<Series<Sym>> {
    series_with(f, order, &Params::default())
}

/// The exact Taylor series of `f` to O(x^order) with the parameters in
/// `params` (`a` of [`Function::GeluTanh`], `k` of [`Function::GeluSigmoid`];
/// `None` keeps one symbolic).
///
/// ```
/// use taylormatch::coeff::parse_exact;
/// use taylormatch::functions::Params;
/// use taylormatch::jobs::{series_with, Function};
/// let p = Params { a: Some(parse_exact("0.044715").unwrap()), k: None };
/// let s = series_with(Function::GeluTanh, 6, &p).unwrap();
/// assert_eq!(s.coeff(0).unwrap().to_string(), "0");
/// assert_eq!(s.coeff(1).unwrap().to_string(), "1/2");
/// ```
pub fn series_with(f: Function, order: usize, params: &Params) -> Result<Series<Sym>> {
    named_series(f.name(), order, params)
}

/// The exact Taylor series of an expression in x to O(x^order), in the
/// expression grammar of `taylormatch coeffs` (`tanh`, `erf`, `sigmoid`,
/// `exp`, `log`, `sqrt`, `pi`, `^`, …; free names are symbolic parameters).
///
/// ```
/// use taylormatch::jobs::expression_series;
/// // x·σ(kx) = x/2 + k x²/4 − k³ x⁴/48 + …
/// let s = expression_series("x*sigmoid(k*x)", 5).unwrap();
/// assert_eq!(s.coeff(2).unwrap().to_string(), "k/4");
/// ```
pub fn expression_series(expr: &str, order: usize) -> Result<Series<Sym>> {
    crate::expr::expand(&crate::expr::parse(expr)?, order)
}

/// Solves `unknowns` so that `model − target` vanishes to the highest order
/// it can, lowest power first (`taylormatch derive --model … --target …
/// --solve …`): each power's equation determines one new unknown, exactly.
///
/// ```
/// use taylormatch::coeff::{Coeff, Sym};
/// use taylormatch::functions::analytic_a;
/// use taylormatch::jobs::match_constants;
/// let m = match_constants("tanh(c1*x + c3*x^3)", "erf(x/sqrt(2))", &["c1", "c3"]).unwrap();
/// // c1 = √(2/π), c3 = √(2/π)·(2/(3π) − 1/6): tanh(√(2/π)(x + a x³)) again
/// assert_eq!(m.values[0].0, "c1");
/// assert_eq!(m.values[0].1.to_string(), "√(2/π)");
/// assert_eq!(m.values[1].1, Sym::sqrt_2_over_pi().mul(&analytic_a()));
/// assert_eq!(m.residual.as_ref().map(|r| r.0), Some(5));
/// ```
pub fn match_constants(model: &str, target: &str, unknowns: &[&str]) -> Result<Matched> {
    let unknowns: Vec<String> = unknowns.iter().map(|u| u.to_string()).collect();
    crate::matching::model::match_model(
        &crate::expr::parse(model)?,
        &crate::expr::parse(target)?,
        &unknowns,
    )
}

/// The optimal constants of `family` against its target at `level` (erf or
/// GELU) under `criterion` (the published grid for [`Criterion::Grid`], the
/// whole line otherwise), their first `digits` significant digits certified
/// stable.
///
/// ```
/// use taylormatch::jobs::{fit, Criterion, Family, Level};
/// // the minimax a of tanh(√(2/π)(x + a x³)) against erf(x/√2) over ℝ
/// let r = fit(Family::Tanh, Level::Erf, Criterion::Minimax, 12).unwrap();
/// assert_eq!(r.param_decimal(0), "0.0447149112276");
/// ```
pub fn fit(family: Family, level: Level, criterion: Criterion, digits: u32) -> Result<FitResult> {
    let spec = crate::numeric::fit::FitSpec::new(family, level, criterion, digits);
    crate::numeric::fit::fit(&spec)
}

/// A certified enclosure of max over ℝ of |approximation − target| for the
/// tanh or sigmoid `family` with its constant `value` (a or k, exact) at
/// `level`, at 128 bits to a relative width of 10⁻¹²
/// ([`crate::numeric::bound::BoundSpec::family`]; build a spec for a finite
/// range or other precision).
///
/// ```
/// use taylormatch::coeff::parse_exact;
/// use taylormatch::jobs::{bound, Family, Level};
/// use taylormatch::numeric::interval::outward::float_directed;
/// let a = parse_exact("0.044715").unwrap();
/// let r = bound(Family::Tanh, a, Level::Erf).unwrap();
/// // max |tanh(√(2/π)(x + 0.044715x³)) − erf(x/√2)| = 0.000357865167544…
/// assert_eq!(float_directed(&r.lo, 9, false), "0.000357865167");
/// assert_eq!(float_directed(&r.hi, 9, true), "0.000357865168");
/// ```
pub fn bound(family: Family, value: Sym, level: Level) -> Result<BoundResult> {
    crate::numeric::bound::max_error(&crate::numeric::bound::BoundSpec::family(
        family, value, level,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_name_is_one_function() {
        let names: Vec<&str> = Function::ALL.iter().map(|f| f.name()).collect();
        let catalogue: Vec<&str> = FUNCTIONS.iter().map(|f| f.name).collect();
        assert_eq!(names, catalogue);
        assert!(Function::ALL.iter().all(|f| !f.definition().is_empty()));
    }
}
