//! `cmdeck channel add|list|edit|archive|restore|remove`: set up the brand's channels from a
//! script, one transaction per change, and list them (with the history that hangs on each and
//! the latest follower count) as text, CSV or JSON, every text from the database sanitized.

use super::CommandError;
use super::format::{Cells, table_csv, table_json};
use crate::cli::{ChannelAction, ListFormat};
use crate::db::{Db, DbError};
use crate::domain::channels::{self, ChannelRecord, ChannelSetup, network_named_in};
use crate::domain::matching::find_channel_in;
use crate::i18n::{Arg, Lang};
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
fn limit(typed: u32, lang: Lang) -> Result<u32, CommandError> {
    if (1..=MAX_LIMIT).contains(&typed) {
        Ok(typed)
    } else {
        Err(CommandError::usage(lang.text_with(
            "cli-channel-limit-out-of-range",
            &[
                ("typed", Arg::Text(&typed.to_string())),
                ("max", Arg::Text(&count(lang, i64::from(MAX_LIMIT)))),
            ],
        )))
    }
}

/// A number with the language's thousands separators.
fn count(lang: Lang, n: i64) -> String {
    crate::i18n::count(lang, n)
}

/// Checks a typed display name: trimmed, one line, at most [`MAX_NAME_CHARS`] characters.
fn name(typed: &str, lang: Lang) -> Result<String, CommandError> {
    let name = typed.trim();
    if name.chars().any(char::is_control) {
        return Err(CommandError::usage(lang.text_with(
            "cli-channel-name-control",
            &[("name", Arg::Text(&sanitize_line(name)))],
        )));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(CommandError::usage(lang.text_with(
            "cli-channel-name-too-long",
            &[("max", Arg::Text(&MAX_NAME_CHARS.to_string()))],
        )));
    }
    Ok(name.to_string())
}

/// The channel a typed `CHANNEL` names, among all channels (archived ones included).
pub(crate) fn find(db: &Db, typed: &str, lang: Lang) -> Result<ChannelRecord, CommandError> {
    let infos = all_channels(db)?;
    let id = find_channel_in(typed, &infos, lang)
        .map_err(|message| CommandError::usage(sanitize_line(&message)))?
        .id;
    db.channel_record(id)?.ok_or_else(|| {
        CommandError::usage(lang.text_with(
            "cli-channel-no-such-id",
            &[("id", Arg::Text(&id.to_string()))],
        ))
    })
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
    add_in(db, network, handle, display, typed_limit, Lang::En)
}

/// [`add`], its words in `lang`.
pub fn add_in(
    db: &mut Db,
    network: &str,
    handle: &str,
    display: Option<&str>,
    typed_limit: Option<u32>,
    lang: Lang,
) -> Result<String, CommandError> {
    let network =
        network_named_in(network, lang).map_err(|m| CommandError::usage(sanitize_line(&m)))?;
    let mut setup = ChannelSetup::new_in(network, handle, lang)
        .map_err(|m| CommandError::usage(sanitize_line(&m)))?;
    if let Some(typed) = display {
        setup.name = name(typed, lang)?;
    }
    if let Some(typed) = typed_limit {
        setup.char_limit = limit(typed, lang)?;
    }
    let id = db.add_channel(&setup).map_err(refusal)?;
    let name = sanitize_line(&setup.name);
    let added = lang.text_with(
        if name.is_empty() {
            "cli-channel-added"
        } else {
            "cli-channel-added-named"
        },
        &[
            ("channel", Arg::Text(&key(&setup))),
            ("name", Arg::Text(&name)),
            (
                "limit",
                Arg::Text(&count(lang, i64::from(setup.char_limit))),
            ),
            ("id", Arg::Text(&id.to_string())),
        ],
    );
    Ok(format!("{added}\n"))
}

