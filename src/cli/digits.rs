//! Readable decimals in text output: when `--digits` is not given and the
//! command's default is the common [`DEFAULT_DIGITS`] (30; bound and
//! catalogue keep their own), text output is computed at
//! [`READABLE_DIGITS`] (12) digits, so every decimal, prose included, is
//! correctly rounded at the digits shown. JSON, CSV and the other formats
//! keep the default; `--digits D` is always obeyed.

use super::args::DEFAULT_DIGITS;
use crate::report::render::width::READABLE_DIGITS;
use crate::report::Format;
use std::ffi::OsString;

/// The arguments again with `--digits=12` right after the command's name,
/// or `None` when nothing changes (another format, `--digits` given, a
/// command without `--digits` or with its own default).
pub(super) fn readable_digits(m: &clap::ArgMatches, args: &[OsString]) -> Option<Vec<OsString>> {
    use clap::parser::ValueSource;
    let (name, sub) = m.subcommand()?;
    let has = |id: &str| sub.ids().any(|i| i.as_str() == id);
    if !has("digits")
        || !has("format")
        || sub.value_source("digits") != Some(ValueSource::DefaultValue)
    {
        return None;
    }
    let text = matches!(sub.try_get_one::<Format>("format"), Ok(Some(Format::Text)));
    let common = matches!(sub.try_get_one::<u32>("digits"), Ok(Some(&d)) if d == DEFAULT_DIGITS);
    if !(text && common) {
        return None;
    }
    let at = args.iter().skip(1).position(|a| a.to_str() == Some(name))? + 2;
    let mut again = args.to_vec();
    again.insert(at, format!("--digits={READABLE_DIGITS}").into());
    Some(again)
}
