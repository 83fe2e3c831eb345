//! `taylormatch report`: the whole story as one document, every number
//! computed on the spot by the engines.

use super::Output;
use crate::cli::OutputArgs;
use crate::error::Result;
use crate::output;
use crate::report::{render, Block, Document};
use clap::Args;
use std::path::PathBuf;

mod bounds;
mod fits;
mod sections;

/// Flags of `report`.
#[derive(Debug, Clone, Args)]
pub struct ReportArgs {
    /// Write report.EXT and the SVG figures into DIR (created if missing; files replaced atomically).
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
    let total = 7;
    let step = |i: usize, name: &str| output::progress(&format!("report: {name} ({i}/{total})"));
    step(1, "summary");
    fits::summary(opts, &mut doc)?;
    step(1, "functions");
    sections::functions(opts, &mut doc, &mut figures)?;
    step(2, "series");
    sections::series(opts, &mut doc, &mut figures)?;
    step(3, "matching");
    sections::matching(opts, &mut doc, &mut figures)?;
    step(4, "fits");
    fits::fits(opts, &mut doc)?;
    step(5, "comparison and certified bounds");
    let compare = crate::commands::compare::document(opts.digits.min(30))?;
    sections::comparison(opts, &mut doc, &compare)?;
    step(6, "published claims");
    fits::claims(opts, &mut doc, &compare)?;
    step(7, "figures");
    sections::figures(opts, &mut doc, &mut figures)?;
    output::progress_done();
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
        figures: a.out.is_some(),
    };
    let mut r = build(&opts)?;
    match &a.out {
        None => {
            r.doc.blocks.retain(|b| !matches!(b, Block::Figure { .. }));
            Ok(Output::ok(render(&r.doc, a.output.format)?))
        }
        Some(dir) => {
            let name = format!("report.{}", a.output.format.extension());
            let mut files = vec![(name.clone(), render(&r.doc, a.output.format)?.into_bytes())];
            for (n, svg) in &r.figures {
                files.push((n.clone(), svg.clone().into_bytes()));
            }
            output::write_files(dir, &files)?;
            let mut msg = format!("wrote {}", dir.join(&name).display());
            for (n, _) in &r.figures {
                msg.push_str(&format!("\nwrote {}", dir.join(n).display()));
            }
            msg.push('\n');
            Ok(Output::ok(msg))
        }
    }
}
