//! The documents `bound` prints: the max-error enclosure and the residual θ.

use crate::coeff::{parse_exact, Coeff, Sym};
use crate::numeric::bound::residual::Residual;
use crate::numeric::bound::{BoundResult, BoundSpec, Family, Level};
use crate::numeric::interval::outward::float_directed;
use crate::numeric::interval::Interval;
use crate::numeric::Enclose;
use crate::report::{Document, Value};
use rug::Rational;

/// `v` as a decimal: the exact decimal when `v` is one (`0.044715`, with
/// `true`), else 16 correctly rounded digits (with `false`).
pub fn decimal_of(v: &Sym) -> Option<(String, bool)> {
    let d = v.decimal(16)?;
    let trimmed = trim_zeros(&d);
    let exact = parse_exact(&trimmed)
        .map(|w| w.sub(v).is_zero())
        .unwrap_or(false);
    Some(if exact { (trimmed, true) } else { (d, false) })
}

/// `v` as text: its exact form, then its decimal (`= 0.044715` when that
/// decimal is exact, else `≈` and 16 correctly rounded digits).
pub fn exact_and_decimal(v: &Sym) -> String {
    let form = v.to_string();
    match decimal_of(v) {
        Some((d, true)) if d == form => form,
        Some((d, true)) => format!("{form} = {d}"),
        Some((d, false)) => format!("{form} ≈ {d}"),
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

/// The name of the family's parameter: `a` (tanh), `k` (sigmoid).
fn parameter(spec: &BoundSpec) -> &'static str {
    match spec.model.named_family() {
        Some(Family::Sigmoid) => "k",
        _ => "a",
    }
}

/// A one-line description of the compared functions; the parameter by
/// name (its value is a field of its own, exact and as a decimal).
pub fn describe(spec: &BoundSpec) -> String {
    let m = match spec.model.named_family() {
        Some(Family::Tanh) => "tanh(√(2/π)(x + a·x³))".to_string(),
        Some(Family::Sigmoid) => "2σ(k·x) − 1 = tanh(k·x/2)".to_string(),
        _ => format!("{}, {}", spec.model.approx, spec.model.params.join(", ")),
    };
    match spec.level() {
        Level::Erf => format!("M(x) − erf(x/√2), M(x) = {m}"),
        Level::Phi => format!("½(1 + M(x)) − Φ(x), M(x) = {m}"),
        Level::Gelu => format!("½x(1 + M(x)) − GELU(x), M(x) = {m}"),
    }
}

/// The parameter's fields: its exact value ([`Value::Exact`], printed in
/// the notation asked for) and its decimal (`a_decimal`: `=` the exact
/// decimal, or `≈` 16 correctly rounded digits).
fn parameter_fields(spec: &BoundSpec) -> Vec<(&'static str, &'static str, Value)> {
    let Some(v) = spec.values.first() else {
        return Vec::new();
    };
    let (key, dec_key, exact_label, eq, approx) = match parameter(spec) {
        "k" => ("k", "k_decimal", "k", "k (decimal)", "k ≈ (16 digits)"),
        _ => ("a", "a_decimal", "a", "a (decimal)", "a ≈ (16 digits)"),
    };
    let mut f = vec![(key, exact_label, Value::Exact(v.clone()))];
    if let Some((d, exact)) = decimal_of(v) {
        f.push((dec_key, if exact { eq } else { approx }, Value::Num(d)));
    }
    f
}

/// A rational as an exact value.
pub fn exact_rational(q: &Rational) -> Value {
    Value::Exact(Sym::rational(crate::coeff::gmp::q_from_rug(q)))
}

/// An interval's ends as decimals, rounded outward.
fn iv_ends(iv: &Interval, digits: u32) -> (String, String) {
    (
        float_directed(&iv.lo, digits, false),
        float_directed(&iv.hi, digits, true),
    )
}

/// The fields every certified enclosure shows (`bound` of a family or of an
/// expression): lo rounded down, hi rounded up, the maximum to the digits
/// both ends certify, and the width rounded up.
pub fn enclosure_fields(r: &BoundResult, digits: u32) -> Vec<(&'static str, &'static str, Value)> {
    vec![
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
    ]
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
    let argmax: Vec<(String, String)> = r.argmax.iter().map(|iv| iv_ends(iv, digits)).collect();
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
    let mut fields = vec![("error", "error", Value::from(describe(spec)))];
    fields.extend(parameter_fields(spec));
    fields.extend([
        ("level", "level", Value::from(spec.level().name())),
        ("range", "range", Value::from(range)),
    ]);
    fields.extend(enclosure_fields(r, digits));
    fields.extend([
        (
            "relative_width",
            "(hi − lo)/lo ≤",
            rel.map(|q| Value::Num(float_directed(&q.hi, 3, true)))
                .unwrap_or(Value::Null),
        ),
        (
            "argmax",
            "maximum attained in",
            Value::intervals(&argmax, r.symmetric),
        ),
        (
            "argmax_symmetric",
            "and at the mirror images (−x)",
            Value::from(r.symmetric),
        ),
        ("method", "method", Value::from(how)),
        ("bits", "precision (bits)", Value::from(r.bits as usize)),
        (
            "tolerance",
            "relative tolerance",
            exact_rational(&spec.rel_tol),
        ),
        ("converged", "tolerance met", Value::from(r.converged)),
    ]);
    d.fields(fields);
    if !r.converged {
        d.para(not_met_statement(spec, r));
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
        ("c", "c (exact)", Value::Exact(rr.coefficient.clone())),
        ("c_decimal", "c", Value::Num(c_dec)),
        ("c5", "c₅ (erf level, exact)", Value::Exact(rr.c5.clone())),
        ("r", "for 0 < |x| ≤", exact_rational(r)),
        ("theta_lo", "θ ≥ (rounded down)", Value::Num(float_directed(&rr.theta.lo, digits, false))),
        ("theta_hi", "θ ≤ (rounded up)", Value::Num(float_directed(&rr.theta.hi, digits, true))),
        ("theta_at_r", "θ(r) ∈ (direct evaluation)", {
            let (lo, hi) = iv_ends(&rr.theta_at_r, digits.min(20));
            Value::interval(lo, hi)
        }),
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

/// Why the tolerance was not met, and what to try. Near 0 the error is
/// ≈ c·x⁵ while the values compared are ≈ x, so a range with max |x| = 2^−j
/// loses about 4j bits to cancellation: `--bits` + 4j + 16 is suggested.
pub fn not_met_statement(spec: &BoundSpec, r: &BoundResult) -> String {
    let reach = match &spec.range {
        Some((a, b)) => Rational::from(a.abs_ref()).max(Rational::from(b.abs_ref())),
        None => Rational::from(1),
    };
    let mut j = 0u32;
    let mut t = Rational::from(1);
    while reach < t && j < 1 << 14 {
        t /= 2;
        j += 1;
    }
    let hint = if j > 0 {
        format!(
            "; near 0 the error is about c·x⁵ while the values compared are about x, so this range needs about {} bits (--bits, at most {})",
            r.bits + 4 * j + 16,
            crate::numeric::bound::MAX_BITS
        )
    } else {
        String::new()
    };
    format!(
        "Verification failed: the relative tolerance {} was not met ({} subintervals at {} bits; the cap is {}){hint}. [lo, hi] is still a valid enclosure, but the request is not met: exit status 1. A larger --bits or --tolerance helps.",
        spec.rel_tol, r.boxes, r.bits, spec.max_boxes
    )
}
