//! Certified real roots of a polynomial with rational coefficients: Sturm
//! sequences isolate each distinct real root in an interval (a, b] with
//! rational ends, bisection in exact rational arithmetic refines it. No
//! floating point: a root's digits are those both ends of its interval share.
//!
//! ```
//! use taylormatch::coeff::Q;
//! use taylormatch::matching::roots::{isolate, refine};
//! // x² − 2: two real roots, ±√2
//! let p: Vec<Q> = vec![Q::from_integer((-2).into()), Q::from_integer(0.into()), Q::from_integer(1.into())];
//! let roots = isolate(&p);
//! assert_eq!(roots.len(), 2);
//! let r = refine(&p, &roots[1], 30);
//! let (lo, hi) = (Q::new(141421.into(), 100000.into()), Q::new(141422.into(), 100000.into()));
//! assert!(r.lo >= lo && r.hi <= hi, "{r:?}");
//! ```

use crate::coeff::Q;
use num_traits::{One, Signed, Zero};

/// p(x) = Σ pᵢ xⁱ (index = power), trailing zeros removed.
pub type Poly = Vec<Q>;

fn trim(mut p: Poly) -> Poly {
    while p.last().is_some_and(Zero::is_zero) {
        p.pop();
    }
    p
}

/// p(x) by Horner's rule, exactly.
pub fn eval(p: &[Q], x: &Q) -> Q {
    p.iter().rev().fold(Q::zero(), |acc, c| acc * x + c)
}

fn derivative(p: &[Q]) -> Poly {
    p.iter()
        .enumerate()
        .skip(1)
        .map(|(i, c)| c * Q::from_integer(i.into()))
        .collect()
}

/// The remainder of a divided by b (b ≠ 0).
fn rem(a: &[Q], b: &[Q]) -> Poly {
    let mut r = trim(a.to_vec());
    let db = b.len() - 1;
    let lead = &b[db];
    while r.len() > db && !r.is_empty() {
        let k = r.len() - 1 - db;
        let f = &r[r.len() - 1] / lead;
        for (i, bi) in b.iter().enumerate() {
            r[k + i] = &r[k + i] - &f * bi;
        }
        r.pop();
        r = trim(r);
    }
    r
}

/// The Sturm sequence p, p′, −rem(p, p′), …
pub fn sturm(p: &[Q]) -> Vec<Poly> {
    let mut seq = vec![trim(p.to_vec())];
    let d = trim(derivative(p));
    if d.is_empty() {
        return seq;
    }
    seq.push(d);
    loop {
        let n = seq.len();
        let r: Poly = rem(&seq[n - 2], &seq[n - 1])
            .into_iter()
            .map(|c| -c)
            .collect();
        if r.is_empty() {
            return seq;
        }
        seq.push(r);
    }
}

fn sign_changes(seq: &[Poly], x: &Q) -> usize {
    let signs: Vec<i8> = seq
        .iter()
        .map(|p| {
            let v = eval(p, x);
            if v.is_zero() {
                0
            } else if v.is_positive() {
                1
            } else {
                -1
            }
        })
        .filter(|s| *s != 0)
        .collect();
    signs.windows(2).filter(|w| w[0] != w[1]).count()
}

/// Number of distinct real roots in (a, b].
fn count(seq: &[Poly], a: &Q, b: &Q) -> usize {
    sign_changes(seq, a).saturating_sub(sign_changes(seq, b))
}

/// One isolated real root: it lies in (lo, hi], or equals `exact`.
#[derive(Debug, Clone, PartialEq)]
pub struct Isolated {
    pub lo: Q,
    pub hi: Q,
    pub exact: Option<Q>,
}

/// The distinct real roots of p (not identically 0), in increasing order,
/// each in an interval containing no other root.
pub fn isolate(p: &[Q]) -> Vec<Isolated> {
    let p = trim(p.to_vec());
    if p.len() < 2 {
        return Vec::new();
    }
    let seq = sturm(&p);
    // Cauchy's bound: every root has |x| < 1 + max |pᵢ/pₙ|
    let lead = p[p.len() - 1].abs();
    let bound = p
        .iter()
        .map(|c| c.abs() / &lead)
        .fold(Q::one(), |m, v| if v > m { v } else { m })
        + Q::one();
    let mut out = Vec::new();
    let mut stack = vec![(-bound.clone(), bound)];
    while let Some((a, b)) = stack.pop() {
        match count(&seq, &a, &b) {
            0 => {}
            1 => out.push(Isolated {
                exact: eval(&p, &b).is_zero().then(|| b.clone()),
                lo: a,
                hi: b,
            }),
            _ => {
                let m = (&a + &b) / Q::from_integer(2.into());
                stack.push((m.clone(), b));
                stack.push((a, m));
            }
        }
    }
    out.sort_by(|x, y| x.lo.cmp(&y.lo));
    out
}

/// Halves the interval of an isolated root `steps` times (or finds it exactly).
pub fn refine(p: &[Q], r: &Isolated, steps: u32) -> Isolated {
    if r.exact.is_some() {
        return r.clone();
    }
    let seq = sturm(p);
    let (mut a, mut b) = (r.lo.clone(), r.hi.clone());
    for _ in 0..steps {
        let m = (&a + &b) / Q::from_integer(2.into());
        if eval(p, &m).is_zero() {
            return Isolated {
                lo: m.clone(),
                hi: m.clone(),
                exact: Some(m),
            };
        }
        if count(&seq, &a, &m) == 1 {
            b = m;
        } else {
            a = m;
        }
    }
    Isolated {
        lo: a,
        hi: b,
        exact: None,
    }
}

/// The simplest rational (smallest denominator) in [lo, hi], by continued fractions.
pub fn simplest_between(lo: &Q, hi: &Q) -> Q {
    if lo.is_negative() && hi.is_positive() || lo.is_zero() || hi.is_zero() {
        return Q::zero();
    }
    if hi.is_negative() {
        return -simplest_between(&-hi, &-lo);
    }
    let f = lo.floor();
    if f == *lo {
        return f;
    }
    if f + Q::one() <= *hi {
        return lo.floor() + Q::one();
    }
    // lo, hi in (f, f + 1): f + 1/simplest(1/(hi − f), 1/(lo − f))
    let fl = lo.floor();
    let inner = simplest_between(&(hi - &fl).recip(), &(lo - &fl).recip());
    fl + inner.recip()
}
