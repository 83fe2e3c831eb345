//! Branch and bound for max |err(x)| over a box [l, r] (see [`crate::numeric::bound`]).
//!
//! Each box carries rigorous enclosures of the error at its two ends and at
//! its midpoint m. Its upper bound is
//!
//! * max(|err(l)|, |err(r)|) when the slope enclosure err′([l, r]) excludes 0
//!   (err is monotone there, so its extremes are at the ends);
//! * otherwise max |E| with E the intersection of the mean-value form
//!   err(m) + err′(X)(X − m) and the second-order form
//!   err(m) + err′(m)(X − m) + (err″(X)/2)(X − m)², which overestimates by
//!   O(w³) near a maximum, so refinement converges fast.
//!
//! The lower bound is the largest certified |err| at a midpoint inside the
//! range. Boxes are refined best-first (largest upper bound); a box whose
//! upper bound is below the lower bound cannot hold the maximum and is dropped.
//!
//! ```
//! use rug::Rational;
//! use taylormatch::coeff::parse_exact;
//! use taylormatch::numeric::bound::{max_error, BoundSpec, Family, Level};
//! // branch and bound behind a certified bound on [0, 1], where |e| grows to its end
//! let mut spec = BoundSpec::family(Family::Tanh, parse_exact("0.044715").unwrap(), Level::Erf);
//! spec.range = Some((Rational::from(0), Rational::from(1)));
//! spec.rel_tol = Rational::from((1, 1000));
//! let r = max_error(&spec).unwrap();
//! assert!(r.converged && r.boxes > 0 && r.lo <= r.hi);
//! ```

use crate::numeric::interval::jet::Jet;
use crate::numeric::interval::Interval;
use crate::numeric::model::JetKernel;
use rug::float::Round;
use rug::Float;
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// A function the search can bound: interval Taylor jets of the error at a
/// base box; `None` where they cannot be formed (a divisor or a log argument
/// that may be 0 on the box), which the search treats as unbounded there.
pub trait ErrorJets {
    /// Working precision.
    fn bits(&self) -> u32;
    /// c_k ⊇ err⁽ᵏ⁾(X)/k! for k < order.
    fn jets(&self, x: &Interval, order: usize) -> Option<Jet>;
    /// An enclosure of err(x) (the whole line [−∞, ∞] where it cannot be formed).
    fn value(&self, x: &Float) -> Interval {
        let b = self.bits();
        match self.jets(&Interval::point(b, x), 1) {
            Some(mut j) => j.c.swap_remove(0),
            None => Interval::from_floats(
                Float::with_val(b, rug::float::Special::NegInfinity),
                Float::with_val(b, rug::float::Special::Infinity),
            ),
        }
    }
}

impl ErrorJets for JetKernel {
    fn bits(&self) -> u32 {
        self.bits
    }
    fn jets(&self, x: &Interval, order: usize) -> Option<Jet> {
        Some(self.jet(x, order))
    }
}

#[derive(Debug)]
struct Node {
    ub: Float,
    l: Float,
    r: Float,
    m: Float,
    el: Interval,
    er: Interval,
    em: Interval,
    splittable: bool,
    /// err′ excludes 0 on the box: |err| is largest at an end.
    monotone: bool,
}

impl PartialEq for Node {
    fn eq(&self, o: &Self) -> bool {
        self.ub == o.ub
    }
}
impl Eq for Node {}
impl PartialOrd for Node {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Node {
    fn cmp(&self, o: &Self) -> Ordering {
        self.ub.partial_cmp(&o.ub).unwrap_or(Ordering::Equal)
    }
}

/// What the search found.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// Certified lower bound of the maximum (a value attained at `best`).
    pub lb: Float,
    /// The point where `lb` is attained.
    pub best: Float,
    /// Upper bound of |err| over the box.
    pub ub: Float,
    /// Boxes evaluated.
    pub boxes: usize,
    /// The boxes that may still hold a maximiser, merged where they touch.
    pub argmax: Vec<Interval>,
    /// True when the tolerance was met (false: box limit or precision limit reached).
    pub converged: bool,
}

struct Search<'a, F: Fn(&Float) -> bool> {
    f: &'a dyn ErrorJets,
    inside: F,
    lb: Float,
    best: Float,
    boxes: usize,
}

