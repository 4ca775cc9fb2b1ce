//! `cmdeck people import FILE [--partial]`, `cmdeck people list [--role R] [--format F]` and
//! `cmdeck people add NAME [--role R] [--handle H]…`: import people (cmdeck's CSV / JSON, or a
//! Mastodon following list), list them as text, CSV or JSON, and add one — checked as the
//! Prescriptors form checks it — every text from the database sanitized.

use super::CommandError;
use super::format::{Cells, table_csv, table_json};
use super::import::{Imported, import_error, word};
use crate::cli::{AddPerson, ListFormat};
use crate::db::Db;
use crate::domain::Role;
use crate::domain::person::{PersonDraft, parse_handles, parse_reach, tidy_tags};
use crate::domain::rows::PersonRow;
use crate::i18n::{Arg, Lang};
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
    rejects: Option<&Path>,
    now: DateTime<Utc>,
    lang: Lang,
) -> Result<String, CommandError> {
    let report = import_people(db, file, partial, now).map_err(import_error(lang))?;
    word(&report, file, partial, rejects, Imported::People, lang)
}

/// Checks what `cmdeck people add` was given into a person; every mistake, one sentence each.
fn checked(db: &Db, typed: &AddPerson, lang: Lang) -> Result<PersonDraft, CommandError> {
    let mut problems = Vec::new();
    let name = typed.name.trim();
    if name.is_empty() {
        problems.push(lang.text("cli-people-name-empty"));
    }
    let mut handles = Vec::new();
    for text in &typed.handles {
        match parse_handles(text) {
            Ok(found) => {
                for (network, handle) in found {
                    let repeat = handles.iter().any(|(n, h): &(_, String)| {
                        *n == network && h.eq_ignore_ascii_case(&handle)
                    });
                    if !repeat {
                        handles.push((network, handle));
                    }
                }
            }
            Err(error) => problems.push(format!("--handle: {error}")),
        }
    }
    let reach = parse_reach(typed.reach.as_deref().unwrap_or_default())
        .map_err(|error| problems.push(format!("--reach: {error}")))
        .unwrap_or_default();
    let next_follow_up = match typed.follow_up.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(text) => crate::domain::post::parse_date(text)
            .map_err(|error| problems.push(format!("--follow-up: {error}")))
            .ok(),
    };
    let tier = match typed.tier.as_deref().map(str::trim) {
        None | Some("") => String::new(),
        Some(text) => {
            let tiers = db.tier_names()?;
            match tiers
                .iter()
                .find(|t| t.to_lowercase() == text.to_lowercase())
            {
                Some(tier) => tier.clone(),
                None if tiers.is_empty() => {
                    problems.push(format!(
                        "--tier: {}",
                        lang.text_with("cli-people-no-tiers", &[("tier", Arg::Text(text))])
                    ));
                    String::new()
                }
                None => {
                    let known: Vec<String> = tiers.iter().map(|t| sanitize_line(t)).collect();
                    problems.push(format!(
                        "--tier: {}",
                        lang.text_with(
                            "cli-people-unknown-tier",
                            &[
                                ("tier", Arg::Text(text)),
                                ("tiers", Arg::Text(&known.join(", "))),
                            ],
                        )
                    ));
                    String::new()
                }
            }
        }
    };
    if !problems.is_empty() {
        return Err(CommandError::Usage(problems));
    }
    Ok(PersonDraft {
        name: name.to_string(),
        role: typed.role,
        tier,
        tags: tidy_tags(typed.tags.as_deref().unwrap_or_default()),
        notes: typed.notes.clone().unwrap_or_default(),
        reach,
        handles,
        next_follow_up,
    })
}

