//! Progress on stderr for long work: shown only when stderr is a terminal
//! and `--quiet` was not given. Used at the command level only (the numeric
//! and exact layers know nothing of it): a command opens [`Steps`] or a
//! [`Spinner`] and the line is cleared when it is dropped.
//!
//! ```
//! use taylormatch::progress::{enabled, set_quiet, Steps};
//! set_quiet(true);
//! assert!(!enabled());
//! let steps = Steps::new("job", 3);
//! steps.step("first");
//! steps.step("second");
//! assert_eq!(steps.position(), 2);
//! ```

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};

#[cfg(feature = "cli")]
use indicatif::ProgressBar;
#[cfg(not(feature = "cli"))]
use quiet::ProgressBar;

static QUIET: AtomicBool = AtomicBool::new(false);

/// Sets `--quiet` for this process.
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

/// Whether progress is drawn: stderr is a terminal and not `--quiet`.
pub fn enabled() -> bool {
    !QUIET.load(Ordering::Relaxed) && std::io::stderr().is_terminal()
}

#[cfg(feature = "cli")]
fn bar(len: Option<u64>, template: &str) -> ProgressBar {
    if !enabled() {
        return ProgressBar::hidden();
    }
    let b = match len {
        Some(n) => ProgressBar::new(n),
        None => ProgressBar::new_spinner(),
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
        b.set_style(style);
    }
    b.enable_steady_tick(std::time::Duration::from_millis(120));
    b
}

/// Without the `cli` feature nothing is drawn (indicatif is not built).
#[cfg(not(feature = "cli"))]
fn bar(_len: Option<u64>, _template: &str) -> ProgressBar {
    ProgressBar::default()
}

/// A bar that draws nothing and only counts (library builds without `cli`).
#[cfg(not(feature = "cli"))]
mod quiet {
    use std::sync::atomic::{AtomicU64, Ordering};

    #[derive(Default)]
    pub struct ProgressBar(AtomicU64);

    impl ProgressBar {
        pub fn inc(&self, n: u64) {
            self.0.fetch_add(n, Ordering::Relaxed);
        }
        pub fn position(&self) -> u64 {
            self.0.load(Ordering::Relaxed)
        }
        pub fn set_message(&self, _: String) {}
        pub fn set_prefix(&self, _: String) {}
        pub fn finish_and_clear(&self) {}
    }
}

/// Numbered steps of one job: `report [3/7] matching  4s`.
pub struct Steps {
    bar: ProgressBar,
}

impl Steps {
    /// `total` steps under the name `job`.
    pub fn new(job: &str, total: u64) -> Steps {
        let b = bar(
            Some(total),
            "{spinner} {prefix} [{pos}/{len}] {msg}  {elapsed}",
        );
        b.set_prefix(job.to_string());
        Steps { bar: b }
    }

    /// Starts the next step (the first call shows 1/total).
    pub fn step(&self, name: &str) {
        self.bar.inc(1);
        self.bar.set_message(name.to_string());
    }

    /// The number of the step under way (0 before the first).
    pub fn position(&self) -> u64 {
        self.bar.position()
    }
}

impl Drop for Steps {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}

/// A spinner with a message for work without a step count: `⠙ derive: order 200  3s`.
pub struct Spinner {
    bar: ProgressBar,
}

impl Spinner {
    /// A spinner showing `msg`.
    pub fn new(msg: &str) -> Spinner {
        let b = bar(None, "{spinner} {msg}  {elapsed}");
        b.set_message(msg.to_string());
        Spinner { bar: b }
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}
