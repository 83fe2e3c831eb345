//! One generic-engine job, printed like the peers print it (benches/peers.sh):
//! `series_job inner N` prints every exact coefficient of tanh(c·(x + a x³))
//! with c = 0.7978845608 and a = 0.044715 taken exactly, computed by the
//! generic `Series<Q>::tanh` (not a structured route).

use std::io::Write;
use taylormatch::coeff::q;
use taylormatch::numeric::convert::q_to_rug;
use taylormatch::series::Series;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1000);
    let (c, a) = (q(7_978_845_608, 10_000_000_000), q(44_715, 1_000_000));
    let inner = Series::from_poly(vec![q(0, 1), c.clone(), q(0, 1), &c * &a], n);
    let t = inner.tanh().expect("inner(0) = 0");
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for v in t.coeffs() {
        // rug prints p/q, or p when q = 1, like `fmt_q`, with GMP's conversion
        writeln!(out, "{}", q_to_rug(v)).expect("write");
    }
}
