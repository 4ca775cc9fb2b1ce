//! The scripting subcommands (`cmdeck post add`, `cmdeck post list`,
//! `cmdeck import messages`): they read arguments, talk to
//! the database through [`crate::db`] and return the text to print, or every mistake found.
//!
//! - [`post`]: planning and listing posts.
//! - [`import`]: importing files (`cmdeck import messages|mentions|feed`).
//! - [`people`]: importing and listing people (`cmdeck people import|list`).
//! - [`channel`]: setting up channels (`cmdeck channel add|list|edit|archive|restore|remove`).
//! - [`audience`]: follower counts (`cmdeck audience record`, `cmdeck import audience`).
//! - [`plan`]: exporting and importing the plan file (`cmdeck plan export|import`).
//! - [`backup`]: the file's health and backups (`cmdeck check|backup|backups|restore`).
//! - [`fetch`]: reading the configured feeds (`cmdeck fetch`).
//! - [`report`]: the Markdown report of a week or period (`cmdeck report`).
//! - [`export`]: every table as CSV or JSON (`cmdeck export`), with [`export_manifest`] (what
//!   the folder holds) and [`export_values`] (each value written so it reads back identical).
//! - [`import_all`]: such a folder read back into an empty database (`cmdeck import all`).
//! - [`format`]: the text output of post lists, and the CSV and JSON table writers every list
//!   shares (through `csv::Writer` and `serde_json`).

pub mod audience;
pub mod backup;
pub mod channel;
pub mod export;
pub mod export_manifest;
#[cfg(test)]
mod export_tests;
pub mod export_values;
pub mod fetch;
pub mod format;
pub mod import;
pub mod import_all;
pub mod import_posts;
mod import_table_files;
#[cfg(test)]
mod import_tests;
pub mod people;
pub mod plan;
pub mod post;
pub mod progress_bar;
pub mod report;
pub mod sentiment;

use crate::db::DbError;

/// Why a subcommand did not do what was asked.
#[derive(Debug)]
pub enum CommandError {
    /// Mistakes in what was typed, one sentence each; nothing was saved.
    Usage(Vec<String>),
    /// The database failed.
    Database(DbError),
}

impl From<crate::files::WriteError> for CommandError {
    /// A file that could not be written is reported like a usage mistake: the user can fix it.
    fn from(error: crate::files::WriteError) -> CommandError {
        CommandError::usage(error.to_string())
    }
}

impl From<DbError> for CommandError {
    fn from(error: DbError) -> CommandError {
        CommandError::Database(error)
    }
}

impl CommandError {
    /// A single usage mistake.
    pub fn usage(message: impl Into<String>) -> CommandError {
        CommandError::Usage(vec![message.into()])
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CommandError::Usage(lines) => f.write_str(&lines.join("; ")),
            CommandError::Database(error) => write!(f, "{error}"),
        }
    }
}
