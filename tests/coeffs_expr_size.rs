//! `coeffs EXPR`'s output-size estimate: an upper bound of the measured
//! output for every kind of function (factorial, Bernoulli, harmonic,
//! geometric, binomial, literals, parameters) and format; an order above the
//! limit is refused with exit 2 naming --order and the largest allowed value
//! (which the estimate indeed puts within the limit, one more outside); the
//! work estimate suggests --set only when there are parameters.

mod common;
use common::{assert_bad_input, run};
use taylormatch::commands::coeffs_expr::{expr_bytes, MAX_EXPR_BYTES};
use taylormatch::expr::parse;
use taylormatch::report::Format;

const CASES: &[&str] = &[
    "exp(x)",
    "tanh(x)",
    "log(1+x)",
    "1/(1+x)",
    "x*sigmoid(1.702*x)",
    "sin(x)*exp(x)",
    "tanh(0.7978845608*x + 0.0356774*x^3)",
    "sqrt(1+x)",
    "atan(x)",
    "exp(a*x)",
    "erf(x/sqrt(2))",
    "log(1+x)*exp(x)",
    "(1+x)^40",
    "123456789012345678901234567890*exp(x)",
];

#[test]
fn the_estimate_bounds_real_outputs() {
    for f in CASES {
        for n in [40usize, 120] {
            for (fmt, name) in [
                (Format::Text, "text"),
                (Format::Csv, "csv"),
                (Format::Json, "json"),
            ] {
                let (code, out, err) =
                    run(&["coeffs", f, "--order", &n.to_string(), "--format", name]);
                assert_eq!(code, 0, "{f} {n}: {err}");
                let est = expr_bytes(&parse(f).unwrap(), n, Some(30), fmt);
                let got = out.len() as u128;
                assert!(
                    got <= est,
                    "{f} --order {n} {name}: {got} bytes > estimate {est}"
                );
            }
        }
    }
}

#[test]
fn too_large_an_order_is_refused_naming_the_largest() {
    // Text shows 12 digits by default; the estimate follows --digits, so
    // pass the 30 the check below recomputes with.
    let args = ["coeffs", "tanh(x)", "--order", "8000", "--digits", "30"];
    let (code, out, err) = run(&args);
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert_bad_input(&args, "--order");
    let largest: usize = err
        .split("the largest --order within it is ")
        .nth(1)
        .and_then(|r| r.split(';').next())
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("{err}"));
    let e = parse("tanh(x)").unwrap();
    assert!(expr_bytes(&e, largest, Some(30), Format::Text) <= MAX_EXPR_BYTES);
    assert!(expr_bytes(&e, largest + 1, Some(30), Format::Text) > MAX_EXPR_BYTES);
    assert!((1000..8000).contains(&largest), "{largest}");
}

#[test]
fn the_work_message_asks_for_set_only_with_parameters() {
    let (code, _, err) = run(&["coeffs", "erf(x)", "--order", "2000", "--force"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("largest order within the limit is 255"),
        "{err}"
    );
    assert!(!err.contains("--set"), "{err}");
    let (code, _, err) = run(&["coeffs", "tanh(a*x + b*x^3)", "--order", "400", "--force"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("--set") && err.contains("2 parameter(s)"),
        "{err}"
    );
}
