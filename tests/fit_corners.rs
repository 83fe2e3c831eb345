//! Corner problems of the fits that used to fail "did not stabilise": grids
//! that the model interpolates, and tiny ranges.
//!
//! Interpolating values in closed form (mpmath 1.3, 50 digits): at one point
//! x, tanh(√(2/π)(x + a x³)) = erf(x/√2) gives a = (artanh(erf(x/√2))/√(2/π) − x)/x³,
//! and 2σ(kx) − 1 = tanh(kx/2) gives k = 2·artanh(erf(x/√2))/x (the GELU
//! weight x/2 does not move the zero); tanh-free at x = 2, 3 solves the 2×2
//! linear system c1 x + c3 x³ = artanh(erf(x/√2)).

use rug::Rational;
use taylormatch::numeric::fit::grid::Grid;
use taylormatch::numeric::fit::{fit, Criterion, FitSpec, Range};
use taylormatch::numeric::model::{Family, Level};
use taylormatch::numeric::Enclose;

fn grid_fit(
    model: Family,
    target: Level,
    grid: Grid,
    digits: u32,
) -> taylormatch::numeric::fit::FitResult {
    let spec = FitSpec {
        grid,
        ..FitSpec::new(model, target, Criterion::Grid, digits)
    };
    fit(&spec).unwrap_or_else(|e| panic!("{model:?} {target:?}: {e}"))
}

fn q(s: &str) -> Rational {
    s.parse().unwrap()
}

#[test]
fn a_grid_the_model_interpolates_gives_the_interpolating_value() {
    let two = Grid::points(q("-1"), q("1"), 2).unwrap();
    let r = grid_fit(Family::Tanh, Level::Erf, two.clone(), 30);
    assert_eq!(r.param_decimal(0), "0.0454318506345902887433182002810");
    assert_eq!(r.objective.decimal(), "0");
    assert!(r.note.as_deref().unwrap_or("").contains("interpolates"));
    let r = grid_fit(Family::Sigmoid, Level::Gelu, two, 30);
    assert_eq!(r.param_decimal(0), "1.66826786598581361624429989971");
    // x = 0 adds no equation (e(0) = 0), −1 repeats +1: still interpolated
    let three = Grid::points(q("-1"), q("1"), 3).unwrap();
    let r = grid_fit(Family::Tanh, Level::Erf, three, 30);
    assert_eq!(r.param_decimal(0), "0.0454318506345902887433182002810");
    let free = Grid::points(q("2"), q("3"), 2).unwrap();
    let r = grid_fit(Family::TanhFree, Level::Erf, free, 30);
    assert_eq!(
        r.param_decimals(),
        [
            "0.811227086086133960569630290990",
            "0.0322039425005332886307306338300"
        ]
    );
    assert_eq!(r.objective.decimal(), "0");
}

#[test]
fn the_documented_tiny_range_is_a_one_point_grid() {
    // `fit --range 1e-6`: the step 0.001 leaves the single point x = −10⁻⁶
    let g = Grid::step(q("-1/1000000"), q("1/1000000"), q("1/1000")).unwrap();
    assert_eq!(g.len(), 1);
    let r = grid_fit(Family::Tanh, Level::Erf, g.clone(), 30);
    assert_eq!(r.param_decimal(0), "0.0455399241225270680100309577580");
    assert_eq!(r.objective.decimal(), "0");
    let r = grid_fit(Family::Sigmoid, Level::Erf, g, 30);
    assert_eq!(r.param_decimal(0), "1.59576912160580338296449923638");
}

#[test]
fn a_tiny_grid_with_a_residual_is_resolved() {
    // 100 points on [−10⁻⁶, 10⁻⁶]: a residual ~10⁻³⁶ that needs extra bits;
    // the optimum is the series value 2/(3π) − 1/6 up to O(x²) ~ 10⁻¹²
    let g = Grid::points(q("-1/1000000"), q("1/1000000"), 100).unwrap();
    let r = grid_fit(Family::Tanh, Level::Erf, g, 12);
    assert_eq!(
        r.param_decimal(0),
        taylormatch::functions::analytic_a().decimal(12).unwrap()
    );
    assert_ne!(r.objective.decimal(), "0");
}

#[test]
fn l2_and_minimax_on_a_tiny_range_tend_to_the_series_value() {
    let a = taylormatch::functions::analytic_a().decimal(12).unwrap();
    for crit in [Criterion::L2, Criterion::Minimax] {
        let spec = FitSpec {
            range: Range::parse("1e-6").unwrap(),
            ..FitSpec::new(Family::Tanh, Level::Erf, crit, 12)
        };
        let r = fit(&spec).unwrap_or_else(|e| panic!("{crit:?}: {e}"));
        assert_eq!(r.param_decimal(0), a, "{crit:?}");
    }
}
