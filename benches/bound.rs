//! Benchmarks of `numeric::bound::max_error` (the certified maximum error on
//! the whole line, relative tolerance 1e-12, 128 bits), of the catalogue's
//! expression bounds against the GELU family at 1e-10, and of the residual θ.

use criterion::{criterion_group, criterion_main, Criterion};
use rug::Rational;
use std::hint::black_box;
use taylormatch::coeff::parse_exact;
use taylormatch::functions::analytic_a;
use taylormatch::numeric::bound::residual::residual;
use taylormatch::numeric::bound::{max_error, BoundSpec, Family, Level};
use taylormatch::numeric::catalogue::{check, ENTRIES};

fn bench(c: &mut Criterion) {
    let cases = [
        (
            "tanh a=0.044715 erf",
            (Family::Tanh, parse_exact("0.044715").unwrap()),
            Level::Erf,
        ),
        (
            "tanh a=0.044715 gelu",
            (Family::Tanh, parse_exact("0.044715").unwrap()),
            Level::Gelu,
        ),
        (
            "tanh a=analytic erf",
            (Family::Tanh, analytic_a()),
            Level::Erf,
        ),
        (
            "tanh a=analytic gelu",
            (Family::Tanh, analytic_a()),
            Level::Gelu,
        ),
        (
            "sigmoid k=1.702 erf",
            (Family::Sigmoid, parse_exact("1.702").unwrap()),
            Level::Erf,
        ),
        (
            "sigmoid k=1.702 gelu",
            (Family::Sigmoid, parse_exact("1.702").unwrap()),
            Level::Gelu,
        ),
    ];
    let mut g = c.benchmark_group("max_error");
    g.sample_size(10);
    for (name, (family, value), level) in cases {
        let spec = BoundSpec::family(family, value, level);
        g.bench_function(name, |b| b.iter(|| max_error(black_box(&spec)).unwrap()));
    }
    g.finish();
    // issue 14: a catalogue entry (one expression model, whole line with the
    // proven GELU tail) at 1e-10 relative width against today's GELU family
    let tol = Rational::from((1, 10_000_000_000u64));
    let mut g = c.benchmark_group("bound 1e-10");
    g.sample_size(10);
    for (name, model) in [
        (
            "family tanh a=0.044715 gelu",
            (Family::Tanh, parse_exact("0.044715").unwrap()),
        ),
        (
            "family sigmoid k=1.702 gelu",
            (Family::Sigmoid, parse_exact("1.702").unwrap()),
        ),
    ] {
        let mut spec = BoundSpec::family(model.0, model.1, Level::Gelu);
        spec.rel_tol = tol.clone();
        g.bench_function(name, |b| b.iter(|| max_error(black_box(&spec)).unwrap()));
    }
    for e in ENTRIES {
        g.bench_function(format!("catalogue {}", e.name), |b| {
            b.iter(|| check(black_box(e), 128, &tol).unwrap())
        });
    }
    g.finish();
    let r = Rational::from((1, 2));
    c.bench_function("residual r=1/2", |b| {
        b.iter(|| residual(black_box(&r), Level::Erf, 128, 128).unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
