//! Numbers and dates as each language writes them: `1,234.5` and `2.2%` in English, `1.234,5`
//! and `2,2 %` in Spanish; weekdays and months from the catalogue. (Typed numbers are read in
//! either style by [`crate::domain::typed_number`].)

use super::{Arg, Lang};
use chrono::{Datelike, NaiveDate};

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