impl<F: Fn(&Float) -> bool> Search<'_, F> {
    fn offer(&mut self, x: &Float, e: &Interval) {
        if (self.inside)(x) {
            let v = e.abs_lo();
            if v > self.lb {
                self.lb = v;
                self.best = x.clone();
            }
        }
    }

    fn node(&mut self, l: Float, r: Float, el: Interval, er: Interval) -> Node {
        let b = self.f.bits();
        self.boxes += 1;
        let m = Float::with_val(b, &l + &r) / 2u32;
        let splittable = l < m && m < r;
        let (pj, bj) = match (
            self.f.jets(&Interval::point(b, &m), 2),
            self.f.jets(&Interval::from_floats(l.clone(), r.clone()), 3),
        ) {
            (Some(p), Some(j)) => (p, j),
            (p, _) => {
                // no enclosure on this box: unbounded until split
                let em = p
                    .map(|p| p.c[0].clone())
                    .unwrap_or_else(|| self.f.value(&m));
                self.offer(&m, &em);
                let ub = Float::with_val(b, rug::float::Special::Infinity);
                let (monotone, splittable) = (false, splittable);
                return Node {
                    ub,
                    l,
                    r,
                    m,
                    el,
                    er,
                    em,
                    splittable,
                    monotone,
                };
            }
        };
        let em = pj.c[0].clone();
        self.offer(&m, &em);
        let xb = Interval::from_floats(l.clone(), r.clone());
        let monotone = !bj.c[1].contains_zero();
        let ub = if monotone {
            let (a, c) = (el.abs_hi(), er.abs_hi());
            if a >= c {
                a
            } else {
                c
            }
        } else {
            let dx = xb.sub(&Interval::point(b, &m));
            let mv = em.add(&bj.c[1].mul(&dx));
            let so = em.add(&pj.c[1].mul(&dx)).add(&bj.c[2].mul(&dx.sqr()));
            mv.intersect(&so).unwrap_or(mv).abs_hi()
        };
        Node {
            ub,
            l,
            r,
            m,
            el,
            er,
            em,
            splittable,
            monotone,
        }
    }
}

/// Encloses max |err| over [l, r] by branch and bound.
///
/// `inside(x)` says whether x belongs to the range (only such points give lower
/// bounds); `lb0`/`best0` is a lower bound already known; `tol` the relative
/// tolerance: stop once ub − lb ≤ tol·lb; `max_boxes` caps the work.
pub fn search(
    f: &dyn ErrorJets,
    l: Float,
    r: Float,
    inside: impl Fn(&Float) -> bool,
    lb0: (Float, Float),
    tol: &Float,
    max_boxes: usize,
) -> Outcome {
    let b = f.bits();
    let (el, er) = (f.value(&l), f.value(&r));
    let mut s = Search {
        f,
        inside,
        lb: lb0.0,
        best: lb0.1,
        boxes: 0,
    };
    s.offer(&l, &el);
    s.offer(&r, &er);
    let mut heap = BinaryHeap::new();
    let root = s.node(l, r, el, er);
    heap.push(root);
    let converged = loop {
        let top = match heap.peek() {
            Some(t) => t,
            None => break false,
        };
        let gap = Float::with_val_round(b, &top.ub - &s.lb, Round::Up).0;
        let allowed = Float::with_val_round(b, tol * &s.lb, Round::Down).0;
        if s.lb.cmp0() == Some(Ordering::Greater) && gap <= allowed {
            break true;
        }
        // a split adds two boxes: never pass the cap
        if !top.splittable || s.boxes + 2 > max_boxes {
            break false;
        }
        let n = heap.pop().expect("peeked");
        for (l, r, el, er) in [
            (n.l, n.m.clone(), n.el, n.em.clone()),
            (n.m, n.r, n.em, n.er),
        ] {
            let c = s.node(l, r, el, er);
            if c.ub >= s.lb {
                heap.push(c);
            }
        }
    };
    let ub = heap
        .peek()
        .map(|t| t.ub.clone())
        .unwrap_or_else(|| s.lb.clone());
    // a maximiser in a monotone box whose ends lie in the range is one of its
    // ends, with |err| ≥ lb there
    let mut keep: Vec<(Float, Float)> = Vec::new();
    for n in heap.into_iter().filter(|n| n.ub >= s.lb) {
        if n.monotone && (s.inside)(&n.l) && (s.inside)(&n.r) {
            if n.el.abs_hi() >= s.lb {
                keep.push((n.l.clone(), n.l.clone()));
            }
            if n.er.abs_hi() >= s.lb {
                keep.push((n.r.clone(), n.r));
            }
        } else {
            keep.push((n.l, n.r));
        }
    }
    keep.sort_by(|x, y| x.0.partial_cmp(&y.0).unwrap_or(Ordering::Equal));
    let mut argmax: Vec<Interval> = Vec::new();
    for (l, r) in keep {
        match argmax.last_mut() {
            Some(last) if last.hi >= l => {
                if r > last.hi {
                    last.hi = r;
                }
            }
            _ => argmax.push(Interval::from_floats(l, r)),
        }
    }
    Outcome {
        lb: s.lb,
        best: s.best,
        ub,
        boxes: s.boxes,
        argmax,
        converged,
    }
}
