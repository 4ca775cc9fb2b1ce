//! Follower counts: how a typed count reads (`1200`, `1.200`, `1,200`), which days a count may
//! be taken on, and what recording one did to what was stored.

use crate::i18n::{Arg, Lang};
use chrono::NaiveDate;

/// One follower count to record: a channel's followers on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FollowerCount {
    /// The channel's database id.
    pub channel: i64,
    /// The day the count was taken.
    pub on: NaiveDate,
    /// How many followers the channel had that day.
    pub followers: u64,
}

/// What recording a follower count did to what was stored for that channel and day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    /// There was no count for the day; this one was added.
    Added,
    /// The day's count was this other number; it was replaced.
    Replaced(u64),
    /// The day already had exactly this count; nothing changed.
    Unchanged,
}

/// Reads a typed follower count: digits, optionally in groups of three separated by `.`, `,`
/// or a space (`1200`, `1.200`, `1,200`, `1 200`); says why in English when it is not a whole
/// number (see [`parse_followers_in`]).
pub fn parse_followers(typed: &str) -> Result<u64, String> {
    parse_followers_in(Lang::En, typed)
}

/// Reads a typed follower count like [`parse_followers`]; says why in `lang`.
pub fn parse_followers_in(lang: Lang, typed: &str) -> Result<u64, String> {
    let text = typed.trim();
    if text.is_empty() {
        return Err(lang.text("report-followers-empty"));
    }
    let refused = || {
        let shown = text.escape_debug().to_string();
        lang.text_with(
            "report-followers-not-a-count",
            &[("text", Arg::Text(&shown))],
        )
    };
    if super::typed_number::decimal(text).is_ok_and(|reading| reading.value > 9.0e15) {
        return Err(lang.text_with("report-followers-too-many", &[("text", Arg::Text(text))]));
    }
    let followers = super::typed_number::whole(text).map_err(|_| refused())?;
    u64::try_from(followers).map_err(|_| refused())
}

/// Checks the day a count was taken: not after `today`; says why in English.
pub fn check_day(on: NaiveDate, today: NaiveDate) -> Result<NaiveDate, String> {
    check_day_in(Lang::En, on, today)
}

/// Checks the day a count was taken: not after `today`; says why in `lang`.
pub fn check_day_in(lang: Lang, on: NaiveDate, today: NaiveDate) -> Result<NaiveDate, String> {
    if on > today {
        let day = on.format("%Y-%m-%d").to_string();
        return Err(lang.text_with("report-followers-future", &[("day", Arg::Text(&day))]));
    }
    Ok(on)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_reads_with_or_without_thousands_separators() {
        assert_eq!(parse_followers("1200"), Ok(1_200));
        assert_eq!(parse_followers(" 1.200 "), Ok(1_200));
        assert_eq!(parse_followers("1,200"), Ok(1_200));
        assert_eq!(parse_followers("1 234 567"), Ok(1_234_567));
        assert_eq!(parse_followers("0"), Ok(0));
    }

    #[test]
    fn a_count_that_is_not_a_whole_number_is_refused_with_an_example() {
        assert_eq!(
            parse_followers("1.200,00"),
            Ok(1_200),
            "zero decimals are whole"
        );
        for typed in ["1.5", "-3", "mil", "1.200,5", "", "1,2345", ",200"] {
            let error = parse_followers(typed).unwrap_err();
            assert!(error.contains("1200"), "{typed}: {error}");
        }
        assert!(
            parse_followers("99999999999999999999")
                .unwrap_err()
                .contains("more than cmdeck can store")
        );
        assert!(
            parse_followers("9,999,999,999,999,999,999")
                .unwrap_err()
                .contains("more than cmdeck can store")
        );
    }

    #[test]
    fn a_count_may_be_taken_today_or_before_but_not_tomorrow() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        assert_eq!(check_day(today, today), Ok(today));
        let tomorrow = today.succ_opt().unwrap();
        assert!(
            check_day(tomorrow, today)
                .unwrap_err()
                .contains("2026-12-03 is in the future")
        );
    }
}
