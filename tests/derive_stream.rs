//! `derive` in CSV written row by row (`commands::derive_stream`) against
//! the one-piece rendering of the whole document, and the row walk of
//! `functions::inner_kron::inner_rows` (order, early stop) against the
//! binomial-convolution route of `matching`.

use taylormatch::commands::derive::{document, run, stream_csv, DeriveOptions};
use taylormatch::commands::OutputOptions;
use taylormatch::error::Error;
use taylormatch::functions::inner_kron::inner_rows;
use taylormatch::matching::{inner_t_polys, Outer};
use taylormatch::report::Format;

fn csv(digits: u32) -> OutputOptions {
    OutputOptions {
        digits,
        format: Format::Csv,
        ..Default::default()
    }
}

/// Both outers, with and without decimals, every small order (order 1 has
/// no row: the header alone), and two longer ones of both parities.
#[test]
fn streamed_csv_is_the_document_rendering() {
    for outer in [Outer::Tanh, Outer::Sigmoid] {
        for exact_only in [true, false] {
            for order in (1..=24).chain([63, 64]) {
                let out = csv(14);
                let mut streamed = Vec::new();
                stream_csv(outer, order, &out, exact_only, &mut streamed).unwrap();
                let whole = out
                    .render(&document(outer, order, 14, exact_only).unwrap())
                    .unwrap();
                assert_eq!(
                    String::from_utf8(streamed).unwrap(),
                    whole,
                    "{outer:?} order {order} exact_only {exact_only}"
                );
            }
        }
    }
}

/// `run` (the library front of the command) streams the same bytes.
#[test]
fn run_in_csv_is_streamed_and_complete() {
    let o = DeriveOptions {
        outer: None,
        target: None,
        model: None,
        solve: None,
        set: None,
        order: 12,
        exact_only: true,
        out: csv(12),
    };
    let text = run(&o).unwrap().text;
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("coefficients"))
        .collect();
    assert_eq!(lines.len(), 6); // x¹ … x¹¹
    assert_eq!(lines[1], "coefficients,,,3,a3,2/(3π) - 1/6,(4 - π)/(6π)");
    let tail = "(645120 - 483840π + 116928π² - 9328π³ + 105π⁴)/(362880π⁴)";
    assert!(lines[4].ends_with(tail), "{}", lines[4]);
}

/// Rows come in increasing order, each equal to the binomial route's, and
/// an error of the receiver stops the walk and is returned.
#[test]
fn rows_in_order_and_early_stop() {
    let reference = inner_t_polys(90);
    let mut seen = Vec::new();
    inner_rows(90, &mut |n, row| {
        assert_eq!(row, reference[n], "row {n}");
        seen.push(n);
        Ok(())
    })
    .unwrap();
    assert_eq!(seen, (1..90).step_by(2).collect::<Vec<_>>());
    let mut got = Vec::new();
    let r = inner_rows(200, &mut |n, _| {
        got.push(n);
        if n == 7 {
            return Err(Error::input("stop"));
        }
        Ok(())
    });
    assert!(r.is_err());
    assert_eq!(got, [1, 3, 5, 7]);
}
