//! Text output fits the terminal: every line of every command's text output
//! is at most COLUMNS wide (80 and 100), numbers in a column have their
//! decimal points aligned, and text shows 12 digits unless --digits is given
//! (JSON keeps the default 30).

mod common;
use std::process::Command;
use taylormatch::commands::report::{build, ReportOptions};
use taylormatch::report::render::text_at;
use taylormatch::report::{Document, Table, Value};
use unicode_width::UnicodeWidthStr;

fn run_at(width: usize, args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_taylormatch"))
        .args(args)
        .env("COLUMNS", width.to_string())
        .output()
        .expect("run taylormatch");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// The lines wider than `width`, with their widths.
fn too_wide(text: &str, width: usize) -> Vec<(usize, String)> {
    text.lines()
        .filter(|l| l.width() > width)
        .map(|l| (l.width(), l.to_string()))
        .collect()
}

const COMMANDS: &[&[&str]] = &[
    &["coeffs", "gelu-tanh", "--order", "10"],
    &["coeffs", "gelu-tanh", "--order", "10", "--a", "analytic"],
    &["coeffs", "erf", "--order", "40"],
    &["coeffs", "--list"],
    &["coeffs", "exp(x)*sin(x)", "--order", "8"],
    &["derive", "--order", "10"],
    &[
        "derive",
        "--model",
        "tanh(c1*x + c3*x^3)",
        "--target",
        "erf(x/sqrt(2))",
        "--solve",
        "c1,c3",
    ],
    &["verify", "--a", "0.044715"],
    &["verify", "--a", "analytic"],
    &["explain", "0.0356774", "1.702", "0.7978845608"],
    &["fit"],
    &["fit", "--criterion", "minimax"],
    &["fit", "--model", "sigmoid", "--criterion", "minimax"],
    &["compare"],
    &["bound", "--a", "0.044715"],
    &["bound", "--residual", "0.5"],
    &["catalogue"],
];

#[test]
fn every_command_fits_80_and_100_columns() {
    let mut failures = Vec::new();
    for args in COMMANDS {
        for w in [80, 100] {
            let (code, out) = run_at(w, args);
            assert!(code == 0 || code == 1, "{args:?} exited {code}");
            assert!(!out.trim().is_empty(), "{args:?}: no output");
            for (n, l) in too_wide(&out, w) {
                failures.push(format!("{args:?} at {w}: {n} columns: {l}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_report_fits_80_and_100_columns() {
    let doc = build(&ReportOptions::default()).expect("report").doc;
    for w in [80, 100] {
        let text = text_at(&doc, w);
        assert!(text.contains("3. Matching the x³ terms"));
        let wide = too_wide(&text, w);
        assert!(wide.is_empty(), "at {w}: {wide:?}");
    }
}

#[test]
fn decimal_points_line_up_and_long_cells_wrap() {
    let mut t = Table::new("t", &[("name", "name"), ("value", "value")]);
    for (n, v) in [
        ("one", "1.5"),
        ("small", "-0.000125"),
        ("big", "12345.25"),
        ("sci", "6.3e-8"),
    ] {
        t.push(vec![Value::from(n), Value::Num(v.into())]);
    }
    t.push(vec![Value::from("a long name ".repeat(10)), Value::Int(7)]);
    let mut d = Document::new("t");
    d.table(t);
    let text = text_at(&d, 40);
    assert!(too_wide(&text, 40).is_empty(), "{text}");
    // the column of each '.' among the numeric rows is the same
    let cols: Vec<usize> = text
        .lines()
        .filter(|l| ["one", "small", "big", "sci"].iter().any(|n| l.contains(n)))
        .map(|l| {
            let cell = l.rsplit('│').nth(1).expect("value cell");
            cell.find('.').expect("a point")
        })
        .collect();
    assert_eq!(cols.len(), 4, "{text}");
    assert!(cols.iter().all(|&c| c == cols[0]), "{cols:?}\n{text}");
    // the long name is wrapped over several lines, all inside the frame
    assert!(
        text.lines().filter(|l| l.contains("a long name")).count() >= 3,
        "{text}"
    );
}

#[test]
fn split_tables_number_their_rows_and_numbers_in_text_are_not_broken() {
    // five wide columns cannot share 60 characters: the table splits, and
    // since the first column repeats ("tanh" twice) each part gets a "#"
    let heads = [
        ("m", "model"),
        ("a", "first wide column"),
        ("b", "second wide column"),
    ];
    let mut t = Table::new("t", &heads);
    for (m, a, b) in [
        (
            "tanh",
            "2.4329173471294176e-08",
            "alpha beta gamma delta epsilon",
        ),
        (
            "tanh",
            "2.698034519269613e-08",
            "zeta eta theta iota kappa lambda",
        ),
        (
            "sigmoid",
            "5.6479106346814546e-05",
            "mu nu xi omicron pi rho sigma",
        ),
    ] {
        t.push(vec![Value::from(m), Value::from(a), Value::from(b)]);
    }
    let mut d = Document::new("t");
    d.table(t);
    let text = text_at(&d, 40);
    assert!(too_wide(&text, 40).is_empty(), "{text}");
    assert!(text.contains("(part 2 of"), "{text}");
    let numbered = text.lines().filter(|l| l.starts_with("│ 2 │")).count();
    assert_eq!(numbered, 2, "row 2 is numbered in both parts:\n{text}");
    // the float64 text keeps its exponent on its own line
    assert!(text.contains("2.4329173471294176e-08"), "{text}");
    // a unique first column is repeated as is, with no "#"
    let mut u = Table::new("u", &heads);
    u.push(vec![
        Value::from("one"),
        Value::from("x ".repeat(30)),
        Value::from("y ".repeat(30)),
    ]);
    let mut d = Document::new("u");
    d.table(u);
    let text = text_at(&d, 40);
    assert!(!text.contains("│ # "), "{text}");
}

#[test]
fn text_shows_12_digits_unless_digits_is_given() {
    // √(2/π) = 0.79788456080286535587989211986876373695171726232986…
    let (_, text) = run_at(100, &["explain", "0.7978845608"]);
    assert!(text.contains("0.797884560803 "), "{text}");
    assert!(!text.contains("0.7978845608028653"), "{text}");
    let (_, text) = run_at(100, &["explain", "0.7978845608", "--digits", "30"]);
    assert!(text.contains("0.797884560802865355879892119869"), "{text}");
    let (_, json) = run_at(100, &["explain", "0.7978845608", "--format", "json"]);
    assert!(json.contains("0.797884560802865355879892119869"), "{json}");
}

/// Lines each body row of the boxed tables in `text` takes (a row starts
/// where its first cell is not blank; header rows included).
fn row_heights(text: &str) -> Vec<usize> {
    let mut rows: Vec<usize> = Vec::new();
    for l in text.lines().filter(|l| l.starts_with('│')) {
        let first = l.split('│').nth(1).unwrap_or("").trim();
        match rows.last_mut() {
            Some(h) if first.is_empty() => *h += 1,
            _ => rows.push(1),
        }
    }
    rows
}

#[test]
fn wrapped_tables_spend_their_width_where_it_saves_lines() {
    // the literal table of `explain` has a long "match" text per row; at
    // 100 columns a layout that narrows the widest columns first drew rows
    // of six lines (one word per line); the width search keeps every row
    // within two, at 80 columns within four
    for (width, most) in [(100, 2), (80, 4)] {
        let (code, out) = run_at(width, &["explain"]);
        assert_eq!(code, 0);
        let h = row_heights(&out);
        assert!(h.len() >= 24, "{h:?}");
        assert!(
            h.iter().all(|&x| x <= most),
            "a row over {most} lines at {width}:\n{out}"
        );
        assert!(too_wide(&out, width).is_empty());
    }
}
