//! The `taylormatch` binary: parse, run, print, map exit codes.
//! 0 = ok, 1 = a verification failed, 2 = bad input or I/O. The verdict (the
//! exit code) is decided by the command before anything is written; a closed
//! pipe (`| head`) is quiet and keeps that verdict, so a failure stays exit 1.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match taylormatch::cli::parse() {
        Ok(c) => c,
        Err(code) => return ExitCode::from(code),
    };
    match taylormatch::cli::run(cli) {
        Ok(out) => {
            let mut stdout = std::io::stdout().lock();
            let res = stdout
                .write_all(out.text.as_bytes())
                .and_then(|_| stdout.flush());
            match res {
                Ok(()) => ExitCode::from(out.code),
                // the reader left: say nothing, keep the verdict already decided
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(out.code),
                Err(e) => {
                    eprintln!("taylormatch: error: writing output: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("taylormatch: error: {}", taylormatch::cli::message(&e));
            ExitCode::from(e.exit_code() as u8)
        }
    }
}
