//! The report's sections. Each computes its numbers through the engines and
//! appends blocks; none contains a literal result.

use super::ReportOptions;
use crate::coeff::{combined_form, superscript, Coeff, Sym, Q};
use crate::commands::coeffs::decimal_value;
use crate::error::Input;
use crate::error::{Error, Result};
use crate::functions::{analytic_a, named_series, parse_param, tanh_inner, Params};
use crate::numeric::Enclose;
use crate::report::{Document, Table, Value};

type Figures = Vec<(String, String)>;

pub fn dec(v: &Sym, digits: u32) -> Result<String> {
    Ok(decimal_value(v, digits)?.text())
}

/// num/den to `digits` correctly rounded digits, from enclosures of both.
pub fn ratio(num: &Sym, den: &Sym, digits: u32) -> Result<String> {
    crate::numeric::decimal::certified_decimal(digits, num.is_zero(), |bits| {
        let zero = crate::numeric::interval::Interval::from_rational(bits, &rug::Rational::new());
        match (num.enclose(bits), den.enclose(bits)) {
            (Some(n), Some(d)) => n.div(&d).unwrap_or(zero),
            _ => zero,
        }
    })
}

/// The paper's a = 0.044715, as the exact rational 44715/1000000.
pub fn paper_a() -> Result<Sym> {
    parse_param(Input::A, "0.044715", &[])?.ok_or_else(|| Error::input("paper a"))
}

/// Section 1, the functions and the approximations; `lits` is the
/// `explain` document of the kernel literals (computed beside the fits).
pub fn functions(doc: &mut Document, lits: &Document) -> Result<()> {
    doc.heading(1, "1. The functions and the approximations");
    doc.fields(vec![
        (
            "phi",
            "Φ(x), the standard normal CDF",
            "½(1 + erf(x/√2))".into(),
        ),
        ("gelu", "GELU(x)", "x·Φ(x) = ½x(1 + erf(x/√2))".into()),
        (
            "gelu_tanh",
            "tanh approximation (paper, PyTorch, JAX, …)",
            "½x(1 + tanh(√(2/π)(x + 0.044715x³)))".into(),
        ),
        (
            "gelu_sigmoid",
            "sigmoid approximation (QuickGELU, CLIP)",
            "x·σ(1.702x), i.e. erf(x/√2) ≈ tanh(1.702x/2)".into(),
        ),
    ]);
    // the kernel literals, identified by `explain`
    for t in lits.tables() {
        doc.table(
            t.clone()
                .titled("Literals found in GELU kernels, and what they are (taylormatch explain)"),
        );
    }
    doc.para(
        "At the erf level both approximations replace erf(x/√2) by a tanh: tanh(√(2/π)(x + a x³)) and \
         tanh(kx/2). The questions: where do a = 0.044715 and k = 1.702 come from, how good are they, \
         and what would be better?",
    );
    Ok(())
}

/// 2. Series of both sides; parity; the x¹ match.
pub fn series(o: &ReportOptions, doc: &mut Document, _f: &mut Figures) -> Result<()> {
    let n = o.order;
    doc.heading(1, "2. Series of both sides");
    let e = named_series("erf-sqrt2", n, &Params::default())?;
    let t = tanh_inner(n, None);
    let mut table = Table::new(
        "series",
        &[
            ("power", "power"),
            ("erf", "erf(x/√2)"),
            ("tanh", "tanh(√(2/π)(x + a x³))"),
            ("difference", "difference"),
        ],
    )
    .titled(format!(
        "Exact Taylor coefficients at 0, to O(x{}), with a kept symbolic",
        superscript(n as i64)
    ));
    for i in 0..n {
        let (ei, ti) = (e.coeff(i)?, t.coeff(i)?);
        table.push(vec![
            Value::from(i),
            Value::Exact(ei.clone()),
            Value::Exact(ti.clone()),
            Value::Exact(ti.sub(ei)),
        ]);
    }
    doc.table(table);
    let odd = e.is_odd() && t.is_odd();
    let (e1, t1) = (e.coeff(1)?, t.coeff(1)?);
    let parity = format!(
        "both sides odd (no even powers to O(x{}))",
        superscript(n as i64)
    );
    doc.fields(vec![
        ("parity", &parity, Value::Bool(odd)),
        (
            "x1_erf",
            "x¹ coefficient of erf(x/√2)",
            Value::Exact(e1.clone()),
        ),
        (
            "x1_tanh",
            "x¹ coefficient of tanh(√(2/π)(x + a x³))",
            Value::Exact(t1.clone()),
        ),
        ("x1_match", "x¹ terms agree", Value::Bool(e1 == t1)),
    ]);
    doc.para(
        "Both sides are odd, so the inner polynomial needs only odd powers: an x² or x⁴ term could \
         only spoil the match. The x¹ coefficients agree exactly because the scale inside tanh is \
         √(2/π) = erf(x/√2)'s slope at 0; any other scale c gives c·x against √(2/π)·x.",
    );
    Ok(())
}

