//! The four evaluations of an expression (point, interval, jet, hyper-dual)
//! against mpmath's values and Taylor coefficients (stored in
//! tests/data/funcs_ref.rs, computed with mpmath 1.3 at 60 digits) and
//! against each other.

#[path = "data/funcs_ref.rs"]
mod funcs_ref;

use rug::ops::Pow;
use rug::{Float, Rational};
use taylormatch::expr::{Expr, Func};
use taylormatch::numeric::interval::Interval;
use taylormatch::numeric::model::dual::DualDomain;
use taylormatch::numeric::model::eval::Compiled;
use taylormatch::numeric::model::ifuncs_eval::IntervalDomain;
use taylormatch::numeric::model::jet_eval::JetDomain;
use taylormatch::numeric::model::point::PointDomain;

const B: u32 = 200;

/// An exact decimal "−1.3" as a rational.
fn dec(s: &str) -> Rational {
    let (neg, t) = s.strip_prefix('-').map_or((false, s), |t| (true, t));
    let (i, f) = t.split_once('.').unwrap_or((t, ""));
    let n: rug::Integer = format!("{i}{f}").parse().unwrap();
    let q = Rational::from((n, rug::Integer::from(10).pow(f.len() as u32)));
    if neg {
        -q
    } else {
        q
    }
}

fn reference(s: &str) -> Float {
    Float::with_val(300, Float::parse(s).unwrap())
}

/// |v − r| ≤ 1e-40·max(1, |r|) plus the interval's own half-width.
fn close(iv: &Interval, r: &Float) -> bool {
    let tol = Float::with_val(300, r.abs_ref()).max(&Float::with_val(300, 1))
        * Float::with_val(300, 1e-40);
    let lo = Float::with_val(300, &iv.lo - &tol);
    let hi = Float::with_val(300, &iv.hi + &tol);
    lo <= *r && *r <= hi
}

fn f_of_x(name: &str) -> Compiled {
    let f = Func::from_name(name).unwrap();
    Compiled::new(&Expr::call(f, Expr::X), &[]).unwrap()
}

#[test]
fn point_interval_and_jet_match_mpmath() {
    for (name, x, coeffs) in funcs_ref::FUNCS {
        let c = f_of_x(name);
        let xq = dec(x);
        let xi = Interval::from_rational(B, &xq);
        let p = c
            .eval(&PointDomain {
                bits: B,
                x: Float::with_val(B, &xq),
                params: vec![],
            })
            .unwrap();
        let r0 = reference(coeffs[0]);
        let p_iv = Interval::point(B, &p);
        assert!(close(&p_iv, &r0), "{name}({x}) point {p} vs {r0}");
        let iv = c
            .eval(&IntervalDomain {
                bits: B,
                x: xi.clone(),
                params: vec![],
            })
            .unwrap();
        assert!(close(&iv, &r0), "{name}({x}) interval {iv:?}");
        assert!(iv.width() < 1e-50, "{name}({x}) interval too wide");
        let jet = c.eval(&JetDomain::new(B, 6, xi, vec![])).unwrap();
        for (k, s) in coeffs.iter().enumerate() {
            let r = reference(s);
            assert!(
                close(&jet.c[k], &r),
                "{name}({x}) jet c{k} {:?} vs {r}",
                jet.c[k]
            );
            assert!(jet.c[k].width() < 1e-45, "{name}({x}) c{k} too wide");
        }
        // the hyper-dual in x: f′ and f″/2 are the jet's c1 and c2
        let d = c
            .eval(&DualDomain {
                bits: B,
                x: Float::with_val(B, &xq),
                params: vec![],
                seed_x: true,
                hessian: true,
            })
            .unwrap();
        assert!(
            close(&Interval::point(B, &d.g[0]), &reference(coeffs[1])),
            "{name}({x}) dual f′"
        );
        let h2 = Float::with_val(B, d.hess(0, 0) / 2u32);
        assert!(
            close(&Interval::point(B, &h2), &reference(coeffs[2])),
            "{name}({x}) dual f″"
        );
    }
}

