//! The `coeffs` size estimate against measured sizes of real outputs: an
//! upper bound for every function, parameter kind, format, with and without
//! decimals, at several orders; not absurdly loose; growing as the outputs do.

use taylormatch::commands::coeffs::{document, estimated_bytes, params_for, FIXED_BYTES};
use taylormatch::report::{render, Format};

/// (function, --a, --k, orders).
type Case = (
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    &'static [usize],
);

/// Every function and every kind of parameter.
const CASES: &[Case] = &[
    ("erf", None, None, &[50, 100, 200]),
    ("erf-sqrt2", None, None, &[50, 100, 200]),
    ("phi", None, None, &[50, 100, 200]),
    ("tanh", None, None, &[50, 100, 200]),
    ("artanh", None, None, &[50, 100, 200]),
    ("sigmoid", None, None, &[50, 100, 200]),
    ("gelu", None, None, &[50, 100, 200]),
    ("gelu-tanh", None, None, &[25, 50, 100]),
    ("gelu-tanh", Some("0.044715"), None, &[25, 50, 100]),
    ("gelu-tanh", Some("analytic"), None, &[25, 50]),
    ("gelu-sigmoid", None, None, &[50, 100, 200]),
    ("gelu-sigmoid", None, Some("1.702"), &[50, 100, 200]),
    ("gelu-sigmoid", None, Some("matched"), &[50, 100, 200]),
    ("gelu-sigmoid", None, Some("1+π"), &[25, 50]),
];

const FORMATS: &[Format] = &[
    Format::Text,
    Format::Markdown,
    Format::Csv,
    Format::Json,
    Format::Latex,
    Format::Html,
];

/// Measured bytes of `coeffs` in every format: (format, estimate, measured).
fn measure(
    func: &str,
    a: Option<&str>,
    k: Option<&str>,
    n: usize,
    digits: Option<u32>,
) -> Vec<(Format, u128, u128)> {
    let p = params_for(func, a, k).expect("params");
    let doc = document(func, n, &p, digits.unwrap_or(30), digits.is_none(), false).expect("doc");
    FORMATS
        .iter()
        .map(|&f| {
            let real = render(&doc, f).expect("renders").len() as u128;
            (f, estimated_bytes(func, &p, n, digits, f), real)
        })
        .collect()
}

#[test]
fn the_estimate_bounds_every_real_output_and_grows_with_it() {
    let mut report = Vec::new();
    for &(func, a, k, orders) in CASES {
        for digits in [None, Some(30), Some(300)] {
            let runs: Vec<_> = orders
                .iter()
                .map(|&n| measure(func, a, k, n, digits))
                .collect();
            for (i, run) in runs.iter().enumerate() {
                for &(f, est, real) in run {
                    let what = format!(
                        "{func} a={a:?} k={k:?} N={} digits={digits:?} {f:?}",
                        orders[i]
                    );
                    assert!(est >= real, "{what}: estimate {est} < real {real}");
                    assert!(
                        est <= 40 * real,
                        "{what}: estimate {est} is over 40× the real {real}"
                    );
                    report.push(format!(
                        "{what}: {real} ≤ {est} ({:.1}×)",
                        est as f64 / real as f64
                    ));
                }
            }
            // growth: between the two largest orders the part of the estimate
            // that grows with N grows at least as fast as the output (whose
            // fixed part is small), and not more than 4 times as fast
            let (first, last) = (&runs[runs.len() - 2], &runs[runs.len() - 1]);
            for (x, y) in first.iter().zip(last) {
                let real = y.2 as f64 / x.2 as f64;
                let est = (y.1 - FIXED_BYTES) as f64 / (x.1 - FIXED_BYTES) as f64;
                assert!(
                    est >= real * 0.9 && est <= real * 4.0,
                    "{func} a={a:?} k={k:?} digits={digits:?} {:?}: output grew {real:.2}×, estimate {est:.2}×",
                    x.0
                );
            }
        }
    }
    eprintln!("{}", report.join("\n"));
}

#[test]
fn the_sizes_named_in_issue_11_are_judged_right() {
    let p = |f: &str, a: Option<&str>| params_for(f, a, None).unwrap();
    let gb = 1_000_000_000u128;
    // artanh to order 100000 is about 8 MB: accepted
    let artanh = estimated_bytes(
        "artanh",
        &p("artanh", None),
        100_000,
        Some(30),
        Format::Text,
    );
    assert!(artanh < 50_000_000, "{artanh}");
    // tanh to order 30000 is about 6.5 GB of text: refused
    assert!(estimated_bytes("tanh", &p("tanh", None), 30_000, Some(30), Format::Text) > 4 * gb);
    // gelu-tanh with a number grows like N³: order 1000 is ~760 MB, 3000 far beyond the limit
    let g = |n| {
        estimated_bytes(
            "gelu-tanh",
            &p("gelu-tanh", Some("0.044715")),
            n,
            Some(30),
            Format::Text,
        )
    };
    assert!(g(1000) >= 760_000_000, "{}", g(1000));
    assert!(g(3000) > 4 * gb);
}
