//! How `cmdeck post list` prints posts: aligned text for people, CSV (RFC 4180 quoting) and JSON for
//! scripts. Every text from the database is sanitized first, so no escape sequence reaches the
//! terminal; CSV and JSON keep the body's line breaks, quoted or escaped.

use crate::clock::Clock;
use crate::domain::rows::PostRow;
use crate::text::{sanitize_block, sanitize_line, truncate};
use chrono::{DateTime, Utc};
use std::fmt::Write;

/// The columns of the CSV and JSON output, in order.
pub const COLUMNS: [&str; 9] = [
    "id",
    "channel",
    "network",
    "status",
    "scheduled_at",
    "published_at",
    "pillar",
    "campaign",
    "body",
];

/// How many columns of the body the text output shows.
const BODY_WIDTH: usize = 80;

/// Quotes one CSV field when it holds a comma, a quote or a line break, doubling inner quotes.
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// A JSON string literal: quotes, backslashes and control characters escaped.
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A local time as ISO 8601 without seconds (`2026-11-24T09:30`).
fn iso(clock: &Clock, time: Option<DateTime<Utc>>) -> Option<String> {
    time.map(|t| clock.local(t).format("%Y-%m-%dT%H:%M").to_string())
}

/// One post's column values, sanitized (`None`: no value).
fn values(post: &PostRow, clock: &Clock) -> [Option<String>; 9] {
    let line = |text: &Option<String>| text.as_deref().map(sanitize_line);
    [
        Some(post.id.to_string()),
        Some(sanitize_line(&post.channel)),
        Some(post.network.to_string()),
        Some(post.status.to_string()),
        iso(clock, post.scheduled_at),
        iso(clock, post.published_at),
        line(&post.pillar),
        line(&post.campaign),
        Some(sanitize_block(&post.body)),
    ]
}

