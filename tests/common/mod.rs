//! Helpers shared by the tests that run the real binary.
#![allow(dead_code)] // each test crate uses a different subset

pub mod latex;
pub mod schema;

use std::process::Command;

/// Runs `taylormatch ARGS`: (exit code, stdout, stderr). Text is laid out
/// 1000 columns wide (`COLUMNS`) so that content checks do not depend on
/// where lines wrap; tests/text_width.rs checks the layout at 80 and 100.
pub fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_taylormatch"))
        .args(args)
        .env("COLUMNS", "1000")
        .output()
        .expect("run taylormatch");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The bad-input contract: exit 2, nothing on stdout, one stderr line (under
/// 400 characters) that contains `needle` (the flag), no panic. A parse error
/// may add two lines: the input (under 70 characters) and a caret under the
/// offending character. `None` when it holds, else what went wrong.
pub fn bad_input_failure(args: &[&str], needle: &str) -> Option<String> {
    let (code, out, err) = run(args);
    let lines: Vec<&str> = err.lines().collect();
    let caret = lines.len() == 3
        && lines[1].chars().count() < 70
        && lines[2].trim() == "^"
        && lines[2].starts_with("  ");
    let ok = code == 2
        && out.is_empty()
        && (lines.len() == 1 || caret)
        && lines[0].contains(needle)
        && lines[0].chars().count() < 400
        && !err.contains("panicked");
    (!ok).then(|| {
        format!(
            "{args:?}: code {code}, stdout {} bytes, stderr {err:?} (expected one line naming {needle})",
            out.len()
        )
    })
}

/// Asserts [`bad_input_failure`] finds nothing.
pub fn assert_bad_input(args: &[&str], needle: &str) {
    if let Some(f) = bad_input_failure(args, needle) {
        panic!("{f}");
    }
}
