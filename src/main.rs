//! The cmdeck binary: parse the command line (its `--help` in the run's language) and hand over
//! to the library.

use std::process::ExitCode;

fn main() -> ExitCode {
    cmdeck::run::run(cmdeck::cli::help::parse())
}
