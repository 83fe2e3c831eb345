//! Fits of expression models against today's route (numeric::fit::minimax and the
//! two-parameter Remez, whose figures are in docs/fit.md and printed by
//! `fit --criterion minimax`), equioscillation checked in high precision, and
//! the result inside the certified bound.

use rug::{Float, Rational};
use taylormatch::numeric::model::bound::max_error;
use taylormatch::numeric::model::fit::{grid_fit, minimax_fit};
use taylormatch::numeric::model::{Family, Level, Model};

const B: u32 = 192;

fn f(v: f64) -> Float {
    Float::with_val(B, v)
}

#[test]
fn one_parameter_minimax_reproduces_the_old_route() {
    // docs/fit.md / README: minimax a = 0.044714911227632494956,
    // max|e| = 0.00035784262189043944704 (erf level, ℝ; extrema at 1.2421, 2.5922)
    let m = Model::family(Family::Tanh, Level::Erf);
    let start = [Rational::from((4, 100))];
    let e = m.at(B, &start, false).unwrap();
    let tol = Float::with_val(B, Float::i_exp(1, -120));
    let r = minimax_fit(&e, &f(0.0), &f(8.0), &[f(0.04)], &tol).unwrap();
    let a = Float::with_val(B, Float::parse("0.044714911227632494956").unwrap());
    assert!(
        Float::with_val(B, &r.params[0] - &a).abs() < 1e-20,
        "a = {}",
        r.params[0]
    );
    let h = Float::with_val(B, Float::parse("0.00035784262189043944704").unwrap());
    assert!(
        Float::with_val(B, &r.objective - &h).abs() < 1e-24,
        "h = {}",
        r.objective
    );
    // equioscillation: two alternating extrema of equal height
    assert_eq!(r.alternation.len(), 2);
    assert!(r.alternation[0].1.cmp0() != r.alternation[1].1.cmp0());
    let (u, v) = (
        r.alternation[0].1.clone().abs(),
        r.alternation[1].1.clone().abs(),
    );
    assert!(Float::with_val(B, &u - &v).abs() < Float::with_val(B, &u * 1e-30));
    // inside the certified bound at the fitted a
    let fitted = m
        .at(B, &[r.params[0].to_rational().unwrap()], false)
        .unwrap();
    let cb = max_error(
        &fitted,
        &(Some(Rational::new()), Some(Rational::from(8))),
        &Rational::from((1, 1_000_000_000)),
        100_000,
    )
    .unwrap();
    assert!(
        cb.lo <= r.objective && r.objective <= cb.hi,
        "{} not in [{}, {}]",
        r.objective,
        cb.lo,
        cb.hi
    );
}

#[test]
fn two_parameter_minimax_equioscillates() {
    // tanh(c1 x + c3 x³) against erf(x/√2) on [0, 8]: three alternating extrema
    let m = Model::family(Family::TanhFree, Level::Erf);
    let e = m
        .at(
            B,
            &[Rational::from((8, 10)), Rational::from((35, 1000))],
            false,
        )
        .unwrap();
    let tol = Float::with_val(B, Float::i_exp(1, -100));
    let r = minimax_fit(&e, &f(0.0), &f(8.0), &[f(0.8), f(0.035)], &tol).unwrap();
    assert_eq!(r.alternation.len(), 3);
    let h0 = r.alternation[0].1.clone().abs();
    for w in r.alternation.windows(2) {
        assert!(w[0].1.cmp0() != w[1].1.cmp0());
    }
    for (_, v) in &r.alternation {
        assert!(Float::with_val(B, v.clone().abs() - &h0).abs() < Float::with_val(B, &h0 * 1e-25));
    }
    // two parameters do better than one
    assert!(r.objective < 0.00035784262189);
    // today's two-parameter Remez (`fit --model tanh-free --criterion minimax -d 20`, on ℝ)
    for (got, want) in [
        (&r.params[0], "0.79880143712039197806"),
        (&r.params[1], "0.035282048282833581262"),
        (&r.objective, "0.00028062616021168147071"),
    ] {
        let w = Float::with_val(B, Float::parse(want).unwrap());
        assert!(
            Float::with_val(B, got - &w).abs() < Float::with_val(B, &w * 1e-19),
            "{got} vs {want}"
        );
    }
}

#[test]
fn grid_least_squares_two_routes() {
    // tanh model on 201 points of [−5, 5]: the generic Newton fit against a
    // golden-section search on the same mean square error (one parameter)
    let m = Model::family(Family::Tanh, Level::Erf);
    let e = m.at(B, &[Rational::from((4, 100))], false).unwrap();
    let xs: Vec<Float> = (0..=200)
        .map(|i| Float::with_val(B, -5 + Float::with_val(B, i) / 20u32))
        .collect();
    let r = grid_fit(&e, &xs, &[f(0.04)]).unwrap();
    let mse = |a: &Float| {
        let mut s = Float::new(B);
        for x in &xs {
            let v = e.dual(x, std::slice::from_ref(a), false).unwrap().v;
            s += Float::with_val(B, v.square_ref());
        }
        s / 201u32
    };
    let (mut lo, mut hi) = (f(0.04), f(0.05));
    let g = Float::with_val(B, (Float::with_val(B, 5).sqrt() - 1u32) / 2u32);
    for _ in 0..150 {
        let d = Float::with_val(B, &hi - &lo) * &g;
        let (c, dd) = (Float::with_val(B, &hi - &d), Float::with_val(B, &lo + &d));
        if mse(&c) < mse(&dd) {
            hi = dd
        } else {
            lo = c
        }
    }
    assert!(
        Float::with_val(B, &r.params[0] - &lo).abs() < 1e-25,
        "{} vs {lo}",
        r.params[0]
    );
}
