//! Benchmarks of the high-precision fits (criterion). `cargo bench --bench fit`.

use criterion::{criterion_group, criterion_main, Criterion};
use rug::{Float, Rational};
use taylormatch::expr::parse;
use taylormatch::numeric::fit::grid::Grid;
use taylormatch::numeric::fit::gridfit::{fit_grid, solve_with, GridSamples};
use taylormatch::numeric::fit::minimax::fit_minimax;
use taylormatch::numeric::fit::{Criterion as Crit, FitSpec};
use taylormatch::numeric::model::fit::minimax_fit;
use taylormatch::numeric::model::l2::l2_fit;
use taylormatch::numeric::model::{Family, Level, Model};

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("fit");
    g.sample_size(10);
    // the erf values of the published grid, computed once (as FitSet does for compare and report)
    let samples = GridSamples::new(&Grid::published(), Level::Erf, 171);
    let s128 = GridSamples::new(&Grid::published(), Level::Erf, 128);
    // the full `fit` at 30 digits (two precisions, 139 and 171 bits), as the CLI runs it;
    // the grid's erf values computed once outside the loop (GridSamples), as compare and report share them
    g.bench_function("grid tanh/erf 30 digits (published grid)", |b| {
        b.iter(|| {
            fit_grid(
                &FitSpec::new(Family::Tanh, Level::Erf, Crit::Grid, 30),
                Some(&samples),
            )
            .unwrap()
        })
    });
    // one Newton solve at exactly 128 bits from the series-matched start
    g.bench_function("grid tanh/erf Newton at 128 bits", |b| {
        let start = vec![Float::with_val(128, 0.0455)];
        b.iter(|| {
            solve_with(
                Family::Tanh,
                Level::Erf,
                &Grid::published(),
                &start,
                128,
                100,
                Some(&s128),
            )
            .unwrap()
        })
    });
    g.bench_function("grid sigmoid/erf 30 digits (published grid)", |b| {
        b.iter(|| {
            fit_grid(
                &FitSpec::new(Family::Sigmoid, Level::Erf, Crit::Grid, 30),
                Some(&samples),
            )
            .unwrap()
        })
    });
    g.finish();
    // issue 16: the named minimax fit at 40 digits, in process (the peer is
    // benches/peer_minimax_mpmath.py, which times mpmath's bare solve the same way)
    let mut g = c.benchmark_group("minimax");
    g.sample_size(20);
    for (name, family, level) in [
        ("tanh/erf 40 digits", Family::Tanh, Level::Erf),
        ("tanh/gelu 40 digits", Family::Tanh, Level::Gelu),
        ("sigmoid/erf 40 digits", Family::Sigmoid, Level::Erf),
        ("tanh-free/erf 30 digits", Family::TanhFree, Level::Erf),
    ] {
        let d = if family == Family::TanhFree { 30 } else { 40 };
        let spec = FitSpec::new(family, level, Crit::Minimax, d);
        g.bench_function(name, |b| b.iter(|| fit_minimax(&spec).unwrap()));
    }
    g.finish();
    // issue 14: expression fits as `fit --model EXPR` runs them (b and b + 32 bits)
    let mut g = c.benchmark_group("expr fit");
    g.sample_size(10);
    let m = Model::new(
        parse("tanh(c1*x + c3*x^3)").unwrap(),
        parse("erf(x/sqrt(2))").unwrap(),
        vec!["c1".into(), "c3".into()],
    )
    .unwrap();
    let p0 = [Rational::from((4, 5)), Rational::from((7, 200))];
    let b30 = taylormatch::numeric::bits_for_digits(30, 64).max(128);
    g.bench_function("minimax 2 parameters 30 digits [0, 8]", |b| {
        b.iter(|| {
            for bits in [b30, b30 + 32] {
                let f = m.at(bits, &p0, false).unwrap();
                let start: Vec<Float> = p0.iter().map(|v| Float::with_val(bits, v)).collect();
                let tol = Float::with_val(bits, Float::i_exp(1, -(bits as i32) / 2));
                let (l, r) = (Float::with_val(bits, 0), Float::with_val(bits, 8));
                minimax_fit(&f, &l, &r, &start, &tol).unwrap();
            }
        })
    });
    g.bench_function("l2 2 parameters 30 digits [-4, 4]", |b| {
        b.iter(|| {
            for bits in [b30, b30 + 32] {
                let f = m.at(bits, &p0, false).unwrap();
                let start: Vec<Float> = p0.iter().map(|v| Float::with_val(bits, v)).collect();
                l2_fit(&f, &Rational::from(-4), &Rational::from(4), None, &start).unwrap();
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
