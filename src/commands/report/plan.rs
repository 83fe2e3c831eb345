//! The GELU report's computations on two threads, each part returning its
//! typed result; the document is assembled afterwards in its fixed order.
//!
//! * On the calling thread, what needs the standard fits: the fits, then
//!   the comparison rows of the fitted constants and (beside them) the
//!   certified bounds of the minimax constants.
//! * Beside it, everything that needs none: the published MSE figures, the
//!   rows and bounds of the series-matched and published constants, the
//!   claims' own fits, the kernel literals (`explain`) and the figures.
//!
//! Both parts share the published grid's samples and the L2 quadrature
//! samples, computed once before they start (no process-wide cache).

use super::bounds::{self, certified_rows, BoundRow};
use super::claims::ClaimFits;
use super::ReportOptions;
use crate::commands::compare::{
    fitted_candidates, fixed_candidates, in_model_order, origin, rows, Comparison, Published,
    RowSamples,
};
use crate::error::Result;
use crate::numeric::fit::fit_set::{FitSet, MODELS};
use crate::numeric::fit::gridfit::GridSamples;
use crate::report::Document;

/// Everything the GELU report computes beyond its exact sections.
pub struct Computed {
    /// The standard fits at the fit digits.
    pub fits: FitSet,
    /// The standard fits at the verdict digits, when those differ.
    pub verdict: Option<FitSet>,
    pub compare: Comparison,
    /// The certified table's rows, in its order.
    pub bounds: Vec<BoundRow>,
    pub claims: ClaimFits,
    /// `explain` on the kernel literals.
    pub literals: Document,
    /// Section 7 (its blocks) and its SVG figures.
    pub figures: (Document, Vec<(String, String)>),
}

/// What the second thread computes.
struct Beside {
    published: Published,
    rows: Vec<crate::commands::compare::CandidateRow>,
    bounds: Vec<BoundRow>,
    claims: ClaimFits,
    literals: Document,
    figures: (Document, Vec<(String, String)>),
}

fn beside(
    o: &ReportOptions,
    shared: &RowSamples,
    verdict_samples: &[GridSamples; 2],
) -> Result<Beside> {
    let d = o.fit_digits();
    let literals = crate::commands::explain::document(&[], d)?;
    let published = Published::compute(d, Some(shared.gelu))?;
    let fixed: Vec<_> = MODELS
        .iter()
        .flat_map(|&m| fixed_candidates(m, d))
        .collect();
    let rows = rows(&fixed, d, shared)?;
    let bounds = certified_rows(&bounds::fixed_candidates()?)?;
    let claims = ClaimFits::compute(&verdict_samples[0], &verdict_samples[1])?;
    let mut sub = Document::new("");
    let mut figs = Vec::new();
    super::sections::figures(o, &mut sub, &mut figs)?;
    Ok(Beside {
        published,
        rows,
        bounds,
        claims,
        literals,
        figures: (sub, figs),
    })
}

/// Computes the report's fits, comparison, bounds, claims' fits, literals and figures.
pub fn compute(o: &ReportOptions) -> Result<Computed> {
    let (fd, vd) = (o.fit_digits(), o.verdict_digits());
    let samples = FitSet::grid_samples(fd);
    let verdict_samples = if vd == fd {
        samples.clone()
    } else {
        FitSet::grid_samples(vd)
    };
    let gelu = samples[1].clone();
    let shared = RowSamples::new(&gelu, fd);
    let (side, main) = std::thread::scope(|s| {
        let side = s.spawn(|| beside(o, &shared, &verdict_samples));
        let main = (|| -> Result<_> {
            let fits = FitSet::compute_with(fd, samples)?;
            let verdict = if vd == fd {
                None
            } else {
                Some(FitSet::compute_with(vd, verdict_samples.clone())?)
            };
            let fitted = MODELS
                .iter()
                .map(|&m| fitted_candidates(&fits, m))
                .collect::<Result<Vec<_>>>()?
                .into_iter()
                .flatten()
                .collect::<Vec<_>>();
            // the minimax constants' bounds beside the fitted rows
            let minimax = bounds::fitted_candidates(&fits)?;
            let (rows, bounds) = std::thread::scope(|s| {
                let b = s.spawn(|| certified_rows(&minimax));
                (rows(&fitted, fd, &shared), crate::parallel::join(b))
            });
            Ok((fits, verdict, rows?, bounds?))
        })();
        (crate::parallel::join(side), main)
    });
    let side = side?;
    let (fits, verdict, fitted_rows, fitted_bounds) = main?;
    let compare = Comparison {
        digits: fd,
        candidates: in_model_order(side.rows, fitted_rows),
        origin: origin(&fits)?,
        published: side.published,
    };
    Ok(Computed {
        fits,
        verdict,
        compare,
        bounds: bounds::in_table_order(side.bounds, fitted_bounds),
        claims: side.claims,
        literals: side.literals,
        figures: side.figures,
    })
}
