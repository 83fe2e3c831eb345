//! `taylormatch bound`: certified enclosures of the maximum error of GELU's
//! approximations, and of the residual of the series argument.

use super::Output;
use crate::cli::{parse_digits, parse_format};
use crate::coeff::{parse_exact, Coeff, Sym};
use crate::error::{Error, Result};
use crate::functions::{analytic_a, matched_k, parse_param};
use crate::numeric::bound::{max_error, BoundResult, BoundSpec, Level, Model};
use crate::numeric::convert::q_to_rug;
use crate::numeric::decimal::rational_to_string;
use crate::numeric::interval::Interval;
use crate::numeric::outward::float_directed;
use crate::numeric::residual::{residual, Residual};
use crate::report::{render, Document, Format, Value};
use clap::Args;
use rug::ops::Pow;
use rug::Rational;

/// Flags of `bound`.
///
/// Without `--residual`: encloses max |approximation − target| over `--range`
/// (default: the whole real line). With `--residual R`: encloses θ in
/// tanh(√(2/π)(x + a x³)) − erf(x/√2) = c₅x⁵(1 + θ(x)) for 0 < |x| ≤ R at
/// a = 2/(3π) − 1/6 (the series argument's residual).
#[derive(Debug, Clone, Args)]
pub struct BoundArgs {
    /// The approximation: tanh (tanh(√(2/π)(x + a x³)), needs --a) or sigmoid (2σ(kx) − 1, needs --k).
    #[arg(long, default_value = "tanh", value_name = "MODEL")]
    pub model: String,
    /// tanh model's a: a decimal taken exactly (0.044715), an exact form, or `analytic` (2/(3π) − 1/6).
    #[arg(long, value_name = "A", allow_hyphen_values = true)]
    pub a: Option<String>,
    /// sigmoid model's k (> 0): a decimal taken exactly (1.702), an exact form, or `matched` (2√(2/π)).
    #[arg(long, value_name = "K", allow_hyphen_values = true)]
    pub k: Option<String>,
    /// Level: erf (model vs erf(x/√2)), phi (½(1 + model) vs Φ), gelu (½x(1 + model) vs GELU).
    #[arg(long, default_value = "erf", value_name = "TARGET")]
    pub target: String,
    /// Range A:B with rational A < B (decimals or fractions, e.g. -3:3 or 0:1/2); default the whole real line.
    #[arg(long, value_name = "A:B", allow_hyphen_values = true)]
    pub range: Option<String>,
    /// Relative tolerance: stop once hi − lo ≤ T·lo (0 < T < 1; a decimal or fraction).
    #[arg(
        long,
        value_name = "T",
        default_value = "1e-12",
        allow_hyphen_values = true
    )]
    pub tolerance: String,
    /// MPFR working precision in bits (64..=65536).
    #[arg(long, default_value_t = 128, value_parser = parse_bits, value_name = "BITS", allow_negative_numbers = true)]
    pub bits: u32,
    /// Instead of the max error: at a = 2/(3π) − 1/6, enclose θ in tanh(√(2/π)(x + a x³)) − erf(x/√2) = c₅x⁵(1 + θ(x)) for 0 < |x| ≤ R (0 < R ≤ 4).
    #[arg(long, value_name = "R", allow_hyphen_values = true)]
    pub residual: Option<String>,
    /// Significant digits of lo and hi (1..=10000), rounded outward (lo down, hi up).
    #[arg(long, short = 'd', default_value_t = 17, value_parser = parse_digits, value_name = "D", allow_negative_numbers = true)]
    pub digits: u32,
    /// Output format: text, markdown, csv, json, latex, html.
    #[arg(long, short = 'f', default_value = "text", value_parser = parse_format, value_name = "FORMAT")]
    pub format: Format,
}

/// Parses `--bits` (64..=65536).
pub fn parse_bits(s: &str) -> std::result::Result<u32, String> {
    match s.trim().parse::<u32>() {
        Ok(b) if (64..=1 << 16).contains(&b) => Ok(b),
        _ => Err(format!(
            "--bits must be an integer from 64 to 65536 (got {s:?})"
        )),
    }
}

/// Parses a rational (decimal, `1e-12`, fraction) for `flag`.
pub fn parse_rational(flag: &str, s: &str) -> Result<Rational> {
    let bad = || {
        Error::input(format!(
            "{flag} must be a rational number such as 0.5, 1/3 or 1e-12 (got {s:?})"
        ))
    };
    let t = s.trim();
    let (mant, exp) = match t.find(['e', 'E']) {
        Some(i) => (&t[..i], t[i + 1..].parse::<i32>().map_err(|_| bad())?),
        None => (t, 0),
    };
    if exp.abs() > 1000 {
        return Err(bad());
    }
    let q = parse_exact(mant)
        .ok()
        .and_then(|v| v.as_q())
        .ok_or_else(bad)?;
    Ok(q_to_rug(&q) * Rational::from(10).pow(exp))
}

