//! LaTeX shows decimals as text does: rounded to 12 significant digits
//! unless `--digits` is given (a page, like a terminal, has no room for 30
//! digits broken over three lines); HTML and JSON carry every computed digit.
//! a = 2/(3π) − 1/6 = 0.045539924122527114358511684496685816… (sympy, 40 digits).

use std::process::Command;

fn run(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_taylormatch"))
        .args(args)
        .output()
        .expect("the binary runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

const A30: &str = "0.0455399241225271143585116844967";
const A12: &str = "0.0455399241225";

#[test]
fn latex_rounds_to_12_digits_unless_digits_is_given() {
    let latex = run(&["explain", "0.044715", "--format", "latex"]);
    assert!(latex.contains(&format!("${A12}$")), "{latex}");
    assert!(!latex.contains(A30), "{latex}");
    let fragment = run(&[
        "explain",
        "0.044715",
        "--format",
        "latex",
        "--latex-fragment",
    ]);
    assert!(fragment.contains(&format!("${A12}$")) && !fragment.contains(A30));
    // long numbers carry break points every 10 characters
    let asked = run(&["explain", "0.044715", "--format", "latex", "--digits", "30"])
        .replace("\\allowbreak ", "");
    assert!(asked.contains(A30), "{asked}");
    let few = run(&["explain", "0.044715", "--format", "latex", "--digits", "5"]);
    assert!(few.contains("$0.045540$"), "{few}");
}

#[test]
fn html_and_json_keep_every_computed_digit() {
    assert!(run(&["explain", "0.044715", "--format", "html"]).contains(A30));
    assert!(run(&["explain", "0.044715", "--format", "json"]).contains(A30));
}
