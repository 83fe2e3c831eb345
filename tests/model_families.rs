//! The closed-form strategies of the one model (numeric::model::Kernel for the
//! fits, numeric::model::JetKernel for the bounds) against its generic
//! expression evaluation, and the hyper-dual parameter derivatives against central
//! differences at high precision.

use rug::{Float, Rational};
use taylormatch::coeff::parse_exact;
use taylormatch::numeric::interval::Interval;
use taylormatch::numeric::model::{Family, JetKernel, Kernel, Level, Model};

const B: u32 = 256;

fn f(v: f64) -> Float {
    Float::with_val(B, v)
}

fn within(a: &Float, b: &Float, tol: f64) -> bool {
    Float::with_val(B, a - b).abs() <= tol
}

#[test]
fn point_errors_match_the_old_models() {
    let cases: [(Family, Family, Vec<f64>); 3] = [
        (Family::Tanh, Family::Tanh, vec![0.044715]),
        (Family::Sigmoid, Family::Sigmoid, vec![1.702]),
        (
            Family::TanhFree,
            Family::TanhFree,
            vec![0.7978845608, 0.0356774],
        ),
    ];
    for (old, fam, ps) in cases {
        for (target, level) in [(Level::Erf, Level::Erf), (Level::Gelu, Level::Gelu)] {
            let ctx = Kernel::new(old, target, B);
            let pf: Vec<Float> = ps.iter().map(|v| f(*v)).collect();
            let c = ctx.inner(&pf);
            let vals: Vec<Rational> = pf.iter().map(|v| v.to_rational().unwrap()).collect();
            let m = Model::family(fam, level).at(B, &vals, false).unwrap();
            for x in [-3.7, -1.0, -0.25, 0.0, 0.5, 1.3, 2.5921, 6.0] {
                let xf = f(x);
                let want = ctx.error(&xf, &c);
                let got = m.point(&xf).unwrap();
                assert!(
                    within(&got, &want, 1e-70),
                    "{old:?} {target:?} x={x}: {got} vs {want}"
                );
                // the parameter gradient and x-derivatives of the old closed forms
                let d = m.dual(&xf, &pf, true).unwrap();
                for (j, g) in ctx.error_dparams(&xf, &pf).iter().enumerate() {
                    assert!(within(&d.g[j], g, 1e-70), "{old:?} ∂e/∂p{j} at {x}");
                }
                let ed = ctx.error_derivs(&xf, &c);
                let k = ps.len();
                assert!(within(&d.g[k], &ed.d1, 1e-70), "{old:?} e′ at {x}");
                assert!(within(d.hess(k, k), &ed.d2, 1e-70), "{old:?} e″ at {x}");
            }
        }
    }
}

#[test]
fn phi_level_is_half_the_erf_level() {
    let a = [Rational::from((44715, 1_000_000))];
    let e = Model::family(Family::Tanh, Level::Erf)
        .at(B, &a, false)
        .unwrap();
    let p = Model::family(Family::Tanh, Level::Phi)
        .at(B, &a, false)
        .unwrap();
    for x in [-2.0, 0.3, 1.7, 4.0] {
        let (ve, vp) = (e.point(&f(x)).unwrap(), p.point(&f(x)).unwrap());
        assert!(within(&Float::with_val(B, &ve / 2u32), &vp, 1e-70));
    }
}

#[test]
fn jets_agree_with_the_old_error_functions() {
    let levels = [
        (Level::Erf, Level::Erf),
        (Level::Phi, Level::Phi),
        (Level::Gelu, Level::Gelu),
    ];
    for (old_level, level) in levels {
        let old = JetKernel::new(
            &Model::family(Family::Tanh, old_level),
            &[parse_exact("0.044715").unwrap()],
            B,
        )
        .unwrap();
        let new = Model::family(Family::Tanh, level)
            .at(B, &[Rational::from((44715, 1_000_000))], false)
            .unwrap();
        for (l, r) in [(0.0, 0.5), (2.5, 2.7), (-3.0, -1.0)] {
            let bx = Interval::from_floats(f(l), f(r));
            let (jo, jn) = (old.jet(&bx, 4), new.jet(&bx, 4).unwrap());
            for k in 0..4 {
                // both enclose the same derivative range: they must overlap,
                // and the new one is not much wider
                assert!(
                    jo.c[k].intersect(&jn.c[k]).is_some(),
                    "{level:?} [{l},{r}] c{k}"
                );
                let (wo, wn) = (jo.c[k].width(), jn.c[k].width());
                assert!(
                    wn <= Float::with_val(B, &wo * 4u32) + 1e-60,
                    "{level:?} c{k}: {wn} vs {wo}"
                );
            }
        }
    }
}

#[test]
fn hessian_matches_central_differences() {
    // tanh(c1 x + c3 x³) at the GELU level and relative error, h = 2⁻⁶⁰:
    // central differences are exact to O(h²) ≈ 1e-36
    let fam = Model::family(Family::TanhFree, Level::Gelu);
    let p0 = [f(0.8), f(0.035)];
    let vals: Vec<Rational> = p0.iter().map(|v| v.to_rational().unwrap()).collect();
    let h = Float::with_val(B, Float::i_exp(1, -60));
    for relative in [false, true] {
        let m = fam.at(B, &vals, relative).unwrap();
        for x in [0.7, 1.9, -2.4] {
            let xf = f(x);
            let d = m.dual(&xf, &p0, false).unwrap();
            let at = |dp: &[Float]| {
                let ps: Vec<Float> = p0
                    .iter()
                    .zip(dp)
                    .map(|(a, b)| Float::with_val(B, a + b))
                    .collect();
                m.dual(&xf, &ps, false).unwrap()
            };
            for i in 0..2 {
                let mut e = vec![Float::new(B), Float::new(B)];
                e[i] = h.clone();
                let mut me = e.clone();
                me[i] = -h.clone();
                let (up, dn) = (at(&e), at(&me));
                let fd = Float::with_val(B, &up.v - &dn.v) / Float::with_val(B, &h * 2u32);
                assert!(
                    within(&fd, &d.g[i], 1e-30),
                    "∂/∂p{i} at {x}: {fd} vs {}",
                    d.g[i]
                );
                for j in 0..2 {
                    let fd2 =
                        Float::with_val(B, &up.g[j] - &dn.g[j]) / Float::with_val(B, &h * 2u32);
                    assert!(within(&fd2, d.hess(i, j), 1e-30), "∂²/∂p{i}∂p{j} at {x}");
                }
            }
        }
    }
}

#[test]
fn a_listed_parameter_the_model_ignores_is_refused() {
    let (m, _) = Family::Tanh.approximant();
    let t = taylormatch::expr::Expr::call(taylormatch::expr::Func::Erf, taylormatch::expr::Expr::X);
    let e = Model::new(m.clone(), t.clone(), vec!["a".into(), "b".into()]).unwrap_err();
    assert!(
        e.to_string().contains("does not depend on the parameter b"),
        "{e}"
    );
    let e = Model::new(m, t, vec![]).unwrap_err();
    assert!(e.to_string().contains("parameter a has no value"), "{e}");
}
