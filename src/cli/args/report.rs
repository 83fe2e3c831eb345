//! The flags of `taylormatch report` (clap) and the typed options they build.

use super::OutputArgs;
use crate::commands::report::ReportRunOptions;
use clap::Args;
use std::path::PathBuf;

/// Flags of `report`.
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Digits (--digits D): decimals of exact values (series, matching, derivations) have D digits; fitted values, the comparison and the kernel literals min(D, 30); the summary and the published claims max(min(D, 30), 8) (their verdicts need fits to at least 8 digits); certified bounds min(D, 14). The report states this when D is outside 8..=14."
)]
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

impl ReportArgs {
    /// The typed options the command runs with.
    pub fn options(&self) -> ReportRunOptions {
        ReportRunOptions {
            out: self.out.clone(),
            order: self.order,
            output: self.output.options(),
        }
    }
}

fn parse_report_order(s: &str) -> std::result::Result<usize, String> {
    crate::expr::values::integer("--order", s, 4, 40).map(|n| n as usize)
}
