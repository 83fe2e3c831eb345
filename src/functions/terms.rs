//! The named functions whose every coefficient is one term q·m (q rational,
//! m a fixed monomial such as 1, √(2/π) or 2/√π), as [`Term`]s: the exact
//! rows `coeffs` prints without building a [`Sym`](crate::coeff::Sym) per
//! coefficient. Their decimals are made in the numeric layer
//! (`numeric::exact::term_decimal`).
//!
//! ```
//! use taylormatch::functions::terms::{term_exact, term_named};
//! // erf's x³ coefficient is −2/(3√π): one term, printed without a Sym
//! let t = term_named("erf", 4).unwrap();
//! assert_eq!(term_exact(&t[3]), "-2/(3√π)");
//! ```

use super::kernels::{artanh_rug, sigmoid_blocks, tanh_blocks};
use crate::coeff::{format_single_term, Mono};
use rug::{Integer, Rational};

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
    let mut v = Vec::with_capacity(n);
    term_named_blocks(name, n, n.max(1), &mut |b| {
        v.extend(b);
        Ok::<(), ()>(())
    })?
    .ok()?;
    Some(v)
}

/// True for the named functions with a term route (every coefficient one term q·m).
pub fn has_term_route(name: &str) -> bool {
    matches!(
        name,
        "tanh" | "sigmoid" | "artanh" | "erf" | "erf-sqrt2" | "phi" | "gelu"
    )
}

/// [`term_named`] handed to `emit` in blocks of `block` consecutive powers,
/// lowest first, each computed when it is handed out (tanh and sigmoid: the
/// tangent numbers once, then reduction block by block; the erf family
/// term by term), so a caller that writes and drops each block holds one
/// block at a time. `None` for a name without a term route; else the
/// first error of `emit`, if any.
pub fn term_named_blocks<E>(
    name: &str,
    n: usize,
    block: usize,
    emit: &mut dyn FnMut(Vec<Term>) -> Result<(), E>,
) -> Option<Result<(), E>> {
    let one = Mono::one();
    let mut ones = |c: Vec<Rational>| emit(c.into_iter().map(|r| Term::new(r, &one)).collect());
    let s2pi = radical(true, -1); // √(2/π)
    Some(match name {
        "tanh" => tanh_blocks(n, block, &mut ones),
        "sigmoid" => sigmoid_blocks(n, block, &mut ones),
        "artanh" => {
            let mut r = Ok(());
            for lo in (0..n).step_by(block) {
                let hi = (lo + block).min(n);
                r = ones(artanh_rug(hi).split_off(lo));
                if r.is_err() {
                    break;
                }
            }
            r
        }
        "erf" => erf_blocks(n, false, 2, 1, &radical(false, -1), block, emit, None),
        "erf-sqrt2" => erf_blocks(n, true, 1, 1, &s2pi, block, emit, None),
        // Φ(x) = ½ + ½·√(2/π)·S(x)
        "phi" => erf_blocks(n, true, 1, 2, &s2pi, block, emit, Some(0)),
        // GELU(x) = x·Φ(x): Φ's terms one power up, [x⁰] = 0
        "gelu" => erf_blocks(n, true, 1, 2, &s2pi, block, emit, Some(1)),
        _ => return None,
    })
}

/// (fnum/fden)·m·S(x) (or ·E(x) without `scale2`), see [`erf_core_rug`](super::kernels::erf_core_rug),
/// as terms in blocks of `block` powers; with `half_at = Some(s)` the series
/// is ½ + that, shifted up by s powers (Φ: s = 0, x·Φ: s = 1, powers below s
/// zero). The denominators are also carried along in decimal, where
/// multiplying by the small factors k, 2 and 2k+1 is linear, so printing
/// needs no conversion.
#[allow(clippy::too_many_arguments)]
fn erf_blocks<E>(
    n: usize,
    scale2: bool,
    fnum: u32,
    fden: u32,
    m: &Mono,
    block: usize,
    emit: &mut dyn FnMut(Vec<Term>) -> Result<(), E>,
    half_at: Option<usize>,
) -> Result<(), E> {
    let shift = half_at.unwrap_or(0);
    let one = Mono::one();
    let mut d = Integer::from(1); // k!·2ᵏ (or k!)
    let mut dd = DecNat::one();
    let mut k = 0u32;
    for lo in (0..n).step_by(block) {
        let hi = (lo + block).min(n);
        // below the shift (GELU's x⁰) a plain zero, as the shift was written before
        let mut c: Vec<Term> = (lo..hi)
            .map(|p| Term::new(Rational::new(), if p < shift { &one } else { m }))
            .collect();
        if let Some(s) = half_at {
            if (lo..hi).contains(&s) {
                c[s - lo] = Term::new(Rational::from((1, 2)), &Mono::one());
            }
        }
        // power shift + 2k + 1 of the series is S's [x^{2k+1}]
        while shift + ((2 * k + 1) as usize) < hi {
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
            c[shift + (2 * k + 1) as usize - lo] = Term {
                q,
                m: m.clone(),
                den_digits: Some(den_dec.to_string()),
            };
            k += 1;
        }
        emit(c)?;
    }
    Ok(())
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
