//! `report`: structure, JSON, --out behaviour, and docs/derivation.md freshness.
//! The report is computed once per test process through the library (the
//! fits are the slow part) and rendered in every format; the binary is run
//! for the --out paths.

mod common;
use common::run;
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;
use taylormatch::commands::report::{build, Report, ReportOptions};
use taylormatch::report::{render, Block, Format};

fn report() -> &'static Report {
    static R: OnceLock<Report> = OnceLock::new();
    R.get_or_init(|| build(&ReportOptions::default()).expect("report builds"))
}

/// The report as the CLI prints it to stdout (figures are files only with --out).
fn rendered(format: Format) -> String {
    let mut doc = report().doc.clone();
    doc.blocks.retain(|b| !matches!(b, Block::Figure { .. }));
    render(&doc, format).expect("renders")
}

#[test]
fn text_report_has_every_section_in_order() {
    let out = rendered(Format::Text);
    let mut last = 0;
    for h in [
        "In short",
        "1. The functions",
        "2. Series of both sides",
        "3. Matching the x³ terms",
        "4. Fitting instead of matching",
        "5. How good are the constants",
        "6. The published claims, checked",
        "7. Figures",
    ] {
        let pos = out
            .find(h)
            .unwrap_or_else(|| panic!("missing section {h:?}"));
        assert!(pos >= last, "section {h:?} out of order");
        last = pos;
    }
    assert!(out.contains("(4 - π)/(6π)"));
    // mpmath, 40 digits: 2/(3π) - 1/6 = 0.04553992412252711435851168449668581604594
    assert!(
        out.contains("0.0455399241225271143585116844967"),
        "a to 30 digits"
    );
}