/// One line per post: `2026-11-24 09:30  scheduled  IG @cafelanora  [Promos]  the text…`.
pub fn text(posts: &[PostRow], clock: &Clock) -> String {
    let mut out = String::new();
    for post in posts {
        let when = post
            .scheduled_at
            .map(|t| clock.local(t).format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_else(|| "----------------".into());
        let pillar = post.pillar.as_deref().map(sanitize_line);
        let _ = writeln!(
            out,
            "{when}  {:<9}  {} {}  [{}]  {}",
            post.status.as_str(),
            post.network.short(),
            sanitize_line(&post.channel),
            pillar.as_deref().unwrap_or("-"),
            truncate(&sanitize_line(&post.body), BODY_WIDTH)
        );
    }
    out
}

/// A header row, then one row per post; lines end with `\n`, empty fields mean no value.
pub fn csv(posts: &[PostRow], clock: &Clock) -> String {
    table_csv(&COLUMNS, posts.iter().map(|post| values(post, clock)))
}

/// A JSON array with one object per post (missing values are `null`, `id` is a number).
pub fn json(posts: &[PostRow], clock: &Clock) -> String {
    table_json(
        &COLUMNS,
        "id",
        posts.iter().map(|post| (post.id, values(post, clock))),
    )
}

/// A header row of `columns`, then one line per row; an empty field means no value.
pub fn table_csv<R: IntoIterator<Item = Option<String>>>(
    columns: &[&str],
    rows: impl Iterator<Item = R>,
) -> String {
    let mut out = columns.join(",");
    out.push('\n');
    for row in rows {
        let fields: Vec<String> = row
            .into_iter()
            .map(|value| csv_field(value.as_deref().unwrap_or("")))
            .collect();
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

/// A JSON array with one object per row, one row per line: missing values are `null`, and the
/// `number` column is written as the number given with each row.
pub fn table_json<R: IntoIterator<Item = Option<String>>>(
    columns: &[&str],
    number: &str,
    rows: impl Iterator<Item = (i64, R)>,
) -> String {
    let objects: Vec<String> = rows
        .map(|(value_of_number, values)| {
            let fields: Vec<String> = columns
                .iter()
                .zip(values)
                .map(|(name, value)| {
                    let value = match value {
                        _ if *name == number => value_of_number.to_string(),
                        Some(text) => json_string(&text),
                        None => "null".into(),
                    };
                    format!("{}:{value}", json_string(name))
                })
                .collect();
            format!("  {{{}}}", fields.join(","))
        })
        .collect();
    if objects.is_empty() {
        "[]\n".into()
    } else {
        format!("[\n{}\n]\n", objects.join(",\n"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Network, PostStatus};
    use chrono::TimeZone;

    /// A body with everything that needs care: quotes, a comma, a line break, Spanish, an emoji
    /// and an escape sequence that would recolour the terminal.
    const HOSTILE: &str = "Dijo \"¡olé!\", mañana\nsegunda línea ☕ \u{1b}[31mrojo";

    fn post(body: &str) -> PostRow {
        PostRow {
            id: 7,
            channel_id: 2,
            network: Network::X,
            channel: "@cafe\u{1b}lanora".into(),
            body: body.into(),
            status: PostStatus::Scheduled,
            scheduled_at: Some(Utc.with_ymd_and_hms(2026, 11, 24, 9, 30, 0).unwrap()),
            published_at: None,
            url: None,
            campaign: None,
            pillar: Some("Recetas y métodos".into()),
            persona: None,
            evergreen: false,
            notes: String::new(),
            impressions: None,
            reach: None,
            interactions: None,
        }
    }

    fn clock() -> Clock {
        Clock::fixed(Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap())
    }

    #[test]
    fn csv_fields_are_quoted_only_when_they_must_be_and_quotes_are_doubled() {
        assert_eq!(csv_field("plain ñ ☕"), "plain ñ ☕");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn json_strings_escape_quotes_backslashes_and_control_characters() {
        assert_eq!(json_string("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(json_string("uno\ndos\t"), r#""uno\ndos\t""#);
        assert_eq!(json_string("\u{1b}[0m\u{7f}"), r#""\u001b[0m\u007f""#);
        assert_eq!(json_string("mañana ☕"), "\"mañana ☕\"");
    }

    #[test]
    fn text_output_is_one_line_without_the_escape_character() {
        let out = text(&[post(HOSTILE)], &clock());
        assert_eq!(out.lines().count(), 1);
        assert!(!out.contains('\u{1b}'));
        assert_eq!(
            out,
            "2026-11-24 09:30  scheduled  X @cafelanora  [Recetas y métodos]  Dijo \"¡olé!\", mañana segunda línea ☕ [31mrojo\n"
        );
    }

    #[test]
    fn csv_output_keeps_the_body_quoted_with_its_line_break_and_drops_the_escape() {
        let out = csv(&[post(HOSTILE)], &clock());
        assert!(!out.contains('\u{1b}'));
        assert_eq!(
            out,
            "id,channel,network,status,scheduled_at,published_at,pillar,campaign,body\n\
             7,@cafelanora,x,scheduled,2026-11-24T09:30,,Recetas y métodos,,\"Dijo \"\"¡olé!\"\", mañana\nsegunda línea ☕ [31mrojo\"\n"
        );
    }

    #[test]
    fn json_output_is_an_array_with_nulls_for_missing_values() {
        let out = json(&[post(HOSTILE)], &clock());
        assert!(!out.contains('\u{1b}'));
        assert_eq!(
            out,
            "[\n  {\"id\":7,\"channel\":\"@cafelanora\",\"network\":\"x\",\"status\":\"scheduled\",\
             \"scheduled_at\":\"2026-11-24T09:30\",\"published_at\":null,\"pillar\":\"Recetas y métodos\",\
             \"campaign\":null,\"body\":\"Dijo \\\"¡olé!\\\", mañana\\nsegunda línea ☕ [31mrojo\"}\n]\n"
        );
        assert_eq!(json(&[], &clock()), "[]\n");
    }
}
