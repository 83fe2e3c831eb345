//! `taylormatch bound` (issue 5): soundness of the interval primitives and
//! jets, certified maxima against an independent optimiser, the residual θ
//! against direct evaluation, and the real binary's output and bad input.

use proptest::prelude::*;
use rug::float::Constant;
use rug::{Float, Rational};
use taylormatch::coeff::{parse_exact, Coeff, Sym, Q};
use taylormatch::functions::analytic_a;
use taylormatch::numeric::bound::residual::{residual, series_difference};
use taylormatch::numeric::bound::{max_error, BoundResult, BoundSpec, Family, JetKernel, Level};
use taylormatch::numeric::interval::Interval;
use taylormatch::numeric::Enclose;

const HP: u32 = 512;

/// A family with its exact parameter (a or k).
type Model = (Family, Sym);

fn spec(m: Model, level: Level) -> BoundSpec {
    BoundSpec::family(m.0, m.1, level)
}

fn kernel(m: Model, level: Level, bits: u32) -> JetKernel {
    let s = spec(m, level);
    JetKernel::new(&s.model, &s.values, bits).unwrap()
}

fn interval(bits: u32, a: &Rational, b: &Rational) -> Interval {
    Interval::from_rational(bits, a).hull(&Interval::from_rational(bits, b))
}

