//! `cmdeck channel add|list|edit|archive|restore|remove`: set up the brand's channels from a
//! script, one transaction per change, and list them (with the history that hangs on each and
//! the latest follower count) as text, CSV or JSON, every text from the database sanitized.

use super::CommandError;
use super::format::{Cells, table_csv, table_json};
use crate::cli::{ChannelAction, ListFormat};
use crate::db::{Db, DbError};
use crate::domain::channels::{self, ChannelRecord, ChannelSetup, network_named};
use crate::domain::matching::find_channel;
use crate::format::count;
use crate::import::audience::all_channels;
use crate::text::{sanitize_line, truncate};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;
use std::fmt::Write;

/// The columns of the CSV and JSON output, in order.
pub const COLUMNS: [&str; 10] = [
    "id",
    "network",
    "handle",
    "name",
    "limit",
    "archived_on",
    "posts",
    "messages",
    "followers",
    "followers_on",
];

/// The longest post limit a channel may have, in characters.
pub const MAX_LIMIT: u32 = 100_000;

/// The longest display name, in characters.
const MAX_NAME_CHARS: usize = 100;

/// A refusal of the database (a taken handle, a channel with history) is the user's to fix, so
/// it is reported as a usage mistake; any other failure stays a database failure.
pub(crate) fn refusal(error: DbError) -> CommandError {
    match error {
        DbError::Refused(message) => CommandError::usage(message),
        other => CommandError::Database(other),
    }
}

/// Checks a typed length limit.
fn limit(typed: u32) -> Result<u32, CommandError> {
    if (1..=MAX_LIMIT).contains(&typed) {
        Ok(typed)
    } else {
        Err(CommandError::usage(format!(
            "--limit {typed} is out of range; a post limit is from 1 to {} characters",
            count(i64::from(MAX_LIMIT))
        )))
    }
}

/// Checks a typed display name: trimmed, one line, at most [`MAX_NAME_CHARS`] characters.
fn name(typed: &str) -> Result<String, CommandError> {
    let name = typed.trim();
    if name.chars().any(char::is_control) {
        return Err(CommandError::usage(format!(
            "the name “{}” has a control character; write it on one line",
            sanitize_line(name)
        )));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(CommandError::usage(format!(
            "the name is longer than {MAX_NAME_CHARS} characters"
        )));
    }
    Ok(name.to_string())
}

/// The channel a typed `CHANNEL` names, among all channels (archived ones included).
pub(crate) fn find(db: &Db, typed: &str) -> Result<ChannelRecord, CommandError> {
    let infos = all_channels(db)?;
    let id = find_channel(typed, &infos)
        .map_err(|message| CommandError::usage(sanitize_line(&message)))?
        .id;
    db.channel_record(id)?
        .ok_or_else(|| CommandError::usage(format!("there is no channel #{id}")))
}

/// `instagram:@mimarca`, sanitized for printing.
fn key(setup: &ChannelSetup) -> String {
    sanitize_line(&setup.key())
}

/// Adds a channel on `network` with `handle`; the confirmation names it and its limit.
pub fn add(
    db: &mut Db,
    network: &str,
    handle: &str,
    display: Option<&str>,
    typed_limit: Option<u32>,
) -> Result<String, CommandError> {
    let network = network_named(network).map_err(|m| CommandError::usage(sanitize_line(&m)))?;
    let mut setup =
        ChannelSetup::new(network, handle).map_err(|m| CommandError::usage(sanitize_line(&m)))?;
    if let Some(typed) = display {
        setup.name = name(typed)?;
    }
    if let Some(typed) = typed_limit {
        setup.char_limit = limit(typed)?;
    }
    let id = db.add_channel(&setup).map_err(refusal)?;
    let named = match setup.name.as_str() {
        "" => String::new(),
        shown => format!(" “{}”", sanitize_line(shown)),
    };
    Ok(format!(
        "Added {}{named} (limit {} characters) as channel #{id}.\n",
        key(&setup),
        count(i64::from(setup.char_limit))
    ))
}

