//! The proven GELU-level tail (numeric::model::tail): it dominates the error
//! sampled far out (point evaluation at 256 bits, an independent route), it
//! applies only to the forms it is proven for, and with it the whole-line
//! bound of the GELU tanh form contains mpmath's maximum (40 digits:
//! 0.0004732355206872848771139823, at x = ±2.6989…).

use rug::{Float, Rational};
use taylormatch::expr::parse;
use taylormatch::numeric::model::bound::{max_error, max_error_tail, GeluTail};
use taylormatch::numeric::model::{Family, Level, Model};

fn lifted(m: &str) -> Model {
    Model::lifted(parse(m).unwrap(), vec![], Level::Gelu)
}

#[test]
fn the_tail_bound_dominates_the_error_far_out() {
    for m in [
        "tanh(sqrt(2/pi)*(x + 0.044715*x^3))",
        "2*sigmoid(1.702*x) - 1",
        "2*sigmoid(1.5957691*x + 0.0713548*x^3) - 1",
        "tanh(0.7978845608*x + 0.0356774*x^3)",
    ] {
        let model = lifted(m);
        let tail = GeluTail::of(&model).unwrap_or_else(|| panic!("{m}: no tail"));
        let f = model.at(256, &[], false).unwrap();
        for t in [4u32, 8, 16] {
            let b = tail.bound(&Float::with_val(256, t), 256).unwrap();
            for i in 0..200u32 {
                let x = Float::with_val(256, t) + Float::with_val(256, i) / 8u32;
                for s in [x.clone(), -x] {
                    let v = f.point(&s).unwrap().abs();
                    assert!(v <= b, "{m}: |e({s})| = {v} > tail bound {b} from {t}");
                }
            }
        }
        // the bound is not vacuous: below the maximum from T = 8 on
        let b8 = tail.bound(&Float::with_val(256, 8), 256).unwrap();
        assert!(b8 < 2e-5, "{m}: {b8}");
    }
}

#[test]
fn the_tail_applies_only_where_it_is_proven() {
    // a negative coefficient, an even term, a parameter, the Φ level
    for m in ["tanh(x - 0.01*x^3)", "tanh(x + x^2)", "tanh(sin(x))"] {
        assert!(GeluTail::of(&lifted(m)).is_none(), "{m}");
    }
    assert!(GeluTail::of(&Model::family(Family::Tanh, Level::Gelu)).is_none());
    let phi = Model::lifted(parse("tanh(x)").unwrap(), vec![], Level::Phi);
    assert!(GeluTail::of(&phi).is_none());
    // below max(1, 1/(2c)) the bound is not claimed: c = 0.1 gives X ≥ 5 (just above, from c rounded down)
    let slow = GeluTail::of(&lifted("tanh(0.1*x)")).unwrap();
    assert!(slow.bound(&Float::with_val(64, 4), 64).is_none());
    assert!(slow.bound(&Float::with_val(64, 6), 64).is_some());
}

#[test]
fn the_whole_line_bound_at_the_gelu_level_contains_mpmath() {
    let model = lifted("tanh(sqrt(2/pi)*(x + 0.044715*x^3))");
    let f = model.at(128, &[], false).unwrap();
    let tol = Rational::from((1, 1_000_000_000_000u64));
    // interval arithmetic alone cannot close ∞·0
    assert!(max_error(&f, &(None, None), &tol, 100_000).is_err());
    let tail = GeluTail::of(&model);
    let r = max_error_tail(&f, &(None, None), &tol, 100_000, tail.as_ref()).unwrap();
    let mp = Float::with_val(128, Float::parse("0.0004732355206872848771139823").unwrap());
    assert!(r.lo <= mp && mp <= r.hi, "[{}, {}]", r.lo, r.hi);
    assert!(r.converged);
    let (t, b) = r.tail.clone().map(|t| (t.point, t.bound)).unwrap();
    assert!(b < r.lo, "tail {b} from {t} not below the maximum");
}
