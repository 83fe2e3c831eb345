//! `taylormatch report`: the whole story as one document, every number
//! computed on the spot by the engines.
//!
//! ```
//! use taylormatch::commands::report::{build, ReportOptions};
//! use taylormatch::report::{render, Format};
//! let r = build(&ReportOptions { digits: 4, order: 6, figures: false, shown: None }).unwrap();
//! let md = render(&r.doc, Format::Markdown).unwrap();
//! // the matched constant, exactly, is the report's first result
//! assert!(md.contains("2/(3π) - 1/6"));
//! assert!(r.figures.is_empty());
//! ```

use super::Output;
use crate::error::Result;
use crate::output;
use crate::report::{Block, Document, Format};
use std::path::PathBuf;

mod approx;
mod approx_bounds;
mod approx_fits;
mod bounds;
mod claims;
mod fits;
mod plan;
mod sections;
pub mod subject;

/// Options of `report` (built by the command line from its flags).
#[derive(Debug, Clone)]
pub struct ReportRunOptions {
    /// Write report.EXT and the figures (SVG, PNG, PDF) into DIR (created if missing; files replaced atomically).
    pub out: Option<PathBuf>,
    /// Series order of the tables (powers 0 … N−1), 4..=40.
    pub order: usize,
    pub output: super::OutputOptions,
    /// The approximation reported on (`None`: the GELU report).
    pub subject: Option<subject::Subject>,
}

/// Options the report is computed with.
///
/// Digits: decimals of exact values (series, matching, derivations) have D
/// digits; fitted values, the comparison and the kernel literals min(D, 30)
/// (fits are computed to at most 30 digits); the summary and the published
/// claims max(min(D, 30), 8) (their verdicts round fits to up to 7 digits,
/// so the fits behind them are computed to at least 8); certified bounds
/// min(D, 14) (their enclosures are about 1e-13 wide).
#[derive(Debug, Clone)]
pub struct ReportOptions {
    pub digits: u32,
    pub order: usize,
    /// Whether figures are made (SVG): files next to the report with `--out`, drawn in the page in HTML and LaTeX.
    pub figures: bool,
    /// Digits the text renderer shows decimals with, when fewer than
    /// computed (`--digits` not given): the report says so at its top.
    pub shown: Option<u32>,
}

/// Largest digits of fitted values in the report.
pub const FIT_DIGITS: u32 = 30;
/// Fewest digits of the fits behind the summary and the claims.
pub const VERDICT_DIGITS: u32 = 8;
/// Largest digits of certified bounds in the report.
pub const BOUND_DIGITS: u32 = 14;

impl ReportOptions {
    /// Digits of fitted values, the comparison and the literals: min(D, 30).
    pub fn fit_digits(&self) -> u32 {
        self.digits.min(FIT_DIGITS)
    }
    /// Digits of the fits behind verdicts (summary, claims): max(min(D, 30), 8).
    pub fn verdict_digits(&self) -> u32 {
        self.fit_digits().max(VERDICT_DIGITS)
    }
    /// Digits of certified bounds: min(D, 14).
    pub fn bound_digits(&self) -> u32 {
        self.digits.min(BOUND_DIGITS)
    }
    /// What the report says about its digits when some sections cannot show D.
    pub fn digits_note(&self) -> Option<String> {
        let d = self.digits;
        if let Some(s) = self.shown.filter(|&s| s < d) {
            return Some(format!(
                "Digits: decimals are computed to {d} significant digits (fits and the comparison \
                 to {}) and shown here rounded to {s}, certified bounds to {} digits rounded \
                 outward; asking for D digits shows D, and the JSON output carries all of them.",
                self.fit_digits(),
                self.bound_digits()
            ));
        }
        (!(VERDICT_DIGITS..=BOUND_DIGITS).contains(&d)).then(|| {
            format!(
                "Digits: exact values are shown to {d} digits (--digits {d}); fitted values, the \
                 comparison and the kernel literals to {} (fits are computed to at most {FIT_DIGITS}); \
                 the summary and the published claims to {} (their verdicts need fits to at least \
                 {VERDICT_DIGITS} digits); certified bounds to {} (their enclosures are about 1e-13 wide).",
                self.fit_digits(),
                self.verdict_digits(),
                self.bound_digits()
            )
        })
    }
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions {
            digits: 30,
            order: 10,
            figures: false,
            shown: None,
        }
    }
}

