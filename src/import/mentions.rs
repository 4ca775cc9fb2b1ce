//! Mentions in cmdeck's own interchange format, CSV or JSON with the same fields (see the README,
//! "Listening: feeds and mentions"). A file is stored whole in one transaction or not at all,
//! unless `partial` is asked for; mentions already stored are skipped and counted.

use super::ImportError;
use super::messages::{Format, ImportReport};
use super::rows::{choice, limits, quoted, when};
use super::source::{self, Fields, RawRow};
use crate::analytics::sentiment;
use crate::db::Db;
use crate::db::seed::NewMention;
use crate::domain::{MentionStatus, Sentiment};
use crate::text::fold;
use std::path::Path;

/// The mention format.
const MENTIONS: Fields = Fields {
    all: &[
        "source",
        "url",
        "external_id",
        "author",
        "text",
        "published_at",
        "reach",
        "sentiment",
        "rule",
    ],
    required: &["source", "text", "published_at"],
    noun: "mentions",
};

/// Checks one raw row against the listening rules; the mention, or every problem found.
fn mention(
    row: &RawRow,
    rules: &[crate::db::mentions_import::RuleTerms],
    classify: &super::Classify<'_>,
) -> Result<NewMention, Vec<String>> {
    let mut problems = limits(row)?;
    for field in MENTIONS.required {
        if row.get(field).is_none() {
            problems.push(format!("“{field}” is missing"));
        }
    }
    let published_at = when(row, "published_at", &mut problems);
    let sentiment = choice(
        row,
        ("sentiment", "sentiments"),
        Sentiment::ALL,
        Sentiment::as_str,
        &mut problems,
    );
    let reach = match row.get("reach") {
        None => 0,
        Some(typed) => typed
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|n| *n >= 0)
            .unwrap_or_else(|| {
                problems.push(format!(
                    "“reach” {} is not a whole number of 0 or more",
                    quoted(typed)
                ));
                0
            }),
    };
    let rule_id = row.get("rule").and_then(|typed| {
        let wanted = fold(typed.trim());
        let found = rules
            .iter()
            .find(|r| fold(r.name.trim()) == wanted)
            .map(|r| r.id);
        if found.is_none() {
            let names: Vec<&str> = rules.iter().map(|r| r.name.as_str()).collect();
            problems.push(format!(
                "unknown rule {}; the listening rules are {}",
                quoted(typed),
                if names.is_empty() {
                    "none yet".to_string()
                } else {
                    names.join(", ")
                }
            ));
        }
        found
    });
    let source = row.get("source").unwrap_or_default().trim().to_string();
    let text = row.get("text").unwrap_or_default().to_string();
    match published_at {
        Some(published_at) if problems.is_empty() => Ok(NewMention {
            rule_id: rule_id.or_else(|| classify(&text, &source, None)),
            sentiment_auto: sentiment::guess(&text),
            sentiment_corrected: sentiment,
            external_id: row.get("external_id").map(|id| id.trim().to_string()),
            url: row.get("url").map(|url| url.trim().to_string()),
            author: row.get("author").unwrap_or_default().trim().to_string(),
            person_id: None,
            source,
            text,
            published_at,
            reach,
            status: MentionStatus::New,
            is_defence: false,
        }),
        _ => Err(problems),
    }
}

/// Imports the mentions of a CSV or JSON file, in ONE transaction.
///
/// Without `partial`, a single bad row means nothing is stored: the report then has `added` and
/// `duplicates` at 0 and every problem in `rejected`. With `partial`, the good rows are stored.
/// A row's `rule` names a listening rule (case and accents ignored; an unknown one is a row
/// error); without it `classify(text, source)` decides, and a mention no rule matches is still
/// stored, without a rule (it was given on purpose). A mention already stored or earlier in the
/// file (same url, or same source and external id) is a duplicate, skipped and counted.
pub fn import_mentions(
    db: &mut Db,
    path: &Path,
    partial: bool,
    classify: &super::Classify<'_>,
) -> Result<ImportReport, ImportError> {
    if Format::detect_by_name(path) == Some(Format::Csv) {
        return stream_mentions(db, path, partial, classify);
    }
    let text = source::read_text(path)?;
    let format = Format::detect(path, &text);
    let raw = match format {
        Format::Csv => source::csv_rows(path, &text, MENTIONS)?,
        Format::Json => source::json_rows(path, &text, MENTIONS)?,
    };
    drop(text);
    let rules = db.rule_terms()?;
    ImportReport::check_and_store(
        format,
        &raw,
        partial,
        |row| mention(row, &rules, classify),
        |valid| db.insert_new_mentions(valid),
    )
}

/// The page cache an import uses, in KiB (64 MB).
const IMPORT_CACHE_KIB: i64 = 64 * 1024;

/// Imports a CSV file of any size one row at a time, in ONE transaction: each good row is stored
/// as it is read, every bad row is reported, and unless `partial` the transaction is rolled back
/// when any row was bad — the same outcome as [`import_mentions`] with memory that does not grow
/// with the file.
fn stream_mentions(
    db: &mut Db,
    path: &Path,
    partial: bool,
    classify: &super::Classify<'_>,
) -> Result<ImportReport, ImportError> {
    let mut stream = source::csv_stream(path, MENTIONS)?;
    let rules = db.rule_terms()?;
    let mut report = ImportReport {
        format: Format::Csv,
        added: 0,
        duplicates: 0,
        rejected: Vec::new(),
    };
    let mut failure: Option<ImportError> = None;
    // A larger page cache while the file streams in keeps the indexes' pages in memory.
    let cache = db.set_cache_size(-IMPORT_CACHE_KIB)?;
    let outcome = db.write_if(|tx| {
        for record in stream.reader.records() {
            let row = match source::csv_row(path, record, &stream.columns) {
                Ok(row) => row,
                Err(error) => {
                    failure = Some(error);
                    return Ok(((), false));
                }
            };
            match mention(&row, &rules, classify) {
                Ok(new) if report.rejected.is_empty() || partial => {
                    match Db::insert_mention_if_new(tx, &new)? {
                        Some(_) => report.added += 1,
                        None => report.duplicates += 1,
                    }
                }
                Ok(_) => {}
                Err(problems) => report.rejected.extend(problems.into_iter().map(|message| {
                    super::messages::RowError {
                        line: row.line,
                        message,
                    }
                })),
            }
        }
        Ok(((), report.rejected.is_empty() || partial))
    });
    db.set_cache_size(cache)?;
    if let Some(error) = failure {
        return Err(error);
    }
    outcome?;
    if !report.rejected.is_empty() && !partial {
        report.added = 0;
        report.duplicates = 0;
    }
    Ok(report)
}
