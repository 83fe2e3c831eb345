//! CPU time of the named minimax fits in process, the figure to hold against
//! `benches/peer_minimax_mpmath.py` (which reports `time.process_time()` of
//! mpmath's solve): on a shared machine wall-clock times (criterion's) move
//! with the load, CPU time much less. `cargo bench --bench minimax_cpu [REPEATS]`.
//!
//! CPU time is the main thread's on-CPU time from /proc/thread-self/schedstat
//! (nanoseconds; Linux); the best of five batches of `REPEATS` fits (default 40).

use std::time::Instant;
use taylormatch::numeric::fit::minimax::fit_minimax;
use taylormatch::numeric::fit::{Criterion, FitSpec};
use taylormatch::numeric::model::{Family, Level};

/// On-CPU nanoseconds of this thread.
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

fn main() {
    let repeats: u32 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(40);
    for (name, family, level, digits) in [
        ("tanh/erf", Family::Tanh, Level::Erf, 40),
        ("tanh/gelu", Family::Tanh, Level::Gelu, 40),
        ("sigmoid/erf", Family::Sigmoid, Level::Erf, 40),
        ("tanh-free/erf", Family::TanhFree, Level::Erf, 30),
    ] {
        let spec = FitSpec::new(family, level, Criterion::Minimax, digits);
        let a = fit_minimax(&spec).map(|r| r.param_decimal(0));
        let (mut cpu, mut wall) = (f64::INFINITY, f64::INFINITY);
        for _ in 0..5 {
            let (c0, t0) = (cpu_ns(), Instant::now());
            for _ in 0..repeats {
                std::hint::black_box(fit_minimax(&spec).ok());
            }
            let n = f64::from(repeats);
            cpu = cpu.min((cpu_ns() - c0) as f64 / 1e9 / n);
            wall = wall.min(t0.elapsed().as_secs_f64() / n);
        }
        println!(
            "minimax {name} {digits} digits: {:.4} s CPU, {:.4} s wall per fit (best of 5 x {repeats}); {}",
            cpu,
            wall,
            a.unwrap_or_else(|e| e.to_string())
        );
    }
}
