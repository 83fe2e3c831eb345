//! GMP routes for the named functions whose every coefficient is one term
//! q·m (q rational, m a fixed monomial such as 1, √(2/π) or 2/√π): tanh,
//! sigmoid, artanh, erf, erf-sqrt2, phi, gelu. `rug` end to end, with the
//! per-coefficient work (gcd reduction, decimal conversion, printing) shared
//! across threads. `functions::tanh_q`, `erf_core_q`, … are built on these,
//! and `tests/` checks them against the generic engine and closed forms.

use crate::coeff::{format_single_term, Mono, Sym};
use crate::numeric::decimal::{certified_decimal, rational_to_string};
use crate::numeric::interval::Interval;
use crate::series::tangent_numbers;
use rug::{Integer, Rational};

/// tanh(x) to order n: [x^{2k+1}] = (−1)^k T_{k+1}/(2k+1)!, T the tangent
/// numbers; each quotient reduced to lowest terms.
pub fn tanh_rug(n: usize) -> Vec<Rational> {
    let m = n / 2; // odd powers 1, 3, …, 2m−1 < n
    let t = tangent_numbers(m);
    let mut pairs = Vec::with_capacity(m);
    let mut fact = Integer::from(1); // (2k+1)!
    for (k, tk) in t.into_iter().enumerate() {
        if k > 0 {
            fact *= (2 * k) as u32;
            fact *= (2 * k + 1) as u32;
        }
        pairs.push((k, tk, fact.clone()));
    }
    let odd = crate::parallel::map_items(pairs, |(k, tk, f)| {
        let r = Rational::from((tk, f));
        if k % 2 == 1 {
            -r
        } else {
            r
        }
    });
    let mut c = vec![Rational::new(); n];
    for (k, r) in odd.into_iter().enumerate() {
        c[2 * k + 1] = r;
    }
    c
}

/// σ(x) = ½ + ½·tanh(x/2) to order n: [xⁿ] = tanhₙ/2ⁿ⁺¹ (n ≥ 1), [x⁰] = ½.
pub fn sigmoid_rug(n: usize) -> Vec<Rational> {
    let mut c = tanh_rug(n);
    for (i, v) in c.iter_mut().enumerate() {
        *v >>= (i + 1) as u32;
    }
    if let Some(c0) = c.first_mut() {
        *c0 = Rational::from((1, 2));
    }
    c
}

/// artanh(x) to order n: [x²ᵏ⁺¹] = 1/(2k+1).
pub fn artanh_rug(n: usize) -> Vec<Rational> {
    (0..n)
        .map(|i| {
            if i % 2 == 1 {
                Rational::from((1, i as u32))
            } else {
                Rational::new()
            }
        })
        .collect()
}

/// The rational part of erf: S(x) = Σ (−1)ⁿ x²ⁿ⁺¹/(n!·2ⁿ·(2n+1)) with
/// erf(x/√2) = √(2/π)·S (`scale2`), else E(x) = Σ (−1)ⁿ x²ⁿ⁺¹/(n!(2n+1)) = (√π/2)·erf x.
pub fn erf_core_rug(n: usize, scale2: bool) -> Vec<Rational> {
    let mut c = vec![Rational::new(); n];
    let mut d = Integer::from(1); // k!·2ᵏ (or k!)
    let mut k = 0u32;
    while ((2 * k + 1) as usize) < n {
        if k > 0 {
            d *= k;
            if scale2 {
                d <<= 1;
            }
        }
        let den = Integer::from(&d * (2 * k + 1));
        let num = if k % 2 == 1 { -1 } else { 1 };
        c[(2 * k + 1) as usize] = Rational::from((Integer::from(num), den));
        k += 1;
    }
    c
}

fn radical(sqrt2: bool, pi_half: i32) -> Mono {
    Mono {
        vars: vec![],
        pi_half,
        sqrt2,
    }
}

/// One coefficient q·m; `den_digits`, when present, is the decimal text of
/// q's denominator, produced by a cheaper route than converting it.
#[derive(Debug, Clone)]
pub struct Term {
    pub q: Rational,
    pub m: Mono,
    pub den_digits: Option<String>,
}

impl Term {
    fn new(q: Rational, m: &Mono) -> Term {
        Term {
            q,
            m: m.clone(),
            den_digits: None,
        }
    }
}

/// The coefficients of a named function as terms q·m, when every coefficient
/// is a single term (the functions free of parameters); `None` otherwise.
pub fn term_named(name: &str, n: usize) -> Option<Vec<Term>> {
    let with = |c: Vec<Rational>, m: Mono| c.into_iter().map(|r| Term::new(r, &m)).collect();
    let s2pi = radical(true, -1); // √(2/π)
    Some(match name {
        "tanh" => with(tanh_rug(n), Mono::one()),
        "sigmoid" => with(sigmoid_rug(n), Mono::one()),
        "artanh" => with(artanh_rug(n), Mono::one()),
        "erf" => erf_terms(n, false, 2, 1, &radical(false, -1)),
        "erf-sqrt2" => erf_terms(n, true, 1, 1, &s2pi),
        "phi" => phi_terms(n),
        "gelu" => {
            let mut v = Vec::with_capacity(n);
            if n > 0 {
                v.push(Term::new(Rational::new(), &Mono::one()));
                v.extend(phi_terms(n - 1));
            }
            v
        }
        _ => return None,
    })
}

/// Φ(x) = ½ + ½·√(2/π)·S(x).
fn phi_terms(n: usize) -> Vec<Term> {
    let mut v = erf_terms(n, true, 1, 2, &radical(true, -1));
    if let Some(c0) = v.first_mut() {
        *c0 = Term::new(Rational::from((1, 2)), &Mono::one());
    }
    v
}

