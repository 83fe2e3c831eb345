//! The expression engine (`expr::expand`) on trees built in code: fast
//! routes against the generic recurrences, named functions against their
//! expressions, identities on random expressions, and the refusals.

use taylormatch::coeff::{q, Coeff, Sym, Q};
use taylormatch::expr::{expand, expand_with, Expr, Func, Options};
use taylormatch::functions::{named_series, Params};
use taylormatch::series::Series;

fn n(a: i64, b: i64) -> Expr {
    Expr::Num(q(a, b))
}
fn x() -> Expr {
    Expr::X
}
fn p(name: &str) -> Expr {
    Expr::Param(name.into())
}
fn call(f: Func, e: Expr) -> Expr {
    Expr::call(f, e)
}
fn pow(e: Expr, a: i64, b: i64) -> Expr {
    Expr::pow(e, q(a, b))
}
fn sqrt_2_over_pi() -> Expr {
    pow(n(2, 1) / Expr::Pi, 1, 2)
}
fn slow(e: &Expr, order: usize) -> Series<Sym> {
    expand_with(e, order, Options { fast: false }).unwrap()
}
fn fast(e: &Expr, order: usize) -> Series<Sym> {
    expand(e, order).unwrap()
}
fn one() -> Expr {
    n(1, 1)
}

const FUNCS: &[Func] = &[
    Func::Exp,
    Func::Sin,
    Func::Cos,
    Func::Tan,
    Func::Atan,
    Func::Sinh,
    Func::Cosh,
    Func::Tanh,
    Func::Artanh,
    Func::Asinh,
    Func::Erf,
    Func::Erfc,
    Func::Phi,
    Func::Sigmoid,
    Func::Gelu,
];

#[test]
fn closed_forms_at_cx_match_the_recurrences() {
    let args = [
        x(),
        n(3, 2) * x(),
        n(-1, 3) * x(),
        sqrt_2_over_pi() * x(),
        p("k") * x(),
        x() / pow(n(2, 1), 1, 2),
    ];
    for f in FUNCS {
        for a in &args {
            let e = call(*f, a.clone());
            assert_eq!(fast(&e, 12), slow(&e, 12), "{e}");
        }
    }
    // log(1 + c·x)
    for a in &args {
        let e = call(Func::Log, one() + a.clone());
        assert_eq!(fast(&e, 12), slow(&e, 12), "{e}");
    }
}

#[test]
fn named_functions_equal_their_expressions() {
    let d = Params::default();
    let half = n(1, 2);
    let cases: Vec<(&str, Expr)> = vec![
        ("erf", call(Func::Erf, x())),
        ("erf-sqrt2", call(Func::Erf, x() / pow(n(2, 1), 1, 2))),
        ("phi", call(Func::Phi, x())),
        ("tanh", call(Func::Tanh, x())),
        ("artanh", call(Func::Artanh, x())),
        ("sigmoid", call(Func::Sigmoid, x())),
        ("gelu", call(Func::Gelu, x())),
        ("gelu", x() * call(Func::Phi, x())),
        (
            "gelu-tanh",
            half.clone()
                * x()
                * (one()
                    + call(
                        Func::Tanh,
                        sqrt_2_over_pi() * (x() + p("a") * pow(x(), 3, 1)),
                    )),
        ),
        ("gelu-sigmoid", x() * call(Func::Sigmoid, p("k") * x())),
    ];
    for (name, e) in cases {
        let want = named_series(name, 14, &d).unwrap();
        assert_eq!(fast(&e, 14), want, "{name} vs {e}");
        assert_eq!(slow(&e, 14), want, "{name} vs {e} (generic)");
    }
}

