//! `taylormatch compare`: every candidate constant against every metric,
//! and the published MSE figures recomputed.
//!
//! ```
//! use taylormatch::commands::compare::document;
//! use taylormatch::report::{render, Format};
//! let md = render(&document(4).unwrap(), Format::Markdown).unwrap();
//! // every candidate on every metric, the paper's a among them
//! assert!(md.contains("0.044715"), "{md}");
//! ```

mod candidates;
mod origin;
mod published;

pub use candidates::{candidates, fitted_candidates, fixed_candidates, Candidate};

pub use origin::{origin, origin_table, OriginRow};
pub use published::{Published, PublishedRow};

use super::Output;
use crate::error::Input;
use crate::error::Result;
use crate::numeric::fit::fit_set::{FitSet, MODELS};
use crate::numeric::fit::grid::Grid;
use crate::numeric::fit::gridfit::{mse_stable, GridSamples};
use crate::numeric::fit::l2_value::{l2_value_samples, l2_value_with};
use crate::numeric::fit::minimax::{max_error, max_error_and_shift};
use crate::numeric::fit::quadrature::QuadSamples;
use crate::numeric::fit::{Range, Stable};
use crate::numeric::model::{Family, Level};
use crate::parallel::map_ranges_min;
use crate::report::{Document, Table, Value};

/// Largest `--digits` for `compare` (12 fits and 80 metrics at that precision;
/// release, user time: ≈ 9 s at 50 digits, 20 s at 100; 200 took minutes).
pub const MAX_COMPARE_DIGITS: u32 = 100;

/// Options of `compare` (built by the command line from its flags).
#[derive(Debug, Clone)]
pub struct CompareOptions {
    pub out: super::OutputOptions,
}

/// Rows in the order of [`candidates`]: for each model its rows of `fixed`, then its rows of `fitted`.
pub fn in_model_order(fixed: Vec<CandidateRow>, fitted: Vec<CandidateRow>) -> Vec<CandidateRow> {
    let mut out = Vec::with_capacity(fixed.len() + fitted.len());
    for model in MODELS {
        out.extend(fixed.iter().filter(|r| r.model == model).cloned());
        out.extend(fitted.iter().filter(|r| r.model == model).cloned());
    }
    out
}

/// One candidate on every metric.
#[derive(Debug, Clone)]
pub struct CandidateRow {
    pub model: Family,
    /// Its name and definition.
    pub name: String,
    /// Its decimal.
    pub value: String,
    /// MSE against GELU on the published grid.
    pub mse_gelu: Stable,
    /// max |e| over ℝ at the Φ level (half the erf level).
    pub max_phi: Stable,
    /// max |e| over ℝ at the erf level.
    pub max_erf: Stable,
    /// max |e| over ℝ at the GELU level.
    pub max_gelu: Stable,
    /// ∫₋₁₀¹⁰ e_GELU² dx.
    pub l2_gelu: Stable,
}

/// Every candidate constant against every metric, where the paper's
/// constants come from, and the published MSE figures recomputed.
#[derive(Debug, Clone)]
pub struct Comparison {
    pub digits: u32,
    pub candidates: Vec<CandidateRow>,
    pub origin: Vec<OriginRow>,
    pub published: Published,
}

/// max |e| at the Φ level (half of the erf level) and at the erf level, stable to `digits`.
fn max_phi_erf(c: &Candidate, digits: u32) -> Result<(Stable, Stable)> {
    let (erf, phi) =
        max_error_and_shift(c.model, Level::Erf, &Range::real_line(), digits, 1, &c.at)?;
    Ok((phi.value, erf.value))
}

/// The range of the L2 metric, [−10, 10].
fn l2_range() -> Range {
    Range::symmetric(10)
}

/// What every row's metrics share: the published grid's GELU samples and
/// the quadrature samples of the L2 metric (erf at the nodes).
pub struct RowSamples<'a> {
    pub gelu: &'a GridSamples,
    pub quad: Option<QuadSamples>,
}

