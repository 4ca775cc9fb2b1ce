//! The values several plan forms share: how typed numbers are parsed (either convention, with
//! the field's error message), how dates are shown, and how choice options are numbered and
//! found again.

use super::field::Options;
use crate::domain::typed_number;
use crate::i18n::{Arg, Lang};
use crate::text::sanitize_line;
use chrono::NaiveDate;

/// A typed number in either convention (`1.234,5` or `1,234.5`); an empty field is an error,
/// worded in `lang`.
pub fn number(text: &str, lang: Lang) -> Result<f64, String> {
    typed_number::decimal(text)
        .map(|reading| reading.value)
        .map_err(|_| refused("plan-error-number", text, lang))
}

/// A typed whole number (`1.200`, `1,200` or `1200`); the mistake worded in `lang`.
pub fn whole(text: &str, lang: Lang) -> Result<i64, String> {
    typed_number::whole(text).map_err(|_| refused("plan-error-whole", text, lang))
}

/// The mistake `key` quoting the typed `text`, in `lang`.
pub fn refused(key: &str, text: &str, lang: Lang) -> String {
    lang.text_with(key, &[("text", Arg::Text(&sanitize_line(text.trim())))])
}

/// When `text` is a number that could be read two ways (`1.200`: 1200 or 1.2), the reading
/// taken, in `lang`.
pub fn grouping_note(text: &str, lang: Lang) -> Option<String> {
    let reading = typed_number::decimal(text).ok()?;
    reading.note?;
    let separator = if text.contains('.') { "dot" } else { "comma" };
    let value = format!("{:.0}", reading.value);
    Some(lang.text_with(
        "plan-note-grouping",
        &[
            ("text", Arg::Text(&sanitize_line(text.trim()))),
            ("value", Arg::Text(&value)),
            ("separator", Arg::Text(separator)),
        ],
    ))
}

/// A number as a form shows it to be typed again: `2.5` in English, `2,5` in Spanish.
pub fn typed(lang: Lang, shown: String) -> String {
    match lang {
        Lang::En => shown,
        Lang::Es => shown.replace('.', ","),
    }
}

/// A day as `YYYY-MM-DD`.
pub fn date(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// Money in euros with two decimals, as typed in `lang` (`12.50`, `12,50`).
pub fn money(euros: f64, lang: Lang) -> String {
    typed(lang, format!("{euros:.2}"))
}

/// A chosen option's id as a position in the list the options were numbered from.
pub fn index(id: Option<i64>) -> Option<usize> {
    id.and_then(|i| usize::try_from(i).ok())
}

/// Where `name` is among `names`, as an option id.
pub fn named<'a>(mut names: impl Iterator<Item = &'a str>, name: &str) -> Option<i64> {
    names.position(|n| n == name).map(|i| i as i64)
}

/// Options numbered by position, with a "none" option first when `none` is given.
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

/// The three crisis severity levels, by number, named in `lang`.
pub fn levels(lang: Lang) -> Options {
    (1..=3)
        .map(|l| {
            (
                Some(l),
                lang.text_with("plan-level", &[("level", Arg::Count(l))]),
            )
        })
        .collect()
}
