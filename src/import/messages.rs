//! Inbox messages in cmdeck's own interchange format, CSV or JSON with the same fields (see the
//! README, "Importing messages"). A file is stored whole in one transaction or not at all, unless
//! `partial` is asked for; messages already stored are skipped and counted, never refused.

pub use super::ImportError;
use super::reason::Reason;
use super::source::RawRow;
use super::{rows, source};
use crate::db::{Db, DbError};
use crate::domain::inbox::NewMessage;
use crate::domain::post::ChannelInfo;
use std::path::Path;

/// The messages of Meta's export as rows of cmdeck's format, checked like any other.
fn meta_rows(
    path: &Path,
    head: &[u8],
    channel: Option<&str>,
    channels: &[ChannelInfo],
) -> Result<Vec<RawRow>, ImportError> {
    use super::platform::meta_messages::read_messages;
    let shape = |reason: Reason| ImportError::Shape {
        path: path.to_path_buf(),
        reason,
    };
    let export = read_messages(path, head).map_err(shape)?;
    let key = crate::domain::matching::export_channel(export.network, channel, None, channels)
        .map(crate::domain::matching::channel_key)
        .map_err(|no| {
            shape(super::rows::no_channel(
                &no,
                Reason::new("import-what-meta-export"),
            ))
        })?;
    let time =
        |at: chrono::DateTime<chrono::Utc>| at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let mut rows: Vec<RawRow> = export
        .received
        .into_iter()
        .map(|message| {
            let mut values = vec![
                ("channel", key.clone()),
                ("kind", "dm".to_string()),
                ("author", message.author),
                ("body", message.body),
                ("received_at", time(message.received_at)),
                ("external_id", message.external_id),
            ];
            if let Some(answered) = message.answered_at {
                values.push(("status", "replied".to_string()));
                values.push(("first_response_at", time(answered)));
            }
            RawRow {
                line: message.item,
                values,
                problems: Vec::new(),
                raw: Vec::new(),
            }
        })
        .collect();
    rows.extend(
        export
            .problems
            .into_iter()
            .map(|(item, why, written)| RawRow {
                line: item,
                values: Vec::new(),
                problems: vec![why],
                raw: written.into_bytes(),
            }),
    );
    Ok(rows)
}

/// The two layouts of the interchange format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated values with a header row naming the fields.
    Csv,
    /// An array of objects, or an object with a `messages` array.
    Json,
}

impl Format {
    /// The format of a file: from its extension (`.csv`, `.json`), or else from its first
    /// non-space character (`[` or `{` means JSON).
    pub fn detect(path: &Path, text: &str) -> Format {
        Format::detect_by_name(path).unwrap_or(if text.trim_start().starts_with(['[', '{']) {
            Format::Json
        } else {
            Format::Csv
        })
    }

    /// The format a file's name says (`.csv`, `.json`), if it says one.
    pub fn detect_by_name(path: &Path) -> Option<Format> {
        let extension = path.extension().map(|e| e.to_string_lossy().to_lowercase());
        match extension.as_deref() {
            Some("csv") => Some(Format::Csv),
            Some("json") => Some(Format::Json),
            _ => None,
        }
    }

    /// What a row's place is called in this format: a CSV `line`, a JSON `item`.
    pub fn place(self) -> &'static str {
        match self {
            Format::Csv => "line",
            Format::Json => "item",
        }
    }
}

/// A row that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// Where it is: the 1-based line in a CSV file (the header is line 1), or the 1-based
    /// position in the JSON array.
    pub line: usize,
    /// What is wrong, as one clause naming the field and what is allowed, worded in a language
    /// by [`RowError::message`]. It quotes the file's text unsanitized: sanitize it before
    /// printing or drawing it.
    pub reason: Reason,
    /// The row as written in the file (a CSV record's bytes, a JSON item's text), for a
    /// rejects file; never printed as it is.
    pub raw: Vec<u8>,
}

