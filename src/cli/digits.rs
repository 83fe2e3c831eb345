//! Readable decimals in text and LaTeX output: when `--digits` is not given
//! and the command's default is the common [`DEFAULT_DIGITS`] (30; bound and
//! catalogue keep their own), the values are computed at the default as in
//! every other format and the text and LaTeX renderers show typed decimals
//! with [`READABLE_DIGITS`] (12) digits, rounded from the computed decimal
//! (`report::dec`): a terminal and a printed page have room for 12, not for
//! 30 broken over three lines. `--digits D` is always obeyed; JSON, CSV,
//! markdown and HTML carry every computed digit.

use super::args::DEFAULT_DIGITS;
use crate::report::render::width::READABLE_DIGITS;
use crate::report::Format;

/// The digits text and LaTeX output show (`Some(12)`), or `None` when nothing
/// changes (another format, `--digits` given, a command without `--digits`
/// or with its own default).
pub(super) fn readable_digits(m: &clap::ArgMatches) -> Option<u32> {
    use clap::parser::ValueSource;
    let (_, sub) = m.subcommand()?;
    let has = |id: &str| sub.ids().any(|i| i.as_str() == id);
    if !has("digits")
        || !has("format")
        || sub.value_source("digits") != Some(ValueSource::DefaultValue)
    {
        return None;
    }
    let text = matches!(
        sub.try_get_one::<Format>("format"),
        Ok(Some(Format::Text | Format::Latex))
    );
    let common = matches!(sub.try_get_one::<u32>("digits"), Ok(Some(&d)) if d == DEFAULT_DIGITS);
    (text && common).then_some(READABLE_DIGITS)
}
