//! Parse errors with a position, rendered as the input with a caret under it.

use crate::error::{Error, Message};

/// A parse error at a character position of the input.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    /// Index (in characters) of the offending character; the input length for "at the end".
    pub pos: usize,
    /// What is wrong and what was expected.
    pub msg: String,
}

/// Characters of input shown around the caret.
const WINDOW: usize = 60;

impl ParseError {
    /// An error at `pos`.
    pub fn new(pos: usize, msg: impl Into<String>) -> ParseError {
        ParseError {
            pos,
            msg: msg.into(),
        }
    }

    /// The three-line message: `WHAT: cannot read "TEXT": MSG (character N)`,
    /// then the input (a window of it when long) and a caret under the position.
    ///
    /// ```text
    /// --a: cannot read "0.044 715": two numbers side by side (character 7)
    ///   0.044 715
    ///         ^
    /// ```
    pub fn render(&self, what: impl Into<Message> + Copy, src: &str) -> Message {
        let chars: Vec<char> = src.chars().collect();
        let pos = self.pos.min(chars.len());
        let from = pos.saturating_sub(WINDOW / 2);
        let to = (from + WINDOW).min(chars.len());
        let mut shown: String = chars[from..to]
            .iter()
            .map(|&c| if c.is_control() { ' ' } else { c })
            .collect();
        let mut col = pos - from;
        if from > 0 {
            shown.insert(0, '…');
            col += 1;
        }
        if to < chars.len() {
            shown.push('…');
        }
        let quoted = if chars.len() > WINDOW {
            format!(
                "{:?}… ({} characters)",
                chars[..WINDOW].iter().collect::<String>(),
                chars.len()
            )
        } else {
            format!("{src:?}")
        };
        let (msg, at, pad) = (&self.msg, pos + 1, " ".repeat(col));
        crate::msg!(
            what,
            ": cannot read {quoted}: {msg} (character {at})\n  {shown}\n  {pad}^"
        )
    }

    /// The rendered error as an input error (exit 2).
    pub fn into_error(self, what: impl Into<Message> + Copy, src: &str) -> Error {
        Error::input(self.render(what, src))
    }
}
