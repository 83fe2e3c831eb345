//! `fit --model EXPR` through the real binary: the 2-parameter minimax agrees
//! with today's `--model tanh-free` route, its alternation points are
//! decimals correct to the digits shown (against mpmath), and bad input exits 2.

mod common;
use common::cases::FIT_TANH_FREE;
use common::{assert_bad_input, field, json, run, with};
use taylormatch::report::dec::Dec;

/// tanh(c1·x + c3·x³) against erf(x/√2), minimax on [0, 8].
fn minimax() -> Vec<&'static str> {
    with(FIT_TANH_FREE, &["--criterion", "minimax", "--range", "0:8"])
}

#[test]
fn expression_minimax_agrees_with_the_named_model() {
    let (c1, old, _) = run(&[
        "fit",
        "--model",
        "tanh-free",
        "--criterion",
        "minimax",
        "-d",
        "15",
    ]);
    let (c2, new, e) = run(&with(&minimax(), &["-d", "15"]));
    assert_eq!((c1, c2), (0, 0), "{e}");
    for k in ["c1", "c3"] {
        assert_eq!(field(&new, k), field(&old, k), "{k}\n{new}");
    }
    assert!(new.contains("certified max |e|"), "{new}");
}

/// The alternation points and the error there are typed decimals: text
/// shows 12 digits as for every value, JSON every digit the two precisions
/// agree on (30 by default), each correctly rounded.
#[test]
fn alternation_points_are_decimals_correct_to_the_digits_shown() {
    // mpmath (dps 50): findroot of e(x₁) = h, e(x₂) = −h, e(x₃) = h,
    // e′(xᵢ) = 0 in (c1, c3, h, x₁, x₂, x₃), e = tanh(c1·x + c3·x³) − erf(x/√2),
    // from (0.7988, 0.03528, 0.00028, 0.4816, 1.4764, 2.6876)
    let xs = [
        "0.48163305864349960671845202394369287",
        "1.4763987351897340106712127550013111",
        "2.6876440546388855949139492319342112",
    ];
    let h = "0.0002806261602116814707118976725509569";
    let args = &minimax();
    let (code, text, err) = run(args);
    assert_eq!(code, 0, "{err}");
    for row in [
        "│ 0.481633058643 │  0.000280626160212 │",
        "│ 1.47639873519  │ -0.000280626160212 │",
        "│ 2.68764405464  │  0.000280626160212 │",
    ] {
        assert!(text.contains(row), "{row}\n{text}");
    }
    let v = json(args);
    let rows = v["alternation"].as_array().expect("alternation rows");
    assert_eq!(rows.len(), 3);
    let sig = |s: &str| Dec::rounded(s).digits();
    for (i, r) in rows.iter().enumerate() {
        let (x, e) = (r["x"].as_str().unwrap(), r["e"].as_str().unwrap());
        assert_eq!((sig(x), sig(e)), (30, 30), "{r}");
        assert_eq!(x, Dec::rounded(xs[i]).shown(30), "x{i}");
        let want = Dec::rounded(h).shown(30);
        let want = if i % 2 == 1 { format!("-{want}") } else { want };
        assert_eq!(e, want, "e(x{i})");
    }
    // --digits 20: rounded to nearest (was cut toward −∞: …60671)
    let (_, out, _) = run(&with(args, &["--digits", "20"]));
    assert!(out.contains("│ 0.48163305864349960672 │"), "{out}");
}

#[test]
fn bad_fit_input_is_refused() {
    let m = "tanh(c1*x + c3*x^3)";
    let t = "erf(x/sqrt(2))";
    assert_bad_input(
        &["fit", "--model", m, "--target", t, "--range", "0:8"],
        "--params",
    );
    assert_bad_input(
        &[
            "fit",
            "--model",
            m,
            "--target",
            t,
            "--params",
            "c1=0.8,c3=0.03,b=1",
            "--range",
            "0:8",
        ],
        "does not depend on the parameter b",
    );
    assert_bad_input(
        &[
            "fit",
            "--model",
            m,
            "--target",
            t,
            "--params",
            "c1=0.8,c3=0.03",
        ],
        "--range",
    );
    assert_bad_input(
        &[
            "fit",
            "--model",
            m,
            "--target",
            "erf",
            "--params",
            "c1=0.8,c3=0.03",
            "--range",
            "0:8",
        ],
        "--target",
    );
    assert_bad_input(
        &[
            "fit", "--model", "x", "--target", "log(x)", "--params", "b=1", "--range", "0:8",
        ],
        "--model",
    );
}
