//! The layer rule (docs/design.md): a module imports only from its own layer
//! or the layers below it.
//!
//!   base (error, parallel) ← exact (coeff, series, expr, functions)
//!   ← numeric (numeric, matching) ← presentation (report, output, progress)
//!   ← app (commands) and the library front door (prelude)
//!   ← CLI (cli, help, main): clap, flag names, messages naming them
//!
//! A second scan keeps flag names in the CLI layer: no module below it may
//! hold a string literal that starts with a flag (`"--bits …"`), see
//! [`flag_literals`].

use std::path::Path;

/// The layer of a top-level module; higher numbers sit above.
fn layer(module: &str) -> Option<u8> {
    Some(match module {
        "error" | "parallel" => 0,
        "coeff" | "series" | "expr" | "functions" => 1,
        "numeric" | "matching" => 2,
        "report" | "output" | "progress" => 3,
        "commands" | "prelude" => 4,
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

/// Modules below the CLI that still name flags in their messages, with how
/// many string literals do (a ratchet: the count may only fall, and a file
/// whose count reaches 0 must leave the list). The goal is an empty list: a
/// lower layer reports a typed fact (`Error::Invalid` with an `Input`), the
/// CLI names the flag.
const FLAG_LITERALS_PENDING: &[(&str, usize)] = &[
    ("coeff/notation.rs", 1),
    ("commands/bound.rs", 14),
    ("commands/bound/document.rs", 2),
    ("commands/bound/expr_bound.rs", 15),
    ("commands/catalogue.rs", 3),
    ("commands/coeffs.rs", 8),
    ("commands/coeffs_expr.rs", 7),
    ("commands/compare.rs", 1),
    ("commands/derive.rs", 12),
    ("commands/derive_expr.rs", 7),
    ("commands/explain.rs", 1),
    ("commands/fit.rs", 12),
    ("commands/fit/expr_fit.rs", 16),
    ("commands/report.rs", 1),
    ("commands/report/sections.rs", 3),
    ("commands/verify.rs", 1),
    ("commands/verify_expr.rs", 7),
    ("expr/atom.rs", 1),
    ("expr/lex.rs", 1),
    ("expr/series/cost.rs", 1),
    ("functions/mod.rs", 3),
    ("matching/mod.rs", 1),
    ("matching/model.rs", 8),
    ("matching/model_verify.rs", 5),
    ("numeric/bound.rs", 5),
    ("numeric/errfn.rs", 4),
    ("numeric/fit.rs", 3),
    ("numeric/grid.rs", 6),
    ("numeric/gridfit.rs", 1),
    ("numeric/l2fit.rs", 4),
    ("numeric/lsq.rs", 1),
    ("numeric/model/fit.rs", 1),
    ("numeric/model/l2.rs", 8),
    ("numeric/models.rs", 2),
    ("numeric/residual.rs", 3),
    ("output.rs", 5),
    ("report/render/csv.rs", 1),
    ("report/render/latex/mod.rs", 1),
    ("report/render/mod.rs", 2),
];

#[test]
fn flag_literals() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rs_files(&src, &mut files);
    files.sort();
    let mut bad = Vec::new();
    let mut seen = std::collections::BTreeMap::new();
    for f in &files {
        let rel = f.strip_prefix(&src).unwrap();
        let top = rel.iter().next().unwrap().to_string_lossy();
        let module = top.trim_end_matches(".rs");
        if module == "lib" || layer(module).is_some_and(|l| l >= 5) {
            continue;
        }
        let rel = rel.display().to_string();
        let text = std::fs::read_to_string(f).unwrap();
        let hits: Vec<_> = string_literals(&text)
            .into_iter()
            .filter(|(_, s)| !flags_in(s).is_empty())
            .collect();
        if hits.is_empty() {
            continue;
        }
        seen.insert(rel.clone(), hits.len());
        match FLAG_LITERALS_PENDING.iter().find(|(p, _)| *p == rel) {
            Some(&(_, n)) if hits.len() <= n => {}
            Some(&(_, n)) => bad.push(format!(
                "src/{rel}: {} string literals name a flag (at most {n} pending): first at line {}",
                hits.len(),
                hits[0].0
            )),
            None => {
                for (line, s) in &hits {
                    bad.push(format!(
                        "src/{rel}:{line}: names {:?} in {s:?}",
                        flags_in(s)
                    ));
                }
            }
        }
    }
    for (p, n) in FLAG_LITERALS_PENDING {
        let now = seen.get(*p).copied().unwrap_or(0);
        if now < *n {
            bad.push(format!(
                "src/{p}: {now} flag literals left, the list says {n}: lower the count (drop the entry at 0)"
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