#[test]
fn json_report_parses_and_agrees_with_text() {
    let json = rendered(Format::Json);
    let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let a = v["a_decimal"].as_str().expect("a_decimal");
    assert_eq!(a, "0.0455399241225271143585116844967");
    assert_eq!(v["a_exact"], "2/(3π) - 1/6");
    assert_eq!(v["residual_starts_at"], 5);
    let text = rendered(Format::Text);
    // every decimal of the fits table appears in the text report too
    let fits = v["fits"].as_array().expect("fits table");
    assert_eq!(fits.len(), 12);
    for row in fits {
        let p = row["parameter"].as_str().unwrap();
        assert!(text.contains(p), "{p} missing from the text report");
    }
    let claims = v["claims"].as_array().expect("claims");
    assert_eq!(claims.len(), 12);
    // the verdicts the mission is about
    let verdict = |n: i64| {
        claims.iter().find(|c| c["n"] == n).unwrap()["holds"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(verdict(1), "holds", "curve_fit a ≈ 0.04485");
    assert_eq!(
        verdict(8),
        "does not hold",
        "least squares does not approach 0.044715"
    );
    assert_eq!(
        verdict(10),
        "does not hold",
        "sigmoid max error is not 1e-4"
    );
    assert_eq!(verdict(11), "holds", "0.044715 is the rounded minimax a");
    assert_eq!(verdict(12), "holds", "1.702 is the rounded minimax k");
}

#[test]
fn certified_bounds_contain_the_fitted_maxima() {
    // two routes: the minimax fit's own max |error| (extrema search) must lie
    // inside the certified enclosure (branch and bound) for the same a
    let v: serde_json::Value = serde_json::from_str(&rendered(Format::Json)).unwrap();
    let fits = v["fits"].as_array().unwrap();
    let mm = fits
        .iter()
        .find(|r| {
            r["criterion"] == "minimax on ℝ"
                && r["target"].as_str().unwrap().starts_with("erf")
                && r["model"].as_str().unwrap().starts_with("tanh")
        })
        .unwrap();
    let max: f64 = mm["value"].as_str().unwrap().parse().unwrap();
    let bounds = v["certified_max_error"].as_array().unwrap();
    let row = bounds
        .iter()
        .find(|r| r["candidate"].as_str().unwrap().contains("minimax a") && r["level"] == "erf")
        .unwrap();
    let lo: f64 = row["lo"].as_str().unwrap().parse().unwrap();
    let hi: f64 = row["hi"].as_str().unwrap().parse().unwrap();
    assert!(
        lo <= max * (1.0 + 1e-12) && max <= hi * (1.0 + 1e-12),
        "{lo} ≤ {max} ≤ {hi}"
    );
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
    let mut svgs = 0;
    for entry in std::fs::read_dir(&target).unwrap() {
        let p = entry.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            !name.starts_with(".taylormatch"),
            "temporary file left: {name}"
        );
        if name.ends_with(".svg") {
            svgs += 1;
            let svg = std::fs::read_to_string(&p).unwrap();
            assert!(
                svg.starts_with("<svg") || svg.starts_with("<?xml"),
                "{name} is SVG"
            );
            assert!(svg.trim_end().ends_with("</svg>"), "{name} is complete");
            assert!(
                svg.contains("<polyline") || svg.contains("<path"),
                "{name} has curves"
            );
            assert!(md.contains(&format!("]({name})")), "report links {name}");
        }
    }
    assert_eq!(svgs, 5);
    // each figure also as PNG and PDF, and the message names every file
    for stem in [
        "error_erf_tanh",
        "error_gelu_tanh",
        "error_erf_sigmoid",
        "error_gelu_sigmoid",
        "residual",
    ] {
        let png = std::fs::read(target.join(format!("{stem}.png"))).unwrap();
        assert!(
            png.starts_with(b"\x89PNG\r\n\x1a\n") && png.len() > 20_000,
            "{stem}.png"
        );
        let pdf = std::fs::read(target.join(format!("{stem}.pdf"))).unwrap();
        assert!(pdf.starts_with(b"%PDF-") && pdf.len() > 2_000, "{stem}.pdf");
        for ext in ["svg", "png", "pdf"] {
            assert!(
                out.contains(&format!("{stem}.{ext}")),
                "message names {stem}.{ext}"
            );
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
    let out = rendered(Format::Markdown);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/derivation.md");
    let doc = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        doc == out,
        "docs/derivation.md is stale: regenerate it with\n  cargo run --release -- report --format markdown > docs/derivation.md"
    );
}

#[test]
fn interrupt_leaves_no_files_behind() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("rep");
    let mut child = Command::new(env!("CARGO_BIN_EXE_taylormatch"))
        .args(["report", "--out", target.to_str().unwrap()])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // the report computes for seconds before it writes; interrupt it early
    std::thread::sleep(std::time::Duration::from_millis(700));
    let _ = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let status = child.wait().unwrap();
    if status.code() == Some(0) {
        // finished before the signal arrived: then everything must be complete
        assert!(target.join("report.txt").exists());
    } else {
        assert_eq!(status.code(), Some(130));
        assert!(!target.exists(), "nothing written on interrupt");
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(leftovers.iter().all(|e| !e
        .as_ref()
        .unwrap()
        .file_name()
        .to_string_lossy()
        .starts_with(".taylormatch")));
}

#[test]
fn csv_report_is_one_table_with_the_values() {
    let csv = rendered(Format::Csv);
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(&header[..3], ["table", "field", "value"]);
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("rectangular")).collect();
    // mpmath: 2/(3π) − 1/6 = 0.04553992412252711435851168449668581604594
    assert!(rows.iter().any(|x| &x[0] == "fields"
        && &x[1] == "a_decimal"
        && &x[2] == "0.0455399241225271143585116844967"));
    let claims = rows.iter().filter(|x| &x[0] == "claims").count();
    assert_eq!(claims, 12);
}

#[test]
fn latex_report_is_ascii_and_compiles() {
    let tex = rendered(Format::Latex);
    common::latex::check_latex_source("report", &tex);
    match common::latex::pdflatex("report", &tex) {
        None => eprintln!(
            "\n*** SKIPPED: pdflatex is not on PATH; the LaTeX report was NOT compiled ***\n"
        ),
        Some(r) => r.unwrap(),
    }
}

/// Tables fit the text width: compiled twice, pdflatex reports no box wider
/// than the line by more than 3 pt (tables are shrunk, or wrapped prose
/// columns become longtables that break across pages) and no page taller
/// than the text (a tall table that does not break). Also a long
/// coefficient table (a 60-row longtable).
#[test]
fn latex_tables_fit_the_text_width() {
    let coeffs = {
        let (code, out, err) = run(&["coeffs", "gelu", "--order", "60", "--format", "latex"]);
        assert_eq!(code, 0, "{err}");
        out
    };
    for (what, tex) in [
        ("report", rendered(Format::Latex)),
        ("coeffs gelu --order 60", coeffs),
    ] {
        match common::latex::pdflatex_log(what, &tex) {
            None => {
                eprintln!("\n*** SKIPPED: pdflatex is not on PATH; LaTeX table widths were NOT checked ***\n");
                return;
            }
            Some(log) => {
                let log = log.unwrap();
                let bad: Vec<String> = common::latex::overfull(&log)
                    .into_iter()
                    .filter(|(pt, what)| *pt > 3.0 || what.starts_with("\\vbox"))
                    .map(|(_, w)| w)
                    .collect();
                assert!(
                    bad.is_empty(),
                    "{what}: overfull boxes:\n{}",
                    bad.join("\n")
                );
            }
        }
    }
}
