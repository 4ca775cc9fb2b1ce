//! The command line: global options (`--db`, `--config`, `--demo`) and the subcommands.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// cmdeck — a keyboard-driven desk for the solo community manager.
///
/// Run without a subcommand to open the desk in the terminal.
#[derive(Debug, Parser)]
#[command(name = "cmdeck", version, about, long_about = None)]
pub struct Cli {
    /// The SQLite file to use instead of the one in the platform data directory.
    #[arg(long, global = true, value_name = "FILE")]
    pub db: Option<PathBuf>,

    /// The config file to use instead of the one in the platform config directory.
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Open a throwaway database filled with the demo brand (deleted on quit).
    #[arg(long)]
    pub demo: bool,

    /// What to do; without one, the desk opens.
    #[command(subcommand)]
    pub command: Option<Subcommands>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Subcommands {
    /// Write the demo brand into the database given with --db (which must be new or empty).
    Demo,
    /// Print today's routine (posts due, messages waiting, new mentions, follow-ups) as plain text.
    Today,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn db_and_config_are_accepted_before_or_after_a_subcommand() {
        let before =
            Cli::try_parse_from(["cmdeck", "--db", "a.sqlite3", "--config", "c.toml", "today"])
                .unwrap();
        let after =
            Cli::try_parse_from(["cmdeck", "today", "--db", "a.sqlite3", "--config", "c.toml"])
                .unwrap();
        assert_eq!(before.db, after.db);
        assert_eq!(before.config, after.config);
        assert!(matches!(after.command, Some(Subcommands::Today)));
        let demo = Cli::try_parse_from(["cmdeck", "demo", "--db", "d.sqlite3"]).unwrap();
        assert_eq!(demo.db, Some(PathBuf::from("d.sqlite3")));
    }
}
