//! The cmdeck binary: parse the command line and hand over to the library.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    cmdeck::run::run(cmdeck::cli::Cli::parse())
}
