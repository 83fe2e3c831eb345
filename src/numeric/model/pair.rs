//! The one approximation model: a pair of expressions (approximation, target)
//! with named parameters, and its error e(x) = approx − target (or the relative
//! error (approx − target)/target) evaluated as a point, an interval, a jet or
//! with parameter derivatives.
//!
//! Today's families are named entries of this type: the erf-level
//! approximant M(x) of erf(x/√2) (tanh(√(2/π)(x + a x³)), 2σ(kx) − 1,
//! tanh(c1 x + c3 x³)) lifted to a [`Level`]. With a level, `approx` and
//! `target` are the erf-level pair (M(x), erf(x/√2)) and the error is formed
//! as the weight times their difference (the last column), which keeps the
//! interval and jet enclosures as tight as the error itself rather than as
//! loose as the two large terms it is the difference of:
//!
//! | level | approximation    | target     | error          |
//! |-------|------------------|------------|----------------|
//! | erf   | M(x)             | erf(x/√2)  | e(x)           |
//! | Φ     | (1 + M(x))/2     | Φ(x)       | e(x)/2         |
//! | GELU  | x(1 + M(x))/2    | GELU(x)    | x·e(x)/2       |

use super::dual::{Dual2, DualDomain};
use super::eval::{Compiled, EvalResult};
use super::family::int;
use super::family::{Family, Level};
use super::ifuncs_eval::IntervalDomain;
use super::jet_eval::JetDomain;
use super::point::PointDomain;
use crate::error::{Error, Result};
use crate::expr::Expr;
use crate::numeric::interval::jet::Jet;
use crate::numeric::interval::Interval;
use rug::{Float, Rational};

/// An approximation, its target, the level they are lifted to (if any: then
/// `approx`, `target` are the erf-level pair) and the parameters in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub approx: Expr,
    pub target: Expr,
    pub level: Option<Level>,
    pub params: Vec<String>,
}

impl Model {
    /// A model from two expressions; every parameter they use must be in
    /// `params`, and the approximation must depend on each listed one.
    pub fn new(approx: Expr, target: Expr, params: Vec<String>) -> Result<Model> {
        let used = approx.params();
        for q in target.params().iter().chain(&used) {
            if !params.contains(q) {
                return Err(Error::input(format!(
                    "parameter {q} has no value (list it, e.g. {q}=0.5)"
                )));
            }
        }
        if let Some(q) = params.iter().find(|q| !used.contains(q)) {
            return Err(Error::input(format!(
                "the model {approx} does not depend on the parameter {q}"
            )));
        }
        Ok(Model {
            approx,
            target,
            level: None,
            params,
        })
    }

    /// One of today's families at a level.
    pub fn family(f: Family, level: Level) -> Model {
        let (m, params) = f.approximant();
        Model::lifted(m, params, level)
    }

    /// An erf-level approximant M of erf(x/√2) with parameters `params`, at `level`.
    pub fn lifted(m: Expr, params: Vec<String>, level: Level) -> Model {
        Model {
            target: Level::Erf.lift(m.clone()).1,
            approx: m,
            level: Some(level),
            params,
        }
    }

    /// The two functions compared: (approx, target), lifted to the level.
    pub fn pair(&self) -> (Expr, Expr) {
        match self.level {
            Some(l) => l.lift(self.approx.clone()),
            None => (self.approx.clone(), self.target.clone()),
        }
    }

    /// e = approx − target, or (approx − target)/target when `relative`.
    /// With a level: e = w·(M − erf(x/√2)) with w = 1, ½, x/2 (erf, Φ, GELU).
    pub fn error_expr(&self, relative: bool) -> Expr {
        let d = self.approx.clone() - self.target.clone();
        let d = match self.level {
            None | Some(Level::Erf) => d,
            Some(Level::Phi) => d / int(2),
            Some(Level::Gelu) => Expr::X * d / int(2),
        };
        if relative {
            d / self.pair().1
        } else {
            d
        }
    }

