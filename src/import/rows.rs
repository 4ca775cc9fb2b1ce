//! Checking one raw row of the message format and turning it into a [`NewMessage`]: every
//! problem of the row is found, each as one clause naming the field and what is allowed.

use super::MAX_FIELD_CHARS;
use super::reason::Reason;
use super::source::{MESSAGES, RawRow};
use crate::domain::inbox::NewMessage;
use crate::domain::matching::{ChannelMiss, NoChannel, find_channel_or_miss};
use crate::domain::post::ChannelInfo;
use crate::domain::{MessageKind, MessageStatus, Priority, Sentiment};
use chrono::{DateTime, NaiveDateTime, Utc};

/// The local-less time layouts accepted besides RFC 3339; they are taken as UTC.
const UTC_LAYOUTS: &[&str] = &[
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%dT%H:%M:%S",
];

/// A typed value as a message quotes it: trimmed and cut to 40 characters; each language's
/// catalogue puts its own quotation marks around it (“x” in English, «x» in Spanish).
pub(crate) fn quoted(value: &str) -> String {
    crate::text::truncate(value.trim(), 40)
}

/// Reads an RFC 3339 time (`2026-11-23T09:30:00Z`, `2026-11-23T10:30:00+01:00`) or a
/// `YYYY-MM-DD HH:MM[:SS]` one taken as UTC.
pub(crate) fn parse_when(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if let Ok(time) = DateTime::parse_from_rfc3339(text) {
        return Some(time.with_timezone(&Utc));
    }
    UTC_LAYOUTS
        .iter()
        .find_map(|layout| NaiveDateTime::parse_from_str(text, layout).ok())
        .map(|naive| naive.and_utc())
}

fn names<T: Copy>(all: &[T], name: impl Fn(T) -> &'static str) -> String {
    all.iter().map(|v| name(*v)).collect::<Vec<_>>().join(", ")
}

/// Reads an optional closed-vocabulary field, or says what the allowed values are.
pub(crate) fn choice<T: Copy>(
    row: &RawRow,
    (field, plural): (&str, &str),
    all: &[T],
    name: impl Fn(T) -> &'static str,
    problems: &mut Vec<Reason>,
) -> Option<T> {
    let typed = row.get(field)?;
    let wanted = typed.trim().to_lowercase();
    let found = all.iter().copied().find(|v| name(*v) == wanted);
    if found.is_none() {
        problems.push(
            Reason::new("import-unknown-choice")
                .text("field", field)
                .text("plural", plural)
                .text("typed", quoted(typed))
                .text("names", names(all, name)),
        );
    }
    found
}

/// Reads an optional time field, or says how to write one.
pub(crate) fn when(row: &RawRow, field: &str, problems: &mut Vec<Reason>) -> Option<DateTime<Utc>> {
    let typed = row.get(field)?;
    let time = parse_when(typed);
    if time.is_none() {
        problems.push(
            Reason::new("import-not-a-time")
                .text("field", field)
                .text("typed", quoted(typed)),
        );
    }
    time
}

/// The first check of any row: a row that could not be read, a value too long or holding a NUL
/// is refused at once; otherwise the problems seen while reading, to add to.
pub(crate) fn limits(row: &RawRow) -> Result<Vec<Reason>, Vec<Reason>> {
    if row.values.is_empty() && !row.problems.is_empty() {
        return Err(row.problems.clone());
    }
    let mut problems = Vec::new();
    for (field, value) in &row.values {
        let length = value.chars().count();
        if length > MAX_FIELD_CHARS {
            problems.push(
                Reason::new("import-field-too-long")
                    .text("field", *field)
                    .number("length", length)
                    .number("most", MAX_FIELD_CHARS),
            );
        }
        if value.contains('\0') {
            problems.push(Reason::new("import-field-nul").text("field", *field));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(row.problems.clone())
}

/// Notes each `required` field the row lacks, and answers the channel its `channel` field
/// names among `channels` (noting why when it names none or several).
pub(crate) fn required_and_channel<'a>(
    row: &RawRow,
    required: &[&str],
    channels: &'a [ChannelInfo],
    problems: &mut Vec<Reason>,
) -> Option<&'a ChannelInfo> {
    for field in required {
        if row.get(field).is_none() {
            problems.push(missing(field));
        }
    }
    row.get("channel").and_then(|typed| {
        let typed = typed.trim();
        find_channel_or_miss(typed, channels)
            .map_err(|miss| problems.push(unknown_channel(typed, &miss)))
            .ok()
    })
}