/// A small deterministic generator of expressions vanishing at 0.
struct Gen(u64);
impl Gen {
    fn next(&mut self, m: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % m
    }
    fn rat(&mut self) -> Expr {
        let (a, b) = [(1, 2), (2, 1), (-1, 1), (3, 4), (-5, 3), (1, 1)][self.next(6) as usize];
        n(a, b)
    }
    fn zero(&mut self, depth: u32) -> Expr {
        match if depth == 0 { 0 } else { self.next(6) } {
            0 | 1 => {
                let k = 1 + self.next(3) as i64;
                self.rat() * pow(x(), k, 1)
            }
            2 => self.zero(depth - 1) + self.zero(depth - 1),
            3 => self.zero(depth - 1) * (self.rat() + self.zero(depth - 1)),
            _ => {
                let f = [Func::Sin, Func::Tanh, Func::Atan, Func::Sinh, Func::Erf]
                    [self.next(5) as usize];
                call(f, self.zero(depth - 1))
            }
        }
    }
}

#[test]
fn identities_on_random_expressions() {
    let mut g = Gen(2026);
    let order = 10;
    for _ in 0..25 {
        let f = g.zero(2);
        let ff = fast(&f, order);
        // exp(log(1 + f)) = 1 + f
        let e = call(Func::Exp, call(Func::Log, one() + f.clone()));
        assert_eq!(fast(&e, order), fast(&(one() + f.clone()), order), "{f}");
        // artanh(tanh f) = f, atan(tan f) = f, asinh(sinh f) = f
        for (outer, inner) in [
            (Func::Artanh, Func::Tanh),
            (Func::Atan, Func::Tan),
            (Func::Asinh, Func::Sinh),
        ] {
            let e = call(outer, call(inner, f.clone()));
            assert_eq!(fast(&e, order), ff, "{outer}({inner}({f}))");
        }
        // sin² + cos² = 1, tan = sin/cos, erf + erfc = 1, 2Φ(f) − 1 = erf(f/√2)
        let s2c2 = pow(call(Func::Sin, f.clone()), 2, 1) + pow(call(Func::Cos, f.clone()), 2, 1);
        assert_eq!(fast(&s2c2, order), Series::constant(Sym::one(), order));
        let t = call(Func::Sin, f.clone()) / call(Func::Cos, f.clone());
        assert_eq!(fast(&t, order), fast(&call(Func::Tan, f.clone()), order));
        let ee = call(Func::Erf, f.clone()) + call(Func::Erfc, f.clone());
        assert_eq!(fast(&ee, order), Series::constant(Sym::one(), order));
        let phi = n(2, 1) * call(Func::Phi, f.clone()) - one();
        let erf = call(Func::Erf, f.clone() / pow(n(2, 1), 1, 2));
        assert_eq!(fast(&phi, order), fast(&erf, order), "{f}");
        // √(1 + f)² = 1 + f, (1 + f)^(1/3)·(1 + f)^(−1/3) = 1
        let r = pow(pow(one() + f.clone(), 1, 2), 2, 1);
        assert_eq!(fast(&r, order), fast(&(one() + f.clone()), order));
        let c = pow(one() + f.clone(), 1, 3) * pow(one() + f.clone(), -1, 3);
        assert_eq!(fast(&c, order), Series::constant(Sym::one(), order));
    }
}

#[test]
fn products_ask_their_factors_for_the_order_they_need() {
    // x³·sigmoid(x) to O(x^8) needs sigmoid to O(x^5) only; the result is complete
    let e = pow(x(), 3, 1) * call(Func::Sigmoid, x());
    let s = fast(&e, 8);
    let sig = named_series("sigmoid", 5, &Params::default()).unwrap();
    assert_eq!(s, sig.shift(3));
    // quotient by x²: (cos x − 1)/x² = −1/2 + x²/24 − …, complete to the order asked
    let e = (call(Func::Cos, x()) - one()) / pow(x(), 2, 1);
    let s = fast(&e, 6);
    assert_eq!(s.order(), 6);
    assert_eq!(*s.coeff(4).unwrap(), Sym::rational(q(-1, 720)));
}

