use std::time::Instant;
use taylormatch::numeric::grid::Grid;
use taylormatch::numeric::gridfit::{accumulate_f, grid_samples};
use taylormatch::numeric::lsq::accumulate;
use taylormatch::numeric::models::{Ctx, Model, Target};
use rug::Float;
fn main() {
    for bits in [64u32, 139, 171] {
        let ctx = Ctx::new(Model::Tanh, Target::Erf, bits);
        let t = Instant::now();
        let s = grid_samples(&ctx, &Grid::published());
        let t1 = t.elapsed();
        let p = vec![Float::with_val(bits, 0.0448)];
        let t = Instant::now();
        let a = accumulate(&ctx, &s, &p);
        let t2 = t.elapsed();
        let t = Instant::now();
        let f = accumulate_f(&ctx, &s, &p);
        let t3 = t.elapsed();
        println!("{bits}: samples {t1:?} accumulate {t2:?} f-only {t3:?} {} {}", a.f.to_f64(), f.to_f64());
    }
}