/// Changes what is given of a channel's name, limit and handle; the confirmation lists the
/// changes.
pub fn edit(
    db: &mut Db,
    typed: &str,
    display: Option<&str>,
    typed_limit: Option<u32>,
    handle: Option<&str>,
    lang: Lang,
) -> Result<String, CommandError> {
    if display.is_none() && typed_limit.is_none() && handle.is_none() {
        return Err(CommandError::usage(
            lang.text("cli-channel-nothing-to-change"),
        ));
    }
    let record = find(db, typed, lang)?;
    let before = record.setup.clone();
    let mut setup = record.setup;
    if let Some(typed) = handle {
        setup.handle = channels::handle_in(setup.network, typed, lang)
            .map_err(|m| CommandError::usage(sanitize_line(&m)))?;
    }
    if let Some(typed) = display {
        setup.name = name(typed, lang)?;
    }
    if let Some(typed) = typed_limit {
        setup.char_limit = limit(typed, lang)?;
    }
    let mut changes = Vec::new();
    if setup.handle != before.handle {
        changes.push(lang.text_with("cli-channel-now", &[("channel", Arg::Text(&key(&setup)))]));
    }
    if setup.name != before.name {
        changes.push(match setup.name.as_str() {
            "" => lang.text("cli-channel-no-name"),
            shown => lang.text_with(
                "cli-channel-new-name",
                &[("name", Arg::Text(&sanitize_line(shown)))],
            ),
        });
    }
    if setup.char_limit != before.char_limit {
        changes.push(lang.text_with(
            "cli-channel-new-limit",
            &[
                (
                    "before",
                    Arg::Text(&count(lang, i64::from(before.char_limit))),
                ),
                (
                    "after",
                    Arg::Text(&count(lang, i64::from(setup.char_limit))),
                ),
            ],
        ));
    }
    if changes.is_empty() {
        return Ok(format!(
            "{}\n",
            lang.text_with(
                "cli-channel-unchanged",
                &[("channel", Arg::Text(&key(&before)))],
            )
        ));
    }
    db.edit_channel(record.id, &setup).map_err(refusal)?;
    Ok(format!(
        "{}\n",
        lang.text_with(
            "cli-channel-changed",
            &[
                ("channel", Arg::Text(&key(&before))),
                ("changes", Arg::Text(&changes.join(", "))),
            ],
        )
    ))
}

/// Archives a channel on `today`: it leaves the forms, its history is kept.
pub fn archive(
    db: &mut Db,
    typed: &str,
    today: NaiveDate,
    lang: Lang,
) -> Result<String, CommandError> {
    let record = find(db, typed, lang)?;
    let shown = key(&record.setup);
    if !db.archive_channel(record.id, today).map_err(refusal)? {
        let since = record
            .archived_on
            .map_or_else(|| "none".to_string(), |d| d.format("%Y-%m-%d").to_string());
        return Ok(format!(
            "{}\n",
            lang.text_with(
                "cli-channel-already-archived",
                &[("channel", Arg::Text(&shown)), ("since", Arg::Text(&since))],
            )
        ));
    }
    Ok(format!(
        "{}\n",
        lang.text_with(
            "cli-channel-archived",
            &[
                ("channel", Arg::Text(&shown)),
                ("posts", Arg::Text(&plural(lang, record.posts, Noun::Posts))),
                (
                    "messages",
                    Arg::Text(&plural(lang, record.messages, Noun::Messages)),
                ),
                (
                    "counts",
                    Arg::Text(&plural(lang, record.audience, Noun::FollowerCounts)),
                ),
            ],
        )
    ))
}

/// Puts an archived channel back in use.
pub fn restore(db: &mut Db, typed: &str, lang: Lang) -> Result<String, CommandError> {
    let record = find(db, typed, lang)?;
    let shown = key(&record.setup);
    let args = [("channel", Arg::Text(&shown))];
    let said = if db.restore_channel(record.id).map_err(refusal)? {
        lang.text_with("cli-channel-restored", &args)
    } else {
        lang.text_with("cli-channel-not-archived", &args)
    };
    Ok(format!("{said}\n"))
}

/// Deletes a channel with no history; one with history is refused (archive it instead).
pub fn remove(db: &mut Db, typed: &str, lang: Lang) -> Result<String, CommandError> {
    let record = find(db, typed, lang)?;
    let shown = key(&record.setup);
    db.delete_unused_channel(record.id)
        .map_err(|error| match refusal(error) {
            CommandError::Usage(mut lines) => {
                lines.push(format!(
                    "  {}",
                    lang.text_with(
                        "cli-channel-archive-instead",
                        &[("channel", Arg::Text(&shown))],
                    )
                ));
                CommandError::Usage(lines)
            }
            other => other,
        })?;
    Ok(format!(
        "{}\n",
        lang.text_with("cli-channel-removed", &[("channel", Arg::Text(&shown))])
    ))
}