#[test]
fn constants_in_the_ring_are_used() {
    // sin(π/4 + x) = √2/2·(cos x + sin x); √(2/π)·√(π/2) = 1; √(2 + x) = √2·√(1 + x/2)
    let s = fast(&call(Func::Sin, Expr::Pi / n(4, 1) + x()), 4);
    assert_eq!(s.coeff(0).unwrap().to_string(), "√2/2");
    assert_eq!(s.coeff(2).unwrap().to_string(), "-√2/4");
    let r = fast(&(sqrt_2_over_pi() * pow(Expr::Pi / n(2, 1), 1, 2)), 3);
    assert_eq!(r, Series::constant(Sym::one(), 3));
    let s = fast(&pow(n(2, 1) + x(), 1, 2), 3);
    assert_eq!(s.coeff(1).unwrap().to_string(), "√2/4");
    // atan(1 + x) = π/4 + x/2 − x²/4 + …
    let s = fast(&call(Func::Atan, one() + x()), 3);
    assert_eq!(s.coeff(0).unwrap().to_string(), "π/4");
    assert_eq!(*s.coeff(2).unwrap(), Sym::rational(q(-1, 4)));
}

fn refused(e: &Expr, needle: &str) {
    match expand(e, 8) {
        Ok(s) => panic!("{e} expanded to {s:?}"),
        Err(err) => {
            let m = err.to_string();
            assert_eq!(err.exit_code(), 2, "{m}");
            assert!(m.contains(needle), "{e}: {m:?} lacks {needle:?}");
        }
    }
}

#[test]
fn no_series_at_zero_and_constants_outside_the_ring_are_refused() {
    refused(&call(Func::Log, x()), "no Taylor series at 0");
    refused(&(one() / x()), "no Taylor series at 0");
    refused(&pow(x(), 1, 2), "no Taylor series at 0");
    refused(&pow(x(), -1, 1), "no Taylor series at 0");
    refused(
        &(call(Func::Sin, x()) / pow(x(), 2, 1)),
        "no Taylor series at 0",
    );
    refused(&call(Func::Exp, one() + x()), "exp(1)");
    refused(&call(Func::Log, n(2, 1) + x()), "log c = log(2)");
    refused(&pow(n(3, 1) + x(), 1, 2), "(3)^(1/2)");
    refused(&pow(p("a") + x(), 1, 2), "(a)^(1/2)");
    refused(&call(Func::Erf, one() + x()), "erf(1)");
    refused(&call(Func::Tanh, n(1, 2) + x()), "tanh(1/2)");
    refused(&call(Func::Softplus, x()), "log 2");
    refused(&call(Func::Sin, one() + x()), "sin c and cos c");
    refused(
        &(one() / (one() + p("a") + x())),
        "not in the coefficient ring",
    );
    refused(&(x() / (x() - x())), "is 0 to O(x^");
}

#[test]
fn the_work_bound_refuses_before_computing() {
    let e = call(
        Func::Tanh,
        p("a") * x() + p("b") * pow(x(), 2, 1) + p("c") * pow(x(), 3, 1),
    );
    match expand(&e, 400) {
        Ok(_) => panic!("not refused"),
        Err(err) => {
            let m = taylormatch::cli::render(&err);
            assert!(m.contains("estimated") && m.contains("--set"), "{m}");
        }
    }
    assert!(expand(&e, 6).is_ok());
    let e = call(Func::Tanh, x() + pow(x(), 2, 1));
    assert!(expand(&e, 200_000).is_err());
}

#[test]
fn over_q_and_over_sym_agree() {
    // the same rational expression through the ℚ kernels and through Sym
    let e = call(Func::Log, one() + x()) * call(Func::Exp, x())
        + call(Func::Tanh, x() + pow(x(), 2, 1));
    let over_q = taylormatch::expr::series::expand_q(&e, 30, Options::default()).unwrap();
    let sym = over_q.map(|c: &Q| Sym::rational(c.clone()));
    // adding 0·π forces the Sym ring
    let e_sym = e.clone() + n(0, 1) * Expr::Pi;
    assert_eq!(fast(&e_sym, 30), sym);
    assert_eq!(fast(&e, 30), sym);
}
