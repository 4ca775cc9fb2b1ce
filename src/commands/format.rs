//! How `cmdeck post list` prints posts: aligned text for people, CSV (through `csv::Writer`) and
//! JSON (through `serde_json`) for scripts, and the one pair of table writers every list shares.
//! Every text from the database is sanitized first, so no escape sequence reaches the terminal;
//! CSV and JSON keep the body's line breaks, quoted or escaped. CSV cells a spreadsheet would run
//! as formulas get a leading `'` (not with `--format raw-csv`), and the JSON writer here, which
//! the export uses too, escapes every character unsafe for a terminal.

use super::CommandError;
pub use super::export_values::Cells;
use crate::clock::Clock;
use crate::domain::rows::PostRow;
use crate::text::{escape_unsafe, looks_like_formula, sanitize_line, truncate};
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::ser::{CharEscape, CompactFormatter, Formatter};
use std::fmt::Write as _;
use std::io;

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

/// One post as a CSV row or a JSON object: the fields of [`COLUMNS`] in that order, texts
/// sanitized, `None` for no value.
#[derive(Serialize)]
struct PostRecord {
    id: i64,
    channel: String,
    network: &'static str,
    status: &'static str,
    scheduled_at: Option<String>,
    published_at: Option<String>,
    pillar: Option<String>,
    campaign: Option<String>,
    body: String,
}

/// A local time as ISO 8601 without seconds (`2026-11-24T09:30`).
fn iso(clock: &Clock, time: Option<DateTime<Utc>>) -> Option<String> {
    time.map(|t| clock.local(t).format("%Y-%m-%dT%H:%M").to_string())
}

impl PostRecord {
    /// The record of one post, its texts sanitized.
    fn new(post: &PostRow, clock: &Clock) -> PostRecord {
        let line = |text: &Option<String>| text.as_deref().map(sanitize_line);
        PostRecord {
            id: post.id,
            channel: sanitize_line(&post.channel),
            network: post.network.as_str(),
            status: post.status.as_str(),
            scheduled_at: iso(clock, post.scheduled_at),
            published_at: iso(clock, post.published_at),
            pillar: line(&post.pillar),
            campaign: line(&post.campaign),
            body: post.body.block(),
        }
    }
}

