//! Exit codes through a closed pipe, and all-or-nothing `--out` files.

mod common;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use taylormatch::output::write_files;

/// Spawns the binary, reads one line, closes the pipe, waits: the exit code.
fn code_after_closing_pipe(args: &[&str]) -> i32 {
    let mut child = Command::new(env!("CARGO_BIN_EXE_taylormatch"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn taylormatch");
    let stdout = child.stdout.take().expect("piped stdout");
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).unwrap();
    assert!(!line.is_empty(), "{args:?} printed a first line");
    // the reader is dropped here: the rest of the output meets a closed pipe
    let out = child.wait_with_output().expect("wait");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        !err.contains("Broken pipe"),
        "a closed pipe is quiet: {err}"
    );
    out.status.code().unwrap_or(-1)
}

#[test]
fn failed_verification_exits_1_through_a_closed_pipe() {
    // 0.044715 is not the x³-matching a (2/(3π) − 1/6): step 4 fails. At 3000
    // digits the output (~140 kB) is far larger than a pipe buffer (64 kB), so the
    // writer certainly meets the closed pipe.
    let args = ["verify", "--a", "0.044715", "--digits", "3000"];
    let (code, out, _) = common::run(&args);
    assert_eq!(code, 1);
    assert!(out.len() > 100_000, "output must overflow the pipe buffer");
    assert_eq!(code_after_closing_pipe(&args), 1);
}

#[test]
fn passing_verification_exits_0_through_a_closed_pipe() {
    let args = ["verify", "--a", "analytic", "--digits", "3000"];
    assert_eq!(common::run(&args).0, 0);
    assert_eq!(code_after_closing_pipe(&args), 0);
}

fn names(dir: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn a_target_taken_by_a_directory_replaces_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("a.txt"), "old a").unwrap();
    std::fs::write(dir.join("b.svg"), "old b").unwrap();
    std::fs::create_dir(dir.join("c.svg")).unwrap();
    let files = vec![
        ("a.txt".to_string(), b"new a".to_vec()),
        ("b.svg".to_string(), b"new b".to_vec()),
        ("c.svg".to_string(), b"new c".to_vec()),
        ("d.svg".to_string(), b"new d".to_vec()),
    ];
    let err = write_files(dir, &files).unwrap_err();
    assert_eq!(err.exit_code(), 2);
    assert!(taylormatch::cli::render(&err).contains("--out"), "{err}");
    assert!(err.to_string().contains("c.svg"), "{err}");
    assert_eq!(std::fs::read_to_string(dir.join("a.txt")).unwrap(), "old a");
    assert_eq!(std::fs::read_to_string(dir.join("b.svg")).unwrap(), "old b");
    assert!(dir.join("c.svg").is_dir());
    assert_eq!(
        names(dir),
        ["a.txt", "b.svg", "c.svg"],
        "nothing added, no temporaries"
    );
}

#[test]
fn existing_files_are_all_replaced_and_nothing_is_left_over() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("a.txt"), "old a").unwrap();
    std::fs::write(dir.join("keep.txt"), "not ours").unwrap();
    let files = vec![
        ("a.txt".to_string(), b"new a".to_vec()),
        ("b.svg".to_string(), b"new b".to_vec()),
    ];
    write_files(dir, &files).unwrap();
    assert_eq!(std::fs::read_to_string(dir.join("a.txt")).unwrap(), "new a");
    assert_eq!(std::fs::read_to_string(dir.join("b.svg")).unwrap(), "new b");
    assert_eq!(
        std::fs::read_to_string(dir.join("keep.txt")).unwrap(),
        "not ours"
    );
    assert_eq!(names(dir), ["a.txt", "b.svg", "keep.txt"]);
    // a new directory is created whole
    let fresh = dir.join("fresh");
    write_files(&fresh, &files).unwrap();
    assert_eq!(names(&fresh), ["a.txt", "b.svg"]);
    assert_eq!(names(dir), ["a.txt", "b.svg", "fresh", "keep.txt"]);
}

#[test]
fn report_out_with_a_figure_name_taken_keeps_the_old_report() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("rep");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("report.txt"), "old report").unwrap();
    std::fs::create_dir(dir.join("error_gelu_sigmoid.svg")).unwrap();
    let (code, out, err) =
        common::run(&["report", "--digits", "10", "--out", dir.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty());
    assert!(
        err.contains("--out") && err.contains("error_gelu_sigmoid.svg"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("report.txt")).unwrap(),
        "old report"
    );
    assert_eq!(names(&dir), ["error_gelu_sigmoid.svg", "report.txt"]);
    assert_eq!(names(tmp.path()), ["rep"]);
}
