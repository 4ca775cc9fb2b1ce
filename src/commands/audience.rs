//! `cmdeck audience record CHANNEL FOLLOWERS [--date D]` and `cmdeck import audience FILE
//! [--partial]`: record follower counts one at a time or from a file (all rows or none), and say
//! what each replaced.

use super::CommandError;
use super::channel::{find, refusal};
use super::import::{Imported, end_with_rows_left_out, import_error, plural_count, shown, word};
use crate::db::Db;
use crate::domain::audience::{check_day, parse_followers};
use crate::domain::post::parse_date;
use crate::i18n::{Arg, Lang};
use crate::import::audience::import_audience;
use crate::text::sanitize_line;
use chrono::NaiveDate;
use std::path::Path;

/// A count with thousands separators.
fn followers(lang: Lang, n: u64) -> String {
    crate::i18n::count(lang, i64::try_from(n).unwrap_or(i64::MAX))
}

/// Records a channel's follower count for `date` (default `today`); says what it replaced.
pub fn record(
    db: &mut Db,
    channel: &str,
    typed_followers: &str,
    date: Option<&str>,
    today: NaiveDate,
    lang: Lang,
) -> Result<String, CommandError> {
    let mut problems = Vec::new();
    let number = parse_followers(typed_followers)
        .map_err(|m| problems.push(sanitize_line(&m)))
        .ok();
    let on = match date {
        None => Some(today),
        Some(typed) => parse_date(typed)
            .and_then(|on| check_day(on, today))
            .map_err(|m| problems.push(format!("--date: {}", sanitize_line(&m))))
            .ok(),
    };
    let record = match find(db, channel, lang) {
        Ok(record) => Some(record),
        Err(CommandError::Usage(lines)) => {
            problems.extend(lines);
            None
        }
        Err(failure) => return Err(failure),
    };
    let (Some(number), Some(on), Some(record)) = (number, on, record) else {
        return Err(CommandError::Usage(problems));
    };
    let before = db
        .record_followers(record.id, on, number)
        .map_err(refusal)?;
    let shown = sanitize_line(&record.setup.key());
    let day = on.format("%Y-%m-%d");
    let what = match before {
        None => String::new(),
        Some(same) if same == number => {
            format!(" ({})", lang.text("cli-audience-same-count"))
        }
        Some(earlier) => format!(
            " ({})",
            lang.text_with(
                "cli-audience-replaces",
                &[("before", Arg::Text(&followers(lang, earlier)))],
            )
        ),
    };
    let recorded = lang.text_with(
        "cli-audience-recorded",
        &[
            ("followers", Arg::Text(&followers(lang, number))),
            ("channel", Arg::Text(&shown)),
            ("day", Arg::Text(&day.to_string())),
        ],
    );
    Ok(format!("{recorded}{what}.\n"))
}

/// Imports the follower counts of `file`; all of it or nothing unless `partial`. The words
/// count the counts recorded, those that replaced another for the same day and those already
/// there, then list the rows left out.
pub fn import(
    db: &mut Db,
    file: &Path,
    partial: bool,
    rejects: Option<&Path>,
    today: NaiveDate,
    channel: Option<&str>,
    lang: Lang,
) -> Result<String, CommandError> {
    let done = import_audience(db, file, partial, today, channel).map_err(import_error(lang))?;
    let report = &done.report;
    if !partial && !report.rejected.is_empty() {
        return word(
            report,
            file,
            partial,
            rejects,
            Imported::FollowerCounts,
            lang,
        );
    }
    if let Some(rejects) = rejects {
        super::import::write_rejects(report, rejects, lang)?;
    }
    let name = sanitize_line(&file.display().to_string());
    let mut notes = Vec::new();
    if done.replaced > 0 {
        let replaced = shown(lang, done.replaced);
        notes.push(lang.text_with(
            "cli-audience-replaced",
            &[
                ("count", plural_count(done.replaced)),
                ("shown", Arg::Text(&replaced)),
            ],
        ));
    }
    if report.duplicates > 0 {
        let duplicates = shown(lang, report.duplicates);
        notes.push(lang.text_with(
            "cli-import-already-there",
            &[
                ("count", plural_count(report.duplicates)),
                ("shown", Arg::Text(&duplicates)),
            ],
        ));
    }
    let read_as = done.read_as.map_or(String::new(), |format| {
        format!(
            " {}",
            lang.text_with(
                "cli-read-as",
                &[("format", Arg::Text(&follower_format_name(lang, format)))],
            )
        )
    });
    let added = shown(lang, report.added);
    let mut out = format!(
        "{}{}",
        lang.text_with(
            "cli-audience-imported",
            &[
                ("count", plural_count(report.added)),
                ("shown", Arg::Text(&added)),
                ("name", Arg::Text(&name)),
                ("read_as", Arg::Text(&read_as)),
            ],
        ),
        match notes.as_slice() {
            [] => String::new(),
            notes => format!(" ({})", notes.join("; ")),
        }
    );
    end_with_rows_left_out(&mut out, report, rejects, lang);
    Ok(out)
}

/// The name of a network's follower export, said back to the user.
fn follower_format_name(
    lang: Lang,
    format: crate::import::platform::followers::FollowerFormat,
) -> String {
    match format {
        crate::import::platform::followers::FollowerFormat::TikTokHistory => {
            lang.text("cli-format-tiktok-followers")
        }
    }
}