/// Parses `--range A:B`.
pub fn parse_range(s: &str) -> Result<(Rational, Rational)> {
    let bad = || {
        Error::input(format!(
            "--range must be A:B with rational A < B, e.g. -3:3 (got {s:?})"
        ))
    };
    let (a, b) = s.split_once(':').ok_or_else(bad)?;
    let (a, b) = (
        parse_rational("--range", a).map_err(|_| bad())?,
        parse_rational("--range", b).map_err(|_| bad())?,
    );
    if a >= b {
        return Err(bad());
    }
    Ok((a, b))
}

/// The model from the flags.
pub fn model_from(args: &BoundArgs) -> Result<Model> {
    let value = |flag: &str, v: Option<&String>, named: &[(&str, Sym)]| -> Result<Sym> {
        let v = v.ok_or_else(|| {
            Error::input(format!("{flag} is required with --model {}", args.model))
        })?;
        parse_param(flag, v, named)?.ok_or_else(|| {
            Error::input(format!("{flag} must be a value, not symbolic (got {v:?})"))
        })
    };
    match args.model.trim() {
        "tanh" if args.k.is_some() => Err(Error::input("--k applies only to --model sigmoid")),
        "tanh" => Ok(Model::Tanh {
            a: value("--a", args.a.as_ref(), &[("analytic", analytic_a())])?,
        }),
        "sigmoid" if args.a.is_some() => Err(Error::input("--a applies only to --model tanh")),
        "sigmoid" => Ok(Model::Sigmoid {
            k: value("--k", args.k.as_ref(), &[("matched", matched_k())])?,
        }),
        m => Err(Error::input(format!(
            "--model must be tanh or sigmoid (got {m:?})"
        ))),
    }
}

/// `v` as text: its exact form, then its decimal (`= 0.044715` when that
/// decimal is exact, else `≈` and 16 correctly rounded digits).
pub fn exact_and_decimal(v: &Sym) -> String {
    let form = v.to_string();
    match v.decimal(16) {
        Some(d) => {
            let trimmed = trim_zeros(&d);
            let exact = parse_exact(&trimmed)
                .map(|w| w.sub(v).is_zero())
                .unwrap_or(false);
            match (exact, trimmed == form) {
                (true, true) => form,
                (true, false) => format!("{form} = {trimmed}"),
                _ => format!("{form} ≈ {d}"),
            }
        }
        None => form,
    }
}

/// Drops trailing zeros of a plain decimal (not of one with an exponent).
fn trim_zeros(d: &str) -> String {
    if d.contains('.') && !d.contains('e') {
        d.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        d.to_string()
    }
}

/// A one-line description of the compared functions.
pub fn describe(model: &Model, level: Level) -> String {
    let m = match model {
        Model::Tanh { a } => format!("tanh(√(2/π)(x + a·x³)), a = {}", exact_and_decimal(a)),
        Model::Sigmoid { k } => format!("2σ(k·x) − 1 = tanh(k·x/2), k = {}", exact_and_decimal(k)),
    };
    match level {
        Level::Erf => format!("M(x) − erf(x/√2), M(x) = {m}"),
        Level::Phi => format!("½(1 + M(x)) − Φ(x), M(x) = {m}"),
        Level::Gelu => format!("½x(1 + M(x)) − GELU(x), M(x) = {m}"),
    }
}

fn iv_text(iv: &Interval, digits: u32, pm: bool) -> String {
    let s = format!(
        "[{}, {}]",
        float_directed(&iv.lo, digits, false),
        float_directed(&iv.hi, digits, true)
    );
    if pm {
        format!("±{s}")
    } else {
        s
    }
}