/// The computed report: the document and the SVG figures (file name, contents).
pub struct Report {
    pub doc: Document,
    pub figures: Vec<(String, String)>,
}

/// Computes the report: the numeric work on two threads
/// (`commands/report/plan.rs`), then the document in its fixed order.
pub fn build(opts: &ReportOptions) -> Result<Report> {
    let mut doc =
        Document::new("Where GELU's tanh constant comes from: a derivation report by taylormatch");
    let steps = crate::progress::Steps::new("report", 2);
    steps.step("fits, comparison, bounds, claims (two threads)");
    let c = plan::compute(opts)?;
    steps.step("document");
    let verdict = c.verdict.as_ref().unwrap_or(&c.fits);
    if let Some(note) = opts.digits_note() {
        doc.para(note);
    }
    fits::summary(opts, &mut doc, verdict)?;
    sections::functions(&mut doc, &c.literals)?;
    let mut none = Vec::new();
    sections::series(opts, &mut doc, &mut none)?;
    sections::matching(opts, &mut doc, &mut none)?;
    fits::fits(&mut doc, &c.fits)?;
    bounds::comparison(opts, &mut doc, &c.compare, &c.bounds);
    claims::claims(&mut doc, verdict, &c.compare, &c.claims, opts.shown)?;
    let (fig_doc, figures) = c.figures;
    doc.blocks.extend(fig_doc.blocks);
    Ok(Report { doc, figures })
}

/// Runs `report`.
pub fn run(a: &ReportRunOptions) -> Result<Output> {
    if let Some(dir) = &a.out {
        output::check_out_dir(dir)?;
        output::install_interrupt_handler();
    }
    let opts = ReportOptions {
        digits: a.output.digits,
        order: a.order,
        // HTML and LaTeX are complete by themselves: their figures are drawn
        // in the page (SVG inline; a picture of the same SVG in LaTeX)
        figures: a.out.is_some() || matches!(a.output.format, Format::Html | Format::Latex),
        shown: a.output.style.text_digits,
    };
    let mut r = match &a.subject {
        Some(s) => approx::build(s, &opts)?,
        None => build(&opts)?,
    };
    let page = |r: &Report| -> Result<String> {
        match a.output.format {
            Format::Html => Ok(crate::report::render::html_with_figures(&r.doc, &r.figures)),
            // with --out the .tex includes the PDF files written beside it
            Format::Latex if a.out.is_none() => Ok(crate::report::render::latex_with_figures(
                &r.doc,
                &r.figures,
                &a.output.style,
            )),
            _ => a.output.render(&r.doc),
        }
    };
    match &a.out {
        None => {
            if !matches!(a.output.format, Format::Html | Format::Latex) {
                r.doc.blocks.retain(|b| !matches!(b, Block::Figure { .. }));
            }
            Ok(Output::ok(page(&r)?))
        }
        Some(dir) => {
            let name = format!("report.{}", a.output.format.extension());
            let mut files = vec![(name.clone(), page(&r)?.into_bytes())];
            for (n, svg) in &r.figures {
                // NAME.svg, NAME.png, NAME.pdf (the LaTeX report includes the PDF)
                files.extend(crate::report::export::figure_files(n, svg)?);
            }
            output::write_files(dir, &files)?;
            let mut msg = String::new();
            for (n, _) in &files {
                msg.push_str(&format!("wrote {}\n", dir.join(n).display()));
            }
            msg.pop();
            msg.push('\n');
            Ok(Output::ok(msg))
        }
    }
}
