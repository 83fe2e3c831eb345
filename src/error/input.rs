//! The inputs of the library's operations, as names an error can carry.
//!
//! ```
//! use taylormatch::error::Input;
//! assert_eq!(Input::ExactOnly.name(), "exact_only");
//! assert!(Input::ALL.contains(&Input::Bits));
//! ```

/// An input of the library's operations, as a fact a caller can match on;
/// the command line shows each as its flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Input {
    /// The x³ constant a of the tanh model.
    A,
    /// MPFR working precision of a certified bound.
    Bits,
    /// The fit criterion (grid, l2, minimax).
    Criterion,
    /// Significant digits of printed decimals.
    Digits,
    /// Exact coefficients only, no decimals.
    ExactOnly,
    /// The float64 reproduction of a grid fit.
    Float64,
    /// Run past a size estimate.
    Force,
    /// The output format.
    Format,
    /// The constant k of the sigmoid model.
    K,
    /// The list of functions.
    List,
    /// The approximation (a family name or an expression).
    Model,
    /// The notation of exact values.
    Notation,
    /// The series order (number of coefficients).
    Order,
    /// The output directory.
    Out,
    /// The outer function of a derivation.
    Outer,
    /// Free parameters of a fit with start values.
    Params,
    /// Number of grid points.
    Points,
    /// The interval of a fit or bound.
    Range,
    /// A relative (instead of absolute) error.
    Relative,
    /// The radius of the residual enclosure.
    Residual,
    /// Parameter values of an expression.
    Set,
    /// Parameters to solve for.
    Solve,
    /// Grid step.
    Step,
    /// The function approximated (a level name or an expression).
    Target,
    /// Relative tolerance of a certified bound.
    Tolerance,
    /// Weight function of a fit.
    Weight,
}

impl Input {
    /// Every input.
    pub const ALL: [Input; 26] = [
        Input::A,
        Input::Bits,
        Input::Criterion,
        Input::Digits,
        Input::ExactOnly,
        Input::Float64,
        Input::Force,
        Input::Format,
        Input::K,
        Input::List,
        Input::Model,
        Input::Notation,
        Input::Order,
        Input::Out,
        Input::Outer,
        Input::Params,
        Input::Points,
        Input::Range,
        Input::Relative,
        Input::Residual,
        Input::Set,
        Input::Solve,
        Input::Step,
        Input::Target,
        Input::Tolerance,
        Input::Weight,
    ];

    /// The input's name in library messages (`bits`, `exact_only`).
    pub const fn name(self) -> &'static str {
        match self {
            Input::A => "a",
            Input::Bits => "bits",
            Input::Criterion => "criterion",
            Input::Digits => "digits",
            Input::ExactOnly => "exact_only",
            Input::Float64 => "float64",
            Input::Force => "force",
            Input::Format => "format",
            Input::K => "k",
            Input::List => "list",
            Input::Model => "model",
            Input::Notation => "notation",
            Input::Order => "order",
            Input::Out => "out",
            Input::Outer => "outer",
            Input::Params => "params",
            Input::Points => "points",
            Input::Range => "range",
            Input::Relative => "relative",
            Input::Residual => "residual",
            Input::Set => "set",
            Input::Solve => "solve",
            Input::Step => "step",
            Input::Target => "target",
            Input::Tolerance => "tolerance",
            Input::Weight => "weight",
        }
    }
}
