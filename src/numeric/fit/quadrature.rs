//! Gauss–Legendre quadrature in MPFR on a partition into pieces of width ≤ 1.
//!
//! ∫_a^b f ≈ Σ_pieces (h/2) Σᵢ wᵢ f(mid + (h/2)·tᵢ), tᵢ the roots of the
//! Legendre polynomial P_n, wᵢ = 2/((1 − tᵢ²)P_n′(tᵢ)²). The integrands here
//! are analytic in a strip of half-width ≈ 1.8 around the real axis (the
//! poles of tanh nearest to it), so the error on a unit piece decays like
//! ρ^{−2n} with ρ ≈ 7; callers estimate it by comparing two orders.
//!
//! ```
//! use rug::{Float, Rational};
//! use taylormatch::numeric::fit::quadrature::gauss_legendre;
//! // a 3-point rule integrates x⁴ on [−1, 1] exactly: 2/5
//! let mut s = Float::with_val(128, 0);
//! for (x, w) in gauss_legendre(3, 128) {
//!     s += x.square().square() * w;
//! }
//! let err = (s - Float::with_val(128, &Rational::from((2, 5)))).abs();
//! assert!(err < Float::with_val(128, &Rational::from((1, 1u128 << 100))), "{err}");
//! ```

use crate::numeric::fit::lsq::{make_samples, Sample};
use crate::numeric::model::{Family, Kernel, Level};
use rug::float::Constant;
use rug::{Float, Rational};

/// The n-point Gauss–Legendre nodes and weights on [−1, 1] at `bits`
/// (Newton on P_n from the Tricomi-type start cos(π(i − ¼)/(n + ½))).
pub fn gauss_legendre(n: usize, bits: u32) -> Vec<(Float, Float)> {
    let wb = bits + 16;
    let pi = Float::with_val(wb, Constant::Pi);
    let mut out = Vec::with_capacity(n);
    for i in 1..=n.div_ceil(2) {
        let mut x = Float::with_val(wb, &Rational::from((4 * i as u64 - 1, 4 * n as u64 + 2)));
        x *= &pi;
        x.cos_mut();
        let mut dp = Float::new(wb);
        for _ in 0..200 {
            // P_k = ((2k − 1)x P_{k−1} − (k − 1)P_{k−2})/k
            let mut p0 = Float::with_val(wb, 1);
            let mut p1 = x.clone();
            for k in 2..=n as u32 {
                let mut p2 = Float::with_val(wb, &x * &p1) * (2 * k - 1);
                p2 -= Float::with_val(wb, &p0 * (k - 1));
                p2 /= k;
                p0 = std::mem::replace(&mut p1, p2);
            }
            // P_n′ = n(x P_n − P_{n−1})/(x² − 1)
            dp = (Float::with_val(wb, &x * &p1) - &p0) * n as u32
                / (Float::with_val(wb, x.square_ref()) - 1u32);
            let dx = Float::with_val(wb, &p1 / &dp);
            x -= &dx;
            if dx.is_zero()
                || dx.get_exp().unwrap_or(i32::MIN) < -(wb as i32) + 4 + x.get_exp().unwrap_or(0)
            {
                break;
            }
        }
        let w = Float::with_val(wb, 2)
            / ((1 - Float::with_val(wb, x.square_ref())) * Float::with_val(wb, dp.square_ref()));
        let (xb, wbits) = (Float::with_val(bits, &x), Float::with_val(bits, &w));
        if 2 * i - 1 == n {
            out.push((xb, wbits));
        } else {
            out.push((Float::with_val(bits, -&xb), wbits.clone()));
            out.push((xb, wbits));
        }
    }
    out
}

/// Nodes and weights of the n-point rule on each piece of [a, b] split into
/// ⌈b − a⌉ equal pieces (width ≤ 1).
pub fn composite(a: &Rational, b: &Rational, n: usize, bits: u32) -> Vec<(Float, Float)> {
    let len = Rational::from(b - a);
    let pieces = len.clone().ceil().numer().to_usize().unwrap_or(1).max(1);
    let h = len / rug::Integer::from(pieces);
    let rule = gauss_legendre(n, bits);
    let half = Float::with_val(bits, &h) / 2u32;
    let mut out = Vec::with_capacity(pieces * n);
    for j in 0..pieces {
        let mid = Rational::from(&h * rug::Integer::from(j)) + a + Rational::from(&h / 2u32);
        let midf = Float::with_val(bits, &mid);
        for (t, w) in &rule {
            let x = Float::with_val(bits, &half * t) + &midf;
            out.push((x, Float::with_val(bits, &half * w)));
        }
    }
    out
}

