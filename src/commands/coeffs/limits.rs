//! The checks `coeffs` makes before any coefficient is computed: the order
//! allowed with a symbolic parameter, and the size bound of the output
//! ([`super::estimated_bytes`]) against [`super::MAX_BYTES`]; each refusal
//! names the flags that lift it. The size message is shared with the
//! expressions' ([`would_write`]).
//!
//! ```
//! use taylormatch::commands::coeffs::{run, CoeffsOptions};
//! use taylormatch::commands::OutputOptions;
//! let o = CoeffsOptions {
//!     func: Some("tanh".into()),
//!     set: None,
//!     order: 900_000,
//!     a: None,
//!     k: None,
//!     exact_only: false,
//!     nonzero: false,
//!     list: false,
//!     force: false,
//!     out: OutputOptions::default(),
//! };
//! // refused before any work, naming the order and the flag that lifts it
//! // (the library names flags by their field; the CLI as --order, --force)
//! let e = run(&o).unwrap_err().to_string();
//! assert!(e.starts_with("order 900000 would write up to"), "{e}");
//! assert!(e.contains("pass force"), "{e}");
//! ```

use super::{estimated_bytes, human, CoeffsOptions, MAX_BYTES, MAX_SYMBOLIC_ORDER};
use crate::error::{Error, Input, Message, Result};
use crate::functions::Params;
use crate::report::Format;

/// "`--order N` would write up to SIZE of WHAT in `--format F`".
pub fn would_write(order: usize, est: u128, what: &str, format: Format) -> Message {
    crate::msg!(
        Input::Order,
        " ",
        order.to_string(),
        " would write up to ",
        human(est).to_string(),
        " of {what} in ",
        Input::Format,
        " ",
        format.name().to_string()
    )
}

/// Refuses (without `--force`) a symbolic parameter above
/// [`MAX_SYMBOLIC_ORDER`] and an output whose size bound exceeds [`MAX_BYTES`].
pub fn check_cost(func: &str, params: &Params, a: &CoeffsOptions) -> Result<()> {
    let symbolic = (func == "gelu-tanh" && params.a.is_none())
        || (func == "gelu-sigmoid" && params.k.is_none());
    if symbolic && a.order > MAX_SYMBOLIC_ORDER && !a.force {
        return Err(Error::input(crate::msg!(Input::Order, " ", a.order.to_string(), " with a symbolic parameter exceeds the limit {MAX_SYMBOLIC_ORDER} (coefficients are polynomials in it); give a value with ", Input::A, "/", Input::K, ", or pass ", Input::Force)));
    }
    let digits = (!a.exact_only).then_some(a.out.digits);
    let est = estimated_bytes(func, params, a.order, digits, a.out.format);
    if est > MAX_BYTES && !a.force {
        return Err(Error::input(crate::msg!(
            would_write(a.order, est, &format!("{func} coefficients"), a.out.format),
            " (an upper bound; limit ",
            human(MAX_BYTES).to_string(),
            "); lower ",
            Input::Order,
            if a.exact_only {
                crate::msg!()
            } else {
                crate::msg!(", add ", Input::ExactOnly)
            },
            ", or pass ",
            Input::Force,
            " to run it anyway"
        )));
    }
    Ok(())
}
