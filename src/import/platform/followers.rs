//! Follower counts as a network's analytics export writes them: TikTok Studio's
//! `FollowerHistory.csv` (Analytics → Followers → Download data), one row a day under
//! `"Date","Followers","Difference in followers from previous day"`, every cell quoted, UTF-8
//! with a byte-order mark, and the day written without its year in the language of TikTok's
//! interface (`"August 18"`, `"18 de agosto"`). The year is the one that puts the day on or
//! before the day of the import: the file covers the days up to its download.

use super::csv_export::{count, header_of, open, written_row};
use crate::import::reason::Reason;
use chrono::{Datelike, NaiveDate};

/// A file format that carries follower counts per day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowerFormat {
    /// TikTok Studio's `FollowerHistory.csv`.
    TikTokHistory,
}

impl FollowerFormat {
    /// The name said back to the user.
    pub fn name(self) -> &'static str {
        match self {
            FollowerFormat::TikTokHistory => "TikTok follower history (FollowerHistory.csv)",
        }
    }

    /// The name said back to the user, as the subject of a refusal (`it is …`).
    pub fn what(self) -> Reason {
        match self {
            FollowerFormat::TikTokHistory => Reason::new("import-what-tiktok-followers"),
        }
    }

    /// The network the counts are of.
    pub fn network(self) -> crate::domain::Network {
        match self {
            FollowerFormat::TikTokHistory => crate::domain::Network::TikTok,
        }
    }

    /// The format of a file's bytes, when it is one of these.
    pub fn detect(bytes: &[u8]) -> Option<FollowerFormat> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let first = bytes.split(|b| *b == b'\n').next().unwrap_or(b"");
        let header = header_of(&String::from_utf8_lossy(first))?;
        (header.find(&["Date"]).is_some()
            && header.find(&["Followers"]).is_some()
            && header
                .find(&["Difference in followers from previous day"])
                .is_some())
        .then_some(FollowerFormat::TikTokHistory)
    }
}

/// One day's count as read: its line, the day and the count, or why not, and the row as
/// written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowerDay {
    /// The line it is on.
    pub line: usize,
    /// The day and the count, or why the row cannot be read.
    pub count: Result<(NaiveDate, u64), Reason>,
    /// The row as written, for `--rejects`.
    pub written: String,
}

/// Reads the days of a follower history file, the years told from `today`.
pub fn read_follower_days(bytes: &[u8], today: NaiveDate) -> Result<Vec<FollowerDay>, Reason> {
    let mut csv = open(bytes)?;
    let header = &csv.header;
    let (Some(date), Some(followers)) = (header.find(&["Date"]), header.find(&["Followers"]))
    else {
        return Err(Reason::new("import-followers-header"));
    };
    let mut days = Vec::new();
    for row in csv.rows() {
        let day = match row {
            Ok((line, record)) => {
                let field = |at: usize| record.get(at).unwrap_or("").trim();
                let count = day_of(field(date), today).and_then(|on| {
                    match count(field(followers)).map_err(|why| {
                        Reason::new("import-in-file")
                            .text("file", "Followers")
                            .reason("why", why)
                    })? {
                        Some(n) => Ok((on, n.unsigned_abs())),
                        None => Err(Reason::new("import-followers-empty")),
                    }
                });
                FollowerDay {
                    line,
                    count,
                    written: written_row(&record),
                }
            }
            Err((line, why)) => FollowerDay {
                line,
                count: Err(why),
                written: String::new(),
            },
        };
        days.push(day);
    }
    Ok(days)
}

/// A day written `August 18`, `18 August`, `18 de agosto`, `agosto 18` (English or Spanish
/// month names, any case) or `2026-08-18`; without a year, the latest such day on or before
/// `today`.
pub(super) fn day_of(typed: &str, today: NaiveDate) -> Result<NaiveDate, Reason> {
    if let Ok(day) = NaiveDate::parse_from_str(typed, "%Y-%m-%d") {
        return Ok(day);
    }
    let words: Vec<String> = typed
        .split([' ', ',', '.'])
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("de"))
        .map(str::to_lowercase)
        .collect();
    let (month, day) = match words.as_slice() {
        [a, b] => match (month_of(a), b.parse::<u32>(), month_of(b), a.parse::<u32>()) {
            (Some(month), Ok(day), _, _) | (_, _, Some(month), Ok(day)) => (month, day),
            _ => return Err(not_a_day(typed)),
        },
        _ => return Err(not_a_day(typed)),
    };
    [today.year(), today.year() - 1]
        .into_iter()
        .filter_map(|year| NaiveDate::from_ymd_opt(year, month, day))
        .find(|on| *on <= today)
        .ok_or_else(|| not_a_day(typed))
}

fn not_a_day(typed: &str) -> Reason {
    Reason::new("import-followers-not-a-day").text("typed", typed)
}

fn month_of(word: &str) -> Option<u32> {
    const MONTHS: [(&str, &str); 12] = [
        ("january", "enero"),
        ("february", "febrero"),
        ("march", "marzo"),
        ("april", "abril"),
        ("may", "mayo"),
        ("june", "junio"),
        ("july", "julio"),
        ("august", "agosto"),
        ("september", "septiembre"),
        ("october", "octubre"),
        ("november", "noviembre"),
        ("december", "diciembre"),
    ];
    MONTHS
        .iter()
        .position(|(english, spanish)| {
            word == *english
                || word == *spanish
                || (word.len() >= 3 && english.starts_with(word))
                || (word == "setiembre" && *spanish == "septiembre")
        })
        .and_then(|at| u32::try_from(at + 1).ok())
}

/// The metric named by one of Meta Business Suite's page-level daily series (Insights → export
/// of one chart: UTF-16 LE with a byte-order mark, a `sep=,` line, the metric's name such as
/// `"Facebook follows"`, then `"Date","Primary"`), when `bytes` is one.
pub fn meta_daily_series(bytes: &[u8]) -> Option<String> {
    let body = bytes.strip_prefix(b"\xFF\xFE")?;
    let units: Vec<u16> = body
        .chunks_exact(2)
        .take(2048)
        .map(|pair| u16::from_le_bytes([pair[0], pair[1]]))
        .collect();
    let text = String::from_utf16_lossy(&units);
    let mut lines = text.lines();
    if !lines.next()?.trim().starts_with("sep=") {
        return None;
    }
    let name = lines.next()?.trim().trim_matches('"').to_string();
    (!name.is_empty()).then_some(name)
}

/// Why a page-level daily series is not imported, naming its metric.
pub fn daily_series_refusal(metric: &str) -> Reason {
    Reason::new("import-daily-series").text("metric", crate::text::sanitize_line(metric))
}
