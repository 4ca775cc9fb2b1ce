//! How times and dates are written in SQLite: UTC `YYYY-MM-DDTHH:MM:SSZ` and `YYYY-MM-DD`.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

const TIME_FORMAT: &str = "%Y-%m-%dT%H:%M:%SZ";

/// Writes a UTC time the way the database stores it (sortable as text).
pub fn format_time(time: DateTime<Utc>) -> String {
    time.format(TIME_FORMAT).to_string()
}

/// Reads a stored UTC time; `None` when the text is not one.
pub fn parse_time(text: &str) -> Option<DateTime<Utc>> {
    NaiveDateTime::parse_from_str(text, TIME_FORMAT)
        .ok()
        .map(|naive| naive.and_utc())
}

/// Writes a calendar date the way the database stores it.
pub fn format_date(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// Reads a stored calendar date; `None` when the text is not one.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// Reads an optional stored time column.
pub(crate) fn time_column(
    row: &rusqlite::Row<'_>,
    index: usize,
) -> rusqlite::Result<Option<DateTime<Utc>>> {
    let text: Option<String> = row.get(index)?;
    Ok(text.as_deref().and_then(parse_time))
}

/// Reads an optional stored date column.
pub(crate) fn date_column(
    row: &rusqlite::Row<'_>,
    index: usize,
) -> rusqlite::Result<Option<NaiveDate>> {
    let text: Option<String> = row.get(index)?;
    Ok(text.as_deref().and_then(parse_date))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_stored_time_reads_back_unchanged() {
        let time = Utc.with_ymd_and_hms(2026, 11, 23, 9, 30, 0).unwrap();
        assert_eq!(format_time(time), "2026-11-23T09:30:00Z");
        assert_eq!(parse_time(&format_time(time)), Some(time));
        assert_eq!(parse_time("yesterday"), None);
    }
}
