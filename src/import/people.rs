//! People in cmdeck's own CSV / JSON format, or Mastodon's `following_accounts.csv` export (see
//! the README, "Importing people"). A file is stored whole in one transaction or not at all,
//! unless `partial` is asked for; people already stored (by handle) are skipped and counted.

use super::ImportError;
use super::messages::{Format, ImportReport};
use super::reason::Reason;
use super::rows::{choice, limits, missing, quoted};
use super::source::{self, Fields, RawRow};
use crate::db::Db;
use crate::domain::people::{ImportedPerson, NewPerson};
use crate::domain::{Network, Role};
use chrono::{DateTime, NaiveDate, Utc};
use std::path::Path;

/// The people format.
pub(crate) const PEOPLE: Fields = Fields {
    all: &[
        "name",
        "role",
        "tier",
        "tags",
        "notes",
        "reach",
        "next_follow_up",
        "handles",
    ],
    required: &["name"],
    noun: "people",
};

/// Mastodon's export of the accounts one follows (Preferences → Import and export).
pub(crate) const MASTODON_FOLLOWING: Fields = Fields {
    all: &[
        "account address",
        "show boosts",
        "notify on new posts",
        "languages",
    ],
    required: &["account address"],
    noun: "accounts",
};

/// The tag every person read from a Mastodon following list gets.
pub const MASTODON_TAG: &str = "mastodon-following";

/// Whether the text is a Mastodon following list: its header starts with `Account address`.
pub fn is_mastodon_following(text: &str) -> bool {
    text.lines()
        .next()
        .and_then(|header| header.split(',').next())
        .is_some_and(|first| first.trim().eq_ignore_ascii_case("account address"))
}

/// Imports the people of a CSV or JSON file (or a Mastodon following list), in ONE transaction.
///
/// Without `partial`, a single bad row means nothing is stored: the report then has `added` and
/// `duplicates` at 0 and every problem in `rejected`. With `partial`, the good rows are stored
/// and the bad ones reported. A person one of whose handles is already stored, or earlier in the
/// file, is a duplicate (see [`Db::insert_new_people`]). People get `now` as their creation time.
///
/// A file that cannot be read, is over 100 MB, is not UTF-8 or is not in the format's shape is an
/// [`ImportError`], as is a database failure; nothing is stored then either.
pub fn import_people(
    db: &mut Db,
    path: &Path,
    partial: bool,
    now: DateTime<Utc>,
) -> Result<ImportReport, ImportError> {
    let bytes = source::read_bytes(path)?;
    let first_line = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let mastodon = is_mastodon_following(&String::from_utf8_lossy(first_line));
    let (format, raw) = if mastodon {
        (
            Format::Csv,
            source::csv_rows(path, &bytes, MASTODON_FOLLOWING)?,
        )
    } else {
        source::rows_of(path, bytes, PEOPLE)?
    };
    ImportReport::check_and_store(
        format,
        &raw,
        partial,
        |row| {
            if mastodon {
                followed(row, now)
            } else {
                person(row, now)
            }
        },
        |valid| db.insert_new_people(valid),
    )
}

fn networks() -> String {
    let names: Vec<&str> = Network::ALL.iter().map(|n| n.as_str()).collect();
    names.join(", ")
}

/// Reads `instagram:@ana x:@ana_v` into handles, without repeats; or says what is wrong.
pub(crate) fn handles(typed: &str, problems: &mut Vec<Reason>) -> Vec<(Network, String)> {
    let mut found: Vec<(Network, String)> = Vec::new();
    for word in typed.split_whitespace() {
        let parsed = word.split_once(':').and_then(|(network, handle)| {
            let network = Network::parse(&network.to_lowercase())?;
            (!handle.is_empty()).then(|| (network, handle.to_string()))
        });
        match parsed {
            Some((network, handle)) => {
                let repeat = found
                    .iter()
                    .any(|(n, h)| *n == network && h.eq_ignore_ascii_case(&handle));
                if !repeat {
                    found.push((network, handle));
                }
            }
            None => problems.push(
                Reason::new("import-not-a-handle")
                    .text("typed", quoted(word))
                    .text("networks", networks()),
            ),
        }
    }
    found
}

/// Tidies comma-separated tags: each trimmed, empty ones dropped, joined by `, `.
fn tags(typed: &str) -> String {
    let tags: Vec<&str> = typed
        .split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect();
    tags.join(", ")
}

/// Checks a raw row of the people format; the person, or every problem found.
pub(crate) fn person(row: &RawRow, now: DateTime<Utc>) -> Result<ImportedPerson, Vec<Reason>> {
    let mut problems = limits(row)?;
    let name = row.get("name").map(str::trim);
    if name.is_none() {
        problems.push(missing("name"));
    }
    let role = choice(
        row,
        ("role", "roles"),
        Role::ALL,
        Role::as_str,
        &mut problems,
    );
    let reach = match row.get("reach").map(str::trim) {
        None => 0,
        Some(typed) => typed
            .parse::<i64>()
            .ok()
            .filter(|n| *n >= 0)
            .unwrap_or_else(|| {
                problems.push(super::mentions::not_a_reach(typed));
                0
            }),
    };
    let next_follow_up = row.get("next_follow_up").and_then(|typed| {
        let date = NaiveDate::parse_from_str(typed.trim(), "%Y-%m-%d").ok();
        if date.is_none() {
            problems.push(Reason::new("import-not-a-follow-up-date").text("typed", quoted(typed)));
        }
        date
    });
    let handles = handles(row.get("handles").unwrap_or_default(), &mut problems);
    match name {
        Some(name) if problems.is_empty() => Ok(ImportedPerson {
            person: NewPerson {
                name: name.to_string(),
                role: role.unwrap_or(Role::Other),
                tier: row.get("tier").unwrap_or_default().trim().to_string(),
                persona_id: None,
                notes: row.get("notes").unwrap_or_default().to_string(),
                tags: tags(row.get("tags").unwrap_or_default()),
                reach,
                next_follow_up,
                created_at: now,
            },
            handles,
        }),
        _ => Err(problems),
    }
}

/// Checks a row of a Mastodon following list: `user@instance` becomes a person named `user`.
pub(crate) fn followed(row: &RawRow, now: DateTime<Utc>) -> Result<ImportedPerson, Vec<Reason>> {
    let mut problems = limits(row)?;
    let Some(typed) = row.get("account address") else {
        problems.push(missing("Account address"));
        return Err(problems);
    };
    let address = typed.trim().trim_start_matches('@');
    let parts = address.split_once('@').filter(|(user, instance)| {
        !user.is_empty()
            && instance.contains('.')
            && !instance.contains('@')
            && !address.contains(char::is_whitespace)
    });
    match parts {
        Some((user, _)) if problems.is_empty() => Ok(ImportedPerson {
            person: NewPerson {
                name: user.to_string(),
                role: Role::Other,
                tier: String::new(),
                persona_id: None,
                notes: String::new(),
                tags: MASTODON_TAG.into(),
                reach: 0,
                next_follow_up: None,
                created_at: now,
            },
            handles: vec![(Network::Mastodon, format!("@{address}"))],
        }),
        Some(_) => Err(problems),
        None => {
            problems
                .push(Reason::new("import-not-an-account-address").text("typed", quoted(typed)));
            Err(problems)
        }
    }
}