/// Changes what is given of a channel's name, limit and handle; the confirmation lists the
/// changes.
pub fn edit(
    db: &mut Db,
    typed: &str,
    display: Option<&str>,
    typed_limit: Option<u32>,
    handle: Option<&str>,
) -> Result<String, CommandError> {
    if display.is_none() && typed_limit.is_none() && handle.is_none() {
        return Err(CommandError::usage(
            "nothing to change: give --name, --limit or --handle",
        ));
    }
    let record = find(db, typed)?;
    let before = record.setup.clone();
    let mut setup = record.setup;
    if let Some(typed) = handle {
        setup.handle = channels::handle(setup.network, typed)
            .map_err(|m| CommandError::usage(sanitize_line(&m)))?;
    }
    if let Some(typed) = display {
        setup.name = name(typed)?;
    }
    if let Some(typed) = typed_limit {
        setup.char_limit = limit(typed)?;
    }
    let mut changes = Vec::new();
    if setup.handle != before.handle {
        changes.push(format!("now {}", key(&setup)));
    }
    if setup.name != before.name {
        changes.push(match setup.name.as_str() {
            "" => "no name (the handle is shown)".to_string(),
            shown => format!("name “{}”", sanitize_line(shown)),
        });
    }
    if setup.char_limit != before.char_limit {
        changes.push(format!(
            "limit {} → {} characters",
            count(i64::from(before.char_limit)),
            count(i64::from(setup.char_limit))
        ));
    }
    if changes.is_empty() {
        return Ok(format!(
            "{} already has those settings; nothing changed.\n",
            key(&before)
        ));
    }
    db.edit_channel(record.id, &setup).map_err(refusal)?;
    Ok(format!(
        "Changed {}: {}.\n",
        key(&before),
        changes.join(", ")
    ))
}

/// Archives a channel on `today`: it leaves the forms, its history is kept.
pub fn archive(db: &mut Db, typed: &str, today: NaiveDate) -> Result<String, CommandError> {
    let record = find(db, typed)?;
    let shown = key(&record.setup);
    if !db.archive_channel(record.id, today).map_err(refusal)? {
        let since = record
            .archived_on
            .map(|d| format!(" on {}", d.format("%Y-%m-%d")))
            .unwrap_or_default();
        return Ok(format!(
            "{shown} was already archived{since}; nothing changed.\n"
        ));
    }
    Ok(format!(
        "Archived {shown}: it leaves the forms and its history is kept ({}, {}, {}); \
         `cmdeck channel restore {shown}` brings it back.\n",
        plural(record.posts, "post"),
        plural(record.messages, "message"),
        plural(record.audience, "follower count")
    ))
}

/// Puts an archived channel back in use.
pub fn restore(db: &mut Db, typed: &str) -> Result<String, CommandError> {
    let record = find(db, typed)?;
    let shown = key(&record.setup);
    Ok(if db.restore_channel(record.id).map_err(refusal)? {
        format!("Restored {shown}: the forms offer it again.\n")
    } else {
        format!("{shown} is in use, not archived; nothing changed.\n")
    })
}

/// Deletes a channel with no history; one with history is refused (archive it instead).
pub fn remove(db: &mut Db, typed: &str) -> Result<String, CommandError> {
    let record = find(db, typed)?;
    let shown = key(&record.setup);
    db.delete_unused_channel(record.id)
        .map_err(|error| match refusal(error) {
            CommandError::Usage(mut lines) => {
                lines.push(format!("  `cmdeck channel archive {shown}` archives it"));
                CommandError::Usage(lines)
            }
            other => other,
        })?;
    Ok(format!(
        "Removed {shown} (nothing was stored against it).\n"
    ))
}

fn plural(n: i64, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        n => format!("{} {noun}s", count(n)),
    }
}

/// The channels in use (with `all`, the archived ones too), in the format asked for.
pub fn list(db: &Db, all: bool, format: ListFormat) -> Result<String, CommandError> {
    let records = db.channel_records()?;
    let archived = records.iter().filter(|r| r.archived_on.is_some()).count();
    let shown: Vec<&ChannelRecord> = records
        .iter()
        .filter(|r| all || r.archived_on.is_none())
        .collect();
    let latest = db.latest_followers()?;
    let rows: Vec<ChannelRow> = shown.iter().map(|r| ChannelRow::new(r, &latest)).collect();
    Ok(match format {
        ListFormat::Text if rows.is_empty() && archived > 0 => {
            format!("No channels in use ({archived} archived; --all lists them).\n")
        }
        ListFormat::Text if rows.is_empty() => {
            "No channels yet; add one with `cmdeck channel add NETWORK HANDLE`.\n".into()
        }
        ListFormat::Text => text(&rows),
        ListFormat::Csv => table_csv(&COLUMNS, rows, Cells::Safe)?,
        ListFormat::RawCsv => table_csv(&COLUMNS, rows, Cells::Raw)?,
        ListFormat::Json => table_json(rows)?,
    })
}

/// One channel as a CSV row or a JSON object: the fields of [`COLUMNS`] in that order, texts
/// sanitized, `None` for no value.
#[derive(Serialize)]
struct ChannelRow {
    id: i64,
    network: &'static str,
    handle: String,
    name: Option<String>,
    limit: u32,
    archived_on: Option<String>,
    posts: i64,
    messages: i64,
    followers: Option<u64>,
    followers_on: Option<String>,
}

