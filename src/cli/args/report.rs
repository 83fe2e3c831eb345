//! The flags of `taylormatch report` (clap) and the typed options they build.
//!
//! ```
//! use clap::Parser;
//! use taylormatch::cli::{Cli, Command};
//! let cli = Cli::try_parse_from(["taylormatch", "report", "--order", "12"]).unwrap();
//! let Command::Report(args) = cli.command else { panic!("not report") };
//! assert_eq!(args.options().unwrap().order, 12);
//! // the report's order is 4 to 40
//! assert!(Cli::try_parse_from(["taylormatch", "report", "--order", "41"]).is_err());
//! ```

use super::OutputArgs;
use crate::commands::bound::parse_set;
use crate::commands::report::subject::{self, Subject};
use crate::commands::report::ReportRunOptions;
use crate::error::{Error, Input, Result};
use crate::expr::parse_in;
use crate::numeric::convert::q_to_rug;
use crate::numeric::model::bound::Range;
use crate::numeric::model::{Family, Level};
use clap::Args;
use rug::Rational;
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
    /// Report on a catalogue entry instead of GELU (see `taylormatch catalogue`): gelu-tanh, mlx-gelu-tanh, quick-gelu, page-1977, bowling-2009, as-7.1.26, kernel-tanh, kernel-sigmoid. Its decimal constants become parameters c1, c2, … that matching and fitting move.
    #[arg(long, value_name = "NAME", conflicts_with_all = ["model", "target", "params"])]
    pub approx: Option<String>,
    /// Report on any approximation: an expression in x (with --target EXPR), or tanh|sigmoid|tanh-free (with --target erf|phi|gelu).
    #[arg(
        long,
        value_name = "EXPR",
        requires = "target",
        allow_hyphen_values = true
    )]
    pub model: Option<String>,
    /// The function --model approximates: an expression in x, or erf|phi|gelu with a named --model.
    #[arg(
        long,
        value_name = "EXPR",
        requires = "model",
        allow_hyphen_values = true
    )]
    pub target: Option<String>,
    /// The constants of --model, NAME=VALUE,… (exact decimals or fractions): the given candidate and the start of the fits. Default for a named model: its published constants.
    #[arg(
        long,
        value_name = "NAME=VALUE,…",
        requires = "model",
        allow_hyphen_values = true
    )]
    pub params: Option<String>,
    /// With --model or --approx: the range of the fits and bounds, A:B (inf allowed), L (= −L:L) or inf. Default −6:6 for --model, the entry's range for --approx; fits and figures cut an infinite end at ∓6.
    #[arg(long, value_name = "RANGE", allow_hyphen_values = true)]
    pub range: Option<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

impl ReportArgs {
    /// The typed options the command runs with; a value that cannot be read is refused naming its flag.
    pub fn options(&self) -> Result<ReportRunOptions> {
        Ok(ReportRunOptions {
            out: self.out.clone(),
            order: self.order,
            output: self.output.options(),
            subject: self.subject()?,
        })
    }

    /// `--range`, if given.
    fn range(&self) -> Result<Option<Range>> {
        use crate::expr::values::{range, End};
        let end = |e: End| match e {
            End::Finite(q) => Some(q_to_rug(&q)),
            End::NegInf | End::PosInf => None,
        };
        match &self.range {
            None => Ok(None),
            Some(s) => {
                let (a, b) = range(Input::Range, s)?;
                Ok(Some((end(a), end(b))))
            }
        }
    }

    /// The approximation of --approx or --model/--target/--params.
    fn subject(&self) -> Result<Option<Subject>> {
        let range = self.range()?;
        let flag = |f: &'static str| {
            move |e: Error| Error::input(format!("{f} {}", crate::cli::render(&e)))
        };
        if let Some(name) = &self.approx {
            let mut s = subject::from_catalogue(name).map_err(flag("--approx"))?;
            if let Some(r) = range {
                s.range = r;
            }
            return Ok(Some(s));
        }
        let Some(model) = &self.model else {
            if range.is_some() {
                return Err(Error::input(
                    "--range applies to report --model or --approx (the GELU report covers ℝ)",
                ));
            }
            return Ok(None);
        };
        let target = self.target.as_deref().unwrap_or_default();
        let range = range.unwrap_or((Some(Rational::from(-6)), Some(Rational::from(6))));
        let params =
            |default: &str| parse_set(Input::Params, self.params.as_deref().unwrap_or(default));
        let family = match model.trim().to_ascii_lowercase().as_str() {
            "tanh" => Some(Family::Tanh),
            "sigmoid" => Some(Family::Sigmoid),
            "tanh-free" => Some(Family::TanhFree),
            _ => None,
        };
        if let Some(f) = family {
            let level = Level::parse(target).map_err(|_| {
                Error::input(format!(
                    "--target must be erf, phi or gelu with --model {} (got {target:?})",
                    model.trim()
                ))
            })?;
            let (names, given) = params(subject::family_defaults(f))?;
            return subject::family(f, level, names, given, range)
                .map(Some)
                .map_err(flag("--params"));
        }
        let approx = parse_in("--model", model)?;
        if !approx.has_x() {
            return Err(Error::input(format!(
                "--model must be tanh, sigmoid, tanh-free or an expression in x (got {model:?})"
            )));
        }
        let t = parse_in("--target", target)?;
        let (names, given) = match &self.params {
            Some(_) => params("")?,
            None => (vec![], vec![]),
        };
        subject::expression(approx, t, names, given, range)
            .map(Some)
            .map_err(|e| Error::input(format!("--model/--params: {}", crate::cli::render(&e))))
    }
}

fn parse_report_order(s: &str) -> std::result::Result<usize, String> {
    crate::expr::values::integer(Input::Order, s, 4, 40)
        .map(|n| n as usize)
        .map_err(|e| crate::cli::render(&e))
}
