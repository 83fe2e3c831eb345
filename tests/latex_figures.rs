//! `report --format latex` is complete by itself: without `--out` its five
//! figures are drawn in the document (a `picture` of the same SVG: PDF path
//! operators and LaTeX text), with `--out DIR` the .tex includes the PDF
//! files written beside it; both compile with pdflatex (a loud skip without
//! it). `--latex-fragment` prints the body only.

mod common;
use common::latex::{check_latex_source, pdflatex};
use common::run;

const FIGURES: [&str; 5] = [
    "error_erf_tanh",
    "error_gelu_tanh",
    "error_erf_sigmoid",
    "error_gelu_sigmoid",
    "residual",
];

fn skip(what: &str) {
    eprintln!("\n*** SKIPPED: pdflatex is not on PATH; {what} was NOT compiled ***\n");
}

#[test]
fn latex_report_on_stdout_draws_its_figures() {
    let (code, tex, err) = run(&["report", "--order", "6", "--format", "latex"]);
    assert_eq!(code, 0, "{err}");
    check_latex_source("report", &tex);
    assert_eq!(tex.matches("\\begin{figure}").count(), 5, "five figures");
    assert_eq!(
        tex.matches("\\pdfliteral{").count(),
        5,
        "each drawn in the document"
    );
    assert!(!tex.contains("\\IfFileExists"), "no file is needed");
    assert!(
        !tex.contains("text plot omitted"),
        "figures, not text plots"
    );
    // the titles name the level, in the document's font, math from Unicode
    assert!(
        tex.contains("erf level: tanh($\\sqrt{2/\\pi }$"),
        "title as LaTeX text"
    );
    match pdflatex("report (figures drawn)", &tex) {
        None => skip("the LaTeX report with drawn figures"),
        Some(r) => r.unwrap(),
    }
}

#[test]
fn latex_report_with_out_includes_the_pdf_figures() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("rep");
    let t = target.to_str().unwrap();
    let (code, _, err) = run(&["report", "--order", "6", "--format", "latex", "--out", t]);
    assert_eq!(code, 0, "{err}");
    let tex = std::fs::read_to_string(target.join("report.tex")).unwrap();
    for f in FIGURES {
        assert!(
            tex.contains(&format!(
                "\\includegraphics[width=0.8\\linewidth]{{{f}.pdf}}"
            )),
            "{f}.pdf included"
        );
        assert!(target.join(format!("{f}.pdf")).exists());
    }
    let out = std::process::Command::new("pdflatex")
        .args(["-interaction=nonstopmode", "-halt-on-error", "report.tex"])
        .current_dir(&target)
        .output();
    match out {
        Err(_) => skip("the LaTeX report with PDF figures"),
        Ok(o) => {
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
            // every figure file was read (pdflatex logs each included file)
            let log = std::fs::read_to_string(target.join("report.log")).unwrap();
            for f in FIGURES {
                assert!(log.contains(&format!("{f}.pdf")), "{f}.pdf not read");
            }
        }
    }
}

#[test]
fn a_latex_fragment_is_the_body_only() {
    let (_, full, _) = run(&["verify", "--format", "latex"]);
    let (code, frag, err) = run(&["verify", "--format", "latex", "--latex-fragment"]);
    assert_eq!(code, 0, "{err}");
    assert!(frag.starts_with("% taylormatch LaTeX fragment"), "{frag}");
    assert!(!frag.contains("\\documentclass") && !frag.contains("\\end{document}"));
    let body = frag.split_once('\n').unwrap().1;
    assert!(full.contains(body), "the fragment is the document's body");
    // it compiles inside a document that loads what its first line names
    let doc = format!(
        "\\documentclass{{article}}\\usepackage[T1]{{fontenc}}\\usepackage{{amsmath,amssymb,graphicx,array,longtable}}\\begin{{document}}\n{frag}\\end{{document}}\n"
    );
    match pdflatex("verify fragment", &doc) {
        None => skip("the LaTeX fragment"),
        Some(r) => r.unwrap(),
    }
}
