//! The values several plan forms share: how typed numbers are parsed (either convention, with
//! the field's error message), how dates are shown, and how choice options are numbered and
//! found again.

use super::field::Options;
use chrono::NaiveDate;

/// A typed number in either convention (`1.234,5` or `1,234.5`); an empty field is an error.
pub fn number(text: &str) -> Result<f64, String> {
    crate::domain::typed_number::decimal(text).map(|reading| reading.value)
}

/// A typed whole number (`1.200`, `1,200` or `1200`).
pub fn whole(text: &str) -> Result<i64, String> {
    crate::domain::typed_number::whole(text)
}

/// A day as `YYYY-MM-DD`.
pub fn date(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// Money in euros with two decimals.
pub fn money(euros: f64) -> String {
    format!("{euros:.2}")
}

/// A chosen option's id as a position in the list the options were numbered from.
pub fn index(id: Option<i64>) -> Option<usize> {
    id.and_then(|i| usize::try_from(i).ok())
}

/// Where `name` is among `names`, as an option id.
pub fn named<'a>(mut names: impl Iterator<Item = &'a str>, name: &str) -> Option<i64> {
    names.position(|n| n == name).map(|i| i as i64)
}

/// Options numbered by position, with "none" first when `none` is given.
pub fn indexed<'a>(labels: impl Iterator<Item = &'a str>, none: Option<&str>) -> Options {
    none.map(|label| (None, label.to_string()))
        .into_iter()
        .chain(
            labels
                .enumerate()
                .map(|(i, label)| (Some(i as i64), label.to_string())),
        )
        .collect()
}

/// The three crisis severity levels, by number.
pub fn levels() -> Options {
    (1..=3).map(|l| (Some(l), format!("level {l}"))).collect()
}
