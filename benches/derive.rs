//! Benchmarks of `derive`: the matched inner series through x^201 (order 202),
//! the exact coefficients alone and the whole command (exact forms, one-fraction
//! forms and 30-digit correctly rounded decimals); the Kronecker route of
//! `functions::inner_kron` against the binomial convolutions.

use criterion::{criterion_group, criterion_main, Criterion};
use taylormatch::commands::derive::derived_coeffs;
use taylormatch::functions::inner_kron::inner_t_polys_kron;
use taylormatch::matching::{inner_t_polys, Outer};

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("derive");
    g.sample_size(10);
    g.bench_function("inner_t_polys order 202", |b| b.iter(|| inner_t_polys(202)));
    // the Kronecker route `derive` uses, against the binomial one at 600
    g.bench_function("inner_t_polys_kron order 202", |b| {
        b.iter(|| inner_t_polys_kron(202))
    });
    g.bench_function("inner_t_polys order 600", |b| b.iter(|| inner_t_polys(600)));
    g.bench_function("inner_t_polys_kron order 600", |b| {
        b.iter(|| inner_t_polys_kron(600))
    });
    g.bench_function("derive --order 202 (exact + 30 digits)", |b| {
        b.iter(|| derived_coeffs(Outer::Tanh, 202, 30, false).expect("derive"))
    });
    g.bench_function("derive --order 202 --exact-only", |b| {
        b.iter(|| derived_coeffs(Outer::Tanh, 202, 30, true).expect("derive"))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
