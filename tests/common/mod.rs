//! Helpers shared by the tests that run the real binary.
#![allow(dead_code)] // each test crate uses a different subset

pub mod cases;
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

/// `args` followed by `extra`.
pub fn with<'a>(args: &[&'a str], extra: &[&'a str]) -> Vec<&'a str> {
    args.iter().chain(extra).copied().collect()
}

/// The stdout of `taylormatch ARGS --format FORMAT`, not empty; the exit code
/// is 0, or 1 for `verify` and `catalogue` (a check that does not hold).
pub fn output(args: &[&str], format: &str) -> String {
    let a = with(args, &["--format", format]);
    let (code, out, err) = run(&a);
    assert!(
        code == 0 || (code == 1 && ["verify", "catalogue"].contains(&args[0])),
        "{a:?}: {code} {err}"
    );
    assert!(!out.trim().is_empty(), "{a:?} printed nothing");
    out
}

/// [`output`] in JSON, parsed.
pub fn json(args: &[&str]) -> serde_json::Value {
    let out = output(args, "json");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}\n{out}"))
}

/// The value of the first text line that starts with `key`: what follows
/// its first `:`, trimmed (empty when there is no such line).
pub fn field(out: &str, key: &str) -> String {
    out.lines()
        .find(|l| l.starts_with(key))
        .and_then(|l| l.split_once(':'))
        .map(|(_, v)| v.trim().to_string())
        .unwrap_or_default()
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
