//! `derive --outer`: outer(inner(x)) = target(x) for several outer functions
//! and targets, by composing the exact series (a route independent of the
//! reversion that produced the inner series).

use taylormatch::commands::derive_expr::inner_series;
use taylormatch::expr::{expand, parse, Expr};

#[test]
fn outer_of_inner_is_the_target() {
    let outers = [
        "tanh(sqrt(2/pi)*u)",
        "2*sigmoid(u) - 1",
        "sin(u) + (u^2)/3",
        "atan(2*u)",
        "u/(1 - u)",
        "exp(u) - 1",
        "erf(u)",
    ];
    let targets = [
        "erf(x/sqrt(2))",
        "tanh(x) + x^2",
        "x*exp(x)",
        "sin(x)",
        "log(1 + x)",
    ];
    let order = 9;
    for o in outers {
        for t in targets {
            let (oe, te) = (parse(o).unwrap(), parse(t).unwrap());
            let p = inner_series(&oe, &te, order).unwrap_or_else(|e| panic!("{o} / {t}: {e}"));
            let f = expand(&oe.subst("u", &Expr::X), order).unwrap();
            let back = f.compose(&p).unwrap();
            assert_eq!(back, expand(&te, order).unwrap(), "{o} ∘ p = {t}");
        }
    }
}

#[test]
fn outer_without_an_inverse_at_zero_is_refused() {
    for (o, t) in [("u^2", "x^2"), ("cos(u)", "cos(x)"), ("(1 + pi)*u", "x")] {
        let (oe, te) = (parse(o).unwrap(), parse(t).unwrap());
        assert!(inner_series(&oe, &te, 6).is_err(), "{o}");
    }
}
