//! Checks of LaTeX output: the source (pure Rust) and a pdflatex compile.

/// Checks of the LaTeX source that need no TeX: complete, ASCII, no double
/// superscripts, balanced braces and math shifts.
pub fn check_latex_source(what: &str, tex: &str) {
    assert!(tex.contains("\\documentclass"), "{what}: no preamble");
    assert!(
        tex.trim_end().ends_with("\\end{document}"),
        "{what}: incomplete"
    );
    if let Some((i, c)) = tex.char_indices().find(|(_, c)| !c.is_ascii()) {
        panic!(
            "{what}: non-ASCII {c:?} at {i}: …{}…",
            &tex[i.saturating_sub(40)..i]
        );
    }
    assert!(
        !tex.contains("[U+"),
        "{what}: a character without a LaTeX form"
    );
    let bytes = tex.as_bytes();
    let escaped = |i: usize| i > 0 && bytes[i - 1] == b'\\' && !(i > 1 && bytes[i - 2] == b'\\');
    // open braces (position, opened right after `^`); the last closed group
    let (mut open, mut dollars) = (Vec::new(), 0usize);
    let mut last_close: Option<(usize, bool)> = None;
    let mut depth = 0i64;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'{' if !escaped(i) => open.push(i > 0 && bytes[i - 1] == b'^'),
            b'}' if !escaped(i) => {
                let sup = open
                    .pop()
                    .unwrap_or_else(|| panic!("{what}: unbalanced }} at {i}"));
                last_close = Some((i, sup));
            }
            b'$' if !escaped(i) => dollars += 1,
            // `x^{2}^{n}` is a double superscript
            b'^' if !escaped(i) => assert!(
                last_close != Some((i.wrapping_sub(1), true)),
                "{what}: double superscript near …{}…",
                &tex[i.saturating_sub(30)..i + 1]
            ),
            _ => {}
        }
        depth = open.len() as i64;
    }
    assert_eq!(depth, 0, "{what}: unbalanced braces");
    assert_eq!(dollars % 2, 0, "{what}: unbalanced $");
    assert!(!tex.contains("$$"), "{what}: adjacent math shifts");
}

/// Compiles `tex` with pdflatex in a temporary directory; `None` when pdflatex is missing.
pub fn pdflatex(name: &str, tex: &str) -> Option<Result<(), String>> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("doc.tex"), tex).unwrap();
    let out = std::process::Command::new("pdflatex")
        .args(["-interaction=nonstopmode", "-halt-on-error", "doc.tex"])
        .current_dir(dir.path())
        .output()
        .ok()?;
    let log = String::from_utf8_lossy(&out.stdout);
    Some(
        if out.status.success() && dir.path().join("doc.pdf").exists() {
            Ok(())
        } else {
            let err: String = log
                .lines()
                .skip_while(|l| !l.starts_with('!'))
                .take(8)
                .collect::<Vec<_>>()
                .join("\n");
            Err(format!("{name}: pdflatex failed:\n{err}"))
        },
    )
}

/// Compiles `tex` with pdflatex twice (longtable widths settle on the
/// second run) and returns the log of the second run; `None` when pdflatex
/// is missing.
#[allow(dead_code)]
pub fn pdflatex_log(name: &str, tex: &str) -> Option<Result<String, String>> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("doc.tex"), tex).unwrap();
    let mut last = None;
    for _ in 0..2 {
        let out = std::process::Command::new("pdflatex")
            .args(["-interaction=nonstopmode", "-halt-on-error", "doc.tex"])
            .current_dir(dir.path())
            .output()
            .ok()?;
        if !out.status.success() {
            let log = String::from_utf8_lossy(&out.stdout).to_string();
            let err: Vec<&str> = log
                .lines()
                .skip_while(|l| !l.starts_with('!'))
                .take(8)
                .collect();
            return Some(Err(format!("{name}: pdflatex failed:\n{}", err.join("\n"))));
        }
        last = Some(out);
    }
    last?;
    Some(Ok(
        std::fs::read_to_string(dir.path().join("doc.log")).unwrap_or_default()
    ))
}

/// The boxes a pdflatex log reports as too wide or too high, with how much
/// (pt) and where: `(pt, "\\hbox … in alignment at lines 10--12")`.
#[allow(dead_code)]
pub fn overfull(log: &str) -> Vec<(f64, String)> {
    log.lines()
        .filter_map(|l| {
            let rest = l.strip_prefix("Overfull ")?;
            let open = rest.find('(')?;
            let pt: f64 = rest[open + 1..].split("pt").next()?.parse().ok()?;
            Some((pt, rest.to_string()))
        })
        .collect()
}
