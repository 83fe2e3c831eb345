//! The report on any approximation (a catalogue entry, or any model and
//! target): today's report, from the one model: the series of both
//! sides at the given constants, the constants matched at 0 (the engine of
//! `derive --solve`), the fits under each criterion that applies (grid least
//! squares and minimax, numeric::model::fit), a certified bound for each
//! candidate (numeric::model::bound) and the error curves.

use super::approx_fits::{fits, Fits};
use super::subject::{finite_part, Subject};
use super::{Report, ReportOptions};
use crate::coeff::{Coeff, Sym};
use crate::error::Result;
use crate::expr::Expr;
use crate::numeric::convert::q_from_rug;
use crate::numeric::decimal::rational_to_string;
use crate::report::figures::{curves_figure, error_curve, Drawn};
use crate::report::{Block, Document, Value};
use rug::Rational;

mod series;
use series::{matched, series};

/// A given constant as the user would write it: its exact decimal when it
/// terminates within 30 significant digits (`1.5976`, not
/// `1.59760000000000000000000000000`), else the fraction with a decimal
/// correctly rounded to 30 digits.
fn given_text(v: &Rational) -> String {
    let mut den = v.denom().clone();
    let (twos, fives) = (
        den.remove_factor_mut(&rug::Integer::from(2)),
        den.remove_factor_mut(&rug::Integer::from(5)),
    );
    let places = twos.max(fives);
    if den == 1 {
        let ten_p = rug::Integer::from(rug::Integer::u_pow_u(10, places));
        let scaled = (v.numer() * ten_p) / v.denom();
        let digits = scaled.clone().abs().to_string();
        if digits.len() <= 30 {
            let sign = if scaled < 0 { "-" } else { "" };
            let p = places as usize;
            let padded = format!("{digits:0>width$}", width = p + 1);
            let (int, frac) = padded.split_at(padded.len() - p);
            return if p == 0 {
                format!("{sign}{int}")
            } else {
                format!("{sign}{int}.{frac}")
            };
        }
    }
    format!("{v} ≈ {}", rational_to_string(v, 30))
}

/// A candidate set of constants: its label and exact values.
pub(super) struct Candidate {
    pub label: String,
    pub values: Vec<Sym>,
}

fn sym(q: &Rational) -> Sym {
    Sym::rational(q_from_rug(q))
}

pub(super) fn end(e: &Option<Rational>, inf: &str) -> String {
    e.as_ref()
        .map(|q| q.to_string())
        .unwrap_or_else(|| inf.into())
}

/// The expression with the parameters set to `values`.
pub(super) fn substituted(e: &Expr, names: &[String], values: &[Sym]) -> Option<Expr> {
    let mut out = e.clone();
    for (n, v) in names.iter().zip(values) {
        out = out.subst(n, &Expr::Num(v.as_q()?));
    }
    Some(out)
}

/// 6. The error curves of the candidates.
fn figures(s: &Subject, o: &ReportOptions, cands: &[Candidate], r: &mut Report) -> Result<()> {
    r.doc.heading(1, "6. Figures");
    let (lo, hi) = finite_part(&s.range);
    let (l, h) = (lo.to_f64(), hi.to_f64());
    let curves = cands
        .iter()
        .map(|c| {
            let d = Drawn {
                label: c.label.clone(),
                model: s.model.clone(),
                values: c.values.clone(),
            };
            error_curve(&d, None, l, h, 600)
        })
        .collect::<Result<Vec<_>>>()?;
    let (a, t) = s.model.pair();
    let f = curves_figure(
        "error.svg",
        &format!("{a} − {t}"),
        "approximation − target",
        curves,
    )?;
    if o.figures {
        r.doc.blocks.push(Block::Figure {
            path: f.file.clone(),
            caption: f.caption.clone(),
        });
        r.figures.push((f.file, f.svg));
    } else {
        r.doc.para("Written to a directory, the report includes this figure as SVG, PNG and PDF files. Compact rendering:");
        r.doc.pre(format!("{}\n{}", f.caption, f.text));
    }
    Ok(())
}

/// The report on `s`.
pub fn build(s: &Subject, o: &ReportOptions) -> Result<Report> {
    let mut r = Report {
        doc: Document::new(format!("Report on an approximation: {}", s.title)),
        figures: Vec::new(),
    };
    let (approx, target) = s.model.pair();
    r.doc.heading(1, "1. The approximation");
    // keys distinct from those of the matching section (its model and target are the erf-level pair)
    let mut fields: Vec<(String, String, Value)> = vec![
        (
            "approximation".into(),
            "approximation".into(),
            Value::from(approx.to_string()),
        ),
        (
            "approximated".into(),
            "target".into(),
            Value::from(target.to_string()),
        ),
        (
            "level".into(),
            "compared at".into(),
            Value::from(s.model.level.map_or("the pair as given", |l| l.name())),
        ),
        (
            "range".into(),
            "range".into(),
            Value::from(format!(
                "[{}, {}]",
                end(&s.range.0, "−∞"),
                end(&s.range.1, "∞")
            )),
        ),
        (
            "source".into(),
            "source".into(),
            Value::from(s.source.clone()),
        ),
    ];
    for (n, v) in s.model.params.iter().zip(&s.given) {
        fields.push((
            format!("given_{n}"),
            format!("given {n}"),
            Value::Num(given_text(v)),
        ));
    }
    r.doc.fields(
        fields
            .iter()
            .map(|(k, l, v)| (k.as_str(), l.as_str(), v.clone()))
            .collect(),
    );
    series(s, o, &mut r.doc)?;
    let m = matched(s, o, &mut r.doc);
    let mut cands = vec![Candidate {
        label: "given constants".into(),
        values: s.given.iter().map(sym).collect(),
    }];
    if let Some(v) = m {
        cands.push(Candidate {
            label: "matched at 0".into(),
            values: v,
        });
    }
    let Fits { candidates, .. } = fits(s, o, &mut r.doc)?;
    for (label, values) in candidates {
        cands.push(Candidate { label, values });
    }
    super::approx_bounds::bounds(s, o, &cands, &mut r.doc)?;
    figures(s, o, &cands, &mut r)?;
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::given_text;
    use rug::Rational;

    #[test]
    fn given_constants_print_exactly() {
        let q = |n: i64, d: i64| Rational::from((n, d));
        assert_eq!(given_text(&q(1997, 1250)), "1.5976");
        assert_eq!(given_text(&q(441, 6250)), "0.07056");
        assert_eq!(given_text(&q(-851, 500)), "-1.702");
        assert_eq!(given_text(&q(3, 1)), "3");
        assert_eq!(given_text(&q(1, 1 << 20)), "0.00000095367431640625");
        assert_eq!(
            given_text(&q(1, 3)),
            "1/3 ≈ 0.333333333333333333333333333333"
        );
        // 2^-120 terminates, but needs more than 30 digits: fraction and decimal
        let tiny = Rational::from((1, rug::Integer::from(1) << 120));
        assert!(
            given_text(&tiny).starts_with(
                "1/1329227995784915872903807060280344576 ≈ 7.52316384526264005099991383822e-37"
            ),
            "{}",
            given_text(&tiny)
        );
    }
}
