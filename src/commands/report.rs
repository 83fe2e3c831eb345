//! `taylormatch report`: the whole story as one document, every number
//! computed on the spot by the engines.

use super::Output;
use crate::cli::OutputArgs;
use crate::error::Result;
use crate::output;
use crate::report::{render, Block, Document, Format};
use clap::Args;
use std::path::PathBuf;

mod bounds;
mod fits;
mod sections;

/// Flags of `report`.
#[derive(Debug, Clone, Args)]
pub struct ReportArgs {
    /// Write report.EXT and the figures (SVG, PNG, PDF) into DIR (created if missing; files replaced atomically).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Series order of the tables (powers 0 … N−1), 4..=40.
    #[arg(long, short = 'n', default_value_t = 10, value_parser = parse_report_order, value_name = "N", allow_hyphen_values = true)]
    pub order: usize,
    #[command(flatten)]
    pub output: OutputArgs,
}

fn parse_report_order(s: &str) -> std::result::Result<usize, String> {
    crate::cli::values::integer("--order", s, 4, 40).map(|n| n as usize)
}

/// Options the report is computed with.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    pub digits: u32,
    pub order: usize,
    /// Whether figures are written (SVG files next to the report).
    pub figures: bool,
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions {
            digits: 30,
            order: 10,
            figures: false,
        }
    }
}

/// The computed report: the document and the SVG figures (file name, contents).
pub struct Report {
    pub doc: Document,
    pub figures: Vec<(String, String)>,
}

/// Computes the report.
pub fn build(opts: &ReportOptions) -> Result<Report> {
    let mut doc =
        Document::new("Where GELU's tanh constant comes from: a derivation report by taylormatch");
    let mut figures = Vec::new();
    let steps = crate::progress::Steps::new("report", 8);
    steps.step("summary");
    fits::summary(opts, &mut doc)?;
    steps.step("functions");
    sections::functions(opts, &mut doc, &mut figures)?;
    steps.step("series");
    sections::series(opts, &mut doc, &mut figures)?;
    steps.step("matching");
    sections::matching(opts, &mut doc, &mut figures)?;
    steps.step("fits");
    fits::fits(opts, &mut doc)?;
    steps.step("comparison and certified bounds");
    let compare = crate::commands::compare::document(opts.digits.min(30))?;
    sections::comparison(opts, &mut doc, &compare)?;
    steps.step("published claims");
    fits::claims(opts, &mut doc, &compare)?;
    steps.step("figures");
    sections::figures(opts, &mut doc, &mut figures)?;
    Ok(Report { doc, figures })
}

/// Runs `report`.
pub fn run(a: &ReportArgs) -> Result<Output> {
    if let Some(dir) = &a.out {
        output::check_out_dir(dir)?;
        output::install_interrupt_handler();
    }
    let opts = ReportOptions {
        digits: a.output.digits,
        order: a.order,
        // HTML is one self-contained page: its figures are inlined as SVG
        figures: a.out.is_some() || a.output.format == Format::Html,
    };
    let mut r = build(&opts)?;
    let page = |r: &Report| -> Result<String> {
        if a.output.format == Format::Html {
            Ok(crate::report::render::html_with_figures(&r.doc, &r.figures))
        } else {
            render(&r.doc, a.output.format)
        }
    };
    match &a.out {
        None => {
            if a.output.format != Format::Html {
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
