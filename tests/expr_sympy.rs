//! Every function's series against SymPy: tests/data/expr_series.txt holds
//! random small expressions and their exact Taylor coefficients computed by
//! SymPy (tests/data/gen_expr_series.py; Python is not needed to run this test).
//! Each coefficient is stored as terms `q e h [var^k …]` = q·√2^e·√π^h·Π var^k.

use taylormatch::coeff::{Coeff, Mono, Sym, Q};
use taylormatch::expr::{expand, expand_with, parse, Options};

fn term(t: &str) -> Sym {
    let mut it = t.split_whitespace();
    let q: Q = it.next().unwrap().parse().unwrap();
    let e: u32 = it.next().unwrap().parse().unwrap();
    let h: i32 = it.next().unwrap().parse().unwrap();
    let mut vars: Vec<(String, u32)> = it
        .map(|v| {
            let (name, k) = v.split_once('^').unwrap();
            (name.to_string(), k.parse().unwrap())
        })
        .collect();
    vars.sort();
    Sym::term(
        q,
        Mono {
            vars,
            pi_half: h,
            sqrt2: e == 1,
        },
    )
}

fn coefficient(line: &str) -> Sym {
    let line = line.trim();
    if line == "0" {
        return Sym::zero();
    }
    line.split(" ; ")
        .fold(Sym::zero(), |acc, t| acc.add(&term(t)))
}

/// (expression text, order, SymPy's coefficients).
fn cases() -> Vec<(String, usize, Vec<Sym>)> {
    let text = include_str!("data/expr_series.txt");
    let mut out: Vec<(String, usize, Vec<Sym>)> = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix("expr ") {
            let (e, n) = rest.rsplit_once(" | ").unwrap();
            out.push((e.to_string(), n.trim().parse().unwrap(), Vec::new()));
        } else {
            out.last_mut().unwrap().2.push(coefficient(line));
        }
    }
    out
}

#[test]
fn series_match_sympy_for_every_stored_expression() {
    let cases = cases();
    assert!(cases.len() > 100, "{} cases", cases.len());
    let mut failures = Vec::new();
    for (text, n, want) in &cases {
        assert_eq!(want.len(), *n, "{text}");
        let e = parse(text).unwrap_or_else(|err| panic!("{text}: {err}"));
        for opts in [Options { fast: true }, Options { fast: false }] {
            match expand_with(&e, *n, opts) {
                Ok(s) if s.coeffs() == want.as_slice() => {}
                Ok(s) => failures.push(format!(
                    "{text} (fast {}): got {:?}",
                    opts.fast,
                    s.coeffs().iter().map(|c| c.to_string()).collect::<Vec<_>>()
                )),
                Err(err) => failures.push(format!("{text}: {err}")),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_stored_data_cover_every_function() {
    let all: String = cases().iter().map(|c| c.0.clone()).collect();
    for f in [
        "exp(", "log(", "sin(", "cos(", "tan(", "atan(", "sinh(", "cosh(", "tanh(", "artanh(",
        "asinh(", "erf(", "erfc(", "Phi(", "sigmoid(", "gelu(", "sqrt(", "^(1/3)",
    ] {
        assert!(all.contains(f), "no stored case uses {f}");
    }
    // and one coefficient checked by hand: [x³] tanh(√(2/π)(x + a x³)) = √(2/π)(a − 2/(3π))
    let s = expand(&parse("tanh(sqrt(2/pi)*(x + a*x^3))").unwrap(), 4).unwrap();
    assert_eq!(s.coeff(3).unwrap().to_string(), "√(2/π)·(a - 2/(3π))");
}
