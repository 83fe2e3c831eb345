//! [`Value`]: one cell or field of a document, shown by each renderer in
//! its own way (exact values in the notation asked for, typed decimals at
//! the digits text shows, structures as JSON structures).

use super::Dec;
use crate::coeff::{Notation, Sym};

/// One cell or field value. `Num` is a decimal string that JSON emits as a
/// string too (it may carry more digits than an f64 holds).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A small integer (a power, a count).
    Int(i64),
    /// Free text or an exact form.
    Str(String),
    /// A decimal number, already rounded (to nearest or outward, as its
    /// producer says), kept as text and always shown as it is.
    Num(String),
    /// A decimal correctly rounded to nearest at its own digits, which the
    /// text renderer may show with fewer (`--digits` not given): [`Dec`].
    Dec(Dec),
    /// The significant digits the document's typed decimals ([`Value::Dec`])
    /// are computed to (`--digits`): JSON an integer, every format the count,
    /// and a renderer that shows the decimals with fewer digits says so too,
    /// `30 (shown rounded to 12)` ([`Value::text_with`]).
    ///
    /// ```
    /// use taylormatch::coeff::Notation;
    /// use taylormatch::report::Value;
    /// let d = Value::Digits(30);
    /// assert_eq!(d.text_with(Notation::Unicode, Some(12)), "30 (shown rounded to 12)");
    /// assert_eq!(d.text_with(Notation::Unicode, None), "30");
    /// assert_eq!(d.json(), serde_json::json!(30));
    /// ```
    Digits(u32),
    /// A pass/fail flag.
    Bool(bool),
    /// An exact value: text, markdown, CSV and JSON print it in the
    /// notation of the render options (`--notation`), LaTeX as math from its structure
    /// (`\frac`, `a_{3}`), HTML as MathML.
    Exact(Sym),
    /// A value that JSON carries as a structure (an interval `[lo, hi]`, a
    /// sign ±1, a list) and people read as `text`.
    Structured {
        text: String,
        json: serde_json::Value,
    },
    /// No value (e.g. "not applicable").
    Null,
}

impl Value {
    /// The text shown in tables, exact values in Unicode notation, decimals
    /// at their own digits.
    pub fn text(&self) -> String {
        self.text_with(Notation::Unicode, None)
    }

    /// The text shown, exact values in notation `n`, typed decimals
    /// ([`Value::Dec`]) rounded to `digits` when that is fewer than theirs,
    /// and a digit count ([`Value::Digits`]) saying so.
    pub fn text_with(&self, n: Notation, digits: Option<u32>) -> String {
        match self {
            Value::Int(i) => i.to_string(),
            Value::Digits(d) => match digits {
                Some(k) if k < *d => format!("{d} (shown rounded to {k})"),
                _ => d.to_string(),
            },
            Value::Str(s) | Value::Num(s) => s.clone(),
            Value::Dec(d) => match digits {
                Some(k) => d.shown(k),
                None => d.text().to_string(),
            },
            Value::Exact(x) => n.format(x),
            Value::Structured { text, .. } => text.clone(),
            Value::Bool(true) => "holds".into(),
            Value::Bool(false) => "FAILS".into(),
            Value::Null => "–".into(),
        }
    }

    /// The JSON form, exact values in Unicode notation.
    pub fn json(&self) -> serde_json::Value {
        self.json_with(Notation::Unicode)
    }

    /// The JSON form, exact values as strings in notation `n`, decimals as
    /// strings at their full digits.
    pub fn json_with(&self, n: Notation) -> serde_json::Value {
        match self {
            Value::Int(i) => serde_json::Value::from(*i),
            Value::Digits(d) => serde_json::Value::from(*d),
            Value::Str(s) | Value::Num(s) => serde_json::Value::from(s.as_str()),
            Value::Dec(d) => serde_json::Value::from(d.text()),
            Value::Bool(b) => serde_json::Value::from(*b),
            Value::Exact(x) => serde_json::Value::from(n.format(x)),
            Value::Structured { json, .. } => json.clone(),
            Value::Null => serde_json::Value::Null,
        }
    }

    /// A decimal correctly rounded to nearest ([`Dec::rounded`]).
    pub fn dec(text: impl Into<String>) -> Value {
        Value::Dec(Dec::rounded(text))
    }
}

impl Value {
    /// This value as shown at `digits` significant digits: a typed decimal
    /// ([`Value::Dec`]) with more digits is rounded and a larger digit count
    /// ([`Value::Digits`]) becomes the text saying so (as [`Value::text_with`]
    /// shows them); anything else is itself.
    pub fn at_digits(&self, digits: u32) -> Value {
        match self {
            Value::Dec(d) if d.digits() > digits => {
                let s = d.shown(digits);
                if s == d.text() {
                    self.clone()
                } else {
                    Value::Dec(Dec::rounded(s))
                }
            }
            Value::Digits(d) if *d > digits => {
                Value::Str(self.text_with(Notation::Unicode, Some(digits)))
            }
            v => v.clone(),
        }
    }

    /// A sign ±1: shown as `+`/`−`, JSON `1`/`-1`.
    pub fn sign(positive: bool) -> Value {
        Value::Structured {
            text: if positive { "+" } else { "−" }.into(),
            json: serde_json::Value::from(if positive { 1 } else { -1 }),
        }
    }

    /// A closed interval: shown `[lo, hi]`, JSON `[lo, hi]` (two strings).
    pub fn interval(lo: String, hi: String) -> Value {
        Value::Structured {
            text: format!("[{lo}, {hi}]"),
            json: serde_json::json!([lo, hi]),
        }
    }

    /// Closed intervals `[lo, hi]` (decimal strings): shown as
    /// `[lo, hi] ∪ …` (each with `±` in front when `symmetric`, i.e. the
    /// interval and its mirror image), JSON an array of `[lo, hi]` pairs.
    pub fn intervals(ivs: &[(String, String)], symmetric: bool) -> Value {
        let pm = if symmetric { "±" } else { "" };
        Value::Structured {
            text: ivs
                .iter()
                .map(|(a, b)| format!("{pm}[{a}, {b}]"))
                .collect::<Vec<_>>()
                .join(" ∪ "),
            json: serde_json::Value::Array(
                ivs.iter().map(|(a, b)| serde_json::json!([a, b])).collect(),
            ),
        }
    }
}

impl From<&Sym> for Value {
    fn from(s: &Sym) -> Self {
        Value::Exact(s.clone())
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Str(s.to_string())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Str(s)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}
impl From<usize> for Value {
    fn from(i: usize) -> Self {
        Value::Int(i as i64)
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}