    /// The error compiled at `bits` with the parameters' exact values (in `params` order).
    pub fn at(&self, bits: u32, values: &[Rational], relative: bool) -> Result<ModelEval> {
        if values.len() != self.params.len() {
            return Err(Error::input(format!(
                "the model has {} parameters ({}), {} values given",
                self.params.len(),
                self.params.join(", "),
                values.len()
            )));
        }
        Ok(ModelEval {
            bits,
            err: Compiled::new(&self.error_expr(relative), &self.params)?,
            points: values.iter().map(|v| Float::with_val(bits, v)).collect(),
            boxes: values
                .iter()
                .map(|v| Interval::from_rational(bits, v))
                .collect(),
        })
    }
}

impl Model {
    /// The error compiled at `bits` with each parameter given by an outward
    /// enclosure (values that are not rational, e.g. 2/(3π) − 1/6, enter this
    /// way); point and dual evaluation use the midpoints.
    pub fn at_enclosed(
        &self,
        bits: u32,
        boxes: Vec<Interval>,
        relative: bool,
    ) -> Result<ModelEval> {
        if boxes.len() != self.params.len() {
            return Err(Error::input(format!(
                "the model has {} parameters ({}), {} values given",
                self.params.len(),
                self.params.join(", "),
                boxes.len()
            )));
        }
        Ok(ModelEval {
            bits,
            err: Compiled::new(&self.error_expr(relative), &self.params)?,
            points: boxes.iter().map(|b| b.mid()).collect(),
            boxes,
        })
    }

    /// This model with its level replaced by `level` (an erf-level family drawn at another level).
    pub fn at_level(&self, level: Level) -> Model {
        Model {
            level: Some(level),
            ..self.clone()
        }
    }

    /// Whether this is `family` (at any level).
    pub fn is_family(&self, family: Family) -> bool {
        self.level.is_some() && self.approx == family.approximant().0
    }
}

/// A model's error ready to evaluate at `bits`.
#[derive(Debug, Clone)]
pub struct ModelEval {
    pub bits: u32,
    pub err: Compiled,
    /// The parameter values rounded to `bits` (point and dual evaluation).
    pub points: Vec<Float>,
    /// The exact parameter values enclosed outward (interval and jet evaluation).
    pub boxes: Vec<Interval>,
}

impl ModelEval {
    /// e(x) at `bits` (an estimate, rounded at every step).
    pub fn point(&self, x: &Float) -> EvalResult<Float> {
        self.err.eval(&PointDomain {
            bits: self.bits,
            x: x.clone(),
            params: self.points.clone(),
        })
    }

    /// An enclosure of e over the box X.
    pub fn interval(&self, x: &Interval) -> EvalResult<Interval> {
        self.err.eval(&IntervalDomain {
            bits: self.bits,
            x: x.clone(),
            params: self.boxes.clone(),
        })
    }

    /// The Taylor jet of e at base X: c_k ⊇ e⁽ᵏ⁾(X)/k!.
    pub fn jet(&self, x: &Interval, order: usize) -> EvalResult<Jet> {
        self.err.eval(&JetDomain::new(
            self.bits,
            order,
            x.clone(),
            self.boxes.clone(),
        ))
    }

    /// e(x) with gradient and Hessian in the parameters (and x, last, when `seed_x`),
    /// the parameters at the floats `params`.
    pub fn dual(&self, x: &Float, params: &[Float], seed_x: bool) -> EvalResult<Dual2> {
        self.err.eval(&DualDomain {
            bits: self.bits,
            x: x.clone(),
            params: params.to_vec(),
            seed_x,
            hessian: true,
        })
    }

    /// e(x) with its gradient in the parameters only (no Hessian: `h` empty).
    pub fn dual1(&self, x: &Float, params: &[Float]) -> EvalResult<Dual2> {
        self.err.eval(&DualDomain {
            bits: self.bits,
            x: x.clone(),
            params: params.to_vec(),
            seed_x: false,
            hessian: false,
        })
    }
}
