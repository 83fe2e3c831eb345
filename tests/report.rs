//! `report`: structure, JSON, --out behaviour, and docs/derivation.md freshness.

use std::path::Path;
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_taylormatch"))
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = bin().args(args).output().expect("run taylormatch");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn text_report_has_every_section_in_order() {
    let (code, out, err) = run(&["report", "--digits", "12"]);
    assert_eq!(code, 0, "stderr: {err}");
    let mut last = 0;
    for h in [
        "1. The functions",
        "2. Series of both sides",
        "3. Matching the x³ terms",
    ] {
        let pos = out
            .find(h)
            .unwrap_or_else(|| panic!("missing section {h:?}"));
        assert!(pos >= last, "section {h:?} out of order");
        last = pos;
    }
    assert!(out.contains("(4 - π)/(6π)"));
    assert!(out.contains("0.0455399241225"), "a to 12 digits");
}

#[test]
fn json_report_parses_and_agrees_with_text() {
    let (code, out, _) = run(&["report", "--digits", "20", "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let a = v["a_decimal"].as_str().expect("a_decimal");
    // mpmath, 40 digits: 2/(3π) - 1/6 = 0.04553992412252711435851168449668581604594
    assert_eq!(a, "0.045539924122527114359");
    let (_, text, _) = run(&["report", "--digits", "20"]);
    assert!(text.contains(a), "text report carries the same a");
    assert_eq!(v["a_exact"], "2/(3π) - 1/6");
    assert_eq!(v["residual_starts_at"], 5);
}

#[test]
fn out_to_a_file_path_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("exists.txt");
    std::fs::write(&file, "keep").unwrap();
    let (code, out, err) = run(&["report", "--out", file.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("--out"), "{err}");
    assert_eq!(err.trim().lines().count(), 1);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep");
    let entries: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(entries.len(), 1, "no temporary files left behind");
}

#[test]
fn out_with_missing_parent_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("no/such/dir");
    let (code, out, err) = run(&["report", "--out", target.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("--out"));
    assert!(!target.exists());
}

#[test]
fn out_writes_report_and_figures_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("rep");
    let (code, out, err) = run(&[
        "report",
        "--digits",
        "10",
        "--format",
        "markdown",
        "--out",
        target.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("report.md"));
    let md = std::fs::read_to_string(target.join("report.md")).unwrap();
    assert!(md.starts_with("# "));
    for entry in std::fs::read_dir(&target).unwrap() {
        let p = entry.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            !name.starts_with(".taylormatch"),
            "temporary file left: {name}"
        );
        if name.ends_with(".svg") {
            let svg = std::fs::read_to_string(&p).unwrap();
            assert!(
                svg.starts_with("<svg") || svg.starts_with("<?xml"),
                "{name} is SVG"
            );
            assert!(svg.trim_end().ends_with("</svg>"), "{name} is complete");
        }
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with(".taylormatch")
        })
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn derivation_doc_is_the_current_markdown_report() {
    let (code, out, _) = run(&["report", "--format", "markdown"]);
    assert_eq!(code, 0);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/derivation.md");
    let doc = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        doc == out,
        "docs/derivation.md is stale: regenerate it with\n  cargo run --release -- report --format markdown > docs/derivation.md"
    );
}
