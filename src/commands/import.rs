//! `cmdeck import messages|mentions FILE [--partial]` and `cmdeck import feed URL-or-FILE`: run
//! the importers and word their reports — a count of what was added, or the refusal with one
//! indented, sanitized line per problem.

use super::CommandError;
use crate::config::DEFAULT_TIMEOUT_SECONDS;
use crate::db::Db;
use crate::import::ImportError;
use crate::import::feeds::{FeedReport, import_feed};
use crate::import::fetch::{fetch_bytes, note_lines};
use crate::import::mentions::import_mentions;
use crate::import::messages::{ImportReport, RowError, import_messages_to};
use crate::import::rules::LocalRules;
use crate::text::sanitize_line;
use chrono::{DateTime, Utc};
use std::path::Path;
use std::time::Duration;

/// The most problems listed one by one; the rest are counted.
pub const MAX_LISTED: usize = 100;

/// Imports the messages of `file`; all of it or nothing unless `partial`. Every message gets the
/// automatic sentiment and goes through the triage rules on the way in, as typed ones do: the
/// config file's `rules` first, then the rules typed in the Inbox (stored in `db`).
pub fn messages(
    db: &mut Db,
    file: &Path,
    partial: bool,
    rejects: Option<&Path>,
    rules: &[crate::analytics::triage::TriageRule],
) -> Result<String, CommandError> {
    messages_to(db, file, None, partial, rejects, rules)
}

/// [`messages`], also from Meta's "Download your information" export, whose messages go to
/// `channel` (or the only channel of its network).
pub fn messages_to(
    db: &mut Db,
    file: &Path,
    channel: Option<&str>,
    partial: bool,
    rejects: Option<&Path>,
    rules: &[crate::analytics::triage::TriageRule],
) -> Result<String, CommandError> {
    let channels = db.channels().map_err(CommandError::Database)?;
    let stored = db.triage_rules().map_err(CommandError::Database)?;
    let rules = crate::analytics::triage::in_force(rules, &stored);
    let adjustments = db.sentiment_adjustments().map_err(CommandError::Database)?;
    let prepare = |message: &mut crate::domain::inbox::NewMessage| {
        crate::import::arrival::prepare(message, &channels, &rules, &adjustments)
    };
    let report = import_messages_to(db, file, partial, channel, &prepare).map_err(import_error)?;
    word(&report, file, partial, rejects, ("message", "messages"))
}

/// A whole-file failure as a command error.
pub(crate) fn import_error(error: ImportError) -> CommandError {
    match error {
        ImportError::Database(error) => CommandError::Database(error),
        other => CommandError::usage(other.to_string()),
    }
}

/// Imports the mentions of `file`; all of it or nothing unless `partial`. A row without a `rule`
/// goes through the listening rules.
pub fn mentions(
    db: &mut Db,
    file: &Path,
    partial: bool,
    rejects: Option<&Path>,
) -> Result<String, CommandError> {
    let rules = LocalRules::new(&db.rule_terms()?);
    let classify =
        |text: &str, source: &str, language: Option<&str>| rules.classify(text, source, language);
    let report = import_mentions(db, file, partial, &classify).map_err(import_error)?;
    word(&report, file, partial, rejects, ("mention", "mentions"))
}

/// Imports a feed from an `http(s)://` URL (given [`DEFAULT_TIMEOUT_SECONDS`]) or a file: the
/// items a listening rule matches become mentions.
pub fn feed(db: &mut Db, location: &str, now: DateTime<Utc>) -> Result<String, CommandError> {
    let timeout = Duration::from_secs(u64::from(DEFAULT_TIMEOUT_SECONDS));
    let name = sanitize_line(location);
    let bytes = fetch_bytes(location, timeout)
        .map_err(|why| CommandError::usage(format!("{name} was not imported: {why}")))?;
    let rules = LocalRules::new(&db.rule_terms()?);
    let classify =
        |text: &str, source: &str, language: Option<&str>| rules.classify(text, source, language);
    let report = import_feed(db, &bytes, location, &classify, now).map_err(import_error)?;
    Ok(feed_lines(&name, &report))
}