/// What a channel's history counts.
#[derive(Debug, Clone, Copy)]
enum Noun {
    Posts,
    Messages,
    FollowerCounts,
}

fn plural(lang: Lang, n: i64, noun: Noun) -> String {
    let shown = count(lang, n);
    let args = [("count", Arg::Count(n)), ("shown", Arg::Text(&shown))];
    match noun {
        Noun::Posts => lang.text_with("cli-channel-posts", &args),
        Noun::Messages => lang.text_with("cli-channel-messages", &args),
        Noun::FollowerCounts => lang.text_with("cli-channel-follower-counts", &args),
    }
}

/// The channels in use (with `all`, the archived ones too), in the format asked for.
pub fn list(db: &Db, all: bool, format: ListFormat, lang: Lang) -> Result<String, CommandError> {
    let records = db.channel_records()?;
    let archived = records.iter().filter(|r| r.archived_on.is_some()).count();
    let shown: Vec<&ChannelRecord> = records
        .iter()
        .filter(|r| all || r.archived_on.is_none())
        .collect();
    let latest = db.latest_followers()?;
    let rows: Vec<ChannelRow> = shown.iter().map(|r| ChannelRow::new(r, &latest)).collect();
    Ok(match format {
        ListFormat::Text if rows.is_empty() && archived > 0 => format!(
            "{}\n",
            lang.text_with(
                "cli-channel-none-in-use",
                &[
                    (
                        "count",
                        Arg::Count(i64::try_from(archived).unwrap_or(i64::MAX))
                    ),
                    ("shown", Arg::Text(&archived.to_string())),
                ],
            )
        ),
        ListFormat::Text if rows.is_empty() => format!("{}\n", lang.text("cli-channel-none-yet")),
        ListFormat::Text => text(&rows, lang),
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
fn text(rows: &[ChannelRow], lang: Lang) -> String {
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
            (Some(f), Some(on)) => lang.text_with(
                "cli-channel-followers-on",
                &[
                    ("followers", Arg::Text(&count_u64(lang, f))),
                    ("day", Arg::Text(on)),
                ],
            ),
            _ => lang.text("cli-channel-no-follower-count"),
        };
        let archived = row
            .archived_on
            .as_deref()
            .map(|on| {
                format!(
                    "  [{}]",
                    lang.text_with("cli-channel-archived-on", &[("day", Arg::Text(on))])
                )
            })
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "#{:<3} {}  {}  {} {:>6}  {:>11}  {:>14}  {followers}{archived}",
            row.id,
            pad(key, key_width),
            pad(row.name.as_deref().unwrap_or("-"), 20),
            lang.text("cli-channel-limit-column"),
            count(lang, i64::from(row.limit)),
            plural(lang, row.posts, Noun::Posts),
            plural(lang, row.messages, Noun::Messages),
        );
    }
    out
}

/// A count that fits SQLite's integers, with thousands separators.
fn count_u64(lang: Lang, n: u64) -> String {
    count(lang, i64::try_from(n).unwrap_or(i64::MAX))
}

/// Carries out one `cmdeck channel` action and answers what to print (`today` dates an
/// archiving).
pub fn run(
    db: &mut Db,
    action: ChannelAction,
    today: NaiveDate,
    lang: Lang,
) -> Result<String, CommandError> {
    match action {
        ChannelAction::Add {
            network,
            handle,
            name,
            limit,
        } => add_in(db, &network, &handle, name.as_deref(), limit, lang),
        ChannelAction::List { all, format } => list(db, all, format, lang),
        ChannelAction::Edit {
            channel,
            name,
            limit,
            handle,
        } => edit(
            db,
            &channel,
            name.as_deref(),
            limit,
            handle.as_deref(),
            lang,
        ),
        ChannelAction::Archive { channel } => archive(db, &channel, today, lang),
        ChannelAction::Restore { channel } => restore(db, &channel, lang),
        ChannelAction::Remove { channel } => remove(db, &channel, lang),
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
            let out = list(&db, false, format, Lang::En).unwrap();
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
        let error = edit(&mut db, "x", None, None, None, Lang::En).unwrap_err();
        assert_eq!(
            error.to_string(),
            "nothing to change: give --name, --limit or --handle"
        );
    }
}
