//! The layer rule (docs/design.md): a module imports only from its own layer
//! or the layers below it.
//!
//!   base (error, parallel) ← exact (coeff, series, expr, functions)
//!   ← numeric (numeric, matching) ← presentation (report, output, progress)
//!   ← app and CLI (commands, cli, help, main) and the library front door (prelude)
//!
//! `commands` and `cli` share a layer for now: each command's clap `Args`
//! struct lives beside the command (docs/design.md, "The layer rule").

use std::path::Path;

/// The layer of a top-level module; higher numbers sit above.
fn layer(module: &str) -> Option<u8> {
    Some(match module {
        "error" | "parallel" => 0,
        "coeff" | "series" | "expr" | "functions" => 1,
        "numeric" | "matching" => 2,
        "report" | "output" | "progress" => 3,
        "commands" | "cli" | "help" | "main" | "prelude" => 4,
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