/// 3. The x³ matching: a exact, the x⁵ residual.
pub fn matching(o: &ReportOptions, doc: &mut Document, _f: &mut Figures) -> Result<()> {
    let n = o.order.max(8);
    doc.heading(1, "3. Matching the x³ terms");
    let e = named_series("erf-sqrt2", n, &Params::default())?;
    let t = tanh_inner(n, None);
    // tanh side: c3(a) = α·a + β; erf side γ; a = (γ − β)/α
    let c3 = t.coeff(3)?;
    let alpha = c3.coeff_of_var("a", 1);
    let beta = c3.coeff_of_var("a", 0);
    let gamma = e.coeff(3)?.clone();
    let alpha_inv = alpha
        .inv()
        .ok_or_else(|| Error::input("x³ coefficient is not linear in a with a unit slope"))?;
    let a = gamma.sub(&beta).mul(&alpha_inv);
    let check = a == analytic_a();
    let combined = combined_form(&a).unwrap_or_else(|| a.to_string());
    doc.fields(vec![
        (
            "x3_tanh",
            "x³ coefficient, tanh side",
            Value::Exact(c3.clone()),
        ),
        (
            "x3_erf",
            "x³ coefficient, erf side",
            Value::Exact(gamma.clone()),
        ),
        ("a_exact", "solution a", Value::Exact(a.clone())),
        ("a_combined", "  as one fraction", combined.into()),
        ("a_decimal", "  decimal", Value::dec(dec(&a, o.digits)?)),
        ("a_check", "  equals 2/(3π) − 1/6", Value::Bool(check)),
    ]);
    let paper = paper_a()?;
    let diff = paper.sub(&a);
    doc.prose(vec![
        Value::from("The paper's 0.044715 differs from the matched value by "),
        Value::Num(dec(&diff, 6)?),
        Value::from(" (relative "),
        Value::Num(ratio(&diff, &a, 3)?),
        Value::from(
            "). It is therefore not the Taylor-matching coefficient; section 4 looks for the \
             criterion that produces it.",
        ),
    ]);
    // residual with the matched a
    let ta = tanh_inner(n, Some(&a));
    let d = ta.sub(&e);
    let v = d.valuation();
    let mut r = Table::new(
        "residual",
        &[
            ("power", "power"),
            ("exact", "tanh(√(2/π)(x + a x³)) − erf(x/√2)"),
            ("decimal", "decimal"),
        ],
    )
    .titled("The residual with a = 2/(3π) − 1/6");
    for i in (0..n).filter(|i| i % 2 == 1) {
        let c = d.coeff(i)?;
        r.push(vec![
            Value::from(i),
            Value::Exact(c.clone()),
            Value::dec(dec(c, o.digits)?),
        ]);
    }
    doc.table(r);
    let c5 = d.coeff(5)?.clone();
    let half = Q::new(1.into(), 2.into());
    doc.fields(vec![
        (
            "residual_starts_at",
            "lowest power of the residual",
            Value::from(v),
        ),
        ("c5", "x⁵ coefficient", Value::Exact(c5.clone())),
        ("c5_decimal", "  decimal", Value::dec(dec(&c5, o.digits)?)),
        (
            "gelu_leading",
            "GELU-level leading term (½x·residual)",
            format!("({})·x⁶", c5.mul_q(&half)).into(),
        ),
    ]);
    // every higher coefficient: the matched inner series (taylormatch derive)
    use crate::matching::Outer;
    let inner = crate::commands::derive::document(Outer::Tanh, o.order.max(10), o.digits, false)?;
    doc.para(
        "Matching every order, not just x³: there is exactly one odd series p(x) = x + a₃x³ + a₅x⁵ + … with \
         tanh(√(2/π)·p(x)) = erf(x/√2), namely p = √(π/2)·artanh(erf(x/√2)). Its coefficients are \
         polynomials in 1/π (taylormatch derive):",
    );
    for t in inner.tables() {
        doc.table(t.clone().titled("The matched inner series p(x)"));
    }
    let sig = crate::commands::derive::derived_coeffs(Outer::Sigmoid, 4, o.digits, false)?;
    if let Some(k1) = sig.iter().find(|c| c.power == 1) {
        doc.fields(vec![
            (
                "k_matched",
                "sigmoid: x¹-matched slope k in 2σ(kx) − 1 ≈ erf(x/√2)",
                Value::Exact(k1.exact.clone()),
            ),
            (
                "k_matched_decimal",
                "  decimal",
                Value::dec(k1.decimal.clone().unwrap_or_default()),
            ),
        ]);
        doc.prose(vec![
            Value::from("The same matching for the sigmoid form fixes only the slope, k = "),
            Value::Exact(k1.exact.clone()),
            Value::from(" ≈ "),
            Value::Num(dec(&k1.exact, 4)?),
            Value::from(
                ", far from 1.702: QuickGELU's constant does not come from a Taylor argument either.",
            ),
        ]);
    }
    Ok(())
}

