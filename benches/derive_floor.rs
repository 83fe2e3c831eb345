//! Where the time of `derive --order N --format csv --exact-only` goes, and
//! the floor set by printing alone: GMP's decimal conversion of every integer
//! the output holds. Not a criterion bench (one run of each phase is seconds
//! to minutes); it prints one line per phase. Run:
//!
//! ```text
//! TM_FLOOR_ORDER=1000 cargo bench --bench derive_floor
//! ```
//!
//! Phases, each timed alone (CPU seconds of the whole process, both threads
//! of the chain included, and wall):
//! 1. the chain of powers of S with the reduction of every entry
//!    (`functions::inner_kron::inner_rows`, rows dropped);
//! 2. the decimal conversion (GMP `mpz_get_str` through rug's `to_string`)
//!    of every numerator and denominator of the exact rows, on one thread;
//! 3. the whole streamed CSV (exact and one-fraction forms) into a sink.

use rug::Rational;
use std::time::Instant;
use taylormatch::commands::derive::stream;
use taylormatch::commands::OutputOptions;
use taylormatch::matching::Outer;
use taylormatch::report::Format;

/// User + system CPU seconds of this process so far.
fn cpu() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // fields after the command name in parentheses: utime is 14th, stime 15th
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|s| s.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

fn phase<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let (c0, t0) = (cpu(), Instant::now());
    let r = f();
    println!(
        "{name}: {:.2} s CPU, {:.2} s wall",
        cpu() - c0,
        t0.elapsed().as_secs_f64()
    );
    r
}

fn main() {
    let order: usize = std::env::var("TM_FLOOR_ORDER")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    println!("derive --order {order} --format csv --exact-only");
    let mut rows: Vec<Vec<Rational>> = Vec::new();
    phase("1. chain and reduction (inner_rows)", || {
        taylormatch::functions::inner_kron::inner_rows(order, &mut |_, r| {
            rows.push(r);
            Ok(())
        })
        .expect("rows")
    });
    let (mut ints, mut digits) = (0usize, 0usize);
    phase(
        "2. GMP decimal conversion of every numerator and denominator, one thread",
        || {
            for r in &rows {
                for c in r {
                    digits += c.numer().to_string().len() + c.denom().to_string().len();
                    ints += 2;
                }
            }
        },
    );
    println!("   {ints} integers, {digits} decimal digits (the exact column's integers)");
    drop(rows);
    let out = OutputOptions {
        digits: 30,
        format: Format::Csv,
        ..Default::default()
    };
    let mut sink = Counting(0);
    phase("3. the whole CSV into a sink", || {
        stream(Outer::Tanh, order, &out, true, &mut sink).expect("csv")
    });
    println!("   {} bytes of CSV", sink.0);
}

/// A writer that counts what it is given.
struct Counting(usize);

impl std::io::Write for Counting {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0 += b.len();
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
