//! Reading files into the database, all of a file or none of it unless asked otherwise; every
//! refused row is reported with where it is and what is wrong.
//!
//! - [`messages`]: inbox messages in cmdeck's own CSV / JSON interchange format.
//! - [`mentions`]: mentions in cmdeck's own CSV / JSON interchange format.
//! - [`people`]: people in cmdeck's own CSV / JSON format, or a Mastodon following list.
//! - [`audience`]: follower counts per channel and day, from CSV (`channel,date,followers`).
//! - [`platform`]: posts with their figures from the networks' own exports (the X archive).
//! - [`feeds`]: RSS 2.0, RSS 1.0 and Atom feeds, read into mentions through the listening rules;
//!   [`feed_encoding`], [`feed_repair`], [`feed_root`] and [`feed_refusal`] decode, repair and
//!   judge the document, [`redirects`] unwraps the links of well-known redirectors.
//! - [`fetch`]: the `[[feeds]]` of the config, fetched over HTTP or read from files.
//! - [`fetch_run`]: one fetch of every configured feed through the stored rules, with its closing line.
//! - [`reason`]: why a row, an item, a feed or a file was refused, or what an importer noted,
//!   worded in the run's language when it is shown.

pub mod address_policy;
pub mod arrival;
pub mod audience;
pub(crate) mod csv_records;
pub mod feed_encoding;
pub mod feed_refusal;
pub mod feed_repair;
pub mod feed_root;
pub mod feeds;
pub mod fetch;
pub mod fetch_run;
pub mod html_text;
pub mod mentions;
pub mod messages;
pub mod people;
pub mod platform;
pub mod reason;
pub mod redirects;
mod rows;
pub mod rules;
mod source;

#[cfg(test)]
mod audience_tests;
#[cfg(test)]
mod feed_encoding_tests;
#[cfg(test)]
mod feed_fixture_tests;
#[cfg(test)]
pub(crate) mod feed_tests;
#[cfg(test)]
mod fetch_tests;
#[cfg(test)]
mod mention_tests;
#[cfg(test)]
mod people_tests;
#[cfg(test)]
mod spanish_tests;
#[cfg(test)]
pub(crate) mod tests;

use crate::db::DbError;
use std::path::PathBuf;

/// The largest file an importer reads, in bytes (100 MB).
pub const MAX_FILE_BYTES: u64 = 100 * 1024 * 1024;

/// The longest value one field may hold, in characters.
pub const MAX_FIELD_CHARS: usize = 100_000;

/// Why a whole file could not be imported; nothing was stored.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file could not be opened or read.
    #[error("could not read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is over [`MAX_FILE_BYTES`].
    #[error(
        "{path} is {megabytes} MB, over the 100 MB an import reads; split it into smaller files"
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size, in whole megabytes.
        megabytes: u64,
    },
    /// The file is not UTF-8 text.
    #[error("{path} is not UTF-8 text (line {line}); save it as UTF-8 and import it again")]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// The line holding the first byte that is not UTF-8.
        line: usize,
    },
    /// The file as a whole is not in the expected shape (bad JSON, a missing column…).
    #[error("{path} was not imported: {reason}")]
    Shape {
        /// The file.
        path: PathBuf,
        /// What is wrong and where.
        reason: reason::Reason,
    },
    /// The database failed; nothing was stored.
    #[error(transparent)]
    Database(#[from] DbError),
}

impl ImportError {
    /// The refusal in `lang`; in English it is the error's `Display`. The path and the file's
    /// text are not sanitized.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        if lang == crate::i18n::Lang::En {
            return self.to_string();
        }
        let path = |path: &PathBuf| path.display().to_string();
        let worded = match self {
            ImportError::Read { path: file, source } => {
                reason::Reason::new("import-file-unreadable")
                    .text("path", path(file))
                    .io("error", source)
            }
            ImportError::TooLarge {
                path: file,
                megabytes,
            } => reason::Reason::new("import-file-too-large")
                .text("path", path(file))
                .number("megabytes", *megabytes),
            ImportError::NotUtf8 { path: file, line } => {
                reason::Reason::new("import-file-not-utf8")
                    .text("path", path(file))
                    .number("line", *line)
            }
            ImportError::Shape { path: file, reason } => {
                reason::Reason::new("import-file-not-imported")
                    .text("path", path(file))
                    .reason("why", reason.clone())
            }
            ImportError::Database(error) => return error.message(lang),
        };
        worded.message(lang)
    }
}

/// How an importer asks which listening rule a text matches: the text, where it was found and
/// its language when known; the rule's id, or none.
pub type Classify<'a> = dyn Fn(&str, &str, Option<&str>) -> Option<i64> + Sync + 'a;