impl RowError {
    /// What is wrong, in `lang` (unsanitized).
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        self.reason.message(lang)
    }
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    /// The layout the file was read as.
    pub format: Format,
    /// How many messages were stored.
    pub added: usize,
    /// How many rows were skipped because the message was already stored or appeared earlier
    /// in the file.
    pub duplicates: usize,
    /// The problems of the rows that were not imported, in file order (a row may have several).
    pub rejected: Vec<RowError>,
}

impl ImportReport {
    /// How many distinct rows were refused.
    pub fn bad_rows(&self) -> usize {
        let mut lines: Vec<usize> = self.rejected.iter().map(|e| e.line).collect();
        lines.dedup();
        lines.len()
    }

    /// Checks every row with `check`, then hands the good ones to `store` in one go unless a row
    /// was refused and `partial` was not asked for. `store` answers each row's new id, or `None`
    /// for a duplicate; the report counts both and lists every problem in file order.
    pub(crate) fn check_and_store<T>(
        format: Format,
        raw: &[RawRow],
        partial: bool,
        mut check: impl FnMut(&RawRow) -> Result<T, Vec<Reason>>,
        store: impl FnOnce(&[T]) -> Result<Vec<Option<i64>>, DbError>,
    ) -> Result<ImportReport, ImportError> {
        let mut valid = Vec::with_capacity(raw.len());
        let mut rejected = Vec::new();
        for row in raw {
            match check(row) {
                Ok(item) => valid.push(item),
                Err(problems) => rejected.extend(problems.into_iter().map(|reason| RowError {
                    line: row.line,
                    reason,
                    raw: row.raw.clone(),
                })),
            }
        }
        let mut report = ImportReport {
            format,
            added: 0,
            duplicates: 0,
            rejected,
        };
        if report.rejected.is_empty() || partial {
            let ids = store(&valid)?;
            report.added = ids.iter().flatten().count();
            report.duplicates = ids.len() - report.added;
        }
        Ok(report)
    }
}

/// Imports the messages of a CSV or JSON file into the inbox, in ONE transaction.
///
/// Without `partial`, a single bad row means nothing is stored: the report then has `added` and
/// `duplicates` at 0 and every problem in `rejected`. With `partial`, the good rows are stored
/// and the bad ones reported. A message already stored, or earlier in the file, is a duplicate:
/// the same (channel, `external_id`), or without an external id the same channel, author,
/// arrival time and body.
///
/// `prepare` is called on every valid message before it is stored (the app sets the automatic
/// sentiment and runs the triage rules there).
///
/// A file that cannot be read, is over 100 MB, is not UTF-8 or is not in the format's shape is an
/// [`ImportError`], as is a database failure; nothing is stored then either.
pub fn import_messages(
    db: &mut Db,
    path: &Path,
    partial: bool,
    prepare: &dyn Fn(&mut NewMessage),
) -> Result<ImportReport, ImportError> {
    import_messages_to(db, path, partial, None, prepare)
}

/// [`import_messages`], also from Meta's "Download your information" export (its zip, or one
/// thread's `message_1.json`), told from the content: the messages the account received go to
/// `channel`, or to the only channel of the export's network.
pub fn import_messages_to(
    db: &mut Db,
    path: &Path,
    partial: bool,
    channel: Option<&str>,
    prepare: &dyn Fn(&mut NewMessage),
) -> Result<ImportReport, ImportError> {
    let head = source::read_head(path)?;
    let channels = db.channels()?;
    let (format, raw) = if super::platform::meta_messages::looks_like(&head) {
        (Format::Json, meta_rows(path, &head, channel, &channels)?)
    } else if channel.is_some() {
        return Err(ImportError::Shape {
            path: path.to_path_buf(),
            reason: Reason::new("import-channel-flag-own-format"),
        });
    } else {
        source::read_rows(path, source::MESSAGES)?
    };
    ImportReport::check_and_store(
        format,
        &raw,
        partial,
        |row| {
            let mut message = rows::message(row, &channels)?;
            prepare(&mut message);
            Ok(message)
        },
        |valid| db.insert_messages(valid),
    )
}
