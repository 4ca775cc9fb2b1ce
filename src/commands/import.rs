//! `cmdeck import messages|mentions FILE [--partial]` and `cmdeck import feed URL-or-FILE`: run
//! the importers and word their reports — a count of what was added, or the refusal with one
//! indented, sanitized line per problem.

use super::CommandError;
use crate::config::DEFAULT_TIMEOUT_SECONDS;
use crate::db::Db;
use crate::i18n::{Arg, Lang};
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
    messages_to(db, file, None, partial, rejects, rules, Lang::En)
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
    lang: Lang,
) -> Result<String, CommandError> {
    let channels = db.channels().map_err(CommandError::Database)?;
    let stored = db.triage_rules().map_err(CommandError::Database)?;
    let rules = crate::analytics::triage::in_force(rules, &stored);
    let adjustments = db.sentiment_adjustments().map_err(CommandError::Database)?;
    let prepare = |message: &mut crate::domain::inbox::NewMessage| {
        crate::import::arrival::prepare(message, &channels, &rules, &adjustments)
    };
    let report =
        import_messages_to(db, file, partial, channel, &prepare).map_err(import_error(lang))?;
    word(&report, file, partial, rejects, Imported::Messages, lang)
}

/// A whole-file failure as a command error, worded in `lang`.
pub(crate) fn import_error(lang: Lang) -> impl Fn(ImportError) -> CommandError {
    move |error| match error {
        ImportError::Database(error) => CommandError::Database(error),
        other => CommandError::usage(other.message(lang)),
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
    mentions_in(db, file, partial, rejects, Lang::En)
}

/// [`mentions`], its words in `lang`.
pub fn mentions_in(
    db: &mut Db,
    file: &Path,
    partial: bool,
    rejects: Option<&Path>,
    lang: Lang,
) -> Result<String, CommandError> {
    let rules = LocalRules::new(&db.rule_terms()?);
    let classify =
        |text: &str, source: &str, language: Option<&str>| rules.classify(text, source, language);
    let report = import_mentions(db, file, partial, &classify).map_err(import_error(lang))?;
    word(&report, file, partial, rejects, Imported::Mentions, lang)
}

/// Imports a feed from an `http(s)://` URL (given [`DEFAULT_TIMEOUT_SECONDS`]) or a file: the
/// items a listening rule matches become mentions.
pub fn feed(
    db: &mut Db,
    location: &str,
    now: DateTime<Utc>,
    lang: Lang,
) -> Result<String, CommandError> {
    let timeout = Duration::from_secs(u64::from(DEFAULT_TIMEOUT_SECONDS));
    let name = sanitize_line(location);
    let bytes = fetch_bytes(location, timeout, lang).map_err(|why| {
        CommandError::usage(lang.text_with(
            "cli-import-not-imported",
            &[
                ("name", Arg::Text(&name)),
                ("why", Arg::Text(&why.to_string())),
            ],
        ))
    })?;
    let rules = LocalRules::new(&db.rule_terms()?);
    let classify =
        |text: &str, source: &str, language: Option<&str>| rules.classify(text, source, language);
    let report = import_feed(db, &bytes, location, &classify, now).map_err(import_error(lang))?;
    Ok(feed_lines_in(lang, &name, &report))
}

/// The words of a feed import: the counts, then each note indented; all sanitized.
pub fn feed_lines(name: &str, report: &FeedReport) -> String {
    feed_lines_in(Lang::En, name, report)
}

/// [`feed_lines`] in `lang`.
pub fn feed_lines_in(lang: Lang, name: &str, report: &FeedReport) -> String {
    let name = sanitize_line(name);
    let mut out = lang.text_with(
        "cli-feed-read",
        &[
            ("name", Arg::Text(&name)),
            (
                "items",
                Arg::Text(&counted(lang, report.items, Counted::Items)),
            ),
            (
                "added",
                Arg::Text(&counted(lang, report.added, Counted::NewMentions)),
            ),
        ],
    );
    let mut extra = Vec::new();
    if report.duplicates > 0 {
        extra.push(counted(lang, report.duplicates, Counted::AlreadyThere));
    }
    if report.unmatched > 0 {
        extra.push(counted(lang, report.unmatched, Counted::Unmatched));
    }
    if !extra.is_empty() {
        out.push_str(&format!(" ({})", extra.join(", ")));
    }
    out.push_str(".\n");
    for line in note_lines(lang, report, MAX_LISTED) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Writes every rejected row of `report` to `rejects` as CSV (`line,reason,row`): the line, every
/// reason, and the row as written in the file — its line break dropped, the characters that would
/// act on a terminal written as `\u{…}`, and a leading `'` when it would start a spreadsheet
/// formula. Written atomically, also when there is nothing to reject (an empty list). The
/// header keeps its machine names in every language; the reasons are in `lang`.
pub(crate) fn write_rejects(
    report: &ImportReport,
    rejects: &Path,
    lang: Lang,
) -> Result<(), CommandError> {
    write_rejected_rows(report.format.place(), &report.rejected, rejects, lang)
}

/// Writes `rejected` rows to `rejects` as [`write_rejects`] does, the first column named after
/// the `place` a row has in its file (`line`, `item`).
pub(crate) fn write_rejected_rows(
    place: &str,
    rejected: &[RowError],
    rejects: &Path,
    lang: Lang,
) -> Result<(), CommandError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let failed = |error: csv::Error| {
        CommandError::usage(sanitize_line(&lang.text_with(
            "error-file-write",
            &[
                ("path", Arg::Text(&rejects.display().to_string())),
                ("error", Arg::Text(&error.to_string())),
            ],
        )))
    };
    writer
        .write_record([place, "reason", "row"])
        .map_err(failed)?;
    let mut rows = rejected.iter().peekable();
    while let Some(first) = rows.next() {
        let mut reasons = vec![sanitize_line(&first.message(lang))];
        while let Some(more) = rows.next_if(|next| next.line == first.line) {
            reasons.push(sanitize_line(&more.message(lang)));
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

/// What an import counts in its summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Imported {
    /// Inbox messages.
    Messages,
    /// Mentions.
    Mentions,
    /// People.
    People,
    /// Follower counts.
    FollowerCounts,
}

/// What a count in an import's words counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Counted {
    /// A feed's items.
    Items,
    /// The mentions a feed added.
    NewMentions,
    /// Rows or items already stored.
    AlreadyThere,
    /// A feed's items no listening rule matched.
    Unmatched,
}

/// A number as the summaries write it: plain in English, as they always were, grouped in Spanish.
pub(crate) fn shown(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => n.to_string(),
        Lang::Es => crate::i18n::count(lang, i64::try_from(n).unwrap_or(i64::MAX)),
    }
}

/// `n` as a plural count for a message.
pub(crate) fn plural_count(n: usize) -> Arg<'static> {
    Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
}

