//! `taylormatch bound`: certified enclosures of the maximum error of GELU's
//! approximations, and of the residual of the series argument.
//!
//! ```
//! use taylormatch::commands::bound::parse_range;
//! use rug::Rational;
//! // L means −L:L; inf is the whole line (None)
//! assert_eq!(parse_range("3").unwrap(), Some((Rational::from(-3), Rational::from(3))));
//! assert_eq!(parse_range("inf").unwrap(), None);
//! assert!(parse_range("2:1").is_err());
//! ```

use super::{Output, OutputOptions};
use crate::coeff::Sym;
use crate::error::Input;
use crate::error::{Error, Message, Result};
use crate::functions::{analytic_a, matched_k, parse_param};
use crate::numeric::bound::residual::residual;
use crate::numeric::bound::{max_error, BoundSpec, Family, Level};
use rug::Rational;

mod document;
mod expr_bound;
pub use document::{bound_document, describe, exact_and_decimal, residual_document};
pub use expr_bound::{parse_set, FAMILIES};

/// Options of `bound` (built by the command line from its flags).
///
/// Without `--residual`: encloses max |approximation − target| over `--range`
/// (default: the whole real line). With `--residual R`: encloses θ in
/// tanh(√(2/π)(x + a x³)) − erf(x/√2) = c₅x⁵(1 + θ(x)) for 0 < |x| ≤ R at
/// a = 2/(3π) − 1/6 (the series argument's residual).
#[derive(Debug, Clone)]
pub struct BoundOptions {
    /// The approximation: tanh (tanh(√(2/π)(x + a x³)), needs --a), sigmoid (2σ(kx) − 1, needs --k), or an expression in x (e.g. 'x*sigmoid(1.702*x)', with --target EXPR and --set for its parameters).
    pub model: String,
    /// tanh model's a: a decimal taken exactly (0.044715), an exact form, or `analytic` (2/(3π) − 1/6).
    pub a: Option<String>,
    /// sigmoid model's k (> 0): a decimal taken exactly (1.702), an exact form, or `matched` (2√(2/π)).
    pub k: Option<String>,
    /// Level for tanh|sigmoid: erf (model vs erf(x/√2), the default), phi (½(1 + model) vs Φ), gelu (½x(1 + model) vs GELU); with an expression --model, the target expression (e.g. 'gelu(x)').
    pub target: Option<String>,
    /// An expression model's parameter values, exact: NAME=VALUE,… (e.g. a=0.044715,b=2).
    pub set: Option<String>,
    /// With an expression --model: bound the relative error (model − target)/target.
    pub relative: bool,
    /// Range A:B with rational A < B (decimals or fractions, e.g. -3:3 or 0:1/2); default the whole real line.
    pub range: Option<String>,
    /// Relative tolerance: stop once hi − lo ≤ T·lo (0 < T < 1; a decimal or fraction).
    pub tolerance: String,
    /// MPFR working precision in bits (64..=8192; about 10 s at 8192, 4× per doubling).
    pub bits: u32,
    /// Instead of the max error: at a = 2/(3π) − 1/6, enclose θ in tanh(√(2/π)(x + a x³)) − erf(x/√2) = c₅x⁵(1 + θ(x)) for 0 < |x| ≤ R (0 < R ≤ 4).
    pub residual: Option<String>,
    /// Significant digits of lo and hi (1..=10000, rounded outward: lo down,
    /// hi up), the format, and the notation of the exact values (a, k, c, c₅,
    /// the tolerance, an expression's parameters).
    pub out: OutputOptions,
}

/// Parses a rational (decimal, `1e-12`, fraction) for `flag`: the shared grammar
/// ([`crate::expr::values::rational`]).
pub fn parse_rational(flag: impl Into<Message> + Copy, s: &str) -> Result<Rational> {
    crate::expr::values::rational_rug(flag, s)
}

/// Parses `--range` with the shared range grammar (`L`, `A:B`, `inf`): `None`
/// for the whole real line; half-lines are refused (the enclosure needs both
/// ends finite, or none).
pub fn parse_range(s: &str) -> Result<Option<(Rational, Rational)>> {
    use crate::expr::values::{range, End};
    use crate::numeric::convert::q_to_rug;
    match range(Input::Range, s)? {
        (End::Finite(a), End::Finite(b)) => Ok(Some((q_to_rug(&a), q_to_rug(&b)))),
        (End::NegInf, End::PosInf) => Ok(None),
        _ => Err(Error::input(crate::msg!(Input::Range, " for bound needs two finite ends or the whole line (inf); a half-line is not supported (got {s:?})"))),
    }
}

