//! The named functions users ask for, as exact series.
//!
//! Each has a structured route (closed form, tangent numbers, binomial
//! expansion); `tests/` checks every one against the generic engine in
//! [`series`](crate::series).
//!
//! ```
//! use taylormatch::functions::{analytic_a, named_series, Params};
//! // erf(x) = (2/√π)(x − x³/3 + …)
//! let erf = named_series("erf", 4, &Params::default()).unwrap();
//! assert_eq!(erf.coeff(3).unwrap().to_string(), "-2/(3√π)");
//! // the matched constant of the tanh approximation
//! assert_eq!(analytic_a().to_string(), "2/(3π) - 1/6");
//! ```

use crate::coeff::gmp::q_from_rug;
use crate::error::Input;
pub mod gelu_tanh;
pub mod inner_kron;
pub mod kernels;
pub mod terms;

use crate::coeff::{Coeff, Mono, Sym, Q};
use crate::error::{Error, Message, Result};
use crate::series::Series;
use num_bigint::BigInt;

/// A named function: CLI name, definition, parameter it takes.
#[derive(Debug, Clone, Copy)]
pub struct NamedFunction {
    pub name: &'static str,
    pub definition: &'static str,
    pub parameter: Option<&'static str>,
}

/// Every named function, in the order `coeffs --list` shows them.
pub const FUNCTIONS: &[NamedFunction] = &[
    NamedFunction { name: "erf", definition: "erf(x) = (2/√π) Σ (-1)ⁿ x²ⁿ⁺¹/(n!(2n+1))", parameter: None },
    NamedFunction { name: "erf-sqrt2", definition: "erf(x/√2) = √(2/π) Σ (-1)ⁿ x²ⁿ⁺¹/(n! 2ⁿ (2n+1))", parameter: None },
    NamedFunction { name: "phi", definition: "Φ(x) = ½(1 + erf(x/√2)), the standard normal CDF", parameter: None },
    NamedFunction { name: "tanh", definition: "tanh(x) = Σ (-1)ᵏ⁻¹ T_k x²ᵏ⁻¹/(2k-1)!, T_k the tangent numbers", parameter: None },
    NamedFunction { name: "artanh", definition: "artanh(x) = Σ x²ⁿ⁺¹/(2n+1)", parameter: None },
    NamedFunction { name: "sigmoid", definition: "σ(x) = 1/(1 + e⁻ˣ) = ½ + ½ tanh(x/2)", parameter: None },
    NamedFunction { name: "gelu", definition: "GELU(x) = x·Φ(x) = ½x(1 + erf(x/√2))", parameter: None },
    NamedFunction {
        name: "gelu-tanh",
        definition: "½x(1 + tanh(√(2/π)(x + a x³))), the tanh approximation",
        parameter: Some("--a: symbolic (default), a decimal taken exactly (0.044715 = 44715/1000000), an exact form, or `analytic` (2/(3π) - 1/6)"),
    },
    NamedFunction {
        name: "gelu-sigmoid",
        definition: "x·σ(kx), the sigmoid approximation (QuickGELU: k = 1.702)",
        parameter: Some("--k: symbolic (default), a decimal taken exactly, an exact form, or `matched` (2√(2/π))"),
    },
];

/// Parameters of the parametrised functions; `None` means symbolic.
#[derive(Debug, Clone, Default)]
pub struct Params {
    pub a: Option<Sym>,
    pub k: Option<Sym>,
}

/// a = 2/(3π) − 1/6 = (4 − π)/(6π), the x³-matching coefficient.
pub fn analytic_a() -> Sym {
    // 2/(3π) = (1/3)·t, t = 2/π
    Sym::t()
        .mul_q(&Q::new(1.into(), 3.into()))
        .sub(&Sym::rational(Q::new(1.into(), 6.into())))
}

/// k = 2√(2/π), the x¹-matched sigmoid slope.
pub fn matched_k() -> Sym {
    Sym::sqrt_2_over_pi().mul_q(&Q::from_integer(2.into()))
}

