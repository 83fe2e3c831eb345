//! Writing result files safely: everything goes to a temporary directory
//! beside the target first and is renamed into place only when complete, so
//! an error or Ctrl-C never leaves a half-written file. Also: progress lines
//! on stderr when it is a terminal.
//!
//! ```
//! use taylormatch::error::{Error, Input};
//! use taylormatch::output::{check_out_dir, write_files};
//! let dir = tempfile::tempdir().unwrap();
//! let out = dir.path().join("report");
//! write_files(&out, &[("a.txt".into(), b"one".to_vec()), ("b.txt".into(), b"two".to_vec())]).unwrap();
//! assert_eq!(std::fs::read(out.join("b.txt")).unwrap(), b"two");
//! // an --out that is a file is refused before any work
//! let e = check_out_dir(&out.join("a.txt")).unwrap_err();
//! assert!(matches!(e, Error::Invalid { input: Input::Out, .. }));
//! ```

use crate::error::Input;
use crate::error::{Error, Result};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Installs the Ctrl-C handler: removes pending temporary files, exits 130
/// (held back while finished files are being swapped into place). Without
/// the `cli` feature the library installs no handler: signals are the
/// embedding program's.
#[cfg(not(feature = "cli"))]
pub fn install_interrupt_handler() {}

/// Installs the Ctrl-C handler: removes pending temporary files, exits 130
/// (held back while finished files are being swapped into place).
#[cfg(feature = "cli")]
pub fn install_interrupt_handler() {
    let _ = ctrlc::set_handler(|| {
        if SWAPPING.load(Ordering::SeqCst) {
            INTERRUPTED.store(true, Ordering::SeqCst);
            return;
        }
        if let Ok(p) = PENDING.lock() {
            for d in p.iter() {
                let _ = std::fs::remove_dir_all(d);
            }
        }
        eprintln!("\ntaylormatch: interrupted; no files written");
        std::process::exit(130);
    });
}

/// Checks an `--out DIR` value before any work is done: DIR must be a
/// directory or not exist yet, with an existing, writable parent.
pub fn check_out_dir(dir: &Path) -> Result<()> {
    if dir.as_os_str().is_empty() {
        return Err(Error::input(crate::msg!(
            Input::Out,
            " must name a directory (got an empty path)"
        )));
    }
    if dir.exists() {
        if !dir.is_dir() {
            return Err(Error::input(crate::msg!(
                Input::Out,
                " must be a directory, but ",
                dir.display().to_string(),
                " is a file"
            )));
        }
        probe_writable(dir)
    } else {
        let parent = parent_of(dir);
        if !parent.is_dir() {
            return Err(Error::input(crate::msg!(
                Input::Out,
                ": the parent directory ",
                parent.display().to_string(),
                " does not exist"
            )));
        }
        probe_writable(&parent)
    }
}