/// The family and its exact parameter (a or k) from the flags.
pub fn model_from(args: &BoundOptions) -> Result<(Family, Sym)> {
    let value = |flag: Input, v: Option<&String>, named: &[(&str, Sym)]| -> Result<Sym> {
        let v = v.ok_or_else(|| {
            Error::input(crate::msg!(
                flag,
                " is required with ",
                Input::Model,
                " ",
                args.model.to_string()
            ))
        })?;
        parse_param(flag, v, named)?.ok_or_else(|| {
            Error::input(crate::msg!(
                flag,
                " must be a value, not symbolic (got {v:?})"
            ))
        })
    };
    match args.model.trim().to_ascii_lowercase().as_str() {
        "tanh" if args.k.is_some() => Err(Error::input(crate::msg!(
            Input::K,
            " applies only to ",
            Input::Model,
            " sigmoid"
        ))),
        "tanh" => Ok((
            Family::Tanh,
            value(Input::A, args.a.as_ref(), &[("analytic", analytic_a())])?,
        )),
        "sigmoid" if args.a.is_some() => Err(Error::input(crate::msg!(
            Input::A,
            " applies only to ",
            Input::Model,
            " tanh"
        ))),
        "sigmoid" => Ok((
            Family::Sigmoid,
            value(Input::K, args.k.as_ref(), &[("matched", matched_k())])?,
        )),
        m => Err(Error::input(crate::msg!(
            Input::Model,
            " must be tanh or sigmoid (got {m:?})"
        ))),
    }
}

/// Runs `bound`.
pub fn run(args: &BoundOptions) -> Result<Output> {
    let _progress = crate::progress::Spinner::new("bound: branch and bound");
    let rel_tol = parse_rational(Input::Tolerance, &args.tolerance)?;
    let family = args.model.trim().to_ascii_lowercase();
    if !FAMILIES.contains(&family.as_str()) {
        let d = expr_bound::run_expr(args, &rel_tol)?;
        return Ok(Output::ok(args.out.render(&d)?));
    }
    // the family names and levels are case-insensitive
    let args = &BoundOptions {
        model: family,
        target: args.target.as_ref().map(|t| t.trim().to_ascii_lowercase()),
        ..args.clone()
    };
    if args.set.is_some() || args.relative {
        return Err(Error::input(crate::msg!(
            Input::Set,
            " and ",
            Input::Relative,
            " apply to an expression ",
            Input::Model,
            " (tanh and sigmoid take ",
            Input::A,
            "/",
            Input::K,
            ")"
        )));
    }
    let level = Level::parse(args.target.as_deref().unwrap_or("erf"))?;
    if let Some(rs) = &args.residual {
        if !args.model.trim().eq_ignore_ascii_case("tanh")
            || args.k.is_some()
            || args.range.is_some()
        {
            return Err(Error::input(crate::msg!(
                Input::Residual,
                " applies to ",
                Input::Model,
                " tanh at the analytic a only (no ",
                Input::K,
                ", no ",
                Input::Range,
                ")"
            )));
        }
        if let Some(a) = &args.a {
            if !a.trim().eq_ignore_ascii_case("analytic") {
                return Err(Error::input(crate::msg!(
                    Input::Residual,
                    " needs ",
                    Input::A,
                    " analytic (the x³-matching a) (got {a:?})"
                )));
            }
        }
        let r = parse_rational(Input::Residual, rs)?;
        let rr = residual(&r, level, args.bits, 128)?;
        let d = residual_document(&rr, &r, level, args.out.digits);
        return Ok(Output::ok(args.out.render(&d)?));
    }
    let (family, value) = model_from(args)?;
    let range = args
        .range
        .as_deref()
        .map(parse_range)
        .transpose()?
        .flatten();
    let mut spec = BoundSpec::family(family, value, level);
    spec.range = range;
    spec.bits = args.bits;
    spec.rel_tol = rel_tol;
    let r = max_error(&spec)?;
    let text = args
        .out
        .render(&bound_document(&spec, &r, args.out.digits))?;
    // an enclosure that misses its own tolerance is a failed verification
    Ok(Output {
        text,
        code: if r.converged { 0 } else { 1 },
    })
}
