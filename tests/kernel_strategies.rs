//! Property tests of the one model's closed-form evaluation strategies against
//! its generic expression evaluation: `Kernel` (the fits' e, e′, e″, ∂e/∂p)
//! against the hyper-dual tree walk, and `JetKernel` (the bounds' interval
//! jets) against the expression's interval jets, at random points, boxes,
//! parameters and every level; and the recognition that picks them.

use proptest::prelude::*;
use rug::{Float, Rational};
use taylormatch::coeff::Sym;
use taylormatch::expr::parse;
use taylormatch::numeric::interval::Interval;
use taylormatch::numeric::model::{Family, Level, Model};

const B: u32 = 192;
const LEVELS: [Level; 3] = [Level::Erf, Level::Phi, Level::Gelu];
const FAMILIES: [Family; 3] = [Family::Tanh, Family::Sigmoid, Family::TanhFree];

fn close(a: &Float, b: &Float) -> bool {
    // both round every step at 192 bits: agree to ~1e-50 absolutely (|e| ≲ 10)
    Float::with_val(B, a - b).abs() <= 1e-50
}

/// Parameters of `f` from the unit draws `u`, `v`: a ∈ [0, 0.1], k ∈ [1, 2.5],
/// (c1, c3) ∈ [0.5, 1.2] × [0, 0.1] (exact rationals, so both routes see the same values).
fn params(f: Family, u: u32, v: u32) -> Vec<Rational> {
    let r = |n: u32, lo: i64, span: i64| Rational::from((lo * 1000 + span * n as i64, 1000));
    match f {
        Family::Tanh => vec![Rational::from((u as i64, 10_000))],
        Family::Sigmoid => vec![r(u, 1, 1) + Rational::from((u as i64, 2000))],
        Family::TanhFree => vec![
            Rational::from((500 + u as i64 * 7 / 10, 1000)),
            Rational::from((v as i64, 10_000)),
        ],
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// e, ∂e/∂p_j, e′, e″ of the closed form equal the generic evaluation.
    #[test]
    fn kernel_matches_the_generic_evaluation(
        fi in 0usize..3, li in 0usize..3, u in 0u32..1000, v in 0u32..1000, xn in -6000i32..6000,
    ) {
        let (f, l) = (FAMILIES[fi], LEVELS[li]);
        let m = Model::family(f, l);
        let k = m.kernel(B).expect("a named family at a level is recognised");
        prop_assert_eq!((k.family, k.level), (f, l));
        prop_assert_eq!(k.model(), m.clone());
        let ps = params(f, u, v);
        let pf: Vec<Float> = ps.iter().map(|q| Float::with_val(B, q)).collect();
        let x = Float::with_val(B, xn) / 1000u32;
        let generic = m.at(B, &ps, false).unwrap();
        let c = k.inner(&pf);
        let e = k.error(&x, &c);
        prop_assert!(close(&e, &generic.point(&x).unwrap()), "{f:?} {l:?} e at {x}");
        let d = generic.dual(&x, &pf, true).unwrap();
        prop_assert!(close(&e, &d.v));
        for (j, g) in k.error_dparams(&x, &pf).iter().enumerate() {
            prop_assert!(close(g, &d.g[j]), "{f:?} {l:?} ∂e/∂p{j} at {x}");
        }
        let n = ps.len();
        let ed = k.error_derivs(&x, &c);
        prop_assert!(close(&ed.d1, &d.g[n]), "{f:?} {l:?} e′ at {x}");
        prop_assert!(close(&ed.d2, d.hess(n, n)), "{f:?} {l:?} e″ at {x}");
    }

    /// The closed-form jets and the expression's jets over a box enclose the
    /// same Taylor coefficients (they overlap), both contain the error at the
    /// box's midpoint, and the closed form is not wider than 4× the generic one.
    #[test]
    fn jet_kernel_matches_the_generic_jets(
        fi in 0usize..2, li in 0usize..3, u in 0u32..1000, lo in -5000i32..5000, w in 1u32..400,
    ) {
        let (f, l) = (FAMILIES[fi], LEVELS[li]);
        let m = Model::family(f, l);
        let ps = params(f, u, 0);
        let exact: Vec<Sym> = ps
            .iter()
            .map(|q| taylormatch::coeff::parse_exact(&format!("{}/{}", q.numer(), q.denom())).unwrap())
            .collect();
        let jk = m.jet_kernel(&exact, B).unwrap();
        let generic = m.at(B, &ps, false).unwrap();
        let a = Float::with_val(B, lo) / 1000u32;
        let b = Float::with_val(B, lo + w as i32) / 1000u32;
        let bx = Interval::from_floats(a.clone(), b.clone());
        let (jo, jn) = (jk.jet(&bx, 4), generic.jet(&bx, 4).unwrap());
        for k in 0..4 {
            prop_assert!(jo.c[k].intersect(&jn.c[k]).is_some(), "{f:?} {l:?} c{k} on [{a}, {b}]");
            let (wo, wn) = (jo.c[k].width(), jn.c[k].width());
            prop_assert!(wo <= Float::with_val(B, &wn * 4u32) + 1e-50, "{f:?} {l:?} c{k}: {wo} vs {wn}");
        }
        let mid = Float::with_val(B, &a + &b) / 2u32;
        let v = generic.point(&mid).unwrap();
        prop_assert!(jk.at(&mid).contains(&v) || close(&jk.at(&mid).mid(), &v), "{f:?} {l:?} e({mid})");
    }
}

#[test]
fn only_the_named_families_at_a_level_are_recognised() {
    let other = Model::new(
        parse("tanh(c*x)").unwrap(),
        parse("erf(x/sqrt(2))").unwrap(),
        vec!["c".into()],
    )
    .unwrap();
    assert!(other.kernel(B).is_none());
    let one = [taylormatch::coeff::parse_exact("1/2").unwrap()];
    assert!(other.jet_kernel(&one, B).is_err());
    // the family expression without a level is a pair of expressions, not the family
    let (approx, params) = Family::Tanh.approximant();
    let bare = Model::new(approx, parse("erf(x/sqrt(2))").unwrap(), params).unwrap();
    assert!(bare.kernel(B).is_none());
    // tanh-free has the fits' kernel but no closed-form jets
    let free = Model::family(Family::TanhFree, Level::Gelu);
    assert!(free.kernel(B).is_some());
    let two = [one[0].clone(), one[0].clone()];
    assert!(free.jet_kernel(&two, B).is_err());
    // a family with the wrong number of values is refused, not guessed
    assert!(Model::family(Family::Tanh, Level::Erf)
        .jet_kernel(&two, B)
        .is_err());
}
