//! Elementary functions of series, each from the differential equation it
//! satisfies (O(n²) coefficient operations), plus the tangent-number route.

use super::Series;
use crate::coeff::{Coeff, Q};
use crate::error::{Error, Result};
use num_bigint::BigInt;
use rug::Integer;

fn require_zero_constant<C: Coeff>(h: &Series<C>, op: &str) -> Result<()> {
    match h.coeffs().first() {
        None => Err(Error::input(format!(
            "{op}: the series has order 0, h(0) is unknown"
        ))),
        Some(c) if !c.is_zero() => Err(Error::input(format!(
            "{op}: needs h(0) = 0 (the value at a nonzero constant is not in the coefficient ring)"
        ))),
        _ => Ok(()),
    }
}

fn qk(n: usize) -> Q {
    Q::from_integer(BigInt::from(n))
}

fn q1k(n: usize) -> Q {
    Q::new(BigInt::from(1), BigInt::from(n))
}

impl<C: Coeff> Series<C> {
    /// exp(h). Requires h(0) = 0.
    ///
    /// E = exp(h), E′ = h′E: E₀ = 1, Eₙ = (1/n) Σ_{k=1..n} k·h_k·E_{n−k}.
    pub fn exp(&self) -> Result<Self> {
        require_zero_constant(self, "exp")?;
        Ok(self.exp_core())
    }

    fn exp_core(&self) -> Self {
        if let Some(c) = C::kernel_exp(&self.c) {
            return Series { c };
        }
        self.exp_core_generic()
    }

    /// The reference route of `exp_core`, in the ring's own arithmetic.
    pub(crate) fn exp_core_generic(&self) -> Self {
        let n = self.order();
        let kh: Vec<C> = self
            .c
            .iter()
            .enumerate()
            .map(|(k, v)| v.mul_q(&qk(k)))
            .collect();
        let mut e: Vec<C> = Vec::with_capacity(n);
        e.push(C::one());
        for m in 1..n {
            let mut s = C::zero();
            for k in 1..=m {
                s.add_mul(&kh[k], &e[m - k]);
            }
            e.push(s.mul_q(&q1k(m)));
        }
        Series { c: e }
    }

    /// log(h). Requires h(0) = 1.  log h = ∫ h′/h.
    pub fn log(&self) -> Result<Self> {
        match self.c.first() {
            Some(c) if *c == C::one() => {}
            _ => return Err(Error::input("log: needs h(0) = 1")),
        }
        // log(1 + O(x)) = 0 + O(x): nothing to integrate (h′ is known to order 0)
        let d = self.derivative();
        if d.order() == 0 {
            return Ok(Series::zero(1));
        }
        let q = d.mul_trunc(&self.truncate(d.order()).inverse_core(&C::one()), d.order());
        Ok(q.integral())
    }

    /// Solves T′ = h′·(1 + s·T²), T(0) = 0, for s = ±1: tan (s = 1) and tanh (s = −1).
    fn riccati(&self, s: i32) -> Self {
        // over ℚ: the same recurrence on GMP integers (coeff::qpoly)
        if let Some(c) = C::kernel_riccati(&self.c, s) {
            return Series { c };
        }
        self.riccati_generic(s)
    }

    /// The reference route of [`Series::riccati`], in the ring's own arithmetic.
    pub(crate) fn riccati_generic(&self, s: i32) -> Self {
        let n = self.order();
        let dh: Vec<C> = self
            .c
            .iter()
            .enumerate()
            .skip(1)
            .map(|(k, v)| v.mul_q(&qk(k)))
            .collect();
        let mut t: Vec<C> = vec![C::zero()];
        let mut u: Vec<C> = Vec::with_capacity(n); // u = 1 + s·T²
        for m in 1..n {
            // u_{m−1} needs T_0..T_{m−1}
            let j = m - 1;
            let mut sq = C::zero();
            for i in 0..=j {
                sq.add_mul(&t[i], &t[j - i]);
            }
            let mut um = if s > 0 { sq } else { sq.neg() };
            if j == 0 {
                um = um.add(&C::one());
            }
            u.push(um);
            // m·T_m = Σ_{i=0..m−1} dh_i · u_{m−1−i}
            let mut acc = C::zero();
            for i in 0..m {
                if i < dh.len() {
                    acc.add_mul(&dh[i], &u[m - 1 - i]);
                }
            }
            t.push(acc.mul_q(&q1k(m)));
        }
        t.truncate(n);
        Series { c: t }
    }

    /// tanh(h). Requires h(0) = 0.  T′ = h′(1 − T²).
    pub fn tanh(&self) -> Result<Self> {
        require_zero_constant(self, "tanh")?;
        Ok(self.riccati(-1))
    }

    /// tan(h). Requires h(0) = 0.  T′ = h′(1 + T²).
    pub fn tan(&self) -> Result<Self> {
        require_zero_constant(self, "tan")?;
        Ok(self.riccati(1))
    }

    /// ∫ h′/(1 + s·h²) for s = ±1: atan (s = 1) and artanh (s = −1).
    fn arc(&self, s: i32) -> Self {
        let d = self.derivative();
        let h2 = self.mul_trunc(self, d.order());
        let den = if s > 0 { h2 } else { h2.neg() };
        let mut den = den;
        if let Some(c) = den.c.first_mut() {
            *c = c.add(&C::one());
        }
        // den(0) = 1 since h(0) = 0
        let inv = den.inverse_core(&C::one());
        d.mul_trunc(&inv, d.order()).integral()
    }

