//! `taylormatch completions SHELL` and `taylormatch man`: shell completion
//! scripts (clap_complete) and a roff man page (clap_mangen), generated
//! from the same clap definition as the parser, so they list every command
//! and flag the binary accepts.
//!
//! ```
//! use clap::Parser;
//! use taylormatch::cli::{run, Cli};
//! let out = run(Cli::try_parse_from(["taylormatch", "completions", "bash"]).unwrap()).unwrap();
//! assert!(out.text.contains("_taylormatch()"), "{}", &out.text[..200]);
//! let man = run(Cli::try_parse_from(["taylormatch", "man"]).unwrap()).unwrap();
//! assert!(man.text.starts_with(".ie") || man.text.contains(".TH taylormatch"), "{}", &man.text[..200]);
//! ```

use crate::commands::Output;
use crate::error::{Error, Result};
use clap::Args;
use clap_complete::Shell;

/// Flags of `completions`.
#[derive(Debug, Clone, Args)]
pub struct CompletionsArgs {
    /// The shell to write a completion script for.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: Shell,
}

/// The completion script for `shell`, e.g. `taylormatch completions bash > /etc/bash_completion.d/taylormatch`.
pub fn completions(a: &CompletionsArgs) -> Result<Output> {
    let mut cmd = crate::help::command();
    let mut buf = Vec::new();
    clap_complete::generate(a.shell, &mut cmd, "taylormatch", &mut buf);
    String::from_utf8(buf)
        .map(Output::ok)
        .map_err(|e| Error::input(format!("completion script is not UTF-8: {e}")))
}

/// The man page taylormatch(1) in roff, e.g. `taylormatch man | man -l -`.
pub fn man() -> Result<Output> {
    let cmd = crate::help::command();
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd)
        .render(&mut buf)
        .map_err(|e| Error::input(format!("writing the man page: {e}")))?;
    String::from_utf8(buf)
        .map(Output::ok)
        .map_err(|e| Error::input(format!("man page is not UTF-8: {e}")))
}