fn parent_of(dir: &Path) -> PathBuf {
    match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn probe_writable(dir: &Path) -> Result<()> {
    tempfile::Builder::new()
        .prefix(".taylormatch-probe-")
        .tempfile_in(dir)
        .map(|_| ())
        .map_err(|e| {
            Error::input(crate::msg!(
                Input::Out,
                ": cannot write in ",
                dir.display().to_string(),
                ": {e}"
            ))
        })
}

/// Writes `files` (name, contents) into `dir`, all or nothing: every file is
/// first written in full to a temporary directory beside the targets; every
/// target is checked (none may be a directory) before anything is replaced;
/// then the new files are swapped in, the old ones set aside, and if any
/// rename fails the swaps done so far are undone.
pub fn write_files(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<()> {
    check_out_dir(dir)?;
    let exists = dir.is_dir();
    if exists {
        check_targets(dir, files)?;
    }
    let base = if exists {
        dir.to_path_buf()
    } else {
        parent_of(dir)
    };
    let tmp = tempfile::Builder::new()
        .prefix(".taylormatch-tmp-")
        .tempdir_in(&base)
        .map_err(|e| {
            Error::Io(
                format!("creating a temporary directory in {}", base.display()),
                e,
            )
        })?;
    let tmp_path = tmp.path().to_path_buf();
    if let Ok(mut p) = PENDING.lock() {
        p.push(tmp_path.clone());
    }
    let result = (|| -> Result<()> {
        let new = tmp_path.join("new");
        std::fs::create_dir(&new)
            .map_err(|e| Error::Io(format!("writing in {}", tmp_path.display()), e))?;
        for (name, data) in files {
            let path = new.join(name);
            let mut f = std::fs::File::create(&path)
                .map_err(|e| Error::Io(format!("writing {}", path.display()), e))?;
            f.write_all(data)
                .and_then(|_| f.sync_all())
                .map_err(|e| Error::Io(format!("writing {}", path.display()), e))?;
        }
        // from here on an interrupt waits until the swap is complete
        let _guard = SwapGuard::enter();
        if exists {
            swap_in(dir, &new, &tmp_path.join("old"), files)
        } else {
            std::fs::rename(&new, dir)
                .map_err(|e| Error::Io(format!("creating {}", dir.display()), e))
        }
    })();
    if let Ok(mut p) = PENDING.lock() {
        p.retain(|d| d != &tmp_path);
    }
    drop(tmp); // removes the temporary directory and the old files set aside
    if INTERRUPTED.load(Ordering::SeqCst) {
        eprintln!("\ntaylormatch: interrupted while the files were being put in place; that step was finished first (all files new, or on an error all old)");
        std::process::exit(130);
    }
    result
}

/// Refuses before any work when a target name is taken by something that
/// is not a file (a directory, a socket): nothing has been replaced yet.
fn check_targets(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<()> {
    for (name, _) in files {
        let target = dir.join(name);
        if let Ok(m) = std::fs::symlink_metadata(&target) {
            if !(m.is_file() || m.file_type().is_symlink()) || target.is_dir() {
                return Err(Error::input(crate::msg!(Input::Out, ": ", target.display().to_string(), " is a directory or special file, not a file; nothing was written (move it away or choose another ", Input::Out, ")")));
            }
        }
    }
    Ok(())
}

/// Moves `new/NAME` onto `dir/NAME` for every file, setting an existing
/// `dir/NAME` aside in `old/` first; on a failure undoes every swap so far.
fn swap_in(dir: &Path, new: &Path, old: &Path, files: &[(String, Vec<u8>)]) -> Result<()> {
    std::fs::create_dir(old).map_err(|e| Error::Io(format!("writing in {}", old.display()), e))?;
    // (name, whether an old file was set aside) for every swap done
    let mut done: Vec<(&str, bool)> = Vec::new();
    let mut failure = None;
    for (name, _) in files {
        let target = dir.join(name);
        let had_old = target.symlink_metadata().is_ok();
        if had_old {
            if let Err(e) = std::fs::rename(&target, old.join(name)) {
                failure = Some(Error::Io(format!("replacing {}", target.display()), e));
                break;
            }
        }
        if let Err(e) = std::fs::rename(new.join(name), &target) {
            if had_old {
                let _ = std::fs::rename(old.join(name), &target);
            }
            failure = Some(Error::Io(
                format!("moving {name} into {}", dir.display()),
                e,
            ));
            break;
        }
        done.push((name, had_old));
    }
    match failure {
        None => Ok(()),
        Some(err) => {
            for (name, had_old) in done.into_iter().rev() {
                let target = dir.join(name);
                if had_old {
                    let _ = std::fs::rename(old.join(name), &target);
                } else {
                    let _ = std::fs::remove_file(&target);
                }
            }
            Err(err)
        }
    }
}

static SWAPPING: AtomicBool = AtomicBool::new(false);
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// While alive, Ctrl-C is held back so the swap is never left half done;
/// a Ctrl-C that came meanwhile takes effect at the end of [`write_files`].
struct SwapGuard;

impl SwapGuard {
    fn enter() -> SwapGuard {
        SWAPPING.store(true, Ordering::SeqCst);
        SwapGuard
    }
}

impl Drop for SwapGuard {
    fn drop(&mut self) {
        SWAPPING.store(false, Ordering::SeqCst);
    }
}

/// A progress line on stderr, only when stderr is a terminal.
pub fn progress(msg: &str) {
    let mut e = std::io::stderr();
    if e.is_terminal() && crate::progress::enabled() {
        let _ = write!(e, "\r\x1b[2K{msg}");
        let _ = e.flush();
    }
}

/// Clears the progress line.
pub fn progress_done() {
    progress("");
}
