//! The named shorthands of the one [`Model`](super::Model): the erf-level
//! approximant families (`--model tanh|sigmoid|tanh-free`) and the levels
//! they are lifted to (`--target erf|phi|gelu`), each an expression
//! ([`Family::approximant`], [`Level::lift`]); [`Model::family`](super::Model::family)
//! builds the model from them.
//!
//! | family      | M(x)                        | parameters |
//! |-------------|-----------------------------|------------|
//! | `tanh`      | tanh(√(2/π)(x + a x³))      | a          |
//! | `sigmoid`   | 2σ(kx) − 1 = tanh(kx/2)     | k          |
//! | `tanh-free` | tanh(c1 x + c3 x³)          | c1, c3     |

use crate::coeff::Q;
use crate::error::{Error, Input, Result};
use crate::expr::{Expr, Func};

/// Which pair of functions an erf-type approximant is compared at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Level {
    /// M(x) vs erf(x/√2).
    Erf,
    /// (1 + M)/2 vs Φ(x).
    Phi,
    /// x(1 + M)/2 vs GELU(x) = x·Φ(x).
    Gelu,
}

/// Today's model families, as expressions of the erf level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// tanh(√(2/π)(x + a x³)).
    Tanh,
    /// 2σ(kx) − 1.
    Sigmoid,
    /// tanh(c1 x + c3 x³).
    TanhFree,
}

pub(super) fn int(n: i64) -> Expr {
    Expr::Num(Q::from_integer(n.into()))
}
fn p(name: &str) -> Expr {
    Expr::Param(name.into())
}
pub(super) fn half() -> Q {
    Q::new(1.into(), 2.into())
}

impl Family {
    /// The erf-level approximant M(x) and its parameter names.
    pub fn approximant(self) -> (Expr, Vec<String>) {
        let x3 = || Expr::pow(Expr::X, Q::from_integer(3.into()));
        match self {
            Family::Tanh => {
                let s = Expr::pow(int(2) / Expr::Pi, half());
                let u = s * (Expr::X + p("a") * x3());
                (Expr::call(Func::Tanh, u), vec!["a".into()])
            }
            Family::Sigmoid => (
                int(2) * Expr::call(Func::Sigmoid, p("k") * Expr::X) - int(1),
                vec!["k".into()],
            ),
            Family::TanhFree => (
                Expr::call(Func::Tanh, p("c1") * Expr::X + p("c3") * x3()),
                vec!["c1".into(), "c3".into()],
            ),
        }
    }
}

impl Level {
    /// (approximation, target) at this level for the erf-level approximant `m`.
    pub fn lift(self, m: Expr) -> (Expr, Expr) {
        let one_plus = || (int(1) + m.clone()) / int(2);
        match self {
            Level::Erf => (
                m.clone(),
                Expr::call(Func::Erf, Expr::X / Expr::pow(int(2), half())),
            ),
            Level::Phi => (one_plus(), Expr::call(Func::Phi, Expr::X)),
            Level::Gelu => (Expr::X * one_plus(), Expr::call(Func::Gelu, Expr::X)),
        }
    }
}

impl Family {
    /// Parses `--model`.
    pub fn parse(s: &str) -> Result<Family> {
        match s.trim().to_ascii_lowercase().as_str() {
            "tanh" => Ok(Family::Tanh),
            "sigmoid" => Ok(Family::Sigmoid),
            "tanh-free" => Ok(Family::TanhFree),
            _ => Err(Error::input(crate::msg!(
                Input::Model,
                " must be tanh, sigmoid or tanh-free (got {s:?})"
            ))),
        }
    }

    /// CLI name.
    pub fn name(self) -> &'static str {
        match self {
            Family::Tanh => "tanh",
            Family::Sigmoid => "sigmoid",
            Family::TanhFree => "tanh-free",
        }
    }

    /// The formula of M(x).
    pub fn formula(self) -> &'static str {
        match self {
            Family::Tanh => "tanh(√(2/π)(x + a x³))",
            Family::Sigmoid => "2σ(kx) − 1 = tanh(kx/2)",
            Family::TanhFree => "tanh(c1 x + c3 x³)",
        }
    }

    /// Parameter names (as in [`Family::approximant`]).
    pub fn param_names(self) -> &'static [&'static str] {
        match self {
            Family::Tanh => &["a"],
            Family::Sigmoid => &["k"],
            Family::TanhFree => &["c1", "c3"],
        }
    }

    /// Number of parameters (1 or 2).
    pub fn n_params(self) -> usize {
        self.param_names().len()
    }
}

impl Level {
    /// Parses `erf`, `phi`, `gelu`.
    pub fn parse(s: &str) -> Result<Level> {
        match s.trim().to_ascii_lowercase().as_str() {
            "erf" => Ok(Level::Erf),
            "phi" => Ok(Level::Phi),
            "gelu" => Ok(Level::Gelu),
            _ => Err(Error::input(crate::msg!(
                Input::Target,
                " must be one of erf, phi, gelu (got {s:?})"
            ))),
        }
    }

    /// Parses the fits' `--target`: `erf` or `gelu` (the Φ-level fit is the erf-level one).
    pub fn parse_erf_gelu(s: &str) -> Result<Level> {
        match s.trim().to_ascii_lowercase().as_str() {
            "erf" => Ok(Level::Erf),
            "gelu" => Ok(Level::Gelu),
            _ => Err(Error::input(crate::msg!(
                Input::Target,
                " must be erf or gelu (got {s:?})"
            ))),
        }
    }

    /// The name used in output.
    pub fn name(self) -> &'static str {
        match self {
            Level::Erf => "erf",
            Level::Phi => "phi",
            Level::Gelu => "gelu",
        }
    }

    /// What is compared, in words (M the erf-level approximant).
    pub fn describe(self) -> &'static str {
        match self {
            Level::Erf => "m(x) against erf(x/√2) (Φ level ×2)",
            Level::Phi => "(1 + m(x))/2 against Φ(x)",
            Level::Gelu => "½x(1 + m(x)) against GELU(x) = ½x(1 + erf(x/√2))",
        }
    }
}