/// The listed name of a named function, matched case-insensitively (`TANH` → `tanh`).
pub fn canonical_name(name: &str) -> Option<&'static str> {
    FUNCTIONS
        .iter()
        .find(|f| f.name.eq_ignore_ascii_case(name.trim()))
        .map(|f| f.name)
}

/// Parses a parameter value for `flag` (`--a`, `--k`): `symbolic`, a named
/// constant, or an exact value in the shared grammar (a decimal taken exactly,
/// `2/(3π) - 1/6`, …) free of symbols.
pub fn parse_param(
    flag: impl Into<Message> + Copy,
    s: &str,
    named: &[(&str, Sym)],
) -> Result<Option<Sym>> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("symbolic") {
        return Ok(None);
    }
    if let Some((_, v)) = named.iter().find(|n| n.0.eq_ignore_ascii_case(t)) {
        return Ok(Some(v.clone()));
    }
    let word = !t.is_empty() && t.chars().all(|c| c.is_ascii_alphabetic());
    if word && !matches!(t, "pi" | "inf" | "nan" | "e") {
        let mut v: Vec<&str> = vec!["symbolic"];
        v.extend(named.iter().map(|n| n.0));
        return Err(Error::input(crate::msg!(flag, " must be a number (taken exactly, e.g. 0.044715), an exact form such as 2/(3π) - 1/6, or one of ", v.join(", ").to_string(), " (got {s:?})")));
    }
    crate::expr::values::exact(flag, s, &[]).map(Some)
}

fn sym_series(s: Series<Q>) -> Series<Sym> {
    s.map(|c| Sym::rational(c.clone()))
}

/// tanh(x) to order n from the tangent numbers: the coefficient of x^{2k−1}
/// is (−1)^{k−1} T_k/(2k−1)!.
pub fn tanh_q(n: usize) -> Series<Q> {
    Series::from_coeffs(kernels::tanh_rug(n).iter().map(q_from_rug).collect())
}

/// The rational part S of erf(x/√2) = √(2/π)·S(x): S = Σ (−1)ⁿ x²ⁿ⁺¹/(n!·2ⁿ·(2n+1)).
/// With `scale2 = false`, (√π/2)·erf(x) = Σ (−1)ⁿ x²ⁿ⁺¹/(n!·(2n+1)).
pub fn erf_core_q(n: usize, scale2: bool) -> Series<Q> {
    Series::from_coeffs(
        kernels::erf_core_rug(n, scale2)
            .iter()
            .map(q_from_rug)
            .collect(),
    )
}

/// artanh(x) = Σ x²ⁿ⁺¹/(2n+1).
pub fn artanh_q(n: usize) -> Series<Q> {
    Series::from_coeffs(kernels::artanh_rug(n).iter().map(q_from_rug).collect())
}

/// σ(x) = ½ + ½ tanh(x/2): coefficient of xⁿ is tanhₙ/2ⁿ⁺¹ (n ≥ 1).
pub fn sigmoid_q(n: usize) -> Series<Q> {
    Series::from_coeffs(kernels::sigmoid_rug(n).iter().map(q_from_rug).collect())
}

/// tanh(√(2/π)(x + a x³)) to order n, by the binomial route:
/// Σ_k τ_k s^{2k+1} x^{2k+1} (1 + a x²)^{2k+1}, s = √(2/π), τ_k = [u^{2k+1}] tanh u.
/// `a = None` keeps the symbol `a`.
pub fn tanh_inner(n: usize, a: Option<&Sym>) -> Series<Sym> {
    match a {
        None => tanh_inner_terms(n, None),
        Some(v) => match v.as_q() {
            Some(q) => tanh_inner_terms(n, Some(&q)),
            None => tanh_inner_sym(n, v),
        },
    }
}

/// [`tanh_inner`] for a symbolic or rational a: the term for (k, j) is
/// τ_k·2^k·C(p, j)·a^j·√2·π^{−p/2} with p = 2k + 1, and for each power e the
/// terms have distinct monomials, so they are formed in GMP arithmetic and
/// inserted without merging; the powers e run on all cores.
fn tanh_inner_terms(n: usize, a: Option<&Q>) -> Series<Sym> {
    let g = gelu_tanh::TanhInnerTerms::new(n, a);
    Series::from_coeffs(crate::parallel::map_items((0..n).collect(), |e| g.coeff(e)))
}

