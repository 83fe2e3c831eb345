//! `fit --model EXPR` through the real binary: the 2-parameter minimax agrees
//! with today's `--model tanh-free` route, and bad input exits 2.

mod common;
use common::{assert_bad_input, field, run};

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
    let (c2, new, e) = run(&[
        "fit",
        "--model",
        "tanh(c1*x + c3*x^3)",
        "--target",
        "erf(x/sqrt(2))",
        "--params",
        "c1=0.8,c3=0.035",
        "--criterion",
        "minimax",
        "--range",
        "0:8",
        "-d",
        "15",
    ]);
    assert_eq!((c1, c2), (0, 0), "{e}");
    for k in ["c1", "c3"] {
        assert_eq!(field(&new, k), field(&old, k), "{k}\n{new}");
    }
    assert!(new.contains("certified max |e|"), "{new}");
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
