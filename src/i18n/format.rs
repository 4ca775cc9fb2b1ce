//! Numbers and dates as each language writes them: `1,234.5` and `2.2%` in English, `1.234,5`
//! and `2,2 %` in Spanish; weekdays and months from the catalogue. (Typed numbers are read in
//! either style by [`crate::domain::typed_number`].)

use super::{Arg, Lang};
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc, Weekday};

/// The thousands separator and the decimal mark.
fn marks(lang: Lang) -> (char, char) {
    match lang {
        Lang::En => (',', '.'),
        Lang::Es => ('.', ','),
    }
}

/// Digits grouped by thousands.
fn grouped(digits: &str, separator: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// A whole number: `12,345` / `12.345`.
pub fn count(lang: Lang, value: i64) -> String {
    let (thousands, _) = marks(lang);
    let digits = grouped(&value.unsigned_abs().to_string(), thousands);
    if value < 0 {
        format!("-{digits}")
    } else {
        digits
    }
}

/// A number with `places` decimals: `1,234.5` / `1.234,5`.
pub fn decimal(lang: Lang, value: f64, places: usize) -> String {
    let (thousands, mark) = marks(lang);
    let written = format!("{:.*}", places, value.abs());
    let (whole, fraction) = written.split_once('.').unwrap_or((&written, ""));
    let mut out = String::new();
    if value < 0.0 && written.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('-');
    }
    out.push_str(&grouped(whole, thousands));
    if !fraction.is_empty() {
        out.push(mark);
        out.push_str(fraction);
    }
    out
}

/// A share 0–1 as a percentage with one decimal: `2.2%` / `2,2 %` (Spanish puts a space).
pub fn percent(lang: Lang, share: f64) -> String {
    let number = decimal(lang, share * 100.0, 1);
    match lang {
        Lang::En => format!("{number}%"),
        Lang::Es => format!("{number}\u{a0}%"),
    }
}

/// A day with its weekday and month in words: `Thursday 3 December 2026` /
/// `jueves, 3 de diciembre de 2026`.
pub fn long_date(lang: Lang, date: NaiveDate) -> String {
    let weekday = lang.text_with(
        "weekday",
        &[(
            "day",
            Arg::Count(i64::from(date.weekday().number_from_monday())),
        )],
    );
    let month = lang.text_with("month", &[("month", Arg::Count(i64::from(date.month())))]);
    let day = date.day().to_string();
    let year = date.year().to_string();
    lang.text_with(
        "date-long",
        &[
            ("weekday", Arg::Text(&weekday)),
            ("day", Arg::Text(&day)),
            ("month", Arg::Text(&month)),
            ("year", Arg::Text(&year)),
        ],
    )
}

/// A day and its month, short: `03 Dec` / `03 dic`.
pub fn short_date(lang: Lang, date: NaiveDate) -> String {
    let month = lang.text_with(
        "month-short",
        &[("month", Arg::Count(i64::from(date.month())))],
    );
    format!("{:02} {month}", date.day())
}

/// A share 0–1 as a percentage, or "no data" in the language when there is none.
pub fn share(lang: Lang, share: Option<f64>) -> String {
    share.map_or_else(|| lang.text("no-data"), |s| percent(lang, s))
}

/// Minutes as `45m` or `2h 05m` (`45 min`, `2 h 05 min`), or "no data".
pub fn minutes(lang: Lang, value: Option<f64>) -> String {
    match value {
        None => lang.text("no-data"),
        Some(m) if m < 60.0 => lang.text_with(
            "duration-minutes",
            &[("minutes", Arg::Text(&format!("{m:.0}")))],
        ),
        Some(m) => {
            let total = m.round() as i64;
            lang.text_with(
                "duration-hours",
                &[
                    ("hours", Arg::Text(&count(lang, total / 60))),
                    ("minutes", Arg::Text(&format!("{:02}", total % 60))),
                ],
            )
        }
    }
}

/// Cents as euros: `1,234.50 €` / `1.234,50 €`.
pub fn money(lang: Lang, cents: i64) -> String {
    format!("{}\u{a0}€", decimal(lang, cents as f64 / 100.0, 2))
}

