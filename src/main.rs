//! The cmdeck binary: parse the command line (its `--help` in the run's language) and hand over
//! to the library.

use std::process::ExitCode;

fn main() -> ExitCode {
    match cmdeck::cli::help::parse() {
        Ok(cli) => cmdeck::run::run(cli),
        Err(code) => code,
    }
}
