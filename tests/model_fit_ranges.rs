//! Expression minimax (Remez) on ranges other than [0, R]: [−3, 2] (an odd
//! error, folded onto [0, 3]) and [1, 4] (an end as an alternation point).
//! Each result against mpmath's solve of the alternation equations
//! e(x_i) = ±h, e′(x_i) = 0 (findroot at 40 digits, /tmp script in the
//! comments), equioscillation checked at 256 bits (equal heights to 1e-40
//! relative, every point inside the range, |e| nowhere above h on a dense
//! grid), and the maximum inside the certified bound over the range as given.

use rug::{Float, Rational};
use taylormatch::expr::parse;
use taylormatch::numeric::model::bound::max_error;
use taylormatch::numeric::model::fit::minimax_fit;
use taylormatch::numeric::model::Model;

const B: u32 = 256;

fn num(s: &str) -> Float {
    Float::with_val(B, Float::parse(s).unwrap())
}

fn case(model: &str, target: &str, start: [&str; 2], range: (i32, i32), want: [&str; 3]) {
    let m = Model::new(
        parse(model).unwrap(),
        parse(target).unwrap(),
        vec!["c1".into(), "c3".into()],
    )
    .unwrap();
    let p0: Vec<Rational> = start
        .iter()
        .map(|s| num(s).to_rational().unwrap())
        .collect();
    let f = m.at(B, &p0, false).unwrap();
    let (l, r) = (Float::with_val(B, range.0), Float::with_val(B, range.1));
    let tol = Float::with_val(B, Float::i_exp(1, -140));
    let start: Vec<Float> = start.iter().map(|s| num(s)).collect();
    let fit = minimax_fit(&f, &l, &r, &start, &tol).unwrap();
    for (i, w) in want.iter().enumerate() {
        let got = if i < 2 {
            &fit.params[i]
        } else {
            &fit.objective
        };
        let d = Float::with_val(B, got - num(w)).abs();
        assert!(
            d < Float::with_val(B, num(w).abs() * 1e-28),
            "{model} on {range:?}: {got} vs mpmath {w}"
        );
    }
    // equioscillation: k + 1 = 3 points in the range, equal heights
    assert_eq!(fit.alternation.len(), 3);
    let h = fit.objective.clone();
    for (x, e) in &fit.alternation {
        assert!(*x >= l && *x <= r, "{x} outside the range");
        let v = f.dual(x, &fit.params, false).unwrap().v;
        assert_eq!(&v, e);
        let d = Float::with_val(B, v.abs_ref()) - &h;
        assert!(
            d.abs() < Float::with_val(B, &h * 1e-40),
            "height {v} vs {h}"
        );
    }
    // nothing above h on a dense grid of the range
    for i in 0..=3000 {
        let x = Float::with_val(B, &l + Float::with_val(B, &r - &l) * i / 3000u32);
        let v = f.dual(&x, &fit.params, false).unwrap().v.abs();
        assert!(
            v <= Float::with_val(B, &h * (1.0 + 1e-30)),
            "|e({x})| = {v} > {h}"
        );
    }
    // inside the certified bound at the fitted parameters, over the range as given
    let exact: Vec<Rational> = fit
        .params
        .iter()
        .map(|p| p.to_rational().unwrap())
        .collect();
    let g = m.at(B, &exact, false).unwrap();
    let cb = max_error(
        &g,
        &(Some(Rational::from(range.0)), Some(Rational::from(range.1))),
        &Rational::from((1, 1_000_000_000_000u64)),
        100_000,
    )
    .unwrap();
    assert!(
        cb.lo <= h && h <= cb.hi,
        "{h} not in [{}, {}]",
        cb.lo,
        cb.hi
    );
}

#[test]
fn odd_error_on_an_unsymmetric_range_through_zero() {
    // mpmath: points 0.48163…, 1.47640…, 2.68764… of [0, 3] (−2.68764… in [−3, 2])
    case(
        "tanh(c1*x + c3*x^3)",
        "erf(x/sqrt(2))",
        ["0.8", "0.035"],
        (-3, 2),
        [
            "0.798801437120391978060414501914",
            "0.0352820482828335812623584607469",
            "0.000280626160211681470711897672551",
        ],
    );
}

#[test]
fn gelu_level_on_a_range_off_zero() {
    // mpmath: the end x = 1 and interior points 1.77573…, 2.93940…
    case(
        "x*sigmoid(c1*x + c3*x^3)",
        "gelu(x)",
        ["1.6", "0.07"],
        (1, 4),
        [
            "1.60098607857943170926667843463",
            "0.0692186968424570049615858425314",
            "0.000258375056253605609693637329666",
        ],
    );
}
