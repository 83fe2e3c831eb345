//! `bound --model EXPR --target EXPR [--set a=…] [--range L:R] [--relative]`:
//! the certified maximum error of any expression pair (numeric::model::bound).

use super::document::enclosure_fields;
use super::{parse_rational, BoundOptions};
use crate::error::Input;
use crate::error::{Error, Result};
use crate::expr::parse_in;
use crate::numeric::bound::BoundResult;
use crate::numeric::decimal::rational_to_string;
use crate::numeric::interval::outward::float_directed;
use crate::numeric::model::bound::max_error;
use crate::numeric::model::Model;
use crate::report::{Document, Table, Value};
use rug::Rational;

/// The model names `bound` knows as shorthands (not expressions).
pub const FAMILIES: &[&str] = &["tanh", "sigmoid"];

/// Parses `a=0.044715,b=2` for `flag` (`--set`, `--params`) into (names, exact values), in the order given.
pub fn parse_set(flag: Input, s: &str) -> Result<(Vec<String>, Vec<Rational>)> {
    let mut names = Vec::new();
    let mut values = Vec::new();
    for item in s.split(',') {
        let (n, v) = item.split_once('=').ok_or_else(|| {
            Error::input(crate::msg!(
                flag,
                " must be NAME=VALUE pairs separated by commas, e.g. a=0.044715,b=2 (got {s:?})"
            ))
        })?;
        let n = n.trim();
        if n.is_empty() || !n.chars().all(|c| c.is_alphanumeric() || c == '_') || n == "x" {
            return Err(Error::input(crate::msg!(
                flag,
                ": {n:?} is not a parameter name (letters, digits, _; not x)"
            )));
        }
        if names.iter().any(|m| m == n) {
            return Err(Error::input(crate::msg!(flag, " gives {n} twice")));
        }
        names.push(n.to_string());
        values.push(parse_rational(flag, v)?);
    }
    Ok((names, values))
}

/// The model of the flags, when `--model` is an expression.
pub fn model_of(args: &BoundOptions) -> Result<(Model, Vec<Rational>)> {
    let approx = parse_in(Input::Model, &args.model)?;
    if !approx.has_x() {
        return Err(Error::input(crate::msg!(
            Input::Model,
            " must be tanh, sigmoid or an expression in x (got ",
            format!("{:?}", args.model),
            ")"
        )));
    }
    let t = args.target.as_deref().ok_or_else(|| {
        Error::input(crate::msg!(
            Input::Target,
            " is required with an expression ",
            Input::Model,
            " (e.g. ",
            Input::Target,
            " 'gelu(x)')"
        ))
    })?;
    if ["erf", "phi", "gelu"].contains(&t.trim()) {
        return Err(Error::input(crate::msg!(
            Input::Target,
            " must be an expression in x with an expression ",
            Input::Model,
            " (e.g. ",
            (if t.trim() == "phi" { "Phi" } else { t.trim() }).to_string(),
            "(x)); the level names erf, phi, gelu apply to ",
            Input::Model,
            " tanh|sigmoid (got {t:?})"
        )));
    }
    let target = parse_in(Input::Target, t)?;
    let (names, values) = match &args.set {
        Some(s) => parse_set(Input::Set, s)?,
        None => (vec![], vec![]),
    };
    let model = Model::new(approx, target, names).map_err(|e| {
        Error::input(crate::msg!(
            Input::Model,
            "/",
            Input::Set,
            ": ",
            e.message()
        ))
    })?;
    Ok((model, values))
}

