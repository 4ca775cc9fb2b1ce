//! Days as TikTok writes them without a year, and the follower reader on any input.

use super::followers::{FollowerFormat, day_of, read_follower_days};
use chrono::NaiveDate;
use proptest::prelude::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn a_day_without_a_year_is_the_latest_one_on_or_before_today_in_english_or_spanish() {
    let today = date(2026, 12, 3);
    assert_eq!(day_of("November 28", today), Ok(date(2026, 11, 28)));
    assert_eq!(day_of("28 November", today), Ok(date(2026, 11, 28)));
    assert_eq!(day_of("28 de noviembre", today), Ok(date(2026, 11, 28)));
    assert_eq!(day_of("Dec 3", today), Ok(date(2026, 12, 3)));
    assert_eq!(day_of("December 4", today), Ok(date(2025, 12, 4)));
    assert_eq!(day_of("2026-11-02", today), Ok(date(2026, 11, 2)));
    assert!(day_of("February 30", today).is_err());
    assert!(day_of("ayer", today).is_err());
}

#[test]
fn february_29_goes_back_to_the_last_leap_year_only_if_this_one_has_none() {
    assert_eq!(
        day_of("February 29", date(2028, 3, 1)),
        Ok(date(2028, 2, 29))
    );
    assert!(day_of("February 29", date(2026, 12, 3)).is_err());
}

#[test]
fn an_undefined_count_is_a_problem_of_its_row_named_by_line() {
    let file = "\u{feff}\"Date\",\"Followers\",\"Difference in followers from previous day\"\n\"November 27\",\"1204\",\"3\"\n\"November 28\",\"undefined\",\"0\"";
    assert_eq!(
        FollowerFormat::detect(file.as_bytes()),
        Some(FollowerFormat::TikTokHistory)
    );
    let days = read_follower_days(file.as_bytes(), date(2026, 12, 3)).unwrap();
    assert_eq!(days[0].count, Ok((date(2026, 11, 27), 1204)));
    assert_eq!(days[1].line, 3);
    assert!(
        days[1]
            .count
            .as_ref()
            .is_err_and(|why| why.to_string().contains("undefined"))
    );
}

proptest! {
    #[test]
    fn any_bytes_after_the_header_are_read_without_panicking(body in proptest::collection::vec(any::<u8>(), 0..300)) {
        let mut file = b"\"Date\",\"Followers\",\"Difference in followers from previous day\"\n".to_vec();
        file.extend(body);
        let _ = read_follower_days(&file, date(2026, 12, 3));
    }

    #[test]
    fn any_utf16_bytes_are_told_a_daily_series_or_not_without_panicking(body in proptest::collection::vec(any::<u8>(), 0..300)) {
        let mut file = vec![0xFF, 0xFE];
        file.extend(body);
        let _ = super::followers::meta_daily_series(&file);
    }

    #[test]
    fn any_typed_day_is_read_or_refused_without_panicking(typed in ".{0,30}") {
        let _ = day_of(&typed, date(2026, 12, 3));
    }
}
