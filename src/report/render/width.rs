//! The line width of text output: `COLUMNS` when it is a positive integer,
//! else the width of the terminal on stdout, else [`DEFAULT_WIDTH`] (a pipe
//! or a file); never below [`MIN_WIDTH`]. Every line of text output fits it.
//!
//! ```
//! use taylormatch::report::render::width::display_width;
//! // columns on a terminal, not bytes or chars: "√π" is 2 wide, a CJK character 2
//! assert_eq!(display_width("√π"), 2);
//! assert_eq!(display_width("中"), 2);
//! ```

/// Width when stdout is not a terminal and `COLUMNS` is unset.
pub const DEFAULT_WIDTH: usize = 100;
/// Narrowest layout; a smaller `COLUMNS` or terminal is widened to this.
pub const MIN_WIDTH: usize = 40;
/// Significant digits of decimals in text output when `--digits` is not
/// given (and the command's default is larger); JSON and the other formats
/// keep the command's default.
pub const READABLE_DIGITS: u32 = 12;

/// The line width of text output: `COLUMNS`, the terminal, or 100.
pub fn text_width() -> usize {
    let from_env = std::env::var("COLUMNS")
        .ok()
        .and_then(|s| s.trim().parse::<usize>().ok())
        .filter(|&w| w > 0);
    let w = from_env
        .or_else(|| terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| w.0 as usize))
        .unwrap_or(DEFAULT_WIDTH);
    w.max(MIN_WIDTH)
}

/// Display width of a string (as prettytable measures it).
pub fn display_width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}