/// Runs the expression bound and builds its document.
pub fn run_expr(args: &BoundOptions, rel_tol: &Rational) -> Result<Document> {
    let (model, values) = model_of(args)?;
    if args.a.is_some() || args.k.is_some() || args.residual.is_some() {
        return Err(Error::input(crate::msg!(
            Input::A,
            ", ",
            Input::K,
            " and ",
            Input::Residual,
            " apply to ",
            Input::Model,
            " tanh|sigmoid; give an expression model's parameters with ",
            Input::Set
        )));
    }
    // finite, half-line or the whole line (`A:inf`, `-inf:B`, `inf`)
    let range = match args.range.as_deref() {
        Some(r) => {
            use crate::expr::values::{range, End};
            use crate::numeric::convert::q_to_rug;
            let end = |e: End, left: bool| match e {
                End::Finite(q) => Ok(Some(q_to_rug(&q))),
                End::NegInf if left => Ok(None),
                End::PosInf if !left => Ok(None),
                _ => Err(Error::input(crate::msg!(
                    Input::Range,
                    " must run from left to right (got {r:?})"
                ))),
            };
            let (a, b) = range(Input::Range, r)?;
            (end(a, true)?, end(b, false)?)
        }
        None => (None, None),
    };
    let f = model.at(args.bits, &values, args.relative)?;
    let r = max_error(&f, &range, rel_tol, 400_000).map_err(|e| {
        let given = args.range.as_deref().unwrap_or("the whole line");
        Error::input(crate::msg!(Input::Range, " {given}: ", e.message()))
    })?;
    Ok(document(&model, &values, &range, &r, args, rel_tol))
}

fn document(
    m: &Model,
    values: &[Rational],
    range: &crate::numeric::model::bound::Range,
    r: &BoundResult,
    args: &BoundOptions,
    rel_tol: &Rational,
) -> Document {
    let digits = args.out.digits;
    let end =
        |e: &Option<Rational>, inf: &str| e.as_ref().map_or(inf.to_string(), |q| q.to_string());
    let range_text = format!("[{}, {}]", end(&range.0, "-inf"), end(&range.1, "inf"));
    // each parameter exact (in the notation asked for) and as a decimal
    let mut params = Table::new(
        "params",
        &[
            ("name", "parameter"),
            ("exact", "exact"),
            ("decimal", "decimal"),
        ],
    );
    for (n, v) in m.params.iter().zip(values) {
        params.push(vec![
            Value::from(n.as_str()),
            super::document::exact_rational(v),
            // the exact decimal when it is one (1.702), else 30 digits
            match super::document::decimal_of(&crate::coeff::Sym::rational(
                crate::coeff::gmp::q_from_rug(v),
            )) {
                Some((d, true)) => Value::Num(d),
                _ => Value::Num(rational_to_string(v, 30)),
            },
        ]);
    }
    let (a, t) = m.pair();
    let what = if args.relative {
        format!("({a} - {t})/({t})")
    } else {
        format!("{a} - ({t})")
    };
    let argmax: Vec<(String, String)> = r
        .argmax
        .iter()
        .map(|iv| {
            (
                float_directed(&iv.lo, digits, false),
                float_directed(&iv.hi, digits, true),
            )
        })
        .collect();
    let how = match &r.tail {
        Some(t) => format!(
            "branch and bound on the finite part ({} subintervals, interval Taylor jets of the expression); tails |x| ≥ {}: |error| ≤ {} (interval arithmetic with infinite ends)",
            r.boxes,
            float_directed(&t.point, 6, true),
            float_directed(&t.bound, 3, true)
        ),
        None => format!("branch and bound ({} subintervals, interval Taylor jets of the expression)", r.boxes),
    };
    let mut d = Document::new("Certified maximum error");
    let mut fields = vec![
        ("error", "error", Value::from(what)),
        ("range", "range", Value::from(range_text)),
    ];
    fields.extend(enclosure_fields(r, digits));
    fields.extend([
        (
            "argmax",
            "maximum attained in",
            Value::intervals(&argmax, false),
        ),
        ("method", "method", Value::from(how)),
        ("bits", "precision (bits)", Value::from(r.bits as usize)),
        (
            "tolerance",
            "relative tolerance",
            super::document::exact_rational(rel_tol),
        ),
        ("converged", "tolerance met", Value::from(r.converged)),
    ]);
    d.fields(fields);
    if !params.rows.is_empty() {
        d.table(params);
    }
    if !r.converged {
        d.para(format!(
            "The relative tolerance was not met within {} subintervals. [lo, hi] is still a valid enclosure; a larger --bits or --tolerance helps.",
            r.boxes
        ));
    }
    d
}
