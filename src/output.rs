//! Writing result files safely: everything goes to a temporary directory
//! beside the target first and is renamed into place only when complete, so
//! an error or Ctrl-C never leaves a half-written file. Also: progress lines
//! on stderr when it is a terminal.

use crate::error::{Error, Result};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Installs the Ctrl-C handler: removes pending temporary files, exits 130.
pub fn install_interrupt_handler() {
    let _ = ctrlc::set_handler(|| {
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
        return Err(Error::input(
            "--out must name a directory (got an empty path)",
        ));
    }
    if dir.exists() {
        if !dir.is_dir() {
            return Err(Error::input(format!(
                "--out must be a directory, but {} is a file",
                dir.display()
            )));
        }
        probe_writable(dir)
    } else {
        let parent = parent_of(dir);
        if !parent.is_dir() {
            return Err(Error::input(format!(
                "--out: the parent directory {} does not exist",
                parent.display()
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
        .map_err(|e| Error::input(format!("--out: cannot write in {}: {e}", dir.display())))
}

/// Writes `files` (name, contents) into `dir` atomically: into a temporary
/// directory first, then renamed into place.
pub fn write_files(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<()> {
    check_out_dir(dir)?;
    let exists = dir.is_dir();
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
        for (name, data) in files {
            let path = tmp_path.join(name);
            let mut f = std::fs::File::create(&path)
                .map_err(|e| Error::Io(format!("writing {}", path.display()), e))?;
            f.write_all(data)
                .and_then(|_| f.sync_all())
                .map_err(|e| Error::Io(format!("writing {}", path.display()), e))?;
        }
        if exists {
            for (name, _) in files {
                std::fs::rename(tmp_path.join(name), dir.join(name))
                    .map_err(|e| Error::Io(format!("moving {name} into {}", dir.display()), e))?;
            }
        } else {
            let kept = tmp.keep();
            std::fs::rename(&kept, dir).map_err(|e| {
                let _ = std::fs::remove_dir_all(&kept);
                Error::Io(format!("creating {}", dir.display()), e)
            })?;
        }
        Ok(())
    })();
    if let Ok(mut p) = PENDING.lock() {
        p.retain(|d| d != &tmp_path);
    }
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&tmp_path);
    }
    result
}

/// A progress line on stderr, only when stderr is a terminal.
pub fn progress(msg: &str) {
    let mut e = std::io::stderr();
    if e.is_terminal() {
        let _ = write!(e, "\r\x1b[2K{msg}");
        let _ = e.flush();
    }
}

/// Clears the progress line.
pub fn progress_done() {
    progress("");
}