/// 7. Figures: error curves and the residual near 0.
pub fn figures(o: &ReportOptions, doc: &mut Document, figs: &mut Figures) -> Result<()> {
    use crate::numeric::model::Family;
    use crate::report::figures::{erf_level, gelu_level, residual, Drawn};
    doc.heading(1, "7. Figures");
    let a = analytic_a();
    let paper = paper_a()?;
    let k = parse_param(Input::K, "1.702", &[])?.ok_or_else(|| Error::input("k"))?;
    let tanhs = vec![
        Drawn::family("a = 0.044715 (paper)", Family::Tanh, paper),
        Drawn::family("a = 2/(3π) − 1/6 (Taylor)", Family::Tanh, a.clone()),
    ];
    let sig = vec![Drawn::family("k = 1.702", Family::Sigmoid, k)];
    let c5 = {
        let n = 8;
        let e = named_series("erf-sqrt2", n, &Params::default())?;
        tanh_inner(n, Some(&a)).sub(&e).coeff(5)?.clone()
    };
    let list = vec![
        erf_level("error_erf_tanh.svg", &tanhs, 6.0)?,
        gelu_level("error_gelu_tanh.svg", &tanhs, 6.0)?,
        erf_level("error_erf_sigmoid.svg", &sig, 6.0)?,
        gelu_level("error_gelu_sigmoid.svg", &sig, 6.0)?,
        residual(&a, &c5, 1.5)?,
    ];
    if !o.figures {
        doc.para("Run with --out DIR to write these figures as SVG, PNG and PDF files. Compact renderings (sign and size of the error across x ∈ [−6, 6]; residual on [−1.5, 1.5]):");
    }
    for f in list {
        if o.figures {
            doc.blocks.push(crate::report::Block::Figure {
                path: f.file.clone(),
                caption: f.caption.clone(),
            });
            figs.push((f.file, f.svg));
        } else {
            doc.pre(format!("{}\n{}", f.caption, f.text));
        }
    }
    Ok(())
}