/// The quadrature samples on [lo, hi], n nodes per unit piece, and the node
/// count of that rule. On [−X, X] with X an integer the rule is folded: e² is
/// even (odd models, see [`grid_samples`](super::grid_samples)) and the unit
/// pieces of [−X, 0] mirror those of [0, X], so the nodes of [0, X] with
/// doubled weights give the same sum from half the points.
///
/// The samples are in node-major order: node i of every piece, then node
/// i + 1, …; the nodes i of successive pieces are an arithmetic progression
/// (step: the piece width), along which [`tanh_values`](super::tanh_run::tanh_values)
/// takes tanh from its exp recurrence instead of MPFR's tanh at each node.
pub fn samples(ctx: &Kernel, lo: &Rational, hi: &Rational, n: usize) -> (Vec<Sample>, usize) {
    let fold = *hi > 0 && Rational::from(-lo) == *hi && hi.is_integer();
    let zero = Rational::new();
    let nodes = composite(if fold { &zero } else { lo }, hi, n, ctx.bits);
    let pieces = nodes.len() / n.max(1);
    let order: Vec<usize> = (0..n)
        .flat_map(|i| (0..pieces).map(move |j| j * n + i))
        .collect();
    let k = if fold { 2u32 } else { 1 };
    let s = make_samples(ctx, order.len(), |i| {
        let (x, w) = &nodes[order[i]];
        (x.clone(), Some(Float::with_val(ctx.bits, w * k)))
    });
    (s, k as usize * nodes.len())
}

/// Quadrature samples of one target on one interval [lo, hi] for a few
/// (precision, nodes per piece) pairs, computed once and handed to every sum
/// over that interval (no process-wide cache): the samples (x, x³, erf(x/√2),
/// weights) depend on the target, the interval, the precision and the rule,
/// not on the model or its parameters, so the candidates of `compare` share them.
#[derive(Debug, Clone)]
pub struct QuadSamples {
    pub target: Level,
    pub lo: Rational,
    pub hi: Rational,
    sets: Vec<(u32, usize, Vec<Sample>)>,
}

impl QuadSamples {
    /// The samples of `target` on [lo, hi] at each (bits, nodes per piece) of `rules`.
    pub fn new(target: Level, lo: Rational, hi: Rational, rules: &[(u32, usize)]) -> QuadSamples {
        let sets = rules
            .iter()
            .map(|&(bits, n)| {
                let ctx = Kernel::new(Family::Tanh, target, bits);
                (bits, n, samples(&ctx, &lo, &hi, n).0)
            })
            .collect();
        QuadSamples {
            target,
            lo,
            hi,
            sets,
        }
    }

    /// The stored samples for exactly this target, interval, precision and rule, if any.
    pub fn get(
        &self,
        target: Level,
        lo: &Rational,
        hi: &Rational,
        bits: u32,
        n: usize,
    ) -> Option<&[Sample]> {
        if self.target != target || self.lo != *lo || self.hi != *hi {
            return None;
        }
        self.sets
            .iter()
            .find(|(b, k, _)| *b == bits && *k == n)
            .map(|(_, _, s)| s.as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integrates_polynomials_and_exp_exactly() {
        // n = 5 integrates x⁸ exactly: ∫_{-1}^{1} x⁸ = 2/9
        let r = gauss_legendre(5, 128);
        let s: Float = r
            .iter()
            .map(|(x, w)| Float::with_val(128, x.square_ref()).square().square() * w)
            .fold(Float::new(128), |a, b| a + b);
        assert!((s - Float::with_val(128, 2) / 9u32).abs() < 1e-35);
        // ∫_0^3 e^{−x} = 1 − e^{−3} with 20 nodes per unit piece
        let nodes = composite(&Rational::from(0), &Rational::from(3), 20, 160);
        let s = nodes
            .iter()
            .map(|(x, w)| Float::with_val(160, -x).exp() * w)
            .fold(Float::new(160), |a, b| a + b);
        let exact = 1 - Float::with_val(160, -3).exp();
        assert!(Float::with_val(160, &s - &exact).abs() < 1e-40);
    }
}