/// A change against the previous period: `▲ 12`, `▼ 3`, `= 0`.
pub fn delta(lang: Lang, now: i64, before: i64) -> String {
    match now - before {
        0 => "= 0".to_string(),
        d if d > 0 => format!("▲ {}", count(lang, d)),
        d => format!("▼ {}", count(lang, -d)),
    }
}

/// A KPI's value in its unit: rates in %, times in minutes, money in euros, counts whole.
pub fn kpi_value(lang: Lang, kpi: crate::domain::Kpi, value: f64) -> String {
    use crate::domain::Kpi;
    match kpi {
        Kpi::EngagementRate
        | Kpi::ShareOfVoice
        | Kpi::PositiveShare
        | Kpi::AnsweredWithinTarget
        | Kpi::Roi => percent(lang, value / 100.0),
        Kpi::MedianFirstResponse => minutes(lang, Some(value)),
        Kpi::CostPerResult => format!("{}\u{a0}€", decimal(lang, value, 2)),
        Kpi::Manual if value.fract() != 0.0 => decimal(lang, value, 2),
        _ => count(lang, value.round() as i64),
    }
}

/// A short age for a column: `45m`, `3h`, `2d` (`45 min`, `3 h`, `2 d`).
pub fn age(lang: Lang, from: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let minutes = (now - from).num_minutes().max(0);
    let (key, value) = match minutes {
        m if m < 60 => ("age-minutes", m),
        m if m < 48 * 60 => ("age-hours", m / 60),
        m => ("age-days", m / (24 * 60)),
    };
    lang.text_with(key, &[("count", Arg::Count(value))])
}

/// How long ago, in words: `2d ago` / `hace 2 d`.
pub fn ago(lang: Lang, from: DateTime<Utc>, now: DateTime<Utc>) -> String {
    lang.text_with("ago", &[("age", Arg::Text(&age(lang, from, now)))])
}

/// A week's number: `week 49` / `semana 49`.
pub fn week_number(lang: Lang, week: u32) -> String {
    lang.text_with("week-number", &[("week", Arg::Count(i64::from(week)))])
}

/// A weekday's short name: `Mon` / `lun`.
pub fn weekday_short(lang: Lang, day: Weekday) -> String {
    lang.text_with(
        "weekday-short",
        &[("day", Arg::Count(i64::from(day.number_from_monday())))],
    )
}

/// A date or time written with a chrono pattern whose names follow the language: `%a` (`Mon` /
/// `lun`), `%A` (`Monday` / `lunes`), `%b` (`Nov` / `nov`) and `%B` (`November` / `noviembre`);
/// every other field as chrono writes it. `dated(Es, t, "%a %d %b %H:%M")` is `lun 30 nov 09:30`.
pub fn dated(lang: Lang, when: impl Dated, pattern: &str) -> String {
    let when = when.naive();
    let mut localized = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            localized.push(c);
            continue;
        }
        let name = match chars.next() {
            Some('a') => weekday_short(lang, when.weekday()),
            Some('A') => lang.text_with(
                "weekday",
                &[(
                    "day",
                    Arg::Count(i64::from(when.weekday().number_from_monday())),
                )],
            ),
            Some('b') => lang.text_with(
                "month-short",
                &[("month", Arg::Count(i64::from(when.month())))],
            ),
            Some('B') => lang.text_with("month", &[("month", Arg::Count(i64::from(when.month())))]),
            Some(other) => {
                localized.push('%');
                localized.push(other);
                continue;
            }
            None => {
                localized.push('%');
                continue;
            }
        };
        localized.push_str(&name.replace('%', "%%"));
    }
    when.format(&localized).to_string()
}

/// A calendar value [`dated`] can write: a day (at midnight), a local time or a zoned time.
pub trait Dated {
    /// The value as a local date and time.
    fn naive(&self) -> NaiveDateTime;
}

impl Dated for NaiveDate {
    fn naive(&self) -> NaiveDateTime {
        self.and_time(chrono::NaiveTime::MIN)
    }
}

impl Dated for NaiveDateTime {
    fn naive(&self) -> NaiveDateTime {
        *self
    }
}

impl<Tz: chrono::TimeZone> Dated for DateTime<Tz> {
    fn naive(&self) -> NaiveDateTime {
        self.naive_local()
    }
}

impl<T: Dated> Dated for &T {
    fn naive(&self) -> NaiveDateTime {
        (*self).naive()
    }
}
