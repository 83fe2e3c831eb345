//! The whole derivation report with its defaults (every fit, the comparison,
//! the certified bounds, the claims and the figures), as `taylormatch report`
//! computes it: the fits and what needs them on one thread, everything that
//! needs no fit beside it (`commands::report::plan`). Nothing is cached
//! between samples: each one is the full job. Wall time on a shared machine
//! moves with the load; read it beside the CPU seconds of `/usr/bin/time -v`
//! (docs/fit.md, "The report in under 2 s").

use criterion::{criterion_group, criterion_main, Criterion};
use std::time::Duration;
use taylormatch::commands::report::{build, ReportOptions};

fn report(c: &mut Criterion) {
    let mut g = c.benchmark_group("report");
    g.sample_size(10).measurement_time(Duration::from_secs(30));
    g.bench_function("defaults", |b| {
        b.iter(|| build(&ReportOptions::default()).expect("report"))
    });
    g.bench_function("compare (the comparison document, 30 digits)", |b| {
        b.iter(|| taylormatch::commands::compare::document(30).expect("compare"))
    });
    g.finish();
}

criterion_group!(benches, report);
criterion_main!(benches);
