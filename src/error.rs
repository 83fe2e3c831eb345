//! Typed errors and their exit codes.
//!
//! * [`Error::Invalid`]: a named [`Input`] was refused (bad value, a value
//!   out of its range, inputs that do not go together). Its [`Message`] says
//!   what is allowed and holds each input it names as a value: a library
//!   caller sees the input's name (`bits`), the command line the flag the
//!   user typed (`--bits`). Exit 2.
//! * [`Error::OutOfRange`]: an integer input outside its allowed range, with
//!   the range. Exit 2.
//! * [`Error::Input`]: a violated precondition of an operation that no named
//!   input carries (`inverse: the constant term must be a unit`). Exit 2.
//! * [`Error::Verification`]: a checked claim does not hold. Exit code 1.
//! * [`Error::Io`]: reading or writing failed. Exit code 2 (a closed pipe is
//!   filtered out in `main` and is not an error).
//!
//! A message names an input as one of its parts:
//! `msg!(Input::Tolerance, " must be > 0")` ([`crate::msg!`]).
//! [`Error::input`] files such a message under the first input it names.
//!
//! ```
//! use taylormatch::error::{Error, Input};
//! let e = Error::input(taylormatch::msg!(Input::Tolerance, " must be > 0 (got -1)"));
//! assert!(matches!(e, Error::Invalid { input: Input::Tolerance, .. }));
//! assert_eq!(e.to_string(), "tolerance must be > 0 (got -1)");
//! // the command line names the flag instead
//! assert_eq!(e.render(&|i| format!("--{}", i.name())), "--tolerance must be > 0 (got -1)");
//! ```

use std::fmt;

mod input;
mod message;

pub use input::Input;
pub use message::{Message, Part};

/// Everything that can go wrong, as a fact the user can act on.
#[derive(Debug)]
pub enum Error {
    /// A named input was refused; the message says what is allowed.
    Invalid {
        /// The input refused (the first one the message names).
        input: Input,
        /// What is wrong and what is allowed, naming inputs as values.
        message: Message,
    },
    /// An integer input outside `lo..=hi`.
    OutOfRange {
        /// The input refused.
        input: Input,
        /// Smallest value allowed.
        lo: u64,
        /// Largest value allowed.
        hi: u64,
        /// The text given.
        got: String,
        /// Why it was refused (`not an integer`, …); empty when the value is
        /// an integer outside the range, which the message states.
        why: String,
    },
    /// A violated precondition of an operation; the message names the
    /// operation and what is allowed.
    Input(String),
    /// A verification step failed; the message says which.
    Verification(String),
    /// An I/O error, with what was being done.
    Io(String, std::io::Error),
}

/// Shorthand used throughout the crate.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// A bad-input error: `Error::input(msg!(Input::Order, " must be at least 1 (got {n})"))`.
    /// A message that names an input is an [`Error::Invalid`] of the first
    /// one; any other is an [`Error::Input`].
    pub fn input(msg: impl Into<Message>) -> Self {
        let message = msg.into();
        match message.first_input() {
            Some(input) => Error::Invalid { input, message },
            None => Error::Input(message.library_text()),
        }
    }

    /// The input this error refuses, when it names one.
    pub fn refused_input(&self) -> Option<Input> {
        match self {
            Error::Invalid { input, .. } | Error::OutOfRange { input, .. } => Some(*input),
            _ => None,
        }
    }

    /// The whole message as parts, for wrapping this error into another
    /// message (`msg!(Input::Model, ": ", e.message())`) or rendering it.
    pub fn message(&self) -> Message {
        match self {
            Error::Invalid { message, .. } => message.clone(),
            Error::OutOfRange {
                input,
                lo,
                hi,
                got,
                why,
            } => {
                // no reason when the range alone says what is wrong
                let why = if why.is_empty() {
                    String::new()
                } else {
                    format!(": {why}")
                };
                crate::msg!(
                    *input,
                    " must be an integer from {lo} to {hi} (got {got:?}){why}"
                )
            }
            Error::Input(m) => Message::from(m.as_str()),
            Error::Verification(m) => crate::msg!("verification failed: {m}"),
            Error::Io(what, e) => crate::msg!("{what}: {e}"),
        }
    }

    /// The message with each input shown as `name(input)` (the command line
    /// passes its flags; `Display` passes [`Input::name`]).
    pub fn render(&self, name: &dyn Fn(Input) -> String) -> String {
        self.message().render(name)
    }

    /// The process exit code this error maps to.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Verification(_) => 1,
            Error::Invalid { .. } | Error::OutOfRange { .. } | Error::Input(_) | Error::Io(..) => 2,
        }
    }

    /// True when the error is a closed pipe on output (`| head`): not an error for the user.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io(_, e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().library_text())
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io("writing output".into(), e)
    }
}

/// Shortens every double-quoted run longer than 60 characters in an error
/// message (`"((((…"…`), so echoing a huge input never floods the terminal.
pub fn shorten_quoted(msg: &str) -> String {
    shorten_quoted_by(msg, '"')
}

/// [`shorten_quoted`] for runs quoted by `q` (clap quotes values with `'`).
pub fn shorten_quoted_by(msg: &str, q: char) -> String {
    const MAX: usize = 60;
    let chars: Vec<char> = msg.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == q {
            // find the closing quote (skipping escaped ones)
            let mut j = i + 1;
            while j < chars.len() && !(chars[j] == q && chars[j - 1] != '\\') {
                j += 1;
            }
            let inner = j.saturating_sub(i + 1);
            if j < chars.len() && inner > MAX {
                out.extend(&chars[i..=i + MAX]);
                out.push_str(&format!("…{q} ({inner} characters)"));
                i = j + 1;
                continue;
            }
            let end = j.min(chars.len() - 1);
            out.extend(&chars[i..=end]);
            i = end + 1;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_quotes_are_cut_and_short_ones_kept() {
        assert_eq!(
            shorten_quoted(r#"--a bad (got "x")"#),
            r#"--a bad (got "x")"#
        );
        let long = format!("--a bad (got \"{}\")", "(".repeat(500));
        let s = shorten_quoted(&long);
        assert!(s.len() < 120, "{s}");
        assert!(s.contains("(500 characters)"));
        assert!(s.starts_with("--a bad (got \"((("));
    }
}
