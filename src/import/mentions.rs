//! Mentions in cmdeck's own interchange format, CSV or JSON with the same fields (see the README,
//! "Listening: feeds and mentions"). A file is stored whole in one transaction or not at all,
//! unless `partial` is asked for; mentions already stored are skipped and counted.

use super::ImportError;
use super::messages::{Format, ImportReport};
use super::reason::Reason;
use super::rows::{choice, limits, missing, quoted, when};
use super::source::{self, Fields, RawRow};
use crate::analytics::sentiment;
use crate::db::Db;
use crate::domain::mentions::NewMention;
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
    rules: &[crate::domain::listening::RuleTerms],
    adjustments: &sentiment::Adjustments,
    classify: &super::Classify<'_>,
) -> Result<NewMention, Vec<Reason>> {
    let mut problems = limits(row)?;
    for field in MENTIONS.required {
        if row.get(field).is_none() {
            problems.push(missing(field));
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
                problems.push(not_a_reach(typed));
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
            problems.push(if names.is_empty() {
                Reason::new("import-unknown-rule-none-yet").text("typed", quoted(typed))
            } else {
                Reason::new("import-unknown-rule")
                    .text("typed", quoted(typed))
                    .text("rules", names.join(", "))
            });
        }
        found
    });
    let source = row.get("source").unwrap_or_default().trim().to_string();
    let text = row.get("text").unwrap_or_default().to_string();
    match published_at {
        Some(published_at) if problems.is_empty() => Ok(NewMention {
            rule_id: rule_id.or_else(|| classify(&text, &source, None)),
            sentiment_auto: sentiment::score_for(&text, None, adjustments).sentiment,
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

/// That a typed `reach` is not a whole number of 0 or more.
pub(crate) fn not_a_reach(typed: &str) -> Reason {
    Reason::new("import-not-a-reach").text("typed", quoted(typed))
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
    let (format, raw) = source::read_rows(path, MENTIONS)?;
    let rules = db.rule_terms()?;
    let adjustments = db.sentiment_adjustments()?;
    ImportReport::check_and_store(
        format,
        &raw,
        partial,
        |row| mention(row, &rules, &adjustments, classify),
        |valid| db.insert_new_mentions(valid),
    )
}

/// The page cache an import uses, in KiB (64 MB).
const IMPORT_CACHE_KIB: i64 = 64 * 1024;

/// How many checked rows the reading thread hands to the writing one at a time.
const BATCH_ROWS: usize = 1024;

/// How many batches may wait between the two threads (bounds the memory in flight).
const BATCHES_IN_FLIGHT: usize = 4;

/// One row checked by the reading thread: a mention, or its problems with the row as written.
type Checked = Result<NewMention, (Vec<Reason>, Vec<u8>)>;

/// What the reading thread hands over: checked rows with their line, or why the file cannot be
/// read past them.
enum Batch {
    /// Rows in file order, each with its line.
    Rows(Vec<(usize, Checked)>),
    /// The file stops being readable here (not CSV, not UTF-8).
    Unreadable(ImportError),
}

/// Imports a CSV file of any size in ONE transaction, with memory that does not grow with the
/// file: one thread reads, checks and classifies the rows while this one stores them. Each good
/// row is stored as it arrives, every bad row is reported, and unless `partial` the transaction
/// is rolled back when any row was bad — the same outcome as [`import_mentions`]. The search
/// index is brought up to date once, at the end, in the same transaction.
fn stream_mentions(
    db: &mut Db,
    path: &Path,
    partial: bool,
    classify: &super::Classify<'_>,
) -> Result<ImportReport, ImportError> {
    let stream = source::csv_stream(path, MENTIONS)?;
    let rules = db.rule_terms()?;
    let adjustments = db.sentiment_adjustments()?;
    let mut report = ImportReport {
        format: Format::Csv,
        added: 0,
        duplicates: 0,
        rejected: Vec::new(),
    };
    let mut failure: Option<ImportError> = None;
    let settings = db.begin_bulk(IMPORT_CACHE_KIB)?;
    let outcome = std::thread::scope(|scope| {
        let (sender, batches) = std::sync::mpsc::sync_channel(BATCHES_IN_FLIGHT);
        scope.spawn(|| read_and_check(stream, path, &rules, &adjustments, classify, sender));
        db.write_if(|tx| {
            let last_id_before = Db::defer_mention_indexing(tx)?;
            for batch in batches {
                let rows = match batch {
                    Batch::Rows(rows) => rows,
                    Batch::Unreadable(error) => {
                        failure = Some(error);
                        return Ok(((), false));
                    }
                };
                for (line, checked) in rows {
                    match checked {
                        Ok(new) if report.rejected.is_empty() || partial => {
                            match Db::insert_mention_if_new(tx, &new)? {
                                Some(_) => report.added += 1,
                                None => report.duplicates += 1,
                            }
                        }
                        Ok(_) => {}
                        Err((problems, raw)) => {
                            report.rejected.extend(problems.into_iter().map(|reason| {
                                super::messages::RowError {
                                    line,
                                    reason,
                                    raw: raw.clone(),
                                }
                            }))
                        }
                    }
                }
            }
            let commit = report.rejected.is_empty() || partial;
            if commit {
                Db::index_deferred_mentions(tx, last_id_before)?;
            }
            Ok(((), commit))
        })
    });
    db.end_bulk(settings)?;
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

/// The reading thread: reads the CSV records, checks and classifies each, and sends them in
/// batches; stops early when the file cannot be read further or the writer has stopped.
fn read_and_check(
    mut stream: source::CsvStream<std::io::BufReader<std::fs::File>>,
    path: &Path,
    rules: &[crate::domain::listening::RuleTerms],
    adjustments: &sentiment::Adjustments,
    classify: &super::Classify<'_>,
    sender: std::sync::mpsc::SyncSender<Batch>,
) {
    let mut rows = Vec::with_capacity(BATCH_ROWS);
    loop {
        match stream.next_row(path) {
            Ok(None) => break,
            Ok(Some(row)) => {
                let checked = mention(&row, rules, adjustments, classify);
                rows.push((row.line, checked.map_err(|problems| (problems, row.raw))));
            }
            Err(error) => {
                if !rows.is_empty() && sender.send(Batch::Rows(rows)).is_err() {
                    return;
                }
                let _ = sender.send(Batch::Unreadable(error));
                return;
            }
        }
        if rows.len() == BATCH_ROWS {
            let full = std::mem::replace(&mut rows, Vec::with_capacity(BATCH_ROWS));
            if sender.send(Batch::Rows(full)).is_err() {
                return;
            }
        }
    }
    if !rows.is_empty() {
        let _ = sender.send(Batch::Rows(rows));
    }
}
