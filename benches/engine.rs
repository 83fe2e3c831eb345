//! Engine benchmarks (criterion): the fast routes of `functions.rs`, the
//! generic `Series<Q>` operations, and `coeffs` end to end (document +
//! render to a String, no terminal), the Kronecker product of two dense
//! ℚ series, and `coeffs` streamed to a sink. Orders 100 / 1000 / 5000 where the
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
    // the Kronecker product (coeff::kronecker): exp(x)·log(1+x)-like factors,
    // 1/k! against 1/(k+1), the job of `coeffs 'log(1+x)*exp(x)'`
    for n in [300usize, 1000] {
        let mut fact = num_bigint::BigInt::from(1);
        let e = Series::from_coeffs(
            (0..n)
                .map(|k| {
                    if k > 0 {
                        fact *= k;
                    }
                    Q::new(1.into(), fact.clone())
                })
                .collect(),
        );
        let f = dense(n);
        g.bench_with_input(
            BenchmarkId::new("mul_exp_dense", n),
            &(e, f),
            |b, (e, f)| b.iter(|| e.mul(f)),
        );
    }
    g.finish();
}

/// `coeffs tanh --format csv --exact-only` streamed to a sink (rows written
/// block by block as they become final, `commands::coeffs::stream`).
fn streamed(c: &mut Criterion) {
    use taylormatch::commands::coeffs::{run_to, CoeffsOptions};
    use taylormatch::commands::OutputOptions;
    let mut g = c.benchmark_group("coeffs_streamed");
    g.sample_size(10);
    for n in [1000usize, 5000] {
        let o = CoeffsOptions {
            func: Some("tanh".into()),
            set: None,
            order: n,
            a: None,
            k: None,
            exact_only: true,
            nonzero: false,
            list: false,
            force: false,
            out: OutputOptions {
                digits: 30,
                format: Format::Csv,
                ..Default::default()
            },
        };
        g.bench_function(format!("tanh_csv/{n}"), |b| {
            b.iter(|| run_to(&o, &mut std::io::sink()).unwrap())
        });
    }
    // gelu-tanh with a numeric a: ℚ[t] coefficients of ~n/4 terms each
    let o = CoeffsOptions {
        func: Some("gelu-tanh".into()),
        set: None,
        order: 300,
        a: Some("0.044715".into()),
        k: None,
        exact_only: true,
        nonzero: false,
        list: false,
        force: false,
        out: OutputOptions {
            digits: 30,
            format: Format::Csv,
            ..Default::default()
        },
    };
    g.bench_function("gelu_tanh_csv/300", |b| {
        b.iter(|| run_to(&o, &mut std::io::sink()).unwrap())
    });
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

criterion_group!(benches, fast_routes, generic, end_to_end, streamed);
criterion_main!(benches);
