//! Follower counts from a file: CSV with the header `channel,date,followers` (or JSON objects
//! with the same fields), UTF-8 with or without a BOM, or a network's own follower export. A file is stored whole in one transaction
//! or not at all, unless `partial` is asked for; a count for a day that already has one replaces
//! it, and an identical count is counted as already there.

use super::ImportError;
use super::messages::ImportReport;
use super::platform::followers::{FollowerDay, FollowerFormat, read_follower_days};
use super::reason::Reason;
use super::rows::{limits, no_channel, quoted, required_and_channel};
use super::source::{self, Fields, RawRow};
use crate::db::Db;
use crate::domain::audience::{FollowerCount, Recorded, check_day_in, parse_followers_in};
use crate::domain::post::{ChannelInfo, parse_date_in};
use crate::i18n::Lang;
use chrono::NaiveDate;
use std::collections::HashMap;
use std::path::Path;

/// The follower-count format.
pub(crate) const AUDIENCE: Fields = Fields {
    all: &["channel", "date", "followers"],
    required: &["channel", "date", "followers"],
    noun: "follower counts",
};

/// What an audience import did: the import's report (a replaced count is among the `added`),
/// and how many of the counts stored replaced another one for the same day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AudienceReport {
    /// The network's export the file was read as, when it was one (not cmdeck's own format).
    pub read_as: Option<FollowerFormat>,
    /// Rows stored, already there, and refused.
    pub report: ImportReport,
    /// How many of the stored counts replaced a different count recorded for that day.
    pub replaced: usize,
}

/// Imports the follower counts of a file in ONE transaction: all of it, or nothing when a row is
/// wrong and `partial` is not asked for. Channels are found among all channels, archived ones
/// included (their history may still be filled in); no count may be dated after `today`.
///
/// A network's own follower export (see [`FollowerFormat`]) is told from its content; its counts
/// go to `channel` (typed as `tiktok:@handle`), or to the only channel of that network.
pub fn import_audience(
    db: &mut Db,
    path: &Path,
    partial: bool,
    today: NaiveDate,
    channel: Option<&str>,
) -> Result<AudienceReport, ImportError> {
    let bytes = source::read_bytes(path)?;
    let channels = all_channels(db)?;
    let shape = |reason: Reason| ImportError::Shape {
        path: path.to_path_buf(),
        reason,
    };
    if let Some(metric) = super::platform::followers::meta_daily_series(&bytes) {
        return Err(shape(super::platform::followers::daily_series_refusal(
            &metric,
        )));
    }
    let read_as = FollowerFormat::detect(&bytes);
    let (format, raw) = match read_as {
        Some(export) => {
            let key = crate::domain::matching::export_channel(
                Some(export.network()),
                channel,
                None,
                &channels,
            )
            .map(crate::domain::matching::channel_key)
            .map_err(|no| shape(no_channel(&no, export.what())))?;
            let days = read_follower_days(&bytes, today).map_err(shape)?;
            (
                super::messages::Format::Csv,
                days.into_iter().map(|day| raw_row(day, &key)).collect(),
            )
        }
        None if channel.is_some() => {
            return Err(shape(Reason::new("import-channel-flag-own-format")));
        }
        None => source::rows_of(path, bytes, AUDIENCE)?,
    };
    let mut seen: HashMap<(i64, NaiveDate), usize> = HashMap::new();
    let mut replaced = 0;
    let report = ImportReport::check_and_store(
        format,
        &raw,
        partial,
        |row| {
            let count = follower_count(row, &channels, today)?;
            match seen.insert((count.channel, count.on), row.line) {
                Some(earlier) => Err(vec![
                    Reason::new("import-count-twice")
                        .text("channel", quoted(row.get("channel").unwrap_or_default()))
                        .text("day", count.on.format("%Y-%m-%d").to_string())
                        .text("place", format.place())
                        .number("earlier", earlier),
                ]),
                None => Ok(count),
            }
        },
        |valid| {
            let done = db.record_follower_counts(valid)?;
            Ok(done
                .into_iter()
                .map(|recorded| match recorded {
                    Recorded::Unchanged => None,
                    Recorded::Replaced(_) => {
                        replaced += 1;
                        Some(0)
                    }
                    Recorded::Added => Some(0),
                })
                .collect())
        },
    )?;
    Ok(AudienceReport {
        read_as,
        report,
        replaced,
    })
}

/// A day of a network's export as a row of cmdeck's format, checked like any other.
fn raw_row(day: FollowerDay, channel: &str) -> RawRow {
    match day.count {
        Ok((on, followers)) => RawRow {
            line: day.line,
            values: vec![
                ("channel", channel.to_string()),
                ("date", on.format("%Y-%m-%d").to_string()),
                ("followers", followers.to_string()),
            ],
            problems: Vec::new(),
            raw: day.written.into_bytes(),
        },
        Err(why) => RawRow {
            line: day.line,
            values: Vec::new(),
            problems: vec![why],
            raw: day.written.into_bytes(),
        },
    }
}

/// Every channel, archived ones included, as the channel finder reads them.
pub fn all_channels(db: &Db) -> Result<Vec<ChannelInfo>, crate::db::DbError> {
    Ok(db
        .channel_records()?
        .into_iter()
        .map(|record| ChannelInfo {
            id: record.id,
            network: record.setup.network,
            handle: record.setup.handle,
            char_limit: record.setup.char_limit,
            slots: String::new(),
        })
        .collect())
}

/// Checks one row: a channel that exists, a real date not after `today`, a whole count.
fn follower_count(
    row: &RawRow,
    channels: &[ChannelInfo],
    today: NaiveDate,
) -> Result<FollowerCount, Vec<Reason>> {
    let mut problems = limits(row)?;
    let channel = required_and_channel(row, AUDIENCE.required, channels, &mut problems);
    let on = row.get("date").and_then(|typed| {
        let read = |lang| parse_date_in(lang, typed).and_then(|on| check_day_in(lang, on, today));
        read(Lang::En)
            .map_err(|_| problems.push(field_says("date", |lang| read(lang).err())))
            .ok()
    });
    let followers = row.get("followers").and_then(|typed| {
        parse_followers_in(Lang::En, typed)
            .map_err(|_| {
                problems.push(field_says("followers", |lang| {
                    parse_followers_in(lang, typed).err()
                }))
            })
            .ok()
    });
    match (channel, on, followers) {
        (Some(channel), Some(on), Some(followers)) if problems.is_empty() => Ok(FollowerCount {
            channel: channel.id,
            on,
            followers,
        }),
        _ => Err(problems),
    }
}

/// That the value of `field` is wrong, as the domain's reader `says` in each language.
fn field_says(field: &str, says: impl Fn(Lang) -> Option<String>) -> Reason {
    Reason::new("import-field-says")
        .text("field", field)
        .reason(
            "why",
            Reason::in_each(|lang| says(lang).unwrap_or_default()),
        )
}