/// The words of a feed import: the counts, then each note indented; all sanitized.
pub fn feed_lines(name: &str, report: &FeedReport) -> String {
    let name = sanitize_line(name);
    let mut out = format!(
        "Read {name}: {}, {}",
        plural(report.items, "item"),
        plural(report.added, "new mention")
    );
    let mut extra = Vec::new();
    if report.duplicates > 0 {
        extra.push(format!("{} already there", report.duplicates));
    }
    if report.unmatched > 0 {
        extra.push(format!("{} matched no listening rule", report.unmatched));
    }
    if !extra.is_empty() {
        out.push_str(&format!(" ({})", extra.join(", ")));
    }
    out.push_str(".\n");
    for line in note_lines(report, MAX_LISTED) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Writes every rejected row of `report` to `rejects` as CSV (`line,reason,row`): the line, every
/// reason, and the row as written in the file — its line break dropped, the characters that would
/// act on a terminal written as `\u{…}`, and a leading `'` when it would start a spreadsheet
/// formula. Written atomically, also when there is nothing to reject (an empty list).
pub(crate) fn write_rejects(report: &ImportReport, rejects: &Path) -> Result<(), CommandError> {
    write_rejected_rows(report.format.place(), &report.rejected, rejects)
}

/// Writes `rejected` rows to `rejects` as [`write_rejects`] does, the first column named after
/// the `place` a row has in its file (`line`, `item`).
pub(crate) fn write_rejected_rows(
    place: &str,
    rejected: &[RowError],
    rejects: &Path,
) -> Result<(), CommandError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let failed = |error: csv::Error| {
        CommandError::usage(sanitize_line(&format!(
            "could not write {}: {error}",
            rejects.display()
        )))
    };
    writer
        .write_record([place, "reason", "row"])
        .map_err(failed)?;
    let mut rows = rejected.iter().peekable();
    while let Some(first) = rows.next() {
        let mut reasons = vec![sanitize_line(&first.message)];
        while let Some(more) = rows.next_if(|next| next.line == first.line) {
            reasons.push(sanitize_line(&more.message));
        }
        let written = String::from_utf8_lossy(&first.raw);
        let written = written.trim_end_matches(['\r', '\n']);
        let mut row = crate::text::escape_unsafe(written, |out, c| {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)))
        })
        .into_owned();
        if crate::text::looks_like_formula(&row) {
            row.insert(0, '\'');
        }
        writer
            .write_record([first.line.to_string(), reasons.join("; "), row])
            .map_err(failed)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|error| CommandError::usage(error.to_string()))?;
    crate::files::write_atomically(rejects, &bytes)?;
    Ok(())
}

/// The words of an import: a count of the `nouns` (singular, plural) added, or the refusal with
/// its problems; every rejected row is first written to `rejects` when given.
pub(crate) fn word(
    report: &ImportReport,
    file: &Path,
    partial: bool,
    rejects: Option<&Path>,
    nouns: (&str, &str),
) -> Result<String, CommandError> {
    let name = sanitize_line(&file.display().to_string());
    if let Some(rejects) = rejects {
        write_rejects(report, rejects)?;
    }
    if !partial && !report.rejected.is_empty() {
        let rows = report.bad_rows();
        let mut lines = vec![format!(
            "{name} was not imported: {} (nothing was changed); add --partial to import the others",
            match rows {
                1 => "1 row is wrong".to_string(),
                n => format!("{n} rows are wrong"),
            }
        )];
        lines.extend(problem_lines(report, rejects));
        return Err(CommandError::Usage(lines));
    }
    let mut out = format!(
        "Imported {} from {name}{}",
        match report.added {
            1 => format!("1 {}", nouns.0),
            n => format!("{n} {}", nouns.1),
        },
        match report.duplicates {
            0 => String::new(),
            n => format!(" ({n} already there)"),
        }
    );
    end_with_rows_left_out(&mut out, report, rejects);
    Ok(out)
}

/// Ends an import's summary line: a full stop, or the rows left out, one line each.
pub(crate) fn end_with_rows_left_out(
    out: &mut String,
    report: &ImportReport,
    rejects: Option<&Path>,
) {
    if report.rejected.is_empty() {
        out.push_str(".\n");
        return;
    }
    out.push_str(&format!(
        "; {} left out:\n",
        match report.bad_rows() {
            1 => "1 row was".to_string(),
            n => format!("{n} rows were"),
        }
    ));
    for line in problem_lines(report, rejects) {
        out.push_str(&line);
        out.push('\n');
    }
}

fn plural(count: usize, noun: &str) -> String {
    match count {
        1 => format!("1 {noun}"),
        n => format!("{n} {noun}s"),
    }
}

/// One indented line per problem (`  line 7: …`), sanitized, at most [`MAX_LISTED`] of them,
/// then where every rejected row was written, or how to keep them all.
pub fn problem_lines(report: &ImportReport, rejects: Option<&Path>) -> Vec<String> {
    let place = report.format.place();
    let mut lines: Vec<String> = report
        .rejected
        .iter()
        .take(MAX_LISTED)
        .map(|error| {
            format!(
                "  {place} {}: {}",
                error.line,
                sanitize_line(&error.message)
            )
        })
        .collect();
    if report.rejected.len() > MAX_LISTED {
        lines.push(format!(
            "  … and {} more problems",
            report.rejected.len() - MAX_LISTED
        ));
    }
    let rows = match report.bad_rows() {
        1 => "the rejected row".to_string(),
        n => format!("the {n} rejected rows"),
    };
    match rejects {
        Some(rejects) => lines.push(sanitize_line(&format!(
            "  {rows}, with their {} and reasons, are in {}",
            report.format.place(),
            rejects.display()
        ))),
        None if report.rejected.len() > MAX_LISTED => lines.push(format!(
            "  add --rejects FILE to keep {rows} with their {}s and reasons",
            report.format.place()
        )),
        None => {}
    }
    lines
}