impl<'a> RowSamples<'a> {
    /// The shared samples at `digits`, with `gelu` the published grid's GELU samples.
    pub fn new(gelu: &'a GridSamples, digits: u32) -> RowSamples<'a> {
        RowSamples {
            gelu,
            quad: l2_value_samples(Level::Gelu, &l2_range(), digits),
        }
    }
}

/// One candidate on every metric.
fn row(c: &Candidate, digits: u32, shared: &RowSamples) -> Result<CandidateRow> {
    let grid = Grid::published();
    let mse_gelu = mse_stable(
        c.model,
        Level::Gelu,
        &grid,
        digits,
        &c.at,
        Some(shared.gelu),
    )?;
    let (max_phi, max_erf) = max_phi_erf(c, digits)?;
    let max_gelu = max_error(c.model, Level::Gelu, &Range::real_line(), digits, &c.at)?.value;
    let l2_gelu = l2_value_with(
        c.model,
        Level::Gelu,
        &l2_range(),
        digits,
        &c.at,
        shared.quad.as_ref(),
    )?;
    Ok(CandidateRow {
        model: c.model,
        name: c.name.clone(),
        value: c.value.clone(),
        mse_gelu,
        max_phi,
        max_erf,
        max_gelu,
        l2_gelu,
    })
}

/// The rows of `cands` on every metric at `digits`, in order (rows in
/// parallel; each also parallelises its grid sums).
pub fn rows(cands: &[Candidate], digits: u32, shared: &RowSamples) -> Result<Vec<CandidateRow>> {
    map_ranges_min(cands.len(), 2, |range| {
        range
            .map(|i| row(&cands[i], digits, shared))
            .collect::<Vec<_>>()
    })
    .into_iter()
    .flatten()
    .collect()
}

impl Comparison {
    /// Computes the comparison from the standard fits (each fit read, none recomputed).
    pub fn compute(fits: &FitSet) -> Result<Comparison> {
        let published = Published::compute(fits.digits, Some(fits.samples(Level::Gelu)))?;
        Self::compute_with(fits, published)
    }

    /// [`Comparison::compute`] with the published figures computed already (they need no fit).
    pub fn compute_with(fits: &FitSet, published: Published) -> Result<Comparison> {
        let digits = fits.digits;
        let shared = RowSamples::new(fits.samples(Level::Gelu), digits);
        Ok(Comparison {
            digits,
            candidates: rows(&candidates(fits)?, digits, &shared)?,
            origin: origin(fits)?,
            published,
        })
    }

    /// The comparison document (decimals made here, from the typed rows).
    pub fn document(&self) -> Document {
        let mut d = Document::new("Candidate constants compared");
        d.para(
            "Errors: e = model − erf(x/√2) (erf level), half of it (Φ level), and ½x(1 + model) − GELU(x) (GELU level). \
             MSE is over the published grid x = −10 + i/1000, i = 0…19999 (exact decimals). \
             Every figure is stable between two working precisions.",
        );
        let cols = [
            ("model", "model"),
            ("constant", "constant"),
            ("value", "value"),
            ("mse_gelu", "MSE vs GELU (grid)"),
            ("max_phi", "max |e| Φ (ℝ)"),
            ("max_erf", "max |e| erf (ℝ)"),
            ("max_gelu", "max |e| GELU (ℝ)"),
            ("l2_gelu", "∫₋₁₀¹⁰ e_GELU² dx"),
        ];
        let mut t = Table::new("candidates", &cols);
        for r in &self.candidates {
            t.push(vec![
                r.model.name().into(),
                r.name.clone().into(),
                Value::dec(r.value.clone()),
                Value::dec(r.mse_gelu.decimal()),
                Value::dec(r.max_phi.decimal()),
                Value::dec(r.max_erf.decimal()),
                Value::dec(r.max_gelu.decimal()),
                Value::dec(r.l2_gelu.decimal()),
            ]);
        }
        d.table(t);
        d.table(self.origin_table());
        self.published.render(&mut d);
        d
    }

    /// Which criterion rounds to the paper's constants, as a table.
    pub fn origin_table(&self) -> Table {
        origin_table(&self.origin)
    }
}

/// The comparison document at `digits` significant digits (the published
/// figures, which need no fit, computed beside the fits).
pub fn document(digits: u32) -> Result<Document> {
    let samples = FitSet::grid_samples(digits);
    let gelu = samples[1].clone();
    let (fits, published) = std::thread::scope(|s| {
        let published = s.spawn(|| Published::compute(digits, Some(&gelu)));
        let fits = FitSet::compute_with(digits, samples);
        (fits, crate::parallel::join(published))
    });
    Ok(Comparison::compute_with(&fits?, published?)?.document())
}

/// Runs `compare`.
pub fn run(a: &CompareOptions) -> Result<Output> {
    if a.out.digits > MAX_COMPARE_DIGITS {
        return Err(crate::error::Error::input(crate::msg!(
            Input::Digits,
            " must be at most {MAX_COMPARE_DIGITS} for compare (got ",
            a.out.digits.to_string(),
            ")"
        )));
    }
    let progress = crate::progress::Spinner::new("compare: every candidate on every metric");
    let doc = document(a.out.digits)?;
    drop(progress);
    Ok(Output::ok(a.out.render(&doc)?))
}