/// (a, b, x) with a ≤ x ≤ b, rationals with denominators up to 2^10.
fn triple() -> impl Strategy<Value = (Rational, Rational, Rational)> {
    (-6000i64..6000, 0i64..3000, 0u32..=64).prop_map(|(n, w, t)| {
        let a = Rational::from((n, 1024));
        let b = Rational::from((n + w, 1024));
        let x = &a + Rational::from(&b - &a) * Rational::from((t, 64));
        (a, b, x)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The true value at a point inside (computed at 512 bits) lies in the enclosure.
    #[test]
    fn primitives_enclose_the_true_value((a, b, x) in triple(), bits in 64u32..200) {
        let iv = interval(bits, &a, &b);
        let xf = Float::with_val(HP, &x);
        let one = Float::with_val(HP, 1);
        let cases: Vec<(&str, Interval, Float)> = vec![
            ("exp", iv.exp(), xf.clone().exp()),
            ("tanh", iv.tanh(), xf.clone().tanh()),
            ("erf", iv.erf(), xf.clone().erf()),
            ("erfc", iv.erfc(), xf.clone().erfc()),
            ("sigmoid", iv.sigmoid(), Float::with_val(HP, &one / (Float::with_val(HP, -&xf).exp() + 1u32))),
            ("phi", iv.phi(), Float::with_val(HP, (Float::with_val(HP, &xf / Float::with_val(HP, 2).sqrt()).erf() + 1u32) / 2u32)),
            ("sqr", iv.sqr(), Float::with_val(HP, xf.square_ref())),
        ];
        for (name, enc, truth) in cases {
            prop_assert!(enc.contains(&truth), "{name}({x}) = {truth} not in {enc:?}");
        }
        let g = iv.gelu();
        let phi = Float::with_val(HP, (Float::with_val(HP, &xf / Float::with_val(HP, 2).sqrt()).erf() + 1u32) / 2u32);
        prop_assert!(g.contains(&Float::with_val(HP, &xf * &phi)));
    }

    /// Jets of the error over a box contain the error and its derivative at a
    /// point of the box, the derivative computed from its closed form.
    #[test]
    fn error_jets_enclose_value_and_slope((a, b, x) in triple(), level in 0usize..3) {
        let level = [Level::Erf, Level::Phi, Level::Gelu][level];
        let f = kernel((Family::Tanh, parse_exact("0.044715").unwrap()), level, 96);
        let j = f.jet(&interval(96, &a, &b), 3);
        let (v, d) = reference_value_and_slope(&x, level);
        prop_assert!(j.c[0].contains(&v), "value {v} not in {:?}", j.c[0]);
        prop_assert!(j.c[1].contains(&d), "slope {d} not in {:?}", j.c[1]);
    }
}

/// e = tanh(s(x + a x³)) − erf(x/√2), e′ = s(1 + 3a x²)(1 − tanh²u) − s·e^(−x²/2),
/// at 512 bits, a = 0.044715; Φ level halves, GELU level g = x e/2, g′ = (e + x e′)/2.
fn reference_value_and_slope(x: &Rational, level: Level) -> (Float, Float) {
    let x = Float::with_val(HP, x);
    let a = Float::with_val(HP, Rational::from((44715, 1_000_000)));
    let s = Float::with_val(
        HP,
        Float::with_val(HP, 2) / Float::with_val(HP, Constant::Pi),
    )
    .sqrt();
    let x2 = Float::with_val(HP, x.square_ref());
    let u = Float::with_val(
        HP,
        &s * Float::with_val(HP, &x + Float::with_val(HP, &a * &x2) * &x),
    );
    let t = u.tanh();
    let e = Float::with_val(
        HP,
        &t - Float::with_val(HP, &x / Float::with_val(HP, 2).sqrt()).erf(),
    );
    let sech2 = Float::with_val(HP, 1 - Float::with_val(HP, t.square_ref()));
    let inner = Float::with_val(
        HP,
        1 + Float::with_val(HP, 3 * Float::with_val(HP, &a * &x2)),
    );
    let gauss = Float::with_val(HP, -Float::with_val(HP, &x2 / 2u32)).exp();
    let de = Float::with_val(
        HP,
        Float::with_val(HP, &s * &inner) * &sech2 - Float::with_val(HP, &s * &gauss),
    );
    match level {
        Level::Erf => (e, de),
        Level::Phi => (
            Float::with_val(HP, &e / 2u32),
            Float::with_val(HP, &de / 2u32),
        ),
        Level::Gelu => {
            let g = Float::with_val(HP, Float::with_val(HP, &x * &e) / 2u32);
            let dg = Float::with_val(
                HP,
                Float::with_val(HP, &e + Float::with_val(HP, &x * &de)) / 2u32,
            );
            (g, dg)
        }
    }
}

#[test]
fn jets_at_zero_match_the_exact_series() {
    // route 1: exact series engine; route 2: interval jet recurrences
    let d = series_difference(12).unwrap();
    let f = kernel((Family::Tanh, analytic_a()), Level::Erf, 200);
    let j = f.jet(&Interval::from_rational(200, &Rational::new()), 12);
    for (k, c) in d.iter().enumerate() {
        let exact = c.enclose(300).unwrap();
        assert!(
            j.c[k].intersect(&exact).is_some(),
            "x^{k}: jet {:?} vs exact {c}",
            j.c[k]
        );
        assert!(
            j.c[k].width() < Float::with_val(64, Float::i_exp(1, -150)),
            "x^{k} jet too wide"
        );
    }
}

/// |error| of `model` at a point, in plain 200-bit floats (no intervals).
fn abs_error(model: &Model, level: Level, x: &Float) -> Float {
    let p = 200;
    let s = Float::with_val(p, Float::with_val(p, 2) / Float::with_val(p, Constant::Pi)).sqrt();
    let m = match model {
        (Family::Tanh, a) => {
            let a = a.enclose(p).unwrap().mid();
            let x3 = Float::with_val(p, x * Float::with_val(p, x.square_ref()));
            Float::with_val(p, &s * Float::with_val(p, x + Float::with_val(p, &a * &x3))).tanh()
        }
        (Family::Sigmoid, k) => Float::with_val(p, k.enclose(p).unwrap().mid() * x / 2u32).tanh(),
        (Family::TanhFree, _) => unreachable!("the bounds take tanh and sigmoid"),
    };
    let e = Float::with_val(
        p,
        m - Float::with_val(p, x / Float::with_val(p, 2).sqrt()).erf(),
    );
    let v = match level {
        Level::Erf => e,
        Level::Phi => e / 2u32,
        Level::Gelu => Float::with_val(p, x * e) / 2u32,
    };
    v.abs()
}

/// An independent maximiser: scan x = j/64 on (0, 10], then golden-section search.
fn golden_max(model: &Model, level: Level) -> (Float, Float) {
    let p = 200;
    let f = |x: &Float| abs_error(model, level, x);
    let best = (1..=640)
        .map(|j| Float::with_val(p, j) / 64u32)
        .max_by(|a, b| f(a).partial_cmp(&f(b)).unwrap())
        .unwrap();
    let (mut lo, mut hi) = (
        Float::with_val(p, &best - Float::with_val(p, 1) / 64u32),
        Float::with_val(p, &best + Float::with_val(p, 1) / 64u32),
    );
    let g = Float::with_val(p, (Float::with_val(p, 5).sqrt() - 1u32) / 2u32);
    for _ in 0..160 {
        let w = Float::with_val(p, &hi - &lo);
        let x1 = Float::with_val(p, &hi - Float::with_val(p, &g * &w));
        let x2 = Float::with_val(p, &lo + Float::with_val(p, &g * &w));
        if f(&x1) < f(&x2) {
            lo = x1;
        } else {
            hi = x2;
        }
    }
    let x = Float::with_val(p, &lo + &hi) / 2u32;
    (f(&x), x)
}

fn tanh_model(a: &str) -> Model {
    (
        Family::Tanh,
        if a == "analytic" {
            analytic_a()
        } else {
            parse_exact(a).unwrap()
        },
    )
}

fn check_against_golden(model: Model, level: Level) -> BoundResult {
    let r = max_error(&spec(model.clone(), level)).unwrap();
    let (v, x) = golden_max(&model, level);
    assert!(r.converged);
    assert!(
        r.lo <= v && v <= r.hi,
        "{level:?}: golden max {v} not in [{}, {}]",
        r.lo,
        r.hi
    );
    assert!(
        r.argmax.iter().any(|iv| iv.contains(&x)),
        "{level:?}: golden argmax {x} not in {:?}",
        r.argmax
    );
    let rel = Float::with_val(64, r.width() / &r.lo);
    assert!(rel <= 1e-12, "relative width {rel}");
    r
}

#[test]
fn paper_a_enclosures_contain_the_golden_section_maximum() {
    let erf = check_against_golden(tanh_model("0.044715"), Level::Erf);
    // mpmath, mp.dps = 50: findroot of diff(e, x) from the 0.01-grid maximum gives
    // max |tanh(√(2/π)(x + 0.044715x³)) − erf(x/√2)| = 0.00035786516754460664721 at x = 2.59214488337929
    let reference = Float::with_val(200, parse_q("0.00035786516754460664721"));
    assert!(erf.lo <= reference && reference <= erf.hi);
    let phi = max_error(&spec(tanh_model("0.044715"), Level::Phi)).unwrap();
    assert!(
        Float::with_val(200, &phi.lo * 2u32) <= erf.hi
            && Float::with_val(200, &phi.hi * 2u32) >= erf.lo
    );
    check_against_golden(tanh_model("0.044715"), Level::Gelu);
}

#[test]
fn analytic_a_and_sigmoid_enclosures_contain_the_golden_section_maximum() {
    check_against_golden(tanh_model("analytic"), Level::Erf);
    check_against_golden(tanh_model("analytic"), Level::Gelu);
    let k: Model = (Family::Sigmoid, parse_exact("1.702").unwrap());
    check_against_golden(k.clone(), Level::Erf);
    check_against_golden(k, Level::Gelu);
}

#[test]
fn a_perturbed_a_excludes_the_old_maximum() {
    let old = max_error(&spec(tanh_model("0.044715"), Level::Erf)).unwrap();
    let new = max_error(&spec(tanh_model("0.0448"), Level::Erf)).unwrap();
    assert!(
        new.hi < old.lo || new.lo > old.hi,
        "old [{}, {}], new [{}, {}]",
        old.lo,
        old.hi,
        new.lo,
        new.hi
    );
}

#[test]
fn a_range_holding_one_maximiser_gives_the_whole_line_value() {
    let whole = max_error(&spec(tanh_model("0.044715"), Level::Erf)).unwrap();
    let mut spec = spec(tanh_model("0.044715"), Level::Erf);
    spec.range = Some((Rational::from(-3), Rational::from(1)));
    let part = max_error(&spec).unwrap();
    assert!(!part.symmetric && part.tail.is_none());
    assert!(part.lo <= whole.hi && whole.lo <= part.hi);
    assert!(part.argmax.iter().all(|iv| iv.hi < 0), "{:?}", part.argmax);
    // on [0, 1] the maximum is smaller and enclosed around the golden value restricted there
    spec.range = Some((Rational::new(), Rational::from(1)));
    let small = max_error(&spec).unwrap();
    assert!(small.hi < whole.lo);
}

#[test]
fn residual_c5_is_the_hand_expansion_and_theta_contains_direct_values() {
    // by hand: tanh u = u − u³/3 + 2u⁵/15, u = s(x + a x³), erf(x/√2) = s(x − x³/6 + x⁵/40 − …):
    // c₅ = −s³a + 2s⁵/15 − s/40 = s·(−t²/5 + t/6 − 1/40) at a = t/3 − 1/6, t = 2/π
    let t = Sym::t();
    let q = |n: i64, d: i64| Q::new(n.into(), d.into());
    let hand = Sym::sqrt_2_over_pi().mul(
        &t.mul(&t)
            .mul_q(&q(-1, 5))
            .add(&t.mul_q(&q(1, 6)))
            .sub(&Sym::rational(q(1, 40))),
    );
    let r = Rational::from((1, 2));
    let res = residual(&r, Level::Erf, 128, 128).unwrap();
    assert!(res.c5.sub(&hand).is_zero(), "c5 = {}", res.c5);
    let c5 = hand.enclose(256).unwrap().mid();
    for (n, d) in [(1, 2), (1, 3), (1, 7), (2, 9), (1, 50)] {
        let x = Float::with_val(256, Rational::from((n, d)));
        let dx = Float::with_val(256, abs_error(&tanh_model("analytic"), Level::Erf, &x));
        // the difference is positive on (0, 1/2] (c5 > 0 and θ > −1 there), so |d| = d
        let theta = Float::with_val(
            256,
            dx / Float::with_val(
                256,
                &c5 * Float::with_val(
                    256,
                    &x * Float::with_val(256, Float::with_val(256, x.square_ref()).square_ref()),
                ),
            ),
        ) - 1u32;
        assert!(
            res.theta.contains(&theta),
            "θ({n}/{d}) = {theta} not in {:?}",
            res.theta
        );
    }
    assert!(res.theta.contains(&res.theta_at_r.mid()));
    assert!(res.theta.hi < 0.1502 && res.theta.lo > -1e-30);
}

#[test]
fn the_paper_a_is_not_the_analytic_a() {
    // sanity for the inputs above: 0.044715 < 2/(3π) − 1/6 = 0.04553992…
    let a = analytic_a().enclose(64).unwrap();
    assert!(a.lo > 0.0455 && a.hi < 0.0456);
}

fn parse_q(s: &str) -> Rational {
    taylormatch::numeric::convert::q_to_rug(&parse_exact(s).unwrap().as_q().unwrap())
}

#[test]
fn near_the_minimax_a_the_argmax_has_two_equal_clusters() {
    // mpmath (mp.dps = 40): solving e(x₁) = −e(x₂) for a, with x₁, x₂ the local
    // extrema (findroot of diff(e, x) from 1.24 and 2.59), gives the erf-level
    // minimax a = 0.0447149112276325… . At that 16-digit a the same findroot gives
    // e(1.2421078845358986782) = −0.0003578426218904364927590428 and
    // e(2.5921759792782412532) = +0.0003578426218904407279616449.
    let r = max_error(&spec(tanh_model("0.0447149112276325"), Level::Erf)).unwrap();
    let reference = parse_q("0.0003578426218904407279616449");
    assert!(
        r.lo <= reference && reference <= r.hi,
        "[{}, {}]",
        r.lo,
        r.hi
    );
    assert_eq!(r.argmax.len(), 2, "{:?}", r.argmax);
    assert!(r.argmax[0].lo > 1.242 && r.argmax[0].hi < 1.2422);
    assert!(r.argmax[1].lo > 2.5921 && r.argmax[1].hi < 2.5922);
}
