//! Exact values as presentation MathML (for HTML output), printed from the
//! [`Sym`] structure like the other notations: a sum of terms
//! ±(p/q)·√2^e·π^(h/2)·Π vᵏ, each term a fraction `<mfrac>` when it has a
//! denominator, `√` as `<msqrt>`, powers `<msup>`, subscripts `a₃` as
//! `<msub>`.

use super::notation::{factors, split_subscript, Factor};
use super::sym::{is_negative, Mono, Sym};
use super::Q;
use num_traits::Signed;

fn mi(s: &str) -> String {
    format!("<mi>{s}</mi>")
}
fn mn(s: &str) -> String {
    format!("<mn>{s}</mn>")
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn factor(f: &Factor) -> String {
    let pi = mi("π");
    match f {
        Factor::Sqrt2 => format!("<msqrt>{}</msqrt>", mn("2")),
        Factor::SqrtPi => format!("<msqrt>{pi}</msqrt>"),
        Factor::Sqrt2OverPi => format!("<msqrt><mfrac>{}{pi}</mfrac></msqrt>", mn("2")),
        Factor::Sqrt2Pi => format!(
            "<msqrt><mrow>{}<mo>&#x2062;</mo>{pi}</mrow></msqrt>",
            mn("2")
        ),
        Factor::Pi(1) => pi,
        Factor::Pi(k) => format!("<msup>{pi}{}</msup>", mn(&k.to_string())),
        Factor::Var(v, k) => {
            let base = match split_subscript(v) {
                (b, Some(s)) => format!("<msub>{}{}</msub>", mi(&escape(b)), mn(&escape(s))),
                (b, None) => mi(&escape(b)),
            };
            if *k == 1 {
                base
            } else {
                format!("<msup>{base}{}</msup>", mn(&k.to_string()))
            }
        }
    }
}

/// A product: optional integer lead, then factors, joined by invisible times.
fn product(lead: Option<String>, fs: &[Factor]) -> String {
    let mut parts: Vec<String> = lead.map(|p| mn(&p)).into_iter().collect();
    parts.extend(fs.iter().map(factor));
    if parts.len() == 1 {
        return parts.remove(0);
    }
    format!("<mrow>{}</mrow>", parts.join("<mo>&#x2062;</mo>"))
}

/// |c|·m as MathML (no sign).
fn term_abs(c: &Q, m: &Mono) -> String {
    let (nf, df) = factors(m);
    let p = c.numer().abs().to_string();
    let q = c.denom().to_string();
    let num = product((p != "1" || nf.is_empty()).then_some(p), &nf);
    let dlead = (q != "1").then_some(q);
    if df.is_empty() && dlead.is_none() {
        return num;
    }
    format!("<mfrac>{num}{}</mfrac>", product(dlead, &df))
}

/// The exact value `s` as an inline `<math>` element.
pub fn mathml(s: &Sym) -> String {
    let mut out = String::new();
    for (i, (m, c)) in super::display::sorted_terms(s).into_iter().enumerate() {
        let neg = is_negative(c);
        if neg || i > 0 {
            out.push_str(if neg { "<mo>−</mo>" } else { "<mo>+</mo>" });
        }
        out.push_str(&term_abs(c, m));
    }
    if out.is_empty() {
        out = mn("0");
    }
    format!("<math><mrow>{out}</mrow></math>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coeff::parse_exact;

    #[test]
    fn fractions_roots_and_subscripts() {
        let a = parse_exact("2/(3π) - 1/6").unwrap();
        assert_eq!(
            mathml(&a),
            "<math><mrow><mfrac><mn>2</mn><mrow><mn>3</mn><mo>&#x2062;</mo><mi>π</mi></mrow></mfrac>\
             <mo>−</mo><mfrac><mn>1</mn><mn>6</mn></mfrac></mrow></math>"
        );
        let r = parse_exact("√(2/π)").unwrap();
        assert!(mathml(&r).contains("<msqrt><mfrac><mn>2</mn><mi>π</mi></mfrac></msqrt>"));
        assert_eq!(
            mathml(&parse_exact("0").unwrap()),
            "<math><mrow><mn>0</mn></mrow></math>"
        );
    }
}
