//! The GELU report's computations on two threads, each part returning its
//! typed result; the document is assembled afterwards in its fixed order.
//!
//! * On the calling thread, what needs the standard fits: the fits, then
//!   the comparison rows of the fitted constants and (beside them) the
//!   certified bounds of the minimax constants.
//! * Beside it: the kernel literals (`explain`), the published MSE figures
//!   and the rows of the series-matched and published constants.
//! * Then, taken by whichever of the two is free first: the certified
//!   bounds of those constants, the claims' own fits and the figures.
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
use crate::parallel::{two_lanes, Job};
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

/// What the second lane computes before it joins the shared jobs.
struct Beside {
    published: Published,
    rows: Vec<crate::commands::compare::CandidateRow>,
    literals: Document,
}

fn beside(o: &ReportOptions, shared: &RowSamples) -> Result<Beside> {
    let d = o.fit_digits();
    let literals = crate::commands::explain::document(&[], d)?;
    let published = Published::compute(d, Some(shared.gelu))?;
    let fixed: Vec<_> = MODELS
        .iter()
        .flat_map(|&m| fixed_candidates(m, d))
        .collect();
    let rows = rows(&fixed, d, shared)?;
    Ok(Beside {
        published,
        rows,
        literals,
    })
}

/// The result of a shared job, which has always run when [`two_lanes`] returns.
fn ran<T>(slot: Option<Result<T>>) -> Result<T> {
    slot.unwrap_or_else(|| unreachable!("two_lanes runs every shared job"))
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
    // the jobs that need neither lane's results, taken by whichever lane is free first
    let (mut fixed_bounds, mut claims, mut figures) = (None, None, None);
    let jobs: Vec<Job> = vec![
        Box::new(|| {
            fixed_bounds = Some(bounds::fixed_candidates().and_then(|c| certified_rows(&c)))
        }),
        Box::new(|| claims = Some(ClaimFits::compute(&verdict_samples[0], &verdict_samples[1]))),
        Box::new(|| {
            let mut sub = Document::new("");
            let mut figs = Vec::new();
            figures = Some(super::sections::figures(o, &mut sub, &mut figs).map(|()| (sub, figs)));
        }),
    ];
    let main = || -> Result<_> {
        let fits = FitSet::compute_with(fd, samples.clone())?;
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
    };
    let (main, side) = two_lanes(main, || beside(o, &shared), jobs);
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
        bounds: bounds::in_table_order(ran(fixed_bounds)?, fitted_bounds),
        claims: ran(claims)?,
        literals: side.literals,
        figures: ran(figures)?,
    })
}