impl ChannelRow {
    fn new(record: &ChannelRecord, latest: &HashMap<i64, (NaiveDate, u64)>) -> ChannelRow {
        let day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
        let latest = latest.get(&record.id);
        ChannelRow {
            id: record.id,
            network: record.setup.network.as_str(),
            handle: sanitize_line(&record.setup.handle),
            name: (!record.setup.name.trim().is_empty()).then(|| sanitize_line(&record.setup.name)),
            limit: record.setup.char_limit,
            archived_on: record.archived_on.map(day),
            posts: record.posts,
            messages: record.messages,
            followers: latest.map(|(_, f)| *f),
            followers_on: latest.map(|(d, _)| day(*d)),
        }
    }
}

/// Pads text to a display width (after cutting it to that width).
fn pad(text: &str, width: usize) -> String {
    let cut = truncate(text, width);
    let used = unicode_width::UnicodeWidthStr::width(cut.as_str());
    format!("{cut}{}", " ".repeat(width.saturating_sub(used)))
}

/// One line per channel:
/// `#1  instagram:@mimarca  Mi Marca  limit 2,200  3 posts  5 messages  1,200 followers (2026-12-01)`,
/// then `[archived 2026-12-02]` for an archived one.
fn text(rows: &[ChannelRow]) -> String {
    let keys: Vec<String> = rows
        .iter()
        .map(|r| format!("{}:{}", r.network, r.handle))
        .collect();
    let key_width = keys
        .iter()
        .map(|k| unicode_width::UnicodeWidthStr::width(k.as_str()))
        .max()
        .unwrap_or(0)
        .min(40);
    let mut out = String::new();
    for (row, key) in rows.iter().zip(&keys) {
        let followers = match (row.followers, &row.followers_on) {
            (Some(f), Some(on)) => format!("{} followers ({on})", count_u64(f)),
            _ => "no follower count".to_string(),
        };
        let archived = row
            .archived_on
            .as_deref()
            .map(|on| format!("  [archived {on}]"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "#{:<3} {}  {}  limit {:>6}  {:>11}  {:>14}  {followers}{archived}",
            row.id,
            pad(key, key_width),
            pad(row.name.as_deref().unwrap_or("-"), 20),
            count(i64::from(row.limit)),
            plural(row.posts, "post"),
            plural(row.messages, "message"),
        );
    }
    out
}

/// A count that fits SQLite's integers, with thousands separators.
fn count_u64(n: u64) -> String {
    count(i64::try_from(n).unwrap_or(i64::MAX))
}

/// Carries out one `cmdeck channel` action and answers what to print (`today` dates an
/// archiving).
pub fn run(db: &mut Db, action: ChannelAction, today: NaiveDate) -> Result<String, CommandError> {
    match action {
        ChannelAction::Add {
            network,
            handle,
            name,
            limit,
        } => add(db, &network, &handle, name.as_deref(), limit),
        ChannelAction::List { all, format } => list(db, all, format),
        ChannelAction::Edit {
            channel,
            name,
            limit,
            handle,
        } => edit(db, &channel, name.as_deref(), limit, handle.as_deref()),
        ChannelAction::Archive { channel } => archive(db, &channel, today),
        ChannelAction::Restore { channel } => restore(db, &channel),
        ChannelAction::Remove { channel } => remove(db, &channel),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Network;

    #[test]
    fn a_name_stored_with_an_escape_sequence_is_listed_sanitized_in_every_format() {
        let mut db = Db::open_in_memory().unwrap();
        let mut setup = ChannelSetup::new(Network::Instagram, "mimarca").unwrap();
        setup.name = "Mi \u{1b}[31mMarca\u{202e}".into();
        db.add_channel(&setup).unwrap();
        for format in [ListFormat::Text, ListFormat::Csv, ListFormat::Json] {
            let out = list(&db, false, format).unwrap();
            assert!(out.contains("Mi [31mMarca"), "{format:?}: {out}");
            assert!(!out.contains(['\u{1b}', '\u{202e}']), "{format:?}: {out:?}");
        }
    }

    #[test]
    fn a_name_with_a_control_character_is_refused_and_nothing_is_added() {
        let mut db = Db::open_in_memory().unwrap();
        let error = add(&mut db, "x", "mimarca", Some("dos\nlíneas"), None).unwrap_err();
        assert!(
            error.to_string().contains("has a control character"),
            "{error}"
        );
        assert!(db.channel_records().unwrap().is_empty());
    }

    #[test]
    fn editing_without_an_option_says_what_can_be_changed() {
        let mut db = Db::open_in_memory().unwrap();
        add(&mut db, "x", "mimarca", None, None).unwrap();
        let error = edit(&mut db, "x", None, None, None).unwrap_err();
        assert_eq!(
            error.to_string(),
            "nothing to change: give --name, --limit or --handle"
        );
    }
}
