//! The whole derivation report with its defaults (every fit, the comparison,
//! the certified bounds and the figures), as `taylormatch report` computes it.
//! Fits are cached per process, so each sample clears nothing but recomputes
//! only what is not cached: the first sample is the cold run.

use criterion::{criterion_group, criterion_main, Criterion};
use std::time::Duration;
use taylormatch::commands::report::{build, ReportOptions};

fn report(c: &mut Criterion) {
    let mut g = c.benchmark_group("report");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    // a fresh process per cold run is what users see; criterion measures the
    // warm path (cached fits): bounds, series, figures and rendering
    g.bench_function("defaults (warm fit cache)", |b| {
        b.iter(|| build(&ReportOptions::default()).expect("report"))
    });
    g.finish();
}

criterion_group!(benches, report);
criterion_main!(benches);
