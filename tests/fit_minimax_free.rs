//! Two-parameter minimax (tanh-free): three-point alternation, checked by perturbation.

use rug::Float;
use taylormatch::numeric::fit::extrema::extrema_abs_range;
use taylormatch::numeric::fit::{fit, Criterion, FitSpec, Range};
use taylormatch::numeric::model::{Family, Kernel, Level};

fn max_err(ctx: &Kernel, c: &[Float]) -> Float {
    let (lo, hi) = Range::real_line().abs_range();
    let ex = extrema_abs_range(ctx, &ctx.inner(c), &lo, hi.as_ref()).unwrap();
    Float::with_val(ctx.bits, ex[0].e.abs_ref())
}

#[test]
fn tanh_free_minimax_alternates_and_no_nearby_point_does_better() {
    for target in [Level::Erf, Level::Gelu] {
        let r = fit(&FitSpec::new(
            Family::TanhFree,
            target,
            Criterion::Minimax,
            20,
        ))
        .unwrap();
        // three extrema of the same size with alternating signs, to the 20 digits shown
        assert_eq!(r.extrema.len(), 3);
        for k in 0..3 {
            assert_eq!(
                r.extrema[k].error.decimal().trim_start_matches('-'),
                r.objective.decimal(),
                "{target:?}"
            );
        }
        assert_eq!(r.extrema[0].sign, -r.extrema[1].sign);
        assert_eq!(r.extrema[1].sign, -r.extrema[2].sign);
        // the nested one-parameter model cannot do better
        let one = fit(&FitSpec::new(Family::Tanh, target, Criterion::Minimax, 20)).unwrap();
        let (m2, m1) = (
            Float::with_val(64, Float::parse(r.objective.decimal()).unwrap()),
            Float::with_val(64, Float::parse(one.objective.decimal()).unwrap()),
        );
        assert!(m2 < m1);
        // second route: every perturbation of (c1, c3) by 1e-7 in 8 directions raises the maximum
        let ctx = Kernel::new(Family::TanhFree, target, 128);
        let c: Vec<Float> = r.params.iter().map(|v| Float::with_val(128, v)).collect();
        let base = max_err(&ctx, &c);
        for (d1, d3) in [
            (1, 0),
            (-1, 0),
            (0, 1),
            (0, -1),
            (1, 1),
            (1, -1),
            (-1, 1),
            (-1, -1),
        ] {
            let q = vec![
                Float::with_val(128, &c[0] + 1e-7 * d1 as f64),
                Float::with_val(128, &c[1] + 1e-7 * d3 as f64),
            ];
            assert!(
                max_err(&ctx, &q) > base,
                "{target:?} direction ({d1}, {d3})"
            );
        }
    }
}
