//! The layer rule (docs/design.md): a module imports only from its own layer
//! or the layers below it.
//!
//!   base (error, parallel) ← exact (coeff, series, expr, functions)
//!   ← numeric (numeric, matching) ← presentation (report, output, progress)
//!   ← app (commands) and the library front door (jobs, prelude)
//!   ← CLI (cli, help, main): clap, flag names, messages naming them
//!
//! A second scan keeps flag names in the CLI layer: no module below it may
//! hold a string literal that names a flag (`"--bits must be …"`), except the
//! prose listed in [`CITES_THE_COMMAND_LINE`].

use std::path::Path;

/// The layer of a top-level module; higher numbers sit above.
fn layer(module: &str) -> Option<u8> {
    Some(match module {
        // `crate::msg!` is the error module's message macro (exported at the root)
        "error" | "msg" | "parallel" => 0,
        "coeff" | "series" | "expr" | "functions" => 1,
        "numeric" | "matching" => 2,
        "report" | "output" | "progress" => 3,
        "commands" | "jobs" | "prelude" => 4,
        "cli" | "help" | "main" => 5,
        _ => return None,
    })
}

fn rs_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rs_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Every `crate::MODULE` named in code (comments, doc links included, are skipped).
fn crate_refs(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(p) = rest.find("crate::") {
            let tail = &rest[p + 7..];
            let name: String = tail
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            out.push((i + 1, name));
            rest = tail;
        }
    }
    out
}

#[test]
fn layers_import_only_downward() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rs_files(&src, &mut files);
    let mut bad = Vec::new();
    let mut checked = 0;
    for f in &files {
        let rel = f.strip_prefix(&src).unwrap();
        let top = rel.iter().next().unwrap().to_string_lossy();
        let module = top.trim_end_matches(".rs");
        if module == "lib" {
            continue;
        }
        let own = layer(module)
            .unwrap_or_else(|| panic!("src/{} has no layer in tests/layers.rs", rel.display()));
        let text = std::fs::read_to_string(f).unwrap();
        for (line, target) in crate_refs(&text) {
            checked += 1;
            match layer(&target) {
                Some(l) if l > own => bad.push(format!(
                    "src/{}:{line}: {module} (layer {own}) imports crate::{target} (layer {l})",
                    rel.display()
                )),
                Some(_) => {}
                // re-exports at the crate root (crate::Error, crate::Result) are base
                None if target == "Error" || target == "Result" => {}
                None => bad.push(format!(
                    "src/{}:{line}: crate::{target} has no layer in tests/layers.rs",
                    rel.display()
                )),
            }
        }
    }
    assert!(
        checked > 100,
        "only {checked} references found: is the scan broken?"
    );
    assert!(bad.is_empty(), "upward imports:\n{}", bad.join("\n"));
}

#[test]
fn the_scan_sees_references() {
    let refs =
        crate_refs("use crate::numeric::Enclose; // crate::cli\nlet x = crate::coeff::q(1, 2);");
    let names: Vec<&str> = refs.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(names, ["numeric", "coeff"]);
}

