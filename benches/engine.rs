//! Engine benchmarks (criterion): the fast routes of `functions.rs`, the
//! generic `Series<Q>` operations, and `coeffs` end to end (document +
//! render to a String, no terminal). Orders 100 / 1000 / 5000 where the
//! operation finishes in seconds. Run: `cargo bench --bench engine`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::hint::black_box;
use taylormatch::coeff::{q, Q};
use taylormatch::commands::coeffs::document;
use taylormatch::functions::{erf_core_q, tanh_q, Params};
use taylormatch::report::{render, Format};
use taylormatch::series::Series;

/// A dense rational series 1 + x/2 + x²/3 + … (unit constant term).
fn dense(n: usize) -> Series<Q> {
    Series::from_coeffs((0..n).map(|k| q(1, k as i64 + 1)).collect())
}

fn fast_routes(c: &mut Criterion) {
    let mut g = c.benchmark_group("fast");
    g.sample_size(10);
    for n in [100usize, 1000, 5000] {
        g.bench_with_input(BenchmarkId::new("tanh_q", n), &n, |b, &n| {
            b.iter(|| tanh_q(black_box(n)))
        });
    }
    g.bench_function("erf_core_q/20000", |b| {
        b.iter(|| erf_core_q(black_box(20_000), true))
    });
    g.finish();
}

fn generic(c: &mut Criterion) {
    let mut g = c.benchmark_group("generic");
    g.sample_size(10);
    // tanh(c·(x + a x³)), c = 0.7978845608 and a = 0.044715 taken exactly
    let (cc, a) = (q(7_978_845_608, 10_000_000_000), q(44_715, 1_000_000));
    for n in [100usize, 1000] {
        let inner = Series::from_poly(vec![q(0, 1), cc.clone(), q(0, 1), &cc * &a], n);
        g.bench_with_input(BenchmarkId::new("tanh_inner_q", n), &inner, |b, s| {
            b.iter(|| s.tanh().unwrap())
        });
    }
    // the generic O(n²) loops over num-rational (orders where they finish in seconds)
    for n in [100usize, 300] {
        let f = dense(n);
        g.bench_with_input(BenchmarkId::new("mul", n), &f, |b, f| b.iter(|| f.mul(f)));
        g.bench_with_input(BenchmarkId::new("inverse", n), &f, |b, f| {
            b.iter(|| f.inverse().unwrap())
        });
        let h = f.sub(&Series::constant(q(1, 1), n));
        g.bench_with_input(BenchmarkId::new("exp", n), &h, |b, h| {
            b.iter(|| h.exp().unwrap())
        });
    }
    g.finish();
}

fn end_to_end(c: &mut Criterion) {
    let mut g = c.benchmark_group("coeffs_tanh");
    g.sample_size(10);
    for n in [1000usize, 5000] {
        for exact_only in [true, false] {
            let id = format!(
                "{n}{}",
                if exact_only {
                    "/exact-only"
                } else {
                    "/with-decimals"
                }
            );
            g.bench_function(id, |b| {
                b.iter(|| {
                    let d = document("tanh", n, &Params::default(), 30, exact_only, false).unwrap();
                    render(&d, Format::Text).map(|s| s.len()).unwrap_or(0)
                })
            });
        }
    }
    g.finish();
}

criterion_group!(benches, fast_routes, generic, end_to_end);
criterion_main!(benches);