/// (fnum/fden)·m·S(x) (or ·E(x) without `scale2`), see [`erf_core_rug`]; the
/// denominators are also carried along in decimal, where multiplying by the
/// small factors k, 2 and 2k+1 is linear, so printing needs no conversion.
fn erf_terms(n: usize, scale2: bool, fnum: u32, fden: u32, m: &Mono) -> Vec<Term> {
    let mut c: Vec<Term> = (0..n).map(|_| Term::new(Rational::new(), m)).collect();
    let mut d = Integer::from(1); // k!·2ᵏ (or k!)
    let mut dd = DecNat::one();
    let mut k = 0u32;
    while ((2 * k + 1) as usize) < n {
        if k > 0 {
            d *= k;
            dd.mul_small(k as u64);
            if scale2 {
                d <<= 1;
                dd.mul_small(2);
            }
        }
        // q = ±fnum/(d·(2k+1)·fden), reduced by g = gcd(fnum, ·) with fnum ∈ {1, 2}
        let mut den = Integer::from(&d * (2 * k + 1)) * fden;
        let g = if fnum.is_multiple_of(2) && den.is_even() {
            2
        } else {
            1
        };
        den.div_exact_u_mut(g);
        let num = Integer::from(if k % 2 == 1 { -1 } else { 1 }) * (fnum / g);
        debug_assert!(fnum <= 2);
        // SAFETY: den > 0, and gcd(num, den) = 1 as num = ±1 or ±2 with den odd
        let q = unsafe { Rational::from_canonical(num, den) };
        let mut den_dec = dd.clone();
        den_dec.mul_small(u64::from(2 * k + 1) * u64::from(fden));
        den_dec.div_small_exact(u64::from(g));
        c[(2 * k + 1) as usize] = Term {
            q,
            m: m.clone(),
            den_digits: Some(den_dec.to_string()),
        };
        k += 1;
    }
    c
}

/// The exact text of q·m, as `Sym` prints it.
pub fn term_exact(t: &Term) -> String {
    let r = &t.q;
    let neg = r.cmp0() == std::cmp::Ordering::Less;
    let p = Integer::from(r.numer().abs_ref());
    let den = match &t.den_digits {
        Some(d) => d.clone(),
        None => r.denom().to_string(),
    };
    format_single_term(neg, &p.to_string(), &den, &t.m)
}

/// The decimal of q·m correctly rounded to `digits` significant digits: from
/// short MPFR enclosures when both ends round alike, else (rationals) exactly.
pub fn term_decimal(t: &Term, digits: u32) -> Option<String> {
    let (r, m) = (&t.q, &t.m);
    let zero = r.cmp0() == std::cmp::Ordering::Equal;
    if *m == Mono::one() {
        return Some(
            certified_decimal(digits, zero, |bits| Interval::from_rational(bits, r))
                .unwrap_or_else(|_| rational_to_string(r, digits)),
        );
    }
    let unit = Sym::radical(m.sqrt2, m.pi_half);
    certified_decimal(digits, zero, |bits| match unit.enclose(bits) {
        Some(u) => Interval::from_rational(bits, r).mul(&u),
        None => Interval::from_rational(bits, &Rational::new()),
    })
    .ok()
}

/// (exact, decimal) text of every coefficient, in parallel; a decimal is
/// `None` when `digits` is `None` or it could not be certified.
pub fn term_rows(c: Vec<Term>, digits: Option<u32>) -> Vec<(String, Option<String>)> {
    crate::parallel::map_items(c, |t| {
        (term_exact(&t), digits.and_then(|d| term_decimal(&t, d)))
    })
}

/// A natural number in base 10⁹ limbs, least significant first: multiplying
/// by a small factor and printing are both linear in its length.
#[derive(Debug, Clone)]
struct DecNat(Vec<u32>);

const BASE: u64 = 1_000_000_000;

impl DecNat {
    fn one() -> DecNat {
        DecNat(vec![1])
    }

    /// self ← self·m, for m < 2³² (limb·m + carry then fits u64).
    fn mul_small(&mut self, m: u64) {
        assert!(m < 1 << 32, "DecNat factor too large");
        let mut carry: u64 = 0;
        for l in &mut self.0 {
            let v = u64::from(*l) * m + carry;
            *l = (v % BASE) as u32;
            carry = v / BASE;
        }
        while carry > 0 {
            self.0.push((carry % BASE) as u32);
            carry /= BASE;
        }
    }

    /// self ← self/d, d < 2³² dividing self exactly.
    fn div_small_exact(&mut self, d: u64) {
        if d == 1 {
            return;
        }
        let mut rem: u64 = 0;
        for l in self.0.iter_mut().rev() {
            let v = rem * BASE + u64::from(*l);
            *l = (v / d) as u32;
            rem = v % d;
        }
        debug_assert_eq!(rem, 0, "inexact division");
        while self.0.len() > 1 && self.0.last() == Some(&0) {
            self.0.pop();
        }
    }
}

impl std::fmt::Display for DecNat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = String::with_capacity(9 * self.0.len());
        let mut it = self.0.iter().rev();
        if let Some(top) = it.next() {
            s.push_str(&top.to_string());
        }
        let mut buf = [b'0'; 9];
        for &l in it {
            let mut v = l;
            for b in buf.iter_mut().rev() {
                *b = b'0' + (v % 10) as u8;
                v /= 10;
            }
            s.push_str(std::str::from_utf8(&buf).expect("ASCII digits"));
        }
        f.write_str(&s)
    }
}