/// The string literals of Rust source `text` (code only: comments and
/// everything from the first `#[cfg(test)]` on are skipped), with the line
/// each starts on.
fn string_literals(text: &str) -> Vec<(usize, String)> {
    let text = text.split("#[cfg(test)]").next().unwrap_or("");
    let c: Vec<char> = text.chars().collect();
    let (mut i, mut line, mut out) = (0, 1, Vec::new());
    while i < c.len() {
        match c[i] {
            '\n' => line += 1,
            '/' if c.get(i + 1) == Some(&'/') => {
                while i < c.len() && c[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            // a char literal ('"', '\'', '\\') or a lifetime ('a)
            '\'' => {
                if c.get(i + 1) == Some(&'\\') {
                    i += 4;
                    while i < c.len() && c[i - 1] != '\'' {
                        i += 1;
                    }
                    continue;
                }
                if c.get(i + 2) == Some(&'\'') {
                    i += 3;
                    continue;
                }
            }
            'r' if (c.get(i + 1) == Some(&'"') || c.get(i + 1) == Some(&'#'))
                && (i == 0 || !(c[i - 1].is_alphanumeric() || c[i - 1] == '_')) =>
            {
                let hashes = c[i + 1..].iter().take_while(|&&h| h == '#').count();
                if c.get(i + 1 + hashes) == Some(&'"') {
                    let start = (line, i + 2 + hashes);
                    let mut j = start.1;
                    let close: String = std::iter::once('"')
                        .chain(std::iter::repeat_n('#', hashes))
                        .collect();
                    while j < c.len() && !c[j..].iter().take(close.len()).copied().eq(close.chars())
                    {
                        j += 1;
                    }
                    let s: String = c[start.1..j.min(c.len())].iter().collect();
                    line += s.matches('\n').count();
                    out.push((start.0, s));
                    i = j + close.len();
                    continue;
                }
            }
            '"' => {
                let (start, mut j) = (line, i + 1);
                let mut s = String::new();
                while j < c.len() && c[j] != '"' {
                    if c[j] == '\\' {
                        s.push(c[j]);
                        j += 1;
                    }
                    if let Some(&ch) = c.get(j) {
                        s.push(ch);
                    }
                    j += 1;
                }
                line += s.matches('\n').count();
                out.push((start, s));
                i = j + 1;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The flags (`--name`) a string literal names.
fn flags_in(s: &str) -> Vec<String> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    for i in 0..b.len().saturating_sub(2) {
        let starts = i == 0 || !(b[i - 1] == b'-' || b[i - 1].is_ascii_alphanumeric());
        if starts && b[i] == b'-' && b[i + 1] == b'-' && b[i + 2].is_ascii_lowercase() {
            let name: String = s[i..]
                .chars()
                .take_while(|c| *c == '-' || c.is_ascii_alphanumeric())
                .collect();
            out.push(name);
        }
    }
    out
}

/// String literals below the CLI that may name a flag, as (file, start of
/// the literal), each for a reason:
///
/// * document prose that cites a command line for the reader to run
///   (`Run with --out DIR …`, `taylormatch fit --criterion minimax --digits D`),
///   the parameter column of `coeffs --list`, a step's explanation in
///   `verify`: text of the output, not a message about an input;
/// * the expression lexer's refusal of `∞` outside a range: its raw
///   `ParseError::msg` is checked by tests/expr_parse.rs.
///
/// Every other message names inputs through `crate::error::Input`
/// (`msg!(Input::Bits, " must be …")`); the CLI shows the flag.
const CITES_THE_COMMAND_LINE: &[(&str, &str)] = &[
    ("commands/bound/document.rs", "; near 0 the error is about"),
    (
        "commands/bound/document.rs",
        "Verification failed: the relative tolerance",
    ),
    (
        "commands/bound/expr_bound.rs",
        "The relative tolerance was not met",
    ),
    ("commands/catalogue.rs", "Each maximum error is certified"),
    (
        "commands/derive_expr.rs",
        " real root(s); give a root with --set",
    ),
    ("commands/explain.rs", ": more digits of them come from"),
    ("commands/report.rs", "Digits: exact values are shown"),
    ("commands/report/sections.rs", "Run with --out DIR"),
    ("expr/atom.rs", "{name:?} is not a number (an infinite end"),
    ("expr/lex.rs", "'∞' is not a number"),
    ("functions/mod.rs", "--a: symbolic (default)"),
    ("functions/mod.rs", "--k: symbolic (default)"),
    (
        "matching/model_verify/steps.rs",
        "With the parameters symbolic",
    ),
    (
        "report/render/latex/mod.rs",
        "{} (text plot omitted in LaTeX",
    ),
];

#[test]
fn flag_literals() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rs_files(&src, &mut files);
    files.sort();
    let mut bad = Vec::new();
    let mut used = vec![false; CITES_THE_COMMAND_LINE.len()];
    for f in &files {
        let rel = f.strip_prefix(&src).unwrap();
        let top = rel.iter().next().unwrap().to_string_lossy();
        let module = top.trim_end_matches(".rs");
        if module == "lib" || layer(module).is_some_and(|l| l >= 5) {
            continue;
        }
        let rel = rel.display().to_string();
        let text = std::fs::read_to_string(f).unwrap();
        for (line, s) in string_literals(&text) {
            if flags_in(&s).is_empty() {
                continue;
            }
            let allowed = CITES_THE_COMMAND_LINE
                .iter()
                .position(|(p, start)| *p == rel && s.starts_with(start));
            match allowed {
                Some(k) => used[k] = true,
                None => bad.push(format!(
                    "src/{rel}:{line}: names {:?} in {s:?} (name it as a typed input: msg!(Input::Bits, \" must be …\"))",
                    flags_in(&s)
                )),
            }
        }
    }
    for (k, (p, start)) in CITES_THE_COMMAND_LINE.iter().enumerate() {
        if !used[k] {
            bad.push(format!(
                "src/{p}: no literal starts with {start:?}: drop it from CITES_THE_COMMAND_LINE"
            ));
        }
    }
    assert!(
        bad.is_empty(),
        "flag names below the CLI layer:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_literal_scan_sees_flags() {
    let text = "let a = \"--bits must be\"; // \"--no\"\nlet c = '\"'; let b = r#\"x --k y\"#;\nlet d = \"a-- b\";";
    let lits = string_literals(text);
    let flagged: Vec<_> = lits.iter().flat_map(|(_, s)| flags_in(s)).collect();
    assert_eq!(flagged, ["--bits", "--k"]);
    assert_eq!(lits.iter().map(|(l, _)| *l).collect::<Vec<_>>(), [1, 2, 3]);
}