#[test]
fn boxes_contain_every_point_and_slope() {
    for (name, x, _) in funcs_ref::FUNCS {
        let c = f_of_x(name);
        let mid = dec(x);
        let r = Rational::from((1, 4));
        let bx = Interval::from_floats(
            Float::with_val(B, Rational::from(&mid - &r)),
            Float::with_val(B, Rational::from(&mid + &r)),
        );
        let iv = c
            .eval(&IntervalDomain {
                bits: B,
                x: bx.clone(),
                params: vec![],
            })
            .unwrap();
        let jet = c.eval(&JetDomain::new(B, 3, bx.clone(), vec![])).unwrap();
        for i in 0..=20 {
            let xp = Float::with_val(B, &bx.lo + Float::with_val(B, &bx.width() * i) / 20u32)
                .min(&bx.hi);
            let d = c
                .eval(&DualDomain {
                    bits: B,
                    x: xp.clone(),
                    params: vec![],
                    seed_x: true,
                    hessian: true,
                })
                .unwrap();
            assert!(
                iv.contains(&d.v),
                "{name} on box around {x}: f({xp}) outside"
            );
            assert!(jet.c[0].contains(&d.v), "{name}: jet c0 misses f({xp})");
            assert!(jet.c[1].contains(&d.g[0]), "{name}: jet c1 misses f′({xp})");
            let h2 = Float::with_val(B, d.hess(0, 0) / 2u32);
            assert!(jet.c[2].contains(&h2), "{name}: jet c2 misses f″/2 at {xp}");
        }
    }
}

#[test]
fn trigonometric_extremes_are_included() {
    let bx = |a: i64, b: i64| {
        Interval::from_rational(64, &Rational::from((a, 10)))
            .hull(&Interval::from_rational(64, &Rational::from((b, 10))))
    };
    // sin on [1, 2] ∋ π/2: the top is exactly 1
    assert_eq!(bx(10, 20).sin().hi, 1);
    // cos on [3, 3.5] ∋ π: the bottom is exactly −1
    assert_eq!(bx(30, 35).cos().lo, -1);
    // cos on [0.1, 3.0]: no critical point, ends only
    let c = bx(1, 30).cos();
    assert!(c.hi < 1 && c.lo > -1);
    // tan across π/2 is refused
    assert!(bx(15, 16).tan().is_err());
    assert!(bx(-2, 0).log().is_err());
    assert!(bx(5, 10).artanh().is_err());
}

#[test]
fn rational_powers_and_division() {
    // x^(1/2), x^(-3), x^(5/3) and 1/(1 + 0.3275911x) at x = 0.7 (mpmath, 45 digits)
    let cases = [
        (
            Expr::pow(Expr::X, "1/2".parse::<taylormatch::coeff::Q>().unwrap()),
            "0.836660026534075547978172025785187489392815369",
        ),
        (
            Expr::pow(Expr::X, "-3".parse().unwrap()),
            "2.91545189504373177842565597667638483965014577",
        ),
        (
            Expr::pow(Expr::X, "5/3".parse().unwrap()),
            "0.551861461417366997309714331735523899022080355",
        ),
    ];
    for (e, want) in cases {
        let c = Compiled::new(&e, &[]).unwrap();
        let xi = Interval::from_rational(B, &Rational::from((7, 10)));
        let iv = c
            .eval(&IntervalDomain {
                bits: B,
                x: xi.clone(),
                params: vec![],
            })
            .unwrap();
        assert!(close(&iv, &reference(want)), "{e}: {iv:?}");
        let j = c.eval(&JetDomain::new(B, 4, xi, vec![])).unwrap();
        assert!(close(&j.c[0], &reference(want)), "{e} jet");
    }
}
