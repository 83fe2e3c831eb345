//! Certified enclosures of max |approximation − target| (Sollya's `supnorm`
//! for GELU's approximations): [`max_error`].
//!
//! Method (all in MPFR interval arithmetic with directed rounding at
//! `bits`): an initial lower bound from sample points; on the whole line, a
//! tail point X with an analytic bound on [X, ∞) below half that lower bound
//! ([`JetKernel::tail`]); then branch and bound on the rest ([`crate::numeric::bound::bnb`]).
//! |error| is even at every level, so a symmetric range (and the whole line)
//! is reduced to x ≥ 0.
//!
//! ```
//! use taylormatch::numeric::bound::{max_error, BoundSpec, Family, Level};
//! use taylormatch::coeff::parse_exact;
//! let spec = BoundSpec::family(Family::Tanh, parse_exact("0.044715").unwrap(), Level::Erf);
//! let r = max_error(&spec).unwrap();
//! // max |tanh(√(2/π)(x + 0.044715x³)) − erf(x/√2)| = 0.000357865167544…, at x ≈ ±2.5921
//! assert!(r.lo <= r.hi && r.lo > 3.578e-4 && r.hi < 3.579e-4);
//! assert!(r.argmax[0].lo > 2.59 && r.argmax[0].hi < 2.60);
//! ```

pub mod bnb;
pub mod residual;

use crate::coeff::Sym;
use crate::error::Input;
use crate::error::{Error, Result};
pub use crate::numeric::bound::bnb::Outcome;
pub use crate::numeric::model::{Family, JetKernel, Level, Model};
use rug::float::Round;
use rug::{Float, Rational};
use std::cmp::Ordering;

mod result;
pub use result::{BoundResult, Tail};

/// What to bound.
#[derive(Debug, Clone)]
pub struct BoundSpec {
    /// The tanh or sigmoid family at a level ([`Model::family`]).
    pub model: Model,
    /// The exact value of its parameter (a or k).
    pub values: Vec<Sym>,
    /// `None`: the whole real line; `Some((A, B))` with A < B: the range [A, B].
    pub range: Option<(Rational, Rational)>,
    /// MPFR working precision (≥ 64).
    pub bits: u32,
    /// Stop once hi − lo ≤ rel_tol·lo (0 < rel_tol < 1).
    pub rel_tol: Rational,
    /// Cap on the number of boxes evaluated.
    pub max_boxes: usize,
}

/// Default relative tolerance, 10⁻¹².
pub fn default_rel_tol() -> Rational {
    Rational::from((1, 1_000_000_000_000u64))
}

impl BoundSpec {
    /// Whole line, 128 bits, relative tolerance 10⁻¹², at most 50 000 boxes.
    pub fn new(model: Model, values: Vec<Sym>) -> BoundSpec {
        BoundSpec {
            model,
            values,
            range: None,
            bits: 128,
            rel_tol: default_rel_tol(),
            max_boxes: 50_000,
        }
    }

    /// [`BoundSpec::new`] for the family `f` at `level` with the exact parameter `value`.
    pub fn family(f: Family, value: Sym, level: Level) -> BoundSpec {
        BoundSpec::new(Model::family(f, level), vec![value])
    }

    /// The level compared (erf for a model without one, which [`max_error`] refuses).
    pub fn level(&self) -> Level {
        self.model.level.unwrap_or(Level::Erf)
    }
}

/// Largest `--bits`: the work per box grows about 4× per doubling of the
/// precision; the whole-line bound of a = 0.044715 takes (release, user time)
/// 2.5 s at 4096 bits, 10 s at 8192 and more than 30 s at 16384.
pub const MAX_BITS: u32 = 8192;

/// Refuses a working precision outside 64..=[`MAX_BITS`]: the one check of
/// the bits of every certified bound (max error and residual alike).
pub fn check_bits(bits: u32) -> Result<()> {
    if !(64..=MAX_BITS).contains(&bits) {
        return Err(Error::input(crate::msg!(
            Input::Bits,
            " must be from 64 to {MAX_BITS} (got {bits})"
        )));
    }
    Ok(())
}

fn validate(spec: &BoundSpec) -> Result<()> {
    check_bits(spec.bits)?;
    if spec.rel_tol.cmp0() != Ordering::Greater || spec.rel_tol >= 1 {
        return Err(Error::input(crate::msg!(
            Input::Tolerance,
            " must be > 0 and < 1 (got ",
            spec.rel_tol.to_string(),
            ")"
        )));
    }
    if let Some((a, b)) = &spec.range {
        if a >= b {
            return Err(Error::input(crate::msg!(
                Input::Range,
                " A:B needs A < B (got {a}:{b})"
            )));
        }
    }
    Ok(())
}

/// Lower bound from `n + 1` equally spaced points of [a, b] (exact rationals rounded to `bits`).
fn sample(
    f: &JetKernel,
    a: &Rational,
    b: &Rational,
    n: u32,
    inside: &impl Fn(&Float) -> bool,
) -> (Float, Float) {
    let mut best = (Float::new(f.bits), Float::new(f.bits));
    for j in 0..=n {
        let q = a + Rational::from(b - a) * Rational::from((j, n));
        let x = Float::with_val(f.bits, &q);
        if !inside(&x) {
            continue;
        }
        let v = f.at(&x).abs_lo();
        if v > best.0 {
            best = (v, x);
        }
    }
    best
}

