//! Fits asked for very few digits still work (the working precision has a
//! floor) and agree with a 12-digit fit rounded to those digits.

use taylormatch::numeric::decimal::round_rational;
use taylormatch::numeric::fit::{fit, Criterion, FitSpec};
use taylormatch::numeric::model::{Family, Level};

#[test]
fn one_and_two_digit_fits_agree_with_twelve_digit_fits() {
    let cases = [
        (Family::Tanh, Criterion::Minimax),
        (Family::Sigmoid, Criterion::Minimax),
        (Family::TanhFree, Criterion::Minimax),
        (Family::Tanh, Criterion::Grid),
    ];
    for (model, crit) in cases {
        for target in [Level::Erf, Level::Gelu] {
            let fine = fit(&FitSpec::new(model, target, crit, 12)).expect("12-digit fit");
            for d in [1u32, 2] {
                let r = fit(&FitSpec::new(model, target, crit, d))
                    .unwrap_or_else(|e| panic!("{model:?} {crit:?} {target:?} at {d} digits: {e}"));
                for (p, q) in r.param_decimals().iter().zip(&fine.params) {
                    let expect = round_rational(&q.to_rational().unwrap(), d).to_string_g();
                    assert_eq!(p, &expect, "{model:?} {crit:?} {target:?} at {d} digits");
                }
            }
        }
    }
}