/// [`tanh_inner`] for a general a (e.g. the analytic value, a polynomial in 1/π).
fn tanh_inner_sym(n: usize, a_sym: &Sym) -> Series<Sym> {
    let tau = tanh_q(n);
    // powers of a, up to n/2
    let mut apow = vec![<Sym as Coeff>::one()];
    for j in 1..=n / 2 {
        let next = apow[j - 1].mul(a_sym);
        apow.push(next);
    }
    let mut c = vec![<Sym as Coeff>::zero(); n];
    for k in 0.. {
        let p = 2 * k + 1;
        if p >= n {
            break;
        }
        let tk = &tau.coeffs()[p];
        // s^{2k+1} = 2^k · √2 · π^{−(2k+1)/2}
        let sp = Sym::term(
            tk * Q::from_integer(BigInt::from(2).pow(k as u32)),
            Mono {
                vars: vec![],
                pi_half: -(p as i32),
                sqrt2: true,
            },
        );
        // (1 + a x²)^p = Σ_j C(p, j) a^j x^{2j}
        let mut binom = BigInt::from(1);
        for (j, aj) in apow.iter().enumerate().take(p + 1) {
            let e = p + 2 * j;
            if e >= n {
                break;
            }
            if j > 0 {
                binom = binom * BigInt::from(p - j + 1) / BigInt::from(j);
            }
            let term = aj.mul_q(&Q::from_integer(binom.clone()));
            c[e].add_mul(&sp, &term);
        }
    }
    Series::from_coeffs(c)
}

/// The series of a named function to order n (powers 0 … n−1).
///
/// ```
/// use taylormatch::functions::{named_series, Params};
/// let s = named_series("erf-sqrt2", 4, &Params::default()).unwrap();
/// assert_eq!(s.coeff(3).unwrap().to_string(), "-√(2/π)/6");
/// ```
pub fn named_series(name: &str, n: usize, p: &Params) -> Result<Series<Sym>> {
    let half = Q::new(1.into(), 2.into());
    Ok(match name {
        "erf" => sym_series(erf_core_q(n, false))
            .scale(&<Sym as Coeff>::two_over_sqrt_pi().unwrap_or_default()),
        "erf-sqrt2" => sym_series(erf_core_q(n, true)).scale(&Sym::sqrt_2_over_pi()),
        "phi" => {
            let e = sym_series(erf_core_q(n, true))
                .scale(&Sym::sqrt_2_over_pi())
                .scale_q(&half);
            add_constant(e, Sym::rational(half))
        }
        "tanh" => sym_series(tanh_q(n)),
        "artanh" => sym_series(artanh_q(n)),
        "sigmoid" => sym_series(sigmoid_q(n)),
        "gelu" => named_series("phi", n.saturating_sub(1), p)?.shift(1),
        "gelu-tanh" => {
            let t = tanh_inner(n.saturating_sub(1), p.a.as_ref());
            add_constant(t.scale_q(&half), Sym::rational(half)).shift(1)
        }
        "gelu-sigmoid" => {
            let k = p.k.clone().unwrap_or_else(|| Sym::var("k"));
            sym_series(sigmoid_q(n.saturating_sub(1)))
                .scale_x_by(&k)
                .shift(1)
        }
        _ => {
            let names: Vec<&str> = FUNCTIONS.iter().map(|f| f.name).collect();
            return Err(Error::input(crate::msg!(
                "unknown function {name:?}; FUNC must be one of ",
                names.join(", ").to_string(),
                " (see `taylormatch coeffs ",
                Input::List,
                "`)"
            )));
        }
    })
}

fn add_constant(s: Series<Sym>, c: Sym) -> Series<Sym> {
    if s.order() == 0 {
        return s;
    }
    let mut v = s.into_coeffs();
    v[0] = v[0].add(&c);
    Series::from_coeffs(v)
}
