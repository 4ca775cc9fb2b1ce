//! `cmdeck people import FILE [--partial]` and `cmdeck people list [--role R] [--format F]`:
//! import people (cmdeck's CSV / JSON, or a Mastodon following list) and list them as text, CSV
//! or JSON, every text from the database sanitized.

use super::CommandError;
use super::format::{table_csv, table_json};
use super::import::{import_error, word};
use crate::cli::ListFormat;
use crate::db::Db;
use crate::domain::Role;
use crate::domain::rows::PersonRow;
use crate::import::people::import_people;
use crate::text::{sanitize_line, truncate};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::fmt::Write;
use std::path::Path;

/// The columns of the CSV and JSON output, in order.
pub const COLUMNS: [&str; 7] = [
    "name",
    "role",
    "tier",
    "next_follow_up",
    "reach",
    "handles",
    "tags",
];

/// How many columns of the name the text output shows.
const NAME_WIDTH: usize = 24;

/// Imports the people of `file`; all of it or nothing unless `partial`.
pub fn import(
    db: &mut Db,
    file: &Path,
    partial: bool,
    now: DateTime<Utc>,
) -> Result<String, CommandError> {
    let report = import_people(db, file, partial, now).map_err(import_error)?;
    word(&report, file, partial, ("person", "people"))
}

/// The people stored (only those in `role` when given), in the format asked for.
pub fn list(db: &Db, role: Option<Role>, format: ListFormat) -> Result<String, CommandError> {
    let people = db.people_by_role(role)?;
    Ok(match format {
        ListFormat::Text if people.is_empty() => match role {
            Some(role) => format!("No people with the role {role}.\n"),
            None => "No people yet.\n".into(),
        },
        ListFormat::Text => text(&people),
        ListFormat::Csv => csv(&people)?,
        ListFormat::Json => json(&people)?,
    })
}

/// One person as a CSV row or a JSON object: the fields of [`COLUMNS`] in that order, texts
/// sanitized, `None` for no value.
#[derive(Serialize)]
struct PersonRecord {
    name: String,
    role: &'static str,
    tier: Option<String>,
    next_follow_up: Option<String>,
    reach: i64,
    handles: Option<String>,
    tags: Option<String>,
}

impl PersonRecord {
    /// The record of one person, its texts sanitized.
    fn new(person: &PersonRow) -> PersonRecord {
        let optional = |text: &str| (!text.trim().is_empty()).then(|| sanitize_line(text));
        PersonRecord {
            name: person.name.line(),
            role: person.role.as_str(),
            tier: optional(&person.tier),
            next_follow_up: person
                .next_follow_up
                .map(|d| d.format("%Y-%m-%d").to_string()),
            reach: person.reach,
            handles: optional(person.handles.raw()),
            tags: optional(person.tags.raw()),
        }
    }
}

/// Pads text to a display width (after cutting it to that width).
fn pad(text: &str, width: usize) -> String {
    let cut = truncate(text, width);
    let used = unicode_width::UnicodeWidthStr::width(cut.as_str());
    format!("{cut}{}", " ".repeat(width.saturating_sub(used)))
}

/// One line per person: `Ana Ruiz  advocate  Embajador  2026-11-24  12400  instagram:@ana  [barista]`.
pub fn text(people: &[PersonRow]) -> String {
    let mut out = String::new();
    for person in people {
        let record = PersonRecord::new(person);
        let _ = writeln!(
            out,
            "{}  {:<10}  {:<12}  {:<10}  {:>8}  {}  [{}]",
            pad(&record.name, NAME_WIDTH),
            record.role,
            pad(record.tier.as_deref().unwrap_or("-"), 12),
            record.next_follow_up.as_deref().unwrap_or("-"),
            record.reach,
            record.handles.as_deref().unwrap_or("-"),
            record.tags.as_deref().unwrap_or_default()
        );
    }
    out
}

/// A header row, then one row per person; empty fields mean no value.
pub fn csv(people: &[PersonRow]) -> Result<String, CommandError> {
    table_csv(&COLUMNS, people.iter().map(PersonRecord::new))
}

/// A JSON array with one object per person (missing values are `null`, `reach` is a number).
pub fn json(people: &[PersonRow]) -> Result<String, CommandError> {
    table_json(people.iter().map(PersonRecord::new))
}