/// One line per post: `2026-11-24 09:30  scheduled  IG @cafelanora  [Promos]  the text…`.
pub fn text(posts: &[PostRow], clock: &Clock, lang: crate::i18n::Lang) -> String {
    // The longest status word: `scheduled` in English, `programada` in Spanish.
    let width = match lang {
        crate::i18n::Lang::En => 9,
        crate::i18n::Lang::Es => 10,
    };
    let mut out = String::new();
    for post in posts {
        let when = post
            .scheduled_at
            .map(|t| clock.local(t).format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_else(|| "----------------".into());
        let pillar = post.pillar.as_deref().map(sanitize_line);
        let _ = writeln!(
            out,
            "{when}  {:<width$}  {} {}  [{}]  {}",
            super::post::status_word(lang, post.status),
            post.network.short(),
            sanitize_line(&post.channel),
            pillar.as_deref().unwrap_or("-"),
            truncate(&post.body.line(), BODY_WIDTH)
        );
    }
    out
}

/// A header row, then one row per post; lines end with `\n`, empty fields mean no value, texts
/// written as `cells` says.
pub fn csv(posts: &[PostRow], clock: &Clock, cells: Cells) -> Result<String, CommandError> {
    table_csv(
        &COLUMNS,
        posts.iter().map(|post| PostRecord::new(post, clock)),
        cells,
    )
}

/// A JSON array with one object per post (missing values are `null`, `id` is a number).
pub fn json(posts: &[PostRow], clock: &Clock) -> Result<String, CommandError> {
    table_json(posts.iter().map(|post| PostRecord::new(post, clock)))
}

/// Why a list could not be written out (it is written into memory, so this does not happen in
/// practice; it is reported rather than hidden all the same).
fn unwritable(error: impl std::fmt::Display) -> CommandError {
    CommandError::usage(format!("could not write the list: {error}"))
}

/// A header row of `columns`, then one line per record (its fields in the same order, RFC 4180
/// quoting, `None` as an empty field). With [`Cells::Safe`] a text a spreadsheet would run as a
/// formula ([`looks_like_formula`]) gets a leading `'`; numbers are left as they are.
pub fn table_csv<R: Serialize>(
    columns: &[&str],
    records: impl IntoIterator<Item = R>,
    cells: Cells,
) -> Result<String, CommandError> {
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    writer.write_record(columns).map_err(unwritable)?;
    for record in records {
        let fields = match serde_json::to_value(record).map_err(unwritable)? {
            serde_json::Value::Object(mut object) => columns
                .iter()
                .map(|column| {
                    object
                        .remove(*column)
                        .ok_or_else(|| unwritable(format!("no field {column}")))
                })
                .collect::<Result<Vec<_>, _>>()?,
            serde_json::Value::Array(values) => values,
            other => vec![other],
        };
        let fields = fields
            .into_iter()
            .map(|field| cell(field, cells))
            .collect::<Result<Vec<_>, _>>()?;
        writer.write_record(fields).map_err(unwritable)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|error| unwritable(error.error()))?;
    String::from_utf8(bytes).map_err(unwritable)
}

/// One field of a list's CSV row: a text (with a `'` before a formula when `cells` is safe), a
/// number as its digits, nothing for no value.
fn cell(value: serde_json::Value, cells: Cells) -> Result<String, CommandError> {
    use serde_json::Value as J;
    Ok(match value {
        J::String(text) if cells == Cells::Safe && looks_like_formula(&text) => format!("'{text}"),
        J::String(text) => text,
        J::Number(n) => n.to_string(),
        J::Bool(b) => b.to_string(),
        J::Null => String::new(),
        other @ (J::Array(_) | J::Object(_)) => {
            return Err(unwritable(format!("{other} is not one field")));
        }
    })
}

/// A JSON array with one object per record, one record per line, keys in the order of the
/// record's fields (`None` is `null`).
pub fn table_json<R: Serialize>(
    records: impl IntoIterator<Item = R>,
) -> Result<String, CommandError> {
    let mut out = Vec::new();
    for record in records {
        let separator: &[u8] = if out.is_empty() { b"[\n  " } else { b",\n  " };
        out.extend_from_slice(separator);
        write_json(&mut out, &record).map_err(unwritable)?;
    }
    let end: &[u8] = if out.is_empty() { b"[]\n" } else { b"\n]\n" };
    out.extend_from_slice(end);
    String::from_utf8(out).map_err(unwritable)
}

/// Writes `value` as compact JSON with cmdeck's escapes (see [`Escapes`]) into `out`: for the
/// lists' JSON and the export's JSON files.
pub(crate) fn write_json(out: impl io::Write, value: &impl Serialize) -> serde_json::Result<()> {
    value.serialize(&mut serde_json::Serializer::with_formatter(out, Escapes))
}

/// serde_json's compact layout, escaping a little more than serde_json does by itself: every
/// character that must not reach a terminal ([`escape_unsafe`]: C1 and DEL as well as C0, bidi
/// overrides and isolates, zero-width characters, the line separators U+2028 and U+2029) as
/// `\uXXXX` (a surrogate pair beyond the BMP), backspace and form feed as `\u0008` and `\u000c`,
/// so the output stays one line per record, safe to `cat` and to paste into JavaScript; a JSON
/// reader gets the stored text back.
struct Escapes;

impl Formatter for Escapes {
    fn write_char_escape<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        escape: CharEscape,
    ) -> io::Result<()> {
        match escape {
            CharEscape::Backspace => writer.write_all(b"\\u0008"),
            CharEscape::FormFeed => writer.write_all(b"\\u000c"),
            other => CompactFormatter.write_char_escape(writer, other),
        }
    }

    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let escaped = escape_unsafe(fragment, |out, c| {
            for unit in c.encode_utf16(&mut [0; 2]) {
                let _ = write!(out, "\\u{unit:04x}");
            }
        });
        writer.write_all(escaped.as_bytes())
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

    /// One field as the CSV table writer writes it (under a one-column header).
    fn csv_field(text: &str) -> String {
        let out = table_csv(&["f"], [[text]], Cells::Safe).unwrap();
        out.strip_prefix("f\n")
            .and_then(|row| row.strip_suffix('\n'))
            .unwrap()
            .to_string()
    }

    /// One text as the JSON table writer writes a string value.
    fn json_string(text: &str) -> String {
        let mut out = Vec::new();
        write_json(&mut out, &text).unwrap();
        String::from_utf8(out).unwrap()
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
        let out = text(&[post(HOSTILE)], &clock(), crate::i18n::Lang::En);
        assert_eq!(out.lines().count(), 1);
        assert!(!out.contains('\u{1b}'));
        assert_eq!(
            out,
            "2026-11-24 09:30  scheduled  X @cafelanora  [Recetas y métodos]  Dijo \"¡olé!\", mañana segunda línea ☕ [31mrojo\n"
        );
    }

    #[test]
    fn csv_output_keeps_the_body_quoted_with_its_line_break_and_drops_the_escape() {
        let out = csv(&[post(HOSTILE)], &clock(), Cells::Safe).unwrap();
        assert!(!out.contains('\u{1b}'));
        assert_eq!(
            out,
            "id,channel,network,status,scheduled_at,published_at,pillar,campaign,body\n\
             7,'@cafelanora,x,scheduled,2026-11-24T09:30,,Recetas y métodos,,\"Dijo \"\"¡olé!\"\", mañana\nsegunda línea ☕ [31mrojo\"\n"
        );
    }

    #[test]
    fn json_output_is_an_array_with_nulls_for_missing_values() {
        let out = json(&[post(HOSTILE)], &clock()).unwrap();
        assert!(!out.contains('\u{1b}'));
        assert_eq!(
            out,
            "[\n  {\"id\":7,\"channel\":\"@cafelanora\",\"network\":\"x\",\"status\":\"scheduled\",\
             \"scheduled_at\":\"2026-11-24T09:30\",\"published_at\":null,\"pillar\":\"Recetas y métodos\",\
             \"campaign\":null,\"body\":\"Dijo \\\"¡olé!\\\", mañana\\nsegunda línea ☕ [31mrojo\"}\n]\n"
        );
        assert_eq!(json(&[], &clock()).unwrap(), "[]\n");
    }

    #[test]
    fn json_strings_escape_bidi_zero_width_separators_and_tags_but_keep_emoji() {
        assert_eq!(
            json_string("a\u{202e}b\u{200b}c\u{2028}d\u{9b}e"),
            r#""a\u202eb\u200bc\u2028d\u009be""#
        );
        assert_eq!(json_string("x\u{E0041}"), r#""x\udb40\udc41""#);
        assert_eq!(json_string("👩\u{200d}🍳"), "\"👩\u{200d}🍳\"");
        let back: String = serde_json::from_str(&json_string("a\u{202e}\u{E0041}")).unwrap();
        assert_eq!(back, "a\u{202e}\u{E0041}");
    }

    #[derive(Serialize)]
    struct Mixed {
        text: &'static str,
        number: i64,
        missing: Option<String>,
    }

    #[test]
    fn csv_formula_texts_get_a_quote_unless_raw_and_numbers_never_do() {
        let rows = || {
            [
                Mixed {
                    text: "=1+1",
                    number: -5,
                    missing: None,
                },
                Mixed {
                    text: " @cafe",
                    number: 3,
                    missing: None,
                },
                Mixed {
                    text: "hola -1",
                    number: 0,
                    missing: None,
                },
            ]
        };
        let safe = table_csv(&["text", "number", "missing"], rows(), Cells::Safe).unwrap();
        assert_eq!(
            safe,
            "text,number,missing\n'=1+1,-5,\n' @cafe,3,\nhola -1,0,\n"
        );
        let raw = table_csv(&["text", "number", "missing"], rows(), Cells::Raw).unwrap();
        assert_eq!(
            raw,
            "text,number,missing\n=1+1,-5,\n @cafe,3,\nhola -1,0,\n"
        );
    }
}