/// Encloses max |model − target| over the range of `spec`.
///
/// Requires: on the whole line, a ≥ 0 (with a < 0 the tanh argument turns
/// negative and the error tends to 2 without a maximum); k > 0. Errors are
/// [`Error::Input`] naming the flag. The result is sound whether or not it
/// `converged`; convergence only concerns its width.
pub fn max_error(spec: &BoundSpec) -> Result<BoundResult> {
    validate(spec)?;
    let f = JetKernel::new(&spec.model, &spec.values, spec.bits)?;
    let bits = spec.bits;
    let tol = Float::with_val_round(bits, &spec.rel_tol, Round::Down).0;
    let zero = Rational::new();
    let (a, b, symmetric) = match &spec.range {
        None => (zero.clone(), Rational::from(12), true),
        Some((a, b)) if Rational::from(-a) == *b => (zero.clone(), b.clone(), true),
        Some((a, b)) => (a.clone(), b.clone(), false),
    };
    let whole = spec.range.is_none();
    let inside = |x: &Float| whole || (*x >= a && *x <= b);
    let lb0 = sample(&f, &a, &b, 256, &inside);
    let (l, r, tail) = if whole {
        if !f.increasing {
            return Err(Error::input(
                crate::msg!(Input::A, " must be ≥ 0 on the whole line (with a < 0 the error tends to 2 as x → ∞ and has no maximum); give a finite ", Input::Range),
            ));
        }
        let mut found = None;
        // X = 1, 1.5, …, 16, then 32, 64, …, 2^40
        let halves = (2..=32u32).map(|j| Float::with_val(bits, j) / 2u32);
        let powers = (5..=40).map(|e| Float::with_val(bits, Float::i_exp(1, e)));
        for x in halves.chain(powers) {
            if let Some(t) = f.tail(&x) {
                if Float::with_val(bits, &t * 2u32) < lb0.0 {
                    found = Some(Tail { point: x, bound: t });
                    break;
                }
            }
        }
        let tail = found.ok_or_else(|| Error::input(crate::msg!(Input::A, "/", Input::K, ": no tail point X ≤ 2^40 has a tail bound below half the sampled maximum (the error decays too slowly); give a finite ", Input::Range)))?;
        (Float::new(bits), tail.point.clone(), Some(tail))
    } else {
        (
            Float::with_val_round(bits, &a, Round::Down).0,
            Float::with_val_round(bits, &b, Round::Up).0,
            None,
        )
    };
    let out = crate::numeric::bound::bnb::search(&f, l, r, inside, lb0, &tol, spec.max_boxes);
    let mut hi = out.ub;
    if let Some(t) = &tail {
        if t.bound > hi {
            hi = t.bound.clone();
        }
    }
    Ok(BoundResult {
        lo: out.lb,
        hi,
        argmax: out.argmax,
        best: out.best,
        symmetric,
        boxes: out.boxes,
        tail,
        bits,
        converged: out.converged,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coeff::parse_exact;

    fn paper(level: Level) -> BoundSpec {
        BoundSpec::family(Family::Tanh, parse_exact("0.044715").unwrap(), level)
    }

    fn kernel(spec: &BoundSpec, level: Level) -> JetKernel {
        JetKernel::new(&spec.model.at_level(level), &spec.values, 128).unwrap()
    }

    #[test]
    fn tail_bound_dominates_the_error_beyond_the_tail_point() {
        for level in [Level::Erf, Level::Phi, Level::Gelu] {
            let f = kernel(&paper(level), level);
            let x0 = Float::with_val(128, 3);
            let t = f.tail(&x0).unwrap();
            for j in 0..40 {
                let x = Float::with_val(128, 3 + j) + Float::with_val(128, j) / 7u32;
                assert!(f.at(&x).abs_hi() <= t, "{level:?} at {x}");
            }
            assert!(f.tail(&Float::with_val(128, 0.5)).is_none());
        }
    }

    #[test]
    fn certified_decimal_agrees_with_both_ends() {
        let r = max_error(&paper(Level::Erf)).unwrap();
        let (s, d) = r.certified_decimal(40).unwrap();
        // mpmath: 0.00035786516754460664721…; lo and hi share 12–13 digits
        assert!((12..=14).contains(&d), "{s} ({d} digits)");
        assert!(
            "0.00035786516754460664721".starts_with(&s[..s.len() - 1]),
            "{s}"
        );
    }

    #[test]
    fn monotone_stretch_has_its_maximum_at_the_end() {
        // on [0, 1/2] the erf-level error is monotone: max |e| = |e(1/2)|
        let mut spec = paper(Level::Erf);
        spec.range = Some((Rational::new(), Rational::from((1, 2))));
        let r = max_error(&spec).unwrap();
        let f = kernel(&spec, Level::Erf);
        let end = f.at(&Float::with_val(128, 0.5));
        assert!(r.lo <= end.abs_hi() && end.abs_lo() <= r.hi);
        assert!(r
            .argmax
            .iter()
            .any(|iv| iv.contains(&Float::with_val(128, 0.5))));
        assert!(r.converged && r.tail.is_none() && !r.symmetric);
    }

    #[test]
    fn negative_a_is_refused_on_the_whole_line_but_not_on_a_range() {
        let m = BoundSpec::family(Family::Tanh, parse_exact("-1/100").unwrap(), Level::Erf);
        assert!(matches!(
            max_error(&m),
            Err(Error::Invalid {
                input: Input::A,
                ..
            })
        ));
        let mut spec = m;
        spec.range = Some((Rational::from(-2), Rational::from(2)));
        assert!(max_error(&spec).unwrap().symmetric);
    }
}
