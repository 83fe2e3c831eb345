//! Section 4 of the report on an approximation: its constants fitted under
//! each criterion that applies to any expression model, grid least squares
//! (1001 equally spaced points) and minimax (Remez exchange), on the finite
//! part of the range. Each fit runs at two working precisions; a value shows
//! the digits on which both runs agree.

use super::subject::{finite_part, Subject};
use super::ReportOptions;
use crate::coeff::Sym;
use crate::error::Result;
use crate::numeric::bits_for_digits;
use crate::numeric::convert::q_from_rug;
use crate::numeric::decimal::round_rational;
use crate::numeric::model::fit::{grid_fit, minimax_fit, Fitted};
use crate::numeric::model::ModelEval;
use crate::numeric::stable::Stable;
use crate::report::{Document, Table, Value};
use rug::{Float, Rational};

/// Grid points of the least-squares fit: 1001 for up to two constants, 401
/// beyond (each Newton step costs points × k² hyper-dual terms).
fn grid_points(k: usize) -> u32 {
    if k <= 2 {
        1001
    } else {
        401
    }
}

/// The fitted candidates (label, exact value of each fitted float).
pub struct Fits {
    pub candidates: Vec<(String, Vec<Sym>)>,
}

/// `b` with the digits (at most `max`) on which `a` and `b` agree when correctly rounded.
fn agreeing(a: &Float, b: &Float, max: u32) -> Option<Stable> {
    let (qa, qb) = (a.to_rational()?, b.to_rational()?);
    let d = (1..=max)
        .rev()
        .find(|&d| round_rational(&qa, d) == round_rational(&qb, d))?;
    Some(Stable::new(b.clone(), d))
}

/// One fit at `bits` from `start` (exact values).
fn fit_at(
    s: &Subject,
    minimax: bool,
    start: &[Rational],
    (lo, hi): (&Rational, &Rational),
    bits: u32,
) -> Result<Fitted> {
    let f = s.model.at(bits, start, false)?;
    let start: Vec<Float> = start.iter().map(|v| Float::with_val(bits, v)).collect();
    if minimax {
        let tol = Float::with_val(bits, Float::i_exp(1, -(bits as i32) / 2));
        minimax_fit(
            &f,
            &Float::with_val(bits, lo),
            &Float::with_val(bits, hi),
            &start,
            &tol,
        )
    } else {
        let w = Rational::from(hi - lo);
        let n = grid_points(s.model.params.len());
        let xs: Vec<Float> = (0..n)
            .map(|j| Float::with_val(bits, lo + Rational::from(&w * j) / (n - 1)))
            .collect();
        grid_fit(&f, &xs, &start)
    }
}

/// Whether |e| looks even on the symmetric range [−h, h]: |e(x)| = |e(−x)| to
/// 2^−100 relative at six points. Then max |e| over [−h, h] is max over
/// [0, h] and minimax runs there (an odd or even error alternates in mirrored
/// pairs, which leaves Remez's levelled system singular on [−h, h]); the
/// certified bound of the result covers the whole range either way.
fn even_abs(s: &Subject, lo: &Rational, hi: &Rational) -> bool {
    match s.model.at(160, &s.given, false) {
        Ok(f) => even_abs_eval(&f, lo, hi),
        Err(_) => false,
    }
}

/// [`even_abs`] for the error `f` (any constants; at least 160 bits).
pub fn even_abs_eval(f: &ModelEval, lo: &Rational, hi: &Rational) -> bool {
    if *lo != Rational::from(-hi) || *hi <= 0 {
        return false;
    }
    let bits = f.bits;
    (1..=6u32).all(|k| {
        let x = Float::with_val(bits, hi * Rational::from((k, 7)));
        match (f.point(&x), f.point(&Float::with_val(bits, -&x))) {
            (Ok(a), Ok(b)) => {
                let (a, b) = (a.abs(), b.abs());
                let d = Float::with_val(bits, &a - &b).abs();
                d <= Float::with_val(bits, a.max(&b) >> 100u32)
            }
            _ => false,
        }
    })
}

/// Fits under both criteria; appends the table; returns the fitted candidates.
pub fn fits(s: &Subject, o: &ReportOptions, doc: &mut Document) -> Result<Fits> {
    doc.heading(1, "4. Fitting over the range");
    let mut out = Fits {
        candidates: Vec::new(),
    };
    if s.model.params.is_empty() {
        doc.para("The approximation has no constants to fit.");
        return Ok(out);
    }
    let (lo, hi) = finite_part(&s.range);
    let digits = o.fit_digits().min(20);
    let b1 = bits_for_digits(digits, 64).max(128);
    doc.para(format!(
        "Least squares starts from the given constants, minimax from the least-squares optimum; on [{}, {}] ({} equally spaced points for least \
         squares); run at {b1} and {} bits, each value shown to the digits both runs agree on (at most {digits}). \
         The objective is the mean square error on the grid (least squares) and max |error| on the range (minimax).",
        lo, hi, grid_points(s.model.params.len()), b1 + 32
    ));
    let half = even_abs(s, &lo, &hi);
    if half {
        doc.para(format!(
            "|error| is even on this range, so minimax runs on [0, {hi}] (the same maximum)."
        ));
    }
    // minimax starts from the least-squares optimum when there is one (a start closer to alternation)
    let mut start = s.given.clone();
    let mut t = Table::new(
        "fits",
        &[
            ("quantity", "quantity"),
            ("grid", "least squares (grid)"),
            ("minimax", "minimax"),
        ],
    );
    let k = s.model.params.len();
    // one column per criterion: the k parameters, then the objective
    let mut cols: Vec<Vec<Value>> = Vec::new();
    for (minimax, name) in [(false, "least squares (grid)"), (true, "minimax")] {
        let zero = Rational::new();
        let l = if minimax && half { &zero } else { &lo };
        // the second precision starts where the first ended (a few Newton steps)
        let run = fit_at(s, minimax, &start, (l, &hi), b1).and_then(|f1| {
            let warm: Option<Vec<Rational>> = f1.params.iter().map(|p| p.to_rational()).collect();
            let warm = warm.unwrap_or_else(|| start.clone());
            fit_at(s, minimax, &warm, (l, &hi), b1 + 32).map(|f2| (f1, f2))
        });
        let shown = |a: &Float, b: &Float| {
            agreeing(a, b, digits).map_or(Value::Null, |v| Value::dec(v.decimal()))
        };
        match run {
            Ok((f1, f2)) => {
                let mut col: Vec<Value> = f1
                    .params
                    .iter()
                    .zip(&f2.params)
                    .map(|(a, b)| shown(a, b))
                    .collect();
                col.push(shown(&f1.objective, &f2.objective));
                cols.push(col);
                let values: Option<Vec<Sym>> = f2
                    .params
                    .iter()
                    .map(|p| p.to_rational().map(|q| Sym::rational(q_from_rug(&q))))
                    .collect();
                if let Some(v) = values {
                    out.candidates.push((format!("{name} fit"), v));
                }
                if let Some(q) = f2.params.iter().map(|p| p.to_rational()).collect() {
                    start = q;
                }
            }
            Err(e) => {
                let mut col = vec![Value::Null; k];
                col.push(Value::from(format!("no result: {e}")));
                cols.push(col);
            }
        }
    }
    let labels = s
        .model
        .params
        .iter()
        .cloned()
        .chain(["objective".to_string()]);
    for (i, label) in labels.enumerate() {
        t.push(vec![label.into(), cols[0][i].clone(), cols[1][i].clone()]);
    }
    doc.table(t);
    Ok(out)
}
