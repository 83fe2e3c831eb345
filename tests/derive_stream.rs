//! `derive` in CSV, JSON and text written row by row
//! (`commands::derive_stream`) against the one-piece rendering of the whole
//! document, and the row walk of
//! `functions::inner_kron::inner_rows` (order, early stop) against the
//! binomial-convolution route of `matching`.

use taylormatch::commands::derive::{document, run, stream, DeriveOptions};
use taylormatch::commands::OutputOptions;
use taylormatch::error::Error;
use taylormatch::functions::inner_kron::inner_rows;
use taylormatch::matching::{inner_t_polys, Outer};
use taylormatch::report::Format;

fn csv(digits: u32) -> OutputOptions {
    in_format(digits, Format::Csv)
}

fn in_format(digits: u32, format: Format) -> OutputOptions {
    OutputOptions {
        digits,
        format,
        ..Default::default()
    }
}

/// Both outers, with and without decimals, every small order (order 1 has
/// no row: the header alone), and two longer ones of both parities, in the
/// three streamed formats (text up to 128 rows is the one-piece table).
#[test]
fn streamed_output_is_the_document_rendering() {
    for (outer, format) in [Outer::Tanh, Outer::Sigmoid]
        .into_iter()
        .flat_map(|o| [Format::Csv, Format::Json, Format::Text].map(|f| (o, f)))
    {
        for exact_only in [true, false] {
            for order in (1..=24).chain([63, 64]) {
                let out = in_format(14, format);
                let mut streamed = Vec::new();
                stream(outer, order, &out, exact_only, &mut streamed).unwrap();
                let whole = out
                    .render(&document(outer, order, 14, exact_only).unwrap())
                    .unwrap();
                assert_eq!(
                    String::from_utf8(streamed).unwrap(),
                    whole,
                    "{outer:?} {format:?} order {order} exact_only {exact_only}"
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

/// Text of more than 128 rows (order 300: 150 rows) is one box-drawn table
/// written row by row: one frame (every line of it as wide as its top
/// border), every odd power once and in order, the same exact cells as CSV.
#[test]
fn long_text_is_one_frame_with_every_row() {
    let mut text = Vec::new();
    stream(
        Outer::Tanh,
        300,
        &in_format(14, Format::Text),
        true,
        &mut text,
    )
    .unwrap();
    let text = String::from_utf8(text).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let top = lines.iter().position(|l| l.starts_with('┌')).unwrap();
    let bottom = lines.iter().position(|l| l.starts_with('└')).unwrap();
    let width = lines[top].chars().count();
    for l in &lines[top..=bottom] {
        assert_eq!(l.chars().count(), width, "{l}");
    }
    let powers: Vec<usize> = lines[top..bottom]
        .iter()
        .filter_map(|l| l.split('│').nth(1)?.trim().parse().ok())
        .collect();
    assert_eq!(powers, (1..300).step_by(2).collect::<Vec<_>>());
    // the first cells of the exact column agree with CSV's
    let mut csv_out = Vec::new();
    stream(Outer::Tanh, 300, &csv(14), true, &mut csv_out).unwrap();
    let csv_out = String::from_utf8(csv_out).unwrap();
    assert!(
        csv_out.contains(",5,a5,4/(5π²) - 1/(3π) + 1/40,"),
        "{csv_out:.400}"
    );
    assert!(text.contains("│ 4/(5π²) - 1/(3π) + 1/40 "), "{text:.2000}");
}
