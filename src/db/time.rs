//! How times and dates are written in SQLite: UTC `YYYY-MM-DDTHH:MM:SSZ` and `YYYY-MM-DD`.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};

/// Writes a UTC time the way the database stores it (sortable as text). chrono's RFC 3339
/// writer gives exactly `YYYY-MM-DDTHH:MM:SSZ`, several times faster than a format string, which
/// matters when a report writes and reads hundreds of thousands of them.
pub fn format_time(time: DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Reads a stored UTC time; `None` when the text is not exactly `YYYY-MM-DDTHH:MM:SSZ` (RFC 3339
/// would also take offsets, fractions and a space for the `T`).
pub fn parse_time(text: &str) -> Option<DateTime<Utc>> {
    let bytes = text.as_bytes();
    if bytes.len() != 20 || bytes[10] != b'T' || bytes[19] != b'Z' {
        return None;
    }
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|time| time.with_timezone(&Utc))
}

/// Writes a calendar date the way the database stores it (`YYYY-MM-DD`, chrono's ISO display).
pub fn format_date(date: NaiveDate) -> String {
    date.to_string()
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

    #[test]
    fn only_the_stored_shape_of_a_time_is_read() {
        for other in [
            "2026-11-23 09:30:00Z",
            "2026-11-23T09:30:00+01:00",
            "2026-11-23T09:30:00.5Z",
            "2026-11-23t09:30:00Z",
            "2026-13-23T09:30:00Z",
            "2026-11-23T09:30:00",
        ] {
            assert_eq!(parse_time(other), None, "{other}");
        }
        let midnight = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        assert_eq!(format_time(midnight), "2026-01-01T00:00:00Z");
        let date = NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
        assert_eq!(format_date(date), "2026-03-09");
    }
}