/// That the row lacks the field `field`.
pub(crate) fn missing(field: &str) -> Reason {
    Reason::new("import-field-missing").text("field", field)
}

/// Why a network's export (`what` it is) has no channel to go to.
pub(crate) fn no_channel(no: &NoChannel, what: Reason) -> Reason {
    match no {
        NoChannel::Typed(message) => Reason::said(message.clone()),
        NoChannel::NoNetwork => Reason::new("import-export-no-network").reason("what", what),
        NoChannel::NoneOf(network) => Reason::new("import-export-no-channel")
            .reason("what", what)
            .text("network", network.to_string()),
        NoChannel::Several(network, _) => Reason::new("import-export-several-channels")
            .reason("what", what)
            .text("network", network.to_string()),
        NoChannel::NotNamed(network, account) => Reason::new("import-export-account-not-a-channel")
            .reason("what", what)
            .text("network", network.to_string())
            .text("account", account.clone()),
    }
}

/// Why a typed channel names no channel, or several.
fn unknown_channel(typed: &str, miss: &ChannelMiss) -> Reason {
    match miss {
        ChannelMiss::NoChannels => {
            Reason::new("import-unknown-channel-none-yet").text("typed", typed)
        }
        ChannelMiss::NoneMatches(keys) => Reason::new("import-unknown-channel")
            .text("typed", typed)
            .text("channels", keys.join(", ")),
        ChannelMiss::Several(keys) => Reason::new("import-channel-several")
            .text("typed", typed)
            .text("channels", keys.join(", ")),
    }
}

/// Checks a raw row against the channels that exist; the message, or every problem found.
pub(crate) fn message(row: &RawRow, channels: &[ChannelInfo]) -> Result<NewMessage, Vec<Reason>> {
    let mut problems = limits(row)?;
    let channel = required_and_channel(row, MESSAGES.required, channels, &mut problems);
    let kind = choice(
        row,
        ("kind", "kinds"),
        MessageKind::ALL,
        MessageKind::as_str,
        &mut problems,
    );
    let status = choice(
        row,
        ("status", "statuses"),
        MessageStatus::ALL,
        MessageStatus::as_str,
        &mut problems,
    );
    if status == Some(MessageStatus::Snoozed) {
        problems.push(Reason::new("import-snoozed"));
    }
    let priority = choice(
        row,
        ("priority", "priorities"),
        Priority::ALL,
        Priority::as_str,
        &mut problems,
    );
    let sentiment = choice(
        row,
        ("sentiment", "sentiments"),
        Sentiment::ALL,
        Sentiment::as_str,
        &mut problems,
    );
    let received_at = when(row, "received_at", &mut problems);
    let first_response_at = when(row, "first_response_at", &mut problems);
    if let (Some(received), Some(answered)) = (received_at, first_response_at)
        && answered < received
    {
        problems.push(Reason::new("import-answered-before-received"));
    }
    match (channel, kind, received_at) {
        (Some(channel), Some(kind), Some(received_at)) if problems.is_empty() => Ok(NewMessage {
            channel_id: channel.id,
            kind,
            external_id: row.get("external_id").map(|id| id.trim().to_string()),
            author: row.get("author").unwrap_or_default().to_string(),
            person_id: None,
            body: row.get("body").unwrap_or_default().to_string(),
            received_at,
            status: status.unwrap_or(MessageStatus::New),
            snoozed_until: None,
            first_response_at,
            sentiment_auto: None,
            sentiment,
            priority: priority.unwrap_or(Priority::Normal),
            rule: None,
            suggested_reply: None,
        }),
        _ => Err(problems),
    }
}