/// Adds one person in one transaction and says what was stored; a handle or name someone else
/// has is refused (nothing is stored), naming them.
pub fn add(
    db: &mut Db,
    typed: &AddPerson,
    now: DateTime<Utc>,
    lang: Lang,
) -> Result<String, CommandError> {
    let draft = checked(db, typed, lang)?;
    let id = db.save_person(None, &draft, now)?.map_err(|duplicate| {
        CommandError::usage(lang.text_with(
            "cli-people-not-added",
            &[
                ("name", Arg::Text(&draft.name)),
                ("why", Arg::Text(&duplicate.to_string())),
            ],
        ))
    })?;
    let Some(stored) = db.person_snapshot(id)? else {
        return Err(CommandError::usage(lang.text_with(
            "cli-people-not-read-back",
            &[("name", Arg::Text(&draft.name))],
        )));
    };
    let p = &stored.draft;
    let or_dash = |text: String| {
        if text.is_empty() {
            "-".to_string()
        } else {
            text
        }
    };
    let mut out = lang.text_with(
        "cli-people-added",
        &[
            ("name", Arg::Text(&sanitize_line(&p.name))),
            ("id", Arg::Text(&id.to_string())),
        ],
    );
    out.push('\n');
    for (label, value) in [
        (lang.text("cli-people-label-role"), role_word(lang, p.role)),
        (
            lang.text("cli-people-label-tier"),
            or_dash(sanitize_line(&p.tier)),
        ),
        (
            lang.text("cli-people-label-handles"),
            or_dash(sanitize_line(&p.handles_text())),
        ),
        (lang.text("cli-people-label-reach"), p.reach.to_string()),
        (
            lang.text("cli-people-label-tags"),
            or_dash(sanitize_line(&p.tags)),
        ),
        (
            lang.text("cli-people-label-follow-up"),
            p.next_follow_up.map_or("-".into(), |d| d.to_string()),
        ),
        (
            lang.text("cli-people-label-notes"),
            or_dash(sanitize_line(&p.notes)),
        ),
    ] {
        let _ = writeln!(out, "  {label:<10} {value}");
    }
    Ok(out)
}

/// The people stored (only those in `role` when given), in the format asked for.
pub fn list(
    db: &Db,
    role: Option<Role>,
    format: ListFormat,
    lang: Lang,
) -> Result<String, CommandError> {
    let people = db.people_by_role(role)?;
    Ok(match format {
        ListFormat::Text if people.is_empty() => match role {
            Some(role) => format!(
                "{}\n",
                lang.text_with(
                    "cli-people-none-with-role",
                    &[("role", Arg::Text(&role_word(lang, role)))],
                )
            ),
            None => format!("{}\n", lang.text("cli-people-none-yet")),
        },
        ListFormat::Text => text(&people, lang),
        ListFormat::Csv => csv(&people, Cells::Safe)?,
        ListFormat::RawCsv => csv(&people, Cells::Raw)?,
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

/// A role as a person reads it: the stored word in English (as it always was), the catalogue's
/// in Spanish.
fn role_word(lang: Lang, role: Role) -> String {
    match lang {
        Lang::En => role.as_str().to_string(),
        Lang::Es => role.word(lang),
    }
}

/// Pads text to a display width (after cutting it to that width).
fn pad(text: &str, width: usize) -> String {
    let cut = truncate(text, width);
    let used = unicode_width::UnicodeWidthStr::width(cut.as_str());
    format!("{cut}{}", " ".repeat(width.saturating_sub(used)))
}

/// One line per person: `Ana Ruiz  advocate  Embajador  2026-11-24  12400  instagram:@ana  [barista]`.
pub fn text(people: &[PersonRow], lang: Lang) -> String {
    let mut out = String::new();
    for person in people {
        let record = PersonRecord::new(person);
        let _ = writeln!(
            out,
            "{}  {:<10}  {:<12}  {:<10}  {:>8}  {}  [{}]",
            pad(&record.name, NAME_WIDTH),
            role_word(lang, person.role),
            pad(record.tier.as_deref().unwrap_or("-"), 12),
            record.next_follow_up.as_deref().unwrap_or("-"),
            record.reach,
            record.handles.as_deref().unwrap_or("-"),
            record.tags.as_deref().unwrap_or_default()
        );
    }
    out
}

/// A header row, then one row per person; empty fields mean no value, texts written as `cells`
/// says.
pub fn csv(people: &[PersonRow], cells: Cells) -> Result<String, CommandError> {
    table_csv(&COLUMNS, people.iter().map(PersonRecord::new), cells)
}

/// A JSON array with one object per person (missing values are `null`, `reach` is a number).
pub fn json(people: &[PersonRow]) -> Result<String, CommandError> {
    table_json(people.iter().map(PersonRecord::new))
}