    /// atan(h). Requires h(0) = 0.  atan h = ∫ h′/(1 + h²).
    pub fn atan(&self) -> Result<Self> {
        require_zero_constant(self, "atan")?;
        Ok(self.arc(1))
    }

    /// artanh(h). Requires h(0) = 0.  artanh h = ∫ h′/(1 − h²).
    pub fn artanh(&self) -> Result<Self> {
        require_zero_constant(self, "artanh")?;
        Ok(self.arc(-1))
    }

    /// (√π/2)·erf(h) = ∫ h′·e^{−h²}, which has coefficients in the ring
    /// itself. Requires h(0) = 0.
    pub fn erf_scaled(&self) -> Result<Self> {
        require_zero_constant(self, "erf")?;
        let d = self.derivative();
        let h2 = self.mul_trunc(self, self.order());
        let e = h2.neg().exp_core();
        Ok(d.mul_trunc(&e, d.order()).integral())
    }

    /// erf(h) = (2/√π) ∫ h′·e^{−h²}. Requires h(0) = 0 and a ring containing
    /// 2/√π (use [`Series::erf_scaled`] over ℚ).
    pub fn erf(&self) -> Result<Self> {
        let k = C::two_over_sqrt_pi().ok_or_else(|| {
            Error::input("erf: the coefficient ring must contain 2/√π (over ℚ use erf_scaled)")
        })?;
        Ok(self.erf_scaled()?.scale(&k))
    }

    /// σ(h) = 1/(1 + e^{−h}) = ½ + ½·tanh(h/2). Requires h(0) = 0.
    pub fn sigmoid(&self) -> Result<Self> {
        require_zero_constant(self, "sigmoid")?;
        let half = Q::new(BigInt::from(1), BigInt::from(2));
        let mut t = self.scale_q(&half).riccati(-1).scale_q(&half);
        if let Some(c) = t.c.first_mut() {
            *c = c.add(&C::from_q(half));
        }
        Ok(t)
    }
}

/// The tangent numbers T₁, T₂, …, T_m with tan x = Σ T_k x^{2k−1}/(2k−1)!
/// (1, 2, 16, 272, 7936, …): from m = 256 on by the ζ route
/// (`series/tangent_zeta.rs`, checked modulo a prime against the triangle),
/// below by [`tangent_numbers_triangle`].
pub fn tangent_numbers(m: usize) -> Vec<Integer> {
    if m >= 256 {
        return super::tangent::tangent_numbers_fast(m);
    }
    tangent_numbers_triangle(m)
}

/// The tangent numbers by the Brent–Harvey integer recurrence (the reference
/// route): O(m²) additions and small multiplications of integers.
pub fn tangent_numbers_triangle(m: usize) -> Vec<Integer> {
    let mut t: Vec<Integer> = vec![Integer::new(); m + 1];
    if m == 0 {
        return Vec::new();
    }
    t[1] = Integer::from(1);
    for k in 2..=m {
        t[k] = Integer::from(&t[k - 1] * (k as u32 - 1));
    }
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if m >= 256 && threads >= 2 {
        super::tangent::triangle_two_threads(&mut t, m);
        t.remove(0);
        return t;
    }
    tangent_triangle(&mut t, m);
    t.remove(0);
    t
}

/// Levels 2..=m of the triangle on one thread (the reference route).
pub(crate) fn tangent_triangle(t: &mut [Integer], m: usize) {
    // T_j ← (j−k)·T_{j−1} + (j−k+2)·T_j, in place: one mul_1 and one addmul_1 pass
    for k in 2..=m {
        for j in k..=m {
            let (lo, hi) = t.split_at_mut(j);
            hi[0] *= (j - k + 2) as u32;
            hi[0] += &lo[j - 1] * ((j - k) as u32);
        }
    }
}

#[cfg(test)]
mod tests {
    use rug::Integer;

    /// The two-thread wavefront against the sequential triangle.
    #[test]
    fn two_threads_match_one() {
        for m in [2usize, 3, 4, 7, 300, 513] {
            let start = |m: usize| {
                let mut t = vec![Integer::new(); m + 1];
                t[1] = Integer::from(1);
                for k in 2..=m {
                    t[k] = Integer::from(&t[k - 1] * (k as u32 - 1));
                }
                t
            };
            let (mut a, mut b) = (start(m), start(m));
            super::tangent_triangle(&mut a, m);
            super::super::tangent::triangle_two_threads(&mut b, m);
            assert_eq!(a, b, "m = {m}");
        }
    }

    /// The ζ route (cut into 1, 2, 3 and 5 ranges) against the triangle,
    /// at the edges of its use (ZETA_FROM, the cut points) and beyond.
    #[test]
    fn zeta_route_matches_the_triangle() {
        use super::super::tangent::tangent_numbers_split;
        use super::super::tangent_zeta::ZETA_FROM;
        for m in [ZETA_FROM, ZETA_FROM + 1, 255, 256, 257, 333, 512, 701] {
            let want = super::tangent_numbers_triangle(m);
            for threads in [1, 2, 3, 5] {
                assert_eq!(
                    tangent_numbers_split(m, threads),
                    want,
                    "m = {m}, {threads} ranges"
                );
            }
        }
        assert_eq!(
            super::tangent_numbers(1200),
            super::tangent_numbers_triangle(1200)
        );
    }
}
