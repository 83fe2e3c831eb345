//! Benchmarks of the high-precision fits (criterion). `cargo bench --bench fit`.

use criterion::{criterion_group, criterion_main, Criterion};
use rug::Float;
use taylormatch::numeric::fit::{Criterion as Crit, FitSpec};
use taylormatch::numeric::grid::Grid;
use taylormatch::numeric::gridfit::{fit_grid, solve_with, GridSamples};
use taylormatch::numeric::models::{Model, Target};

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("fit");
    g.sample_size(10);
    // the erf values of the published grid, computed once (as FitSet does for compare and report)
    let samples = GridSamples::new(&Grid::published(), Target::Erf, 171);
    let s128 = GridSamples::new(&Grid::published(), Target::Erf, 128);
    // the full `fit` at 30 digits (two precisions, 139 and 171 bits), as the CLI runs it;
    // the grid's erf values computed once outside the loop (GridSamples), as compare and report share them
    g.bench_function("grid tanh/erf 30 digits (published grid)", |b| {
        b.iter(|| {
            fit_grid(
                &FitSpec::new(Model::Tanh, Target::Erf, Crit::Grid, 30),
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
                Model::Tanh,
                Target::Erf,
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
                &FitSpec::new(Model::Sigmoid, Target::Erf, Crit::Grid, 30),
                Some(&samples),
            )
            .unwrap()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
