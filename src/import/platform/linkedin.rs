//! LinkedIn's page analytics content export (the page's Analytics → Posts → Export, an `.xlsx`
//! or older `.xls` workbook), read with calamine. Today's workbook has an `All posts` sheet
//! (`Post title`, `Post link`, `Post type`, …, `Created date`, …, `Impressions`, `Views`,
//! `Clicks`, `Click through rate (CTR)`, `Likes`, `Comments`, `Reposts`, `Follows`, `Engagement
//! rate`); older ones an `Update engagement` sheet (`Created date`, `Update title`, `Update
//! link`, …, `Shares`). A line describing the export may sit above the header, so the header is
//! looked for in the first rows. `Created date` has no time; the time is read from the post's
//! activity id instead (its upper bits are the milliseconds of its creation), and the date at
//! noon in the brand's zone is used when the link holds no id.

use super::{PlatformPost, PostExport, PostFormat, ReadOptions};
use crate::domain::post::Metrics;
use crate::import::reason::Reason;
use calamine::{Data, Reader};
use chrono::{DateTime, Duration, NaiveDate, Utc};

/// The sheets that hold one row per post, today's first.
const SHEETS: [&str; 2] = ["All posts", "Update engagement"];

/// How many rows may come before the header.
const HEADER_WITHIN: usize = 5;

/// Reads the workbook in `bytes`; a message saying what is wrong when it is not LinkedIn's
/// content export.
pub(super) fn read(bytes: &[u8], options: ReadOptions<'_>) -> Result<PostExport, Reason> {
    let mut workbook =
        calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).map_err(|error| {
            Reason::new("import-linkedin-unreadable").text("error", error.to_string())
        })?;
    let names = workbook.sheet_names();
    let Some(sheet) = SHEETS
        .iter()
        .find_map(|wanted| names.iter().find(|name| name.eq_ignore_ascii_case(wanted)))
        .cloned()
    else {
        return Err(Reason::new("import-linkedin-no-sheet").text("sheets", names.join(", ")));
    };
    let range = workbook.worksheet_range(&sheet).map_err(|error| {
        Reason::new("import-linkedin-sheet-unreadable")
            .text("sheet", sheet.clone())
            .text("error", error.to_string())
    })?;
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|row| row.iter().map(cell_text).collect())
        .collect();
    let Some(header_at) = rows.iter().take(HEADER_WITHIN).position(|row| {
        let has = |name: &str| row.iter().any(|cell| cell.eq_ignore_ascii_case(name));
        (has("Post link") || has("Update link")) && has("Impressions")
    }) else {
        return Err(Reason::new("import-linkedin-no-header")
            .text("sheet", sheet.clone())
            .number("rows", HEADER_WITHIN));
    };
    let header = &rows[header_at];
    let column = |names: &[&str]| {
        names.iter().find_map(|name| {
            header
                .iter()
                .position(|cell| cell.trim().eq_ignore_ascii_case(name))
        })
    };
    let link = column(&["Post link", "Update link"]);
    let title = column(&["Post title", "Update title"]);
    let created = column(&["Created date"]);
    let figures = [
        column(&["Impressions"]),
        column(&["Clicks"]),
        column(&["Likes", "Reactions"]),
        column(&["Comments"]),
        column(&["Reposts", "Shares"]),
    ];
    let mut export = PostExport::empty(PostFormat::LinkedInContent);
    for (index, row) in rows.iter().enumerate().skip(header_at + 1) {
        let line = index + 1;
        let field = |at: Option<usize>| at.and_then(|at| row.get(at)).map_or("", |s| s.trim());
        if row.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let post = || -> Result<PlatformPost, Reason> {
            let url = field(link);
            let id = activity_id(url);
            let published_at = match id.and_then(created_at) {
                Some(at) => at,
                None => {
                    let day = parse_day(field(created))?;
                    let noon = day.and_hms_opt(12, 0, 0).unwrap_or_default();
                    options.zone.to_utc(noon)
                }
            };
            let [impressions, clicks, likes, comments, shares] = figures.map(|at| {
                super::csv_export::count(field(at))
                    .map_err(|why| Reason::new("import-export-figure").reason("why", why))
            });
            Ok(PlatformPost {
                item: line,
                network_id: id.map_or_else(|| url.to_string(), |id| id.to_string()),
                url: url.to_string(),
                published_at,
                text: field(title).to_string(),
                metrics: Metrics {
                    impressions: impressions?,
                    clicks: clicks?.unwrap_or(0),
                    likes: likes?.unwrap_or(0),
                    comments: comments?.unwrap_or(0),
                    shares: shares?.unwrap_or(0),
                    ..Metrics::default()
                },
            })
        };
        match post() {
            Ok(post) if !post.url.is_empty() => export.posts.push(post),
            Ok(_) => export.problem(line, Reason::new("import-linkedin-no-link"), &row.join(",")),
            Err(why) => export.problem(line, why, &row.join(",")),
        }
    }
    Ok(export)
}

/// A cell as text: numbers without a needless `.0`, dates as `YYYY-MM-DD`.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(at) => excel_day(at.as_f64())
            .map(|day| day.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        Data::Error(error) => format!("#{error:?}"),
    }
}

/// The day of an Excel serial date (days since 1899-12-30).
fn excel_day(serial: f64) -> Option<NaiveDate> {
    let days = i64::try_from(serial.floor() as i128).ok()?;
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_signed(Duration::try_days(days)?)
}

/// `11/24/2026` (LinkedIn writes month first) or `2026-11-24`.
fn parse_day(typed: &str) -> Result<NaiveDate, Reason> {
    ["%m/%d/%Y", "%Y-%m-%d"]
        .iter()
        .find_map(|format| NaiveDate::parse_from_str(typed, format).ok())
        .ok_or_else(|| Reason::new("import-linkedin-not-a-day").text("typed", typed))
}

/// The activity id in `…/feed/update/urn:li:activity:ID` (or `urn:li:share:ID`, `ugcPost`).
fn activity_id(url: &str) -> Option<u64> {
    let (_, rest) = url.split_once("urn:li:")?;
    let (_, id) = rest.split_once(':')?;
    id.split(['/', '?', '#', '-']).next()?.parse().ok()
}

/// The creation time an activity id holds: its upper 41 bits are milliseconds since the epoch.
pub(super) fn created_at(id: u64) -> Option<DateTime<Utc>> {
    let millis = i64::try_from(id >> 22).ok()?;
    DateTime::from_timestamp_millis(millis).filter(|at| at.timestamp() > 1_400_000_000)
}
