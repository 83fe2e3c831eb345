//! Typed errors and their exit codes.
//!
//! * [`Error::Input`]: the user asked for something we refuse (bad flag value,
//!   unknown name, a precondition of a series operation). Exit code 2.
//! * [`Error::Verification`]: a checked claim does not hold. Exit code 1.
//! * [`Error::Io`]: reading or writing failed. Exit code 2 (a closed pipe is
//!   filtered out in `main` and is not an error).

use std::fmt;

/// Everything that can go wrong, as a fact the user can act on.
#[derive(Debug)]
pub enum Error {
    /// Bad input or a violated precondition; the message names the flag or
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
    /// A bad-input error: `Error::input(format!("--order must be at least 1 (got {n})"))`.
    pub fn input(msg: impl Into<String>) -> Self {
        Error::Input(msg.into())
    }

    /// The process exit code this error maps to.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Verification(_) => 1,
            Error::Input(_) | Error::Io(..) => 2,
        }
    }

    /// True when the error is a closed pipe on output (`| head`): not an error for the user.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io(_, e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Input(m) => write!(f, "{m}"),
            Error::Verification(m) => write!(f, "verification failed: {m}"),
            Error::Io(what, e) => write!(f, "{what}: {e}"),
        }
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