fn counted(lang: Lang, n: usize, what: Counted) -> String {
    let shown = shown(lang, n);
    let args = [("count", plural_count(n)), ("shown", Arg::Text(&shown))];
    match what {
        Counted::Items => lang.text_with("cli-feed-items", &args),
        Counted::NewMentions => lang.text_with("cli-feed-new-mentions", &args),
        Counted::AlreadyThere => lang.text_with("cli-import-already-there", &args),
        Counted::Unmatched => lang.text_with("cli-feed-unmatched", &args),
    }
}

/// The words of an import: a count of `what` was added, or the refusal with its problems; every
/// rejected row is first written to `rejects` when given.
pub(crate) fn word(
    report: &ImportReport,
    file: &Path,
    partial: bool,
    rejects: Option<&Path>,
    what: Imported,
    lang: Lang,
) -> Result<String, CommandError> {
    let name = sanitize_line(&file.display().to_string());
    if let Some(rejects) = rejects {
        write_rejects(report, rejects, lang)?;
    }
    if !partial && !report.rejected.is_empty() {
        let rows = report.bad_rows();
        let shown_rows = shown(lang, rows);
        let mut lines = vec![lang.text_with(
            "cli-import-refused",
            &[
                ("name", Arg::Text(&name)),
                ("count", plural_count(rows)),
                ("shown", Arg::Text(&shown_rows)),
            ],
        )];
        lines.extend(problem_lines_in(lang, report, rejects));
        return Err(CommandError::Usage(lines));
    }
    let added = shown(lang, report.added);
    let args = [
        ("count", plural_count(report.added)),
        ("shown", Arg::Text(&added)),
        ("name", Arg::Text(&name)),
    ];
    let mut out = match what {
        Imported::Messages => lang.text_with("cli-imported-messages", &args),
        Imported::Mentions => lang.text_with("cli-imported-mentions", &args),
        Imported::People => lang.text_with("cli-imported-people", &args),
        Imported::FollowerCounts => lang.text_with("cli-imported-follower-counts", &args),
    };
    if report.duplicates > 0 {
        out.push_str(&format!(
            " ({})",
            counted(lang, report.duplicates, Counted::AlreadyThere)
        ));
    }
    end_with_rows_left_out(&mut out, report, rejects, lang);
    Ok(out)
}

