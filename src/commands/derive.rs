//! `taylormatch derive [--outer tanh|sigmoid] [--order N]`: the matched inner
//! series, every coefficient exact (a polynomial in 1/π over ℚ) and as a
//! correctly rounded decimal. With expressions (`--outer EXPR_IN_u --target
//! EXPR`, `--model EXPR --target EXPR --solve a,b`) see [`super::derive_expr`].
//!
//! ```
//! use taylormatch::commands::derive::{document, parse_unknowns};
//! use taylormatch::matching::Outer;
//! let d = document(Outer::Tanh, 6, 12, true).unwrap();
//! let md = taylormatch::report::render(&d, taylormatch::report::Format::Markdown).unwrap();
//! // p(x) = x + a·x³ + …, a = 2/(3π) − 1/6
//! assert!(md.contains("2/(3π) - 1/6"), "{md}");
//! assert_eq!(parse_unknowns("c1, c3").unwrap(), ["c1", "c3"]);
//! ```

use super::Output;
use crate::coeff::{combined_form, Coeff, Sym, Q};
use crate::error::Input;
use crate::error::{Error, Result};
use crate::matching::{t_poly_decimal, Outer};
use crate::report::{Document, Table, Value};

/// Largest `--order` accepted: order 800 writes 178 MB of exact CSV (the
/// output grows like order³·log order) in about 8 s CPU and 0.4 GB; text
/// with decimals 14 s and 1.8 GB (the document is rendered whole).
pub const MAX_DERIVE_ORDER: usize = 800;

/// Options of `derive` (built by the command line from its flags).
#[derive(Debug, Clone)]
pub struct DeriveOptions {
    /// Outer function: tanh (p with tanh(√(2/π)·p(x)) = erf(x/√2); the default), sigmoid (q with 2σ(q(x)) − 1 = erf(x/√2)), or an expression in u such as 'tanh(sqrt(2/pi)*u)' (then p with outer(p(x)) = --target).
    pub outer: Option<String>,
    /// The target function of x for --outer EXPR or --model (default for --outer: erf(x/sqrt(2))).
    pub target: Option<String>,
    /// A model in x with unknown parameters, matched to --target lowest power first (needs --solve).
    pub model: Option<String>,
    /// The model's unknowns, in any order: each xᵐ equation must bring one new unknown, e.g. a,b.
    pub solve: Option<String>,
    /// Values for other parameters: name=value pairs, e.g. k=1.702 (exact; any constant expression).
    pub set: Option<String>,
    /// Number of coefficients: powers 0 … N−1 (the series is known to O(x^N)); at most 800.
    pub order: usize,
    /// Print exact coefficients only (no decimals).
    pub exact_only: bool,
    pub out: super::OutputOptions,
}

/// One derived coefficient.
#[derive(Debug, Clone, PartialEq)]
pub struct DerivedCoeff {
    pub power: usize,
    pub exact: Sym,
    /// Single-fraction form, e.g. (4 - π)/(6π); `None` for a single term.
    pub combined: Option<String>,
    /// Correctly rounded decimal (`None` with `exact_only`).
    pub decimal: Option<String>,
}

/// The odd coefficients (powers 1, 3, … < order) of the matched series for
/// `outer`, exact and (unless `exact_only`) to `digits` digits. Even powers are 0.
pub fn derived_coeffs(
    outer: Outer,
    order: usize,
    digits: u32,
    exact_only: bool,
) -> Result<Vec<DerivedCoeff>> {
    let scale = match outer {
        Outer::Tanh => Sym::one(),
        Outer::Sigmoid => Sym::sqrt_2_over_pi().mul_q(&Q::from_integer(2.into())),
    };
    let polys = crate::functions::inner_kron::inner_t_polys_kron(order);
    let odd: Vec<(usize, Vec<rug::Rational>)> =
        polys.into_iter().enumerate().skip(1).step_by(2).collect();
    // rows are independent: formatted and rounded on all cores
    crate::parallel::map_items(odd, |(n, poly)| {
        let exact = crate::functions::inner_kron::t_poly_sym(&poly).mul(&scale);
        let combined = combined_form(&exact);
        let decimal = if exact_only {
            None
        } else {
            Some(t_poly_decimal(&poly, &scale, digits)?)
        };
        Ok(DerivedCoeff {
            power: n,
            exact,
            combined,
            decimal,
        })
    })
    .into_iter()
    .collect()
}

