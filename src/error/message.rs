//! An error message as typed parts: text and [`Input`]s.
//!
//! A message that names an input keeps the input as a value, not as text:
//! the library shows it by its name ([`Input::name`], `bits`), the command
//! line as the flag the user typed (`--bits`). Nothing is parsed back out of
//! a string. Build one with [`crate::msg!`]: each string literal is a
//! `format!` string (inline captures such as `{n}` work), every other
//! argument is a part ([`Input`], `String`, `&str` or another [`Message`]).
//!
//! ```
//! use taylormatch::error::{Input, Message, Part};
//! let n = 0;
//! let m: Message = taylormatch::msg!(Input::Order, " must be at least 1 (got {n})");
//! assert_eq!(m.first_input(), Some(Input::Order));
//! assert_eq!(m.parts()[1], Part::Text(" must be at least 1 (got 0)".into()));
//! assert_eq!(m.library_text(), "order must be at least 1 (got 0)");
//! assert_eq!(m.render(&|i| format!("--{}", i.name())), "--order must be at least 1 (got 0)");
//! ```

use super::Input;

/// One part of a [`Message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Literal text.
    Text(String),
    /// A reference to an input, shown by whoever renders the message.
    Input(Input),
}

/// A message: a sequence of text and input references.
///
/// It has no `Display` on purpose: formatting it into a `String` would drop
/// the inputs' identity; [`Message::render`] says how inputs are shown.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Message(Vec<Part>);

impl Message {
    /// Appends `part` (text, an input, or every part of another message);
    /// adjacent texts are joined.
    pub fn push(&mut self, part: impl Into<Message>) {
        for p in part.into().0 {
            match (self.0.last_mut(), p) {
                (Some(Part::Text(a)), Part::Text(b)) => a.push_str(&b),
                (_, Part::Text(b)) if b.is_empty() => {}
                (_, p) => self.0.push(p),
            }
        }
    }

    /// The parts in order.
    pub fn parts(&self) -> &[Part] {
        &self.0
    }

    /// Every input the message names, in order.
    pub fn inputs(&self) -> impl Iterator<Item = Input> + '_ {
        self.0.iter().filter_map(|p| match p {
            Part::Input(i) => Some(*i),
            Part::Text(_) => None,
        })
    }

    /// The first input the message names (the one an error refuses).
    pub fn first_input(&self) -> Option<Input> {
        self.inputs().next()
    }

    /// The text with each input shown as `name(input)`.
    pub fn render(&self, name: &dyn Fn(Input) -> String) -> String {
        self.0
            .iter()
            .map(|p| match p {
                Part::Text(t) => t.clone(),
                Part::Input(i) => name(*i),
            })
            .collect()
    }

    /// The text with each input shown by its library name (`bits`).
    pub fn library_text(&self) -> String {
        self.render(&|i| i.name().to_string())
    }

    /// True when the message starts with the text `prefix` (before any input).
    pub fn starts_with(&self, prefix: &str) -> bool {
        matches!(self.0.first(), Some(Part::Text(t)) if t.starts_with(prefix))
    }
}

impl From<Input> for Message {
    fn from(i: Input) -> Self {
        Message(vec![Part::Input(i)])
    }
}

impl From<String> for Message {
    fn from(s: String) -> Self {
        Message(vec![Part::Text(s)])
    }
}

impl From<&str> for Message {
    fn from(s: &str) -> Self {
        Message(vec![Part::Text(s.to_string())])
    }
}

impl From<&Message> for Message {
    fn from(m: &Message) -> Self {
        m.clone()
    }
}

/// A [`Message`](crate::error::Message) from parts: a string literal is a
/// `format!` string (inline captures work), any other expression is a part
/// (`Input`, `String`, `&str`, `Message`).
///
/// ```
/// use taylormatch::error::Input;
/// let got = "x";
/// let m = taylormatch::msg!(Input::Range, " must be A:B (got {got:?}); see ", Input::Points);
/// assert_eq!(m.library_text(), r#"range must be A:B (got "x"); see points"#);
/// ```
#[macro_export]
macro_rules! msg {
    () => {
        $crate::error::Message::default()
    };
    (@push $m:ident;) => {};
    (@push $m:ident; $s:literal $(, $($rest:tt)*)?) => {
        $m.push(::std::fmt::format(format_args!($s)));
        $crate::msg!(@push $m; $($($rest)*)?);
    };
    (@push $m:ident; $e:expr $(, $($rest:tt)*)?) => {
        $m.push($e);
        $crate::msg!(@push $m; $($($rest)*)?);
    };
    ($($part:tt)*) => {{
        let mut m = $crate::error::Message::default();
        $crate::msg!(@push m; $($part)*);
        m
    }};
}
