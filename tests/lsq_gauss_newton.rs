//! The least squares of any model with three or more parameters starts with
//! Gauss–Newton steps on first-order duals (numeric/model/l2.rs): checked
//! against the exact rational solution of the normal equations of a model
//! linear in its parameters, and the first-order duals against the
//! second-order ones.

use rug::{Float, Rational};
use taylormatch::expr::parse;
use taylormatch::numeric::model::fit::grid_fit;
use taylormatch::numeric::model::Model;

/// Solves the k × k system a·c = b exactly (Gauss–Jordan over ℚ).
fn solve(mut a: Vec<Vec<Rational>>, mut b: Vec<Rational>) -> Vec<Rational> {
    let k = b.len();
    for i in 0..k {
        let piv = (i..k).find(|&r| a[r][i] != 0).unwrap();
        a.swap(i, piv);
        b.swap(i, piv);
        let (row, bi) = (a[i].clone(), b[i].clone());
        for (r, (ar, br)) in a.iter_mut().zip(b.iter_mut()).enumerate() {
            if r != i {
                let f = Rational::from(&ar[i] / &row[i]);
                for (x, y) in ar.iter_mut().zip(&row) {
                    *x -= Rational::from(&f * y);
                }
                *br -= Rational::from(&f * &bi);
            }
        }
    }
    (0..k).map(|i| Rational::from(&b[i] / &a[i][i])).collect()
}

#[test]
fn cubic_least_squares_matches_the_exact_normal_equations() {
    // c0 + c1 x + c2 x² + c3 x³ against x⁵ − x on 41 points of [−1, 2]
    let m = Model::new(
        parse("c0 + c1*x + c2*x^2 + c3*x^3").unwrap(),
        parse("x^5 - x").unwrap(),
        vec!["c0".into(), "c1".into(), "c2".into(), "c3".into()],
    )
    .unwrap();
    let xs: Vec<Rational> = (0..41).map(|j| Rational::from((3 * j - 40, 40))).collect();
    let mut a = vec![vec![Rational::new(); 4]; 4];
    let mut b = vec![Rational::new(); 4];
    for x in &xs {
        let pow = |n: u32| (0..n).fold(Rational::from(1), |a, _| a * x);
        let pw: Vec<Rational> = (0..4).map(pow).collect();
        let y = pow(5) - x.clone();
        for i in 0..4 {
            for j in 0..4 {
                a[i][j] += Rational::from(&pw[i] * &pw[j]);
            }
            b[i] += Rational::from(&pw[i] * &y);
        }
    }
    let exact = solve(a, b);
    let bits = 160;
    let start = [1, 0, 0, 0].map(Rational::from);
    let f = m.at(bits, &start, false).unwrap();
    let xf: Vec<Float> = xs.iter().map(|x| Float::with_val(bits, x)).collect();
    let p0: Vec<Float> = start.iter().map(|v| Float::with_val(bits, v)).collect();
    let r = grid_fit(&f, &xf, &p0).unwrap();
    for (p, q) in r.params.iter().zip(&exact) {
        let d = Float::with_val(bits, p - q).abs();
        assert!(d < 1e-35, "{p} vs {q}");
    }
}

#[test]
fn first_order_duals_are_the_gradient_of_the_second_order_ones() {
    let m = Model::new(
        parse("tanh(c1*x + c3*x^3) + c0").unwrap(),
        parse("erf(x/sqrt(2))").unwrap(),
        vec!["c0".into(), "c1".into(), "c3".into()],
    )
    .unwrap();
    let vals = [
        Rational::from((1, 100)),
        Rational::from((4, 5)),
        Rational::from((7, 200)),
    ];
    let f = m.at(128, &vals, false).unwrap();
    let x = Float::with_val(128, 1.3);
    let d2 = f.dual(&x, &f.points, false).unwrap();
    let d1 = f.dual1(&x, &f.points).unwrap();
    assert!(d1.h.is_empty() && d2.h.len() == 9);
    assert_eq!(d1.v, d2.v);
    assert_eq!(d1.g, d2.g);
}