/// The `derive` document.
pub fn document(outer: Outer, order: usize, digits: u32, exact_only: bool) -> Result<Document> {
    let coeffs = derived_coeffs(outer, order, digits, exact_only)?;
    let (title, equation, name) = match outer {
        Outer::Tanh => (
            "Matched inner series p(x) for tanh",
            "tanh(√(2/π)·p(x)) = erf(x/√2); p = √(π/2)·artanh(erf(x/√2)) = Σ_k t^k S^(2k+1)/(2k+1), t = 2/π",
            "a",
        ),
        Outer::Sigmoid => (
            "Matched inner series q(x) for the sigmoid",
            "2σ(q(x)) − 1 = erf(x/√2); q = 2·artanh(erf(x/√2)) = 2√(2/π)·p(x)",
            "q",
        ),
    };
    let mut d = Document::new(title);
    let mut fields = vec![
        ("outer", "outer function", Value::from(outer.name())),
        ("equation", "equation", Value::from(equation)),
        ("order", "order", Value::from(order)),
        ("known_to", "known to", Value::from(format!("O(x^{order})"))),
    ];
    if !exact_only {
        fields.push(("digits", "decimal digits", Value::from(digits as i64)));
    }
    if outer == Outer::Sigmoid {
        if let Some(k) = coeffs.first() {
            fields.push((
                "k",
                "matched slope k (x¹ coefficient)",
                Value::from(&k.exact),
            ));
            if let Some(dec) = &k.decimal {
                fields.push((
                    "k_decimal",
                    "k (decimal; QuickGELU uses 1.702)",
                    Value::dec(dec.clone()),
                ));
            }
        }
    }
    d.fields(fields);
    d.para("S(x) = Σ (−1)ⁿ x²ⁿ⁺¹/(n!·2ⁿ·(2n+1)), so erf(x/√2) = √(2/π)·S(x). Every coefficient is exact; even powers are 0 (the series is odd). Decimals are correctly rounded.");
    let mut cols = vec![
        ("power", "power"),
        ("name", "coefficient"),
        ("exact", "exact"),
        ("combined", "one fraction"),
    ];
    if !exact_only {
        cols.push(("decimal", "decimal"));
    }
    let mut t = Table::new("coefficients", &cols);
    for c in &coeffs {
        let mut row = vec![
            Value::from(c.power),
            Value::from(format!("{name}{}", c.power)),
            Value::from(&c.exact),
            Value::from(c.combined.clone().unwrap_or_else(|| c.exact.to_string())),
        ];
        if let Some(dec) = &c.decimal {
            row.push(Value::dec(dec.clone()));
        }
        t.push(row);
    }
    d.table(t);
    Ok(d)
}

/// The unknowns of `--solve`: distinct parameter names.
pub fn parse_unknowns(text: &str) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for u in text.split(',').map(str::trim) {
        let ok = u.chars().next().is_some_and(char::is_alphabetic)
            && u.chars().all(|c| c.is_alphanumeric() || c == '_')
            && !matches!(u, "x" | "pi" | "u");
        if !ok {
            return Err(Error::input(crate::msg!(
                Input::Solve,
                " takes parameter names separated by commas, e.g. a,b (got {u:?}; not x, pi or u)"
            )));
        }
        if out.iter().any(|v| v == u) {
            return Err(Error::input(crate::msg!(
                Input::Solve,
                ": {u} is listed twice"
            )));
        }
        out.push(u.to_string());
    }
    Ok(out)
}

/// Runs `derive`.
pub fn run(a: &DeriveOptions) -> Result<Output> {
    use super::derive_expr::{model_document, outer_document, read};
    let set = match &a.set {
        Some(s) => crate::expr::assign::parse_assignments(Input::Set, s)?,
        None => Vec::new(),
    };
    if let Some(model) = &a.model {
        if a.outer.is_some() {
            return Err(Error::input(crate::msg!(
                Input::Model,
                " and ",
                Input::Outer,
                " are two different questions; give one"
            )));
        }
        let target = a.target.as_deref().ok_or_else(|| {
            Error::input(crate::msg!(
                Input::Model,
                " needs ",
                Input::Target,
                " EXPR (the function to match)"
            ))
        })?;
        let solve = a.solve.as_deref().ok_or_else(|| {
            Error::input(crate::msg!(
                Input::Model,
                " needs ",
                Input::Solve,
                " a,b,… (the parameters to solve for)"
            ))
        })?;
        let unknowns = parse_unknowns(solve)?;
        let (m, t) = (read(Input::Model, model)?, read(Input::Target, target)?);
        let (doc, _) = model_document(&m, &t, &unknowns, &set, a.out.digits)?;
        return Ok(Output::ok(a.out.render(&doc)?));
    }
    if a.solve.is_some() {
        return Err(Error::input(crate::msg!(
            Input::Solve,
            " needs ",
            Input::Model,
            " EXPR"
        )));
    }
    let outer_text = a.outer.as_deref().unwrap_or("tanh");
    let named = Outer::parse(outer_text);
    if let Ok(o) = named {
        if a.target.is_none() && set.is_empty() {
            let progress = crate::progress::Spinner::new(&format!("derive: order {}", a.order));
            let doc = document(o, a.order, a.out.digits, a.exact_only)?;
            drop(progress);
            return Ok(Output::ok(a.out.render(&doc)?));
        }
    }
    let outer_expr = match named {
        Ok(Outer::Tanh) => "tanh(sqrt(2/pi)*u)",
        Ok(Outer::Sigmoid) => "2*sigmoid(u) - 1",
        Err(_) => outer_text,
    };
    let target_text = a.target.as_deref().unwrap_or("erf(x/sqrt(2))");
    let (o, t) = (
        read(Input::Outer, outer_expr)?,
        read(Input::Target, target_text)?,
    );
    let both = crate::expr::assign::apply(Input::Set, &[&o, &t], &set)?;
    let doc = outer_document(
        outer_expr,
        target_text,
        &both[0],
        &both[1],
        a.order,
        a.out.digits,
        a.exact_only,
    )?;
    Ok(Output::ok(a.out.render(&doc)?))
}
