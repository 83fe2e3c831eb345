//! Snapshot tests of one small document in every format: the committed
//! files in tests/snapshots/ are what each renderer prints (reviewed by
//! eye when they change). `UPDATE_SNAPSHOTS=1 cargo test --test
//! render_snapshots` rewrites them; without it a difference fails, and the
//! failure shows the first line that differs.

use taylormatch::coeff::{parse_exact, Notation};
use taylormatch::report::render::text_at;
use taylormatch::report::{render_with, Document, Format, RenderOptions, Style, Table, Value};

/// A small document with every kind of block and value.
fn small() -> Document {
    let a = parse_exact("2/(3π) - 1/6").unwrap();
    let k = parse_exact("2√(2/π)").unwrap();
    let mut d = Document::new("A small document");
    d.heading(1, "1. Values");
    d.prose(vec![
        Value::from("Matching gives a = "),
        Value::Exact(a.clone()),
        Value::from(" ≈ "),
        Value::dec("0.0455399241225271143585116844967"),
        Value::from(", not 0.044715."),
    ]);
    d.fields(vec![
        ("a", "a (exact)", Value::Exact(a.clone())),
        (
            "a_decimal",
            "a",
            Value::dec("0.0455399241225271143585116844967"),
        ),
        ("order", "order", Value::from(6usize)),
        ("holds", "a > 0.044715", Value::Bool(true)),
        (
            "lo",
            "max |error| ≥ (rounded down)",
            Value::Num("0.00017893258377".into()),
        ),
        (
            "argmax",
            "at",
            Value::interval("2.59".into(), "2.60".into()),
        ),
        ("none", "not applicable", Value::Null),
    ]);
    let mut t = Table::new(
        "constants",
        &[("name", "name"), ("exact", "exact"), ("decimal", "decimal")],
    )
    .titled("Two constants");
    t.push(vec![
        "a".into(),
        Value::Exact(a),
        Value::dec("0.0455399241225271143585116844967"),
    ]);
    t.push(vec![
        "k".into(),
        Value::Exact(k),
        Value::dec("1.59576912160573071175978423974"),
    ]);
    d.table(t);
    d.heading(2, "A note");
    d.para("Prose with | a pipe, <angle> & \"quotes\", 50% and $dollars$.");
    d.pre("x    y\n0.5  0.25");
    d
}

fn check(name: &str, got: &str) {
    let path = format!("{}/tests/snapshots/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e} (run with UPDATE_SNAPSHOTS=1 to create it)"));
    if want != got {
        let line = want
            .lines()
            .zip(got.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(want.lines().count().min(got.lines().count()));
        panic!(
            "{name} differs from its snapshot at line {}:\n  snapshot: {:?}\n  now:      {:?}",
            line + 1,
            want.lines().nth(line).unwrap_or(""),
            got.lines().nth(line).unwrap_or("")
        );
    }
}

fn rendered(format: Format, style: Style) -> String {
    render_with(&small(), &RenderOptions { format, style }).unwrap()
}

#[test]
fn every_format_matches_its_snapshot() {
    let plain = Style::default();
    for (format, ext) in [
        (Format::Markdown, "md"),
        (Format::Csv, "csv"),
        (Format::Json, "json"),
        (Format::Latex, "tex"),
        (Format::Html, "html"),
    ] {
        check(&format!("small.{ext}"), &rendered(format, plain));
    }
    // text at a fixed width (not the terminal's)
    check("small.txt", &text_at(&small(), 72));
}

/// The readable text default (12 digits) and another notation: the typed
/// decimals are rounded, `Num` stays, exact values follow `--notation`.
#[test]
fn style_changes_only_what_it_should() {
    let sympy_json = rendered(
        Format::Json,
        Style {
            notation: Notation::Sympy,
            text_digits: Some(12),
            ..Style::default()
        },
    );
    check("small_sympy.json", &sympy_json);
    let v: serde_json::Value = serde_json::from_str(&sympy_json).unwrap();
    assert_eq!(v["a"], "2/(3*pi) - 1/6");
    // JSON keeps every digit whatever the text digits
    assert_eq!(v["a_decimal"], "0.0455399241225271143585116844967");
    let text = taylormatch::report::render::text_styled(
        &small(),
        72,
        &Style {
            notation: Notation::Unicode,
            text_digits: Some(12),
            ..Style::default()
        },
    );
    check("small_12.txt", &text);
    assert!(text.contains("≈ 0.0455399241225, not"), "{text}");
    assert!(text.contains("1.59576912161"), "{text}");
    assert!(
        text.contains("0.00017893258377"),
        "an outward bound is not re-rounded"
    );
}

/// `--latex-fragment`: the body of the same document, no preamble, the
/// packages it needs named on its first line.
#[test]
fn a_latex_fragment_is_the_body_only() {
    let full = rendered(Format::Latex, Style::default());
    let frag = rendered(
        Format::Latex,
        Style {
            latex_fragment: true,
            ..Style::default()
        },
    );
    assert!(frag.starts_with(taylormatch::report::render::FRAGMENT_NEEDS));
    assert!(!frag.contains("\\documentclass") && !frag.contains("\\end{document}"));
    let body = frag.split_once('\n').unwrap().1;
    assert!(full.contains(body), "the fragment is the document's body");
}
