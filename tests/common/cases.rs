//! Command lines (fast settings) that several test crates run: the
//! expression forms of `bound`, `derive`, `fit` and `verify`.

/// `bound` of quick-GELU's form x·σ(k·x), k = 1.702, against GELU on [−8, 8].
pub const BOUND_EXPR: &[&str] = &[
    "bound",
    "--model",
    "x*sigmoid(k*x)",
    "--target",
    "gelu(x)",
    "--set",
    "k=1.702",
    "--range",
    "-8:8",
];

/// `derive` matching tanh(c₁x + c₃x³) to erf(x/√2) through O(x⁴).
pub const DERIVE_SOLVE: &[&str] = &[
    "derive",
    "--model",
    "tanh(c1*x + c3*x^3)",
    "--solve",
    "c1,c3",
    "--target",
    "erf(x/sqrt(2))",
    "--order",
    "4",
];

/// `fit` of tanh(c₁x + c₃x³) to erf(x/√2) from (0.8, 0.035) (add the
/// criterion and the range): the expression form of `--model tanh-free`.
pub const FIT_TANH_FREE: &[&str] = &[
    "fit",
    "--model",
    "tanh(c1*x + c3*x^3)",
    "--target",
    "erf(x/sqrt(2))",
    "--params",
    "c1=0.8,c3=0.035",
];

/// `verify` of x·σ(1.702x) against GELU (exit 1: 1.702 is not the matched k).
pub const VERIFY_EXPR: &[&str] = &[
    "verify",
    "--model",
    "x*sigmoid(1.702*x)",
    "--target",
    "gelu(x)",
];
