//! Every public module has a runnable example on its front page: a
//! `//! ```` block (plain or `rust`, not `text`/`ignore`/`no_run`) in the
//! module's file. The modules are found from `src/lib.rs` by following each
//! `pub mod NAME;` to `NAME.rs` or `NAME/mod.rs`.

use std::path::{Path, PathBuf};

/// The file of module `name` declared in `parent` (a `lib.rs`/`mod.rs` holds
/// its children beside it, `x.rs` in `x/`).
fn child_file(parent: &Path, name: &str) -> Option<PathBuf> {
    let file = parent.file_name()?.to_str()?;
    let dir = if file == "lib.rs" || file == "mod.rs" {
        parent.parent()?.to_path_buf()
    } else {
        parent.with_extension("")
    };
    [
        dir.join(format!("{name}.rs")),
        dir.join(name).join("mod.rs"),
    ]
    .into_iter()
    .find(|p| p.exists())
}

/// True when the module's own docs (`//!` lines) open a runnable example:
/// a fence that opens a block (not the one closing it) with no info string
/// or `rust`.
fn has_example(text: &str) -> bool {
    let mut open = false;
    for l in text.lines() {
        let Some(doc) = l.trim_start().strip_prefix("//!") else {
            continue;
        };
        let Some(info) = doc.trim().strip_prefix("```") else {
            continue;
        };
        if !open && matches!(info.trim(), "" | "rust") {
            return true;
        }
        open = !open;
    }
    false
}

/// (module path, file) of every public module under `file`.
fn public_modules(file: &Path, path: &str, out: &mut Vec<(String, PathBuf)>) {
    let text = std::fs::read_to_string(file).unwrap();
    out.push((path.to_string(), file.to_path_buf()));
    for line in text.lines() {
        let Some(name) = line
            .trim()
            .strip_prefix("pub mod ")
            .and_then(|r| r.strip_suffix(';'))
        else {
            continue;
        };
        let child = child_file(file, name)
            .unwrap_or_else(|| panic!("{}: no file for `pub mod {name};`", file.display()));
        public_modules(&child, &format!("{path}::{name}"), out);
    }
}

#[test]
fn every_public_module_has_an_example() {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs");
    let mut modules = Vec::new();
    public_modules(&lib, "taylormatch", &mut modules);
    assert!(modules.len() > 50, "found only {} modules", modules.len());
    let missing: Vec<String> = modules
        .iter()
        .filter(|(_, f)| !has_example(&std::fs::read_to_string(f).unwrap()))
        .map(|(m, f)| format!("{m} ({})", f.display()))
        .collect();
    assert!(
        missing.is_empty(),
        "public modules without a runnable example on their front page (`//! ```):\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_example_scan_tells_runnable_from_text() {
    assert!(has_example(
        "//! Intro.\n//!\n//! ```\n//! assert!(true);\n//! ```\n"
    ));
    assert!(has_example("//! ```rust\n//! ```"));
    assert!(!has_example("//! ```text\n//! a table\n//! ```\n"));
    assert!(has_example(
        "//! ```text\n//! a table\n//! ```\n//! ```\n//! run();\n//! ```"
    ));
    assert!(!has_example(
        "/// ```\n/// on an item, not the module\n/// ```\nfn f() {}"
    ));
}