/// Ends an import's summary line: a full stop, or the rows left out, one line each.
pub(crate) fn end_with_rows_left_out(
    out: &mut String,
    report: &ImportReport,
    rejects: Option<&Path>,
    lang: Lang,
) {
    if report.rejected.is_empty() {
        out.push_str(".\n");
        return;
    }
    let rows = report.bad_rows();
    let shown_rows = shown(lang, rows);
    out.push_str("; ");
    out.push_str(&lang.text_with(
        "cli-import-left-out",
        &[
            ("count", plural_count(rows)),
            ("shown", Arg::Text(&shown_rows)),
        ],
    ));
    out.push('\n');
    for line in problem_lines_in(lang, report, rejects) {
        out.push_str(&line);
        out.push('\n');
    }
}

/// One indented line per problem (`  line 7: …`), sanitized, at most [`MAX_LISTED`] of them,
/// then where every rejected row was written, or how to keep them all.
pub fn problem_lines(report: &ImportReport, rejects: Option<&Path>) -> Vec<String> {
    problem_lines_in(Lang::En, report, rejects)
}

/// [`problem_lines`] in `lang`, the problems too.
pub fn problem_lines_in(lang: Lang, report: &ImportReport, rejects: Option<&Path>) -> Vec<String> {
    let (place, places) = match report.format.place() {
        "item" => (
            lang.text("cli-import-place-item"),
            lang.text("cli-import-place-items"),
        ),
        _ => (
            lang.text("cli-import-place-line"),
            lang.text("cli-import-place-lines"),
        ),
    };
    let mut lines: Vec<String> = report
        .rejected
        .iter()
        .take(MAX_LISTED)
        .map(|error| {
            format!(
                "  {place} {}: {}",
                error.line,
                sanitize_line(&error.message(lang))
            )
        })
        .collect();
    if report.rejected.len() > MAX_LISTED {
        let more = report.rejected.len() - MAX_LISTED;
        let shown_more = shown(lang, more);
        lines.push(format!(
            "  {}",
            lang.text_with(
                "cli-import-more-problems",
                &[
                    ("count", plural_count(more)),
                    ("shown", Arg::Text(&shown_more))
                ],
            )
        ));
    }
    let rows = report.bad_rows();
    let shown_rows = shown(lang, rows);
    match rejects {
        Some(rejects) => {
            let file = rejects.display().to_string();
            lines.push(sanitize_line(&format!(
                "  {}",
                lang.text_with(
                    "cli-import-rejects-written",
                    &[
                        ("count", plural_count(rows)),
                        ("shown", Arg::Text(&shown_rows)),
                        ("place", Arg::Text(&place)),
                        ("file", Arg::Text(&file)),
                    ],
                )
            )))
        }
        None if report.rejected.len() > MAX_LISTED => lines.push(format!(
            "  {}",
            lang.text_with(
                "cli-import-keep-rejects",
                &[
                    ("count", plural_count(rows)),
                    ("shown", Arg::Text(&shown_rows)),
                    ("places", Arg::Text(&places)),
                ],
            )
        )),
        None => {}
    }
    lines
}
