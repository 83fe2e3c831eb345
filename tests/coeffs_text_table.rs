//! A streamed text table of more than 128 rows is one table
//! (`commands::coeffs::stream`, `report::render::StreamedTable`): one top
//! border, one header, one bottom border, every column separator at the
//! same place on every line, no line wider than `COLUMNS`, and its cells
//! read back (the wrapped lines of each row joined) are the exact
//! coefficients CSV prints, and the decimals agree with CSV's to the digits shown.

use std::process::Command;

fn run(args: &[&str], columns: usize) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_taylormatch"))
        .args(args)
        .env("COLUMNS", columns.to_string())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Character positions of the box-drawing separators of a line.
fn bars(l: &str) -> Vec<usize> {
    l.chars()
        .enumerate()
        .filter(|(_, c)| "│┌┐└┘├┤┬┴┼".contains(*c))
        .map(|(i, _)| i)
        .collect()
}

/// The table's rows: each row's cells, the wrapped lines joined.
fn cells(text: &str) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let body = text.lines().skip_while(|l| !l.starts_with('├')).skip(1);
    for l in body.take_while(|l| l.starts_with('│')) {
        let parts: Vec<&str> = l.trim_matches('│').split('│').map(str::trim).collect();
        if !parts[0].is_empty() {
            rows.push(parts.iter().map(|s| s.to_string()).collect());
        } else if let Some(r) = rows.last_mut() {
            for (c, p) in r.iter_mut().zip(&parts) {
                c.push_str(p);
            }
        }
    }
    rows
}

/// The exact and decimal fields of the CSV rows.
fn csv_rows(csv: &str) -> Vec<(String, Option<String>)> {
    csv.lines()
        .filter(|l| l.starts_with("coefficients,"))
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (
                f[4].trim_matches('"').to_string(),
                f.get(5).map(|s| s.to_string()),
            )
        })
        .collect()
}

/// The shown decimal (12 digits) agrees with the CSV's (30 digits) to 11
/// significant digits (compared as 256-bit floats: the values go far below
/// f64's range).
fn close(shown: &str, full: &str) -> bool {
    let f = |s: &str| rug::Float::with_val(256, rug::Float::parse(s).unwrap());
    let (a, b) = (f(shown), f(full));
    if b.is_zero() {
        return a.is_zero();
    }
    let rel = rug::Float::with_val(256, (a - &b) / b).abs();
    rel < 1e-11
}

#[test]
fn a_long_streamed_text_table_is_one_table() {
    for (args, columns) in [
        (&["coeffs", "tanh", "--order", "400"][..], 90),
        (
            &["coeffs", "tanh", "--order", "300", "--exact-only"][..],
            60,
        ),
        (
            &["coeffs", "erf-sqrt2", "--order", "600", "--nonzero"][..],
            100,
        ),
        (&["coeffs", "exp(x)*log(1+x)", "--order", "260"][..], 90),
    ] {
        let text = run(args, columns);
        let what = format!("{args:?} at {columns}");
        assert_eq!(text.matches('┌').count(), 1, "{what}");
        assert_eq!(text.matches('└').count(), 1, "{what}");
        assert_eq!(text.matches("│ power │").count(), 1, "{what}");
        let table: Vec<&str> = text.lines().filter(|l| !bars(l).is_empty()).collect();
        let frame = bars(table[0]);
        for l in &table {
            assert_eq!(bars(l), frame, "{what}: {l}");
            assert!(l.chars().count() <= columns, "{what}: {l}");
        }
        let mut csv_args = args.to_vec();
        csv_args.retain(|a| *a != "--nonzero");
        csv_args.extend(["--format", "csv"]);
        let mut expect = csv_rows(&run(&csv_args, columns));
        if args.contains(&"--nonzero") {
            expect.retain(|(e, _)| e != "0");
        }
        let got = cells(&text);
        assert_eq!(got.len(), expect.len(), "{what}");
        assert!(got.len() > 128, "{what}");
        for (g, (e, d)) in got.iter().zip(&expect) {
            assert_eq!(&g[1], e, "{what}");
            if let Some(d) = d {
                assert!(close(&g[2], d), "{what}: {} vs {d}", g[2]);
            }
        }
    }
}