/// The document of a max-error enclosure.
pub fn bound_document(spec: &BoundSpec, r: &BoundResult, digits: u32) -> Document {
    let mut d = Document::new("Certified maximum error");
    let range = match &spec.range {
        None => "the whole real line".to_string(),
        Some((a, b)) => format!("[{a}, {b}]"),
    };
    let rel = Interval::from_floats(r.width(), r.width())
        .div(&Interval::from_floats(r.lo.clone(), r.lo.clone()));
    let argmax: Vec<String> = r
        .argmax
        .iter()
        .map(|iv| iv_text(iv, digits, r.symmetric))
        .collect();
    let how = match &r.tail {
        Some(t) => format!(
            "branch and bound on [0, {}] ({} subintervals, slope/curvature enclosures by interval Taylor jets); tail |x| ≥ {}: |error| ≤ {} (analytic bound, erfc and 2e^(-2u))",
            trim_zeros(&float_directed(&t.point, 12, true)),
            r.boxes,
            trim_zeros(&float_directed(&t.point, 12, true)),
            float_directed(&t.bound, 3, true)
        ),
        None => format!("branch and bound ({} subintervals, slope/curvature enclosures by interval Taylor jets)", r.boxes),
    };
    d.fields(vec![
        (
            "error",
            "error",
            Value::from(describe(&spec.model, spec.level)),
        ),
        ("level", "level", Value::from(spec.level.name())),
        ("range", "range", Value::from(range)),
        (
            "lo",
            "max |error| ≥ (rounded down)",
            Value::Num(float_directed(&r.lo, digits, false)),
        ),
        (
            "hi",
            "max |error| ≤ (rounded up)",
            Value::Num(float_directed(&r.hi, digits, true)),
        ),
        (
            "max",
            "max |error| (certified digits)",
            r.certified_decimal(digits)
                .map(|(s, _)| Value::Num(s))
                .unwrap_or(Value::Null),
        ),
        (
            "width",
            "hi − lo ≤",
            Value::Num(float_directed(&r.width(), 3, true)),
        ),
        (
            "relative_width",
            "(hi − lo)/lo ≤",
            rel.map(|q| Value::Num(float_directed(&q.hi, 3, true)))
                .unwrap_or(Value::Null),
        ),
        (
            "argmax",
            "maximum attained in",
            Value::from(argmax.join(" ∪ ")),
        ),
        ("method", "method", Value::from(how)),
        ("bits", "precision (bits)", Value::from(r.bits as usize)),
        (
            "tolerance",
            "relative tolerance",
            Value::from(spec.rel_tol.to_string()),
        ),
        ("converged", "tolerance met", Value::from(r.converged)),
    ]);
    if !r.converged {
        d.para(format!(
            "The relative tolerance was not met within {} subintervals (the error may be too small for {} bits, or the cap was reached). [lo, hi] is still a valid enclosure; a larger --bits or --tolerance helps.",
            r.boxes, r.bits
        ));
    }
    d
}

/// The document of a residual bound.
pub fn residual_document(rr: &Residual, r: &Rational, level: Level, digits: u32) -> Document {
    let mut d = Document::new("Residual of the series argument");
    let what = match level {
        Level::Erf => "tanh(√(2/π)(x + a·x³)) − erf(x/√2)",
        Level::Phi => "½(1 + tanh(√(2/π)(x + a·x³))) − Φ(x)",
        Level::Gelu => "½x(1 + tanh(√(2/π)(x + a·x³))) − GELU(x)",
    };
    let c_dec = rr.coefficient.decimal(digits.min(40)).unwrap_or_default();
    d.fields(vec![
        ("difference", "difference", Value::from(format!("{what} = c·x^{}·(1 + θ(x)), a = 2/(3π) − 1/6", rr.power))),
        ("c", "c (exact)", Value::from(rr.coefficient.to_string())),
        ("c_decimal", "c", Value::Num(c_dec)),
        ("c5", "c₅ (erf level, exact)", Value::from(rr.c5.to_string())),
        ("r", "for 0 < |x| ≤", Value::from(rational_to_string(r, 30))),
        ("theta_lo", "θ ≥ (rounded down)", Value::Num(float_directed(&rr.theta.lo, digits, false))),
        ("theta_hi", "θ ≤ (rounded up)", Value::Num(float_directed(&rr.theta.hi, digits, true))),
        ("theta_at_r", "θ(r) ∈ (direct evaluation)", Value::from(iv_text(&rr.theta_at_r, digits.min(20), false))),
        (
            "method",
            "method",
            Value::from(format!(
                "Lagrange remainder d(x) = c₅x⁵ + d⁽⁷⁾(ξ)x⁷/7!, d⁽⁷⁾ enclosed by interval Taylor jets on {} subintervals, {} bits",
                rr.boxes, rr.bits
            )),
        ),
    ]);
    d
}

/// Runs `bound`.
pub fn run(args: &BoundArgs) -> Result<Output> {
    let level = Level::parse(&args.target)?;
    let rel_tol = parse_rational("--tolerance", &args.tolerance)?;
    if let Some(rs) = &args.residual {
        if args.model.trim() != "tanh" || args.k.is_some() || args.range.is_some() {
            return Err(Error::input(
                "--residual applies to --model tanh at the analytic a only (no --k, no --range)",
            ));
        }
        if let Some(a) = &args.a {
            if !a.trim().eq_ignore_ascii_case("analytic") {
                return Err(Error::input(format!(
                    "--residual needs --a analytic (the x³-matching a) (got {a:?})"
                )));
            }
        }
        let r = parse_rational("--residual", rs)?;
        if !(64..=1 << 16).contains(&args.bits) {
            return Err(Error::input(format!(
                "--bits must be from 64 to 65536 (got {})",
                args.bits
            )));
        }
        let rr = residual(&r, level, args.bits, 128)?;
        return Ok(Output::ok(render(
            &residual_document(&rr, &r, level, args.digits),
            args.format,
        )));
    }
    let model = model_from(args)?;
    let range = args.range.as_deref().map(parse_range).transpose()?;
    let mut spec = BoundSpec::new(model, level);
    spec.range = range;
    spec.bits = args.bits;
    spec.rel_tol = rel_tol;
    let r = max_error(&spec)?;
    Ok(Output::ok(render(
        &bound_document(&spec, &r, args.digits),
        args.format,
    )))
}
