use std::time::Instant;
use rug::Float;
fn main() {
    for bits in [64u32, 171] {
        for x in [0.3f64, 1.0, 2.0, 4.0, 6.0, 7.0, 9.0] {
            let xf = Float::with_val(bits, x);
            let t = Instant::now();
            for _ in 0..1000 { let _ = Float::with_val(bits, xf.erf_ref()); }
            let t1 = t.elapsed() / 1000;
            let t = Instant::now();
            for _ in 0..1000 { let _ = Float::with_val(bits, xf.tanh_ref()); }
            let t2 = t.elapsed() / 1000;
            let t = Instant::now();
            for _ in 0..1000 { let _ = Float::with_val(bits, xf.exp_ref()); }
            let t3 = t.elapsed() / 1000;
            let t = Instant::now();
            for _ in 0..1000 { let _ = Float::with_val(bits, xf.erfc_ref()); }
            let t4 = t.elapsed() / 1000;
            println!("{bits} x={x}: erf {t1:?} tanh {t2:?} exp {t3:?} erfc {t4:?}");
        }
    }
}
