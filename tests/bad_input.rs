//! The table of bad inputs (issue 8): every row runs the real binary and
//! expects exit code 2, nothing on stdout, and exactly one line on stderr
//! that names the offending flag (or argument) — never a panic.

mod common;

/// 300 nested parentheses (the parser stops at 200 levels instead of overflowing its stack).
const DEEP: &str = concat!(
    "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((",
    "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((",
    "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((",
    "1"
);

/// (arguments, text the one stderr line must contain)
const ROWS: &[(&[&str], &str)] = &[
    // coeffs
    (&["coeffs", "nosuch"], "FUNC"),
    (&["coeffs", "tanh", "--order", "0"], "--order"),
    (&["coeffs", "tanh", "--order", "-3"], "--order"),
    (&["coeffs", "tanh", "--order", "99999999999"], "--order"),
    (&["coeffs", "tanh", "--order", "1e3x"], "--order"),
    (&["coeffs", "tanh", "--order", "2.5"], "--order"),
    (&["coeffs", "tanh", "--order", "1e7"], "--order"),
    (&["coeffs", "tanh", "--order", ""], "--order"),
    (&["coeffs", "tanh", "--order", "900000"], "--order"),
    (&["coeffs", "tanh", "--digits", "0"], "--digits"),
    (&["coeffs", "tanh", "--digits", "1e9"], "--digits"),
    (&["coeffs", "tanh", "--digits", "-5"], "--digits"),
    (&["coeffs", "tanh", "--digits", "20000"], "--digits"),
    (&["coeffs", "tanh", "--format", "yaml"], "--format"),
    (&["coeffs", "tanh", "--format", ""], "--format"),
    (&["coeffs", "gelu-tanh", "--a", "nan"], "--a"),
    (&["coeffs", "gelu-tanh", "--a", "inf"], "--a"),
    (&["coeffs", "gelu-tanh", "--a", ""], "--a"),
    (&["coeffs", "gelu-tanh", "--a", "1/0"], "--a"),
    (&["coeffs", "gelu-tanh", "--a", "0.04x"], "--a"),
    (&["coeffs", "gelu-tanh", "--a", "((((1"], "--a"),
    (&["coeffs", "tanh", "--a", "0.5"], "--a"),
    (&["coeffs", "gelu-sigmoid", "--k", "k+1"], "--k"),
    (&["coeffs", "gelu-tanh", "--k", "1.702"], "--k"),
    (&["coeffs", "gelu-tanh", "--order", "5000"], "--order"),
    (&["coeffs"], "FUNC"),
    (&["coeffs", "tanh", "--bogus"], "--bogus"),
    // report
    (&["report", "--order", "2"], "--order"),
    (&["report", "--order", "1000"], "--order"),
    (&["report", "--digits", "0"], "--digits"),
    (&["report", "--format", "pdf"], "--format"),
    (
        &["report", "--out", "/proc/taylormatch-cannot-write"],
        "--out",
    ),
    (&["report", "--out", "/nonexistent-dir/sub/out"], "--out"),
    (&["report", "--out", ""], "--out"),
    (&["report", "--out", "/etc/hostname"], "--out"),
    // derive
    (&["derive", "--order", "0"], "--order"),
    (&["derive", "--order", "2001"], "--order"),
    (&["derive", "--order", "801", "--format", "html"], "--order"),
    (&["derive", "--order", "ten"], "--order"),
    (&["derive", "--outer", "relu"], "--outer"),
    (&["derive", "--digits", "0"], "--digits"),
    (&["derive", "--format", "xml"], "--format"),
    // verify
    (&["verify", "--a", "nan"], "--a"),
    (&["verify", "--a", "2/(3π"], "--a"),
    (&["verify", "--a", "a+1"], "--a"),
    (&["verify", "--digits", "100000"], "--digits"),
    // explain
    (&["explain", "zero"], "zero"),
    (&["explain", "1/0"], "1/0"),
    // bound
    (&["bound", "--a", "nan"], "--a"),
    (&["bound", "--a", "0.044715", "--range", "3:-3"], "--range"),
    (&["bound", "--a", "0.044715", "--range", "a:b"], "--range"),
    (&["bound", "--a", "0.044715", "--range", "1:1"], "--range"),
    (&["bound", "--a", "0.044715", "--range", ""], "--range"),
    (&["bound", "--model", "sigmoid", "--k", "-1"], "--k"),
    (&["bound", "--model", "sigmoid", "--k", "0"], "--k"),
    (&["bound", "--model", "relu", "--a", "0.04"], "--model"),
    (
        &["bound", "--a", "0.044715", "--target", "silu"],
        "--target",
    ),
    (&["bound", "--a", "0.044715", "--bits", "8"], "--bits"),
    (
        &["bound", "--a", "0.044715", "--tolerance", "0"],
        "--tolerance",
    ),
    (
        &["bound", "--a", "0.044715", "--tolerance", "inf"],
        "--tolerance",
    ),
    (&["bound", "--residual", "-1"], "--residual"),
    (&["bound", "--residual", "100"], "--residual"),
    (&["bound", "--a", "0.044715", "--digits", "0"], "--digits"),
    // parser limits: deep nesting, a huge power of a sum, an absurd exponent
    (&["coeffs", "gelu-tanh", "--a", DEEP], "--a"),
    (&["coeffs", "gelu-tanh", "--a", "(1+pi)^1000"], "--a"),
    (&["coeffs", "gelu-tanh", "--a", "1e999999"], "--a"),
    (&["verify", "--a", DEEP], "--a"),
    // issue 11, numbers read as something else: each flag × each misreading
    (&["verify", "--a", "0.044 715"], "--a"),
    (&["coeffs", "gelu-tanh", "--a", "0.044 715"], "--a"),
    (&["bound", "--a", "0.044 715"], "--a"),
    (&["coeffs", "gelu-sigmoid", "--k", "1.7 02"], "--k"),
    (&["fit", "--range", "2 3"], "--range"),
    (&["fit", "--range", "1:2 3"], "--range"),
    (&["bound", "--a", "0.044715", "--range", "2 3:4"], "--range"),
    (&["fit", "--step", "0.00 1"], "--step"),
    (
        &["bound", "--a", "0.044715", "--tolerance", "1e-1 2"],
        "--tolerance",
    ),
    (&["bound", "--residual", "0.5 1"], "--residual"),
    (&["explain", "0.044 715"], "0.044 715"),
    (&["verify", "--a", "0x1p3"], "--a"),
    (&["coeffs", "gelu-tanh", "--a", "0x1p3"], "--a"),
    (&["bound", "--a", "0x1p3"], "--a"),
    (&["fit", "--range", "0x1p3"], "--range"),
    (
        &["bound", "--a", "0.044715", "--range", "0x1p3:9"],
        "--range",
    ),
    (
        &["bound", "--a", "0.044715", "--tolerance", "0x1p-3"],
        "--tolerance",
    ),
    (&["fit", "--step", "0x1p-3"], "--step"),
    (&["explain", "0x1p3"], "0x1p3"),
    // a free symbol that would cancel is refused, by name, before simplification
    (&["verify", "--a", "a - a"], "\"a\""),
    (&["bound", "--a", "0.044715 + b - b"], "\"b\""),
    (&["coeffs", "gelu-sigmoid", "--k", "k - k + 1"], "\"k\""),
    (&["fit", "--range", "t - t + 1"], "\"t\""),
    (
        &["bound", "--a", "0.044715", "--tolerance", "0*t + 1e-3"],
        "\"t\"",
    ),
    (&["verify", "--a", "x1p3"], "\"x1p3\""),
    (&["verify", "--a", "0.04x"], "--a"),
    (&["verify", "--a", "tanh(1)"], "--a"),
    // values without an exact form
    (&["verify", "--a", "1/(1+π)"], "--a"),
    (&["verify", "--a", "sqrt(3)"], "--a"),
    (&["bound", "--a", "0.044715", "--range", "π:4"], "--range"),
    // integer flags: one parser, the flag named with its range
    (&["report", "--order", "-5"], "--order"),
    (&["report", "--order", "1e9"], "--order"),
    (&["coeffs", "tanh", "--order", "5 0"], "--order"),
    (&["coeffs", "tanh", "--digits", "1 0"], "--digits"),
    (&["fit", "--points", "1 0"], "--points"),
    (&["fit", "--points", "2.5"], "--points"),
    (&["fit", "--points", "-3"], "--points"),
    (&["bound", "--a", "0.044715", "--bits", "1 28"], "--bits"),
    (&["bound", "--a", "0.044715", "--bits", "0x80"], "--bits"),
    (&["derive", "--order", "-1"], "--order"),
    // enumerated values: one rule (case-insensitive), unknown ones named
    (&["fit", "--target", "silu"], "--target"),
    (&["fit", "--criterion", "maximin"], "--criterion"),
    (&["fit", "--model", "relu"], "--model"),
    (&["coeffs", "TANHH"], "FUNC"),
    // parse work: refused at once with a clear message
    (&["verify", "--a", "(a+b+c+d+f+g+h+i)^64"], "--a"),
    (&["verify", "--a", "((1+π)^64)^64"], "--a"),
    (&["coeffs", "gelu-tanh", "--a", "(1e10000)^10000"], "--a"),
    // top level
    (&["nosuchcommand"], "nosuchcommand"),
];

#[test]
fn every_bad_input_is_a_clear_one_line_error_with_exit_2() {
    let failures: Vec<String> = ROWS
        .iter()
        .filter_map(|(args, flag)| common::bad_input_failure(args, flag))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        ROWS.len(),
        failures.join("\n")
    );
}
