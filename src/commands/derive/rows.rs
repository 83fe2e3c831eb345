//! The matched inner series as rows and as a document: each coefficient of
//! `derive --outer tanh|sigmoid` exact, in one-fraction form and as a
//! correctly rounded decimal ([`DerivedCoeff`]), the document's header and
//! coefficient table, and [`document`] that fills it.

use crate::coeff::{combined_form, Coeff, Sym, Q};
use crate::error::Result;
use crate::matching::{t_poly_decimal, Outer};
use crate::report::{Document, Table, Value};

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

/// The factor of p for `outer`: 1 for tanh, 2√(2/π) for the sigmoid (q = 2√(2/π)·p).
pub(in crate::commands) fn outer_scale(outer: Outer) -> Sym {
    match outer {
        Outer::Tanh => Sym::one(),
        Outer::Sigmoid => Sym::sqrt_2_over_pi().mul_q(&Q::from_integer(2.into())),
    }
}

/// The coefficient of xⁿ from row n of the t-table (\[xⁿ\]p = Σ_k c_k t^k):
/// exact `scale`·Σ_k c_k t^k, its one-fraction form and (unless `exact_only`) its decimal.
pub fn derived_row(
    n: usize,
    poly: &[rug::Rational],
    scale: &Sym,
    digits: u32,
    exact_only: bool,
) -> Result<DerivedCoeff> {
    let exact = crate::functions::inner_kron::t_poly_sym(poly).mul(scale);
    let combined = combined_form(&exact);
    let decimal = if exact_only {
        None
    } else {
        Some(t_poly_decimal(poly, scale, digits)?)
    };
    Ok(DerivedCoeff {
        power: n,
        exact,
        combined,
        decimal,
    })
}

/// The odd coefficients (powers 1, 3, … < order) of the matched series for
/// `outer`, exact and (unless `exact_only`) to `digits` digits, each handed
/// to `emit` as soon as it is final (lowest power first). Even powers are 0.
pub fn derived_rows(
    outer: Outer,
    order: usize,
    digits: u32,
    exact_only: bool,
    emit: &mut dyn FnMut(DerivedCoeff) -> Result<()>,
) -> Result<()> {
    let scale = outer_scale(outer);
    crate::functions::inner_kron::inner_rows(order, &mut |n, poly| {
        emit(derived_row(n, &poly, &scale, digits, exact_only)?)
    })
}

/// The odd coefficients (powers 1, 3, … < order) of the matched series for
/// `outer`, exact and (unless `exact_only`) to `digits` digits. Even powers are 0.
pub fn derived_coeffs(
    outer: Outer,
    order: usize,
    digits: u32,
    exact_only: bool,
) -> Result<Vec<DerivedCoeff>> {
    let mut out = Vec::new();
    derived_rows(outer, order, digits, exact_only, &mut |c| {
        out.push(c);
        Ok(())
    })?;
    Ok(out)
}

/// The `derive` document: title, fields, the note on S and an empty
/// coefficient table (its last block); `first` is the x¹ row (the sigmoid's
/// fields show it).
pub fn header(
    outer: Outer,
    order: usize,
    digits: u32,
    exact_only: bool,
    first: Option<&DerivedCoeff>,
) -> Document {
    let (title, equation) = match outer {
        Outer::Tanh => (
            "Matched inner series p(x) for tanh",
            "tanh(√(2/π)·p(x)) = erf(x/√2); p = √(π/2)·artanh(erf(x/√2)) = Σ_k t^k S^(2k+1)/(2k+1), t = 2/π",
        ),
        Outer::Sigmoid => (
            "Matched inner series q(x) for the sigmoid",
            "2σ(q(x)) − 1 = erf(x/√2); q = 2·artanh(erf(x/√2)) = 2√(2/π)·p(x)",
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
        fields.push(("digits", "decimal digits", Value::Digits(digits)));
    }
    if outer == Outer::Sigmoid {
        if let Some(k) = first {
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
    d.table(coefficient_table(exact_only));
    d
}

/// The empty coefficient table of every `derive` document (the named outers
/// and `--outer EXPR`): power, name, exact, one fraction and (unless
/// `exact_only`) decimal.
pub(in crate::commands) fn coefficient_table(exact_only: bool) -> Table {
    let mut cols = vec![
        ("power", "power"),
        ("name", "coefficient"),
        ("exact", "exact"),
        ("combined", "one fraction"),
    ];
    if !exact_only {
        cols.push(("decimal", "decimal"));
    }
    Table::new("coefficients", &cols)
}

/// The cells of one coefficient's row.
pub fn table_row(outer: Outer, c: &DerivedCoeff) -> Vec<Value> {
    let name = match outer {
        Outer::Tanh => "a",
        Outer::Sigmoid => "q",
    };
    let mut row = vec![
        Value::from(c.power),
        Value::from(format!("{name}{}", c.power)),
        Value::from(&c.exact),
        Value::from(c.combined.clone().unwrap_or_else(|| c.exact.to_string())),
    ];
    if let Some(dec) = &c.decimal {
        row.push(Value::dec(dec.clone()));
    }
    row
}

/// The `derive` document.
pub fn document(outer: Outer, order: usize, digits: u32, exact_only: bool) -> Result<Document> {
    let coeffs = derived_coeffs(outer, order, digits, exact_only)?;
    let mut d = header(outer, order, digits, exact_only, coeffs.first());
    if let Some(crate::report::Block::Table(t)) = d.blocks.last_mut() {
        for c in &coeffs {
            t.push(table_row(outer, c));
        }
    }
    Ok(d)
}
