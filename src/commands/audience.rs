//! `cmdeck audience record CHANNEL FOLLOWERS [--date D]` and `cmdeck import audience FILE
//! [--partial]`: record follower counts one at a time or from a file (all rows or none), and say
//! what each replaced.

use super::CommandError;
use super::channel::{find, refusal};
use super::import::{end_with_rows_left_out, import_error, word};
use crate::db::Db;
use crate::domain::audience::{check_day, parse_followers};
use crate::domain::post::parse_date;
use crate::format::count;
use crate::import::audience::import_audience;
use crate::text::sanitize_line;
use chrono::NaiveDate;
use std::path::Path;

/// A count with thousands separators.
fn followers(n: u64) -> String {
    count(i64::try_from(n).unwrap_or(i64::MAX))
}

/// Records a channel's follower count for `date` (default `today`); says what it replaced.
pub fn record(
    db: &mut Db,
    channel: &str,
    typed_followers: &str,
    date: Option<&str>,
    today: NaiveDate,
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
    let record = match find(db, channel) {
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
        Some(same) if same == number => " (the same count was already recorded)".into(),
        Some(earlier) => format!(" (it replaces {} recorded before)", followers(earlier)),
    };
    Ok(format!(
        "Recorded {} followers for {shown} on {day}{what}.\n",
        followers(number)
    ))
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
) -> Result<String, CommandError> {
    let done = import_audience(db, file, partial, today, channel).map_err(import_error)?;
    let report = &done.report;
    if !partial && !report.rejected.is_empty() {
        return word(
            report,
            file,
            partial,
            rejects,
            ("follower count", "follower counts"),
        );
    }
    if let Some(rejects) = rejects {
        super::import::write_rejects(report, rejects)?;
    }
    let name = sanitize_line(&file.display().to_string());
    let mut notes = Vec::new();
    if done.replaced > 0 {
        notes.push(format!(
            "{} replaced an earlier count for the same day",
            done.replaced
        ));
    }
    if report.duplicates > 0 {
        notes.push(format!("{} already there", report.duplicates));
    }
    let read_as = done.read_as.map_or(String::new(), |format| {
        format!(" read as {}", format.name())
    });
    let mut out = format!(
        "Recorded {} from {name}{read_as}{}",
        match report.added {
            1 => "1 follower count".to_string(),
            n => format!("{n} follower counts"),
        },
        match notes.as_slice() {
            [] => String::new(),
            notes => format!(" ({})", notes.join("; ")),
        }
    );
    end_with_rows_left_out(&mut out, report, rejects);
    Ok(out)
}
