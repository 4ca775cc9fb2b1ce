//! Unit tests of waiting time, business hours and the SLA lights.

use super::*;
use chrono::{FixedOffset, NaiveDate, TimeZone};
use chrono_tz::Europe::Madrid;

fn utc(month: u32, day: u32, hour: u32, minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, month, day, hour, minute, 0)
        .single()
        .unwrap()
}

fn madrid(month: u32, day: u32, hour: u32, minute: u32) -> DateTime<Utc> {
    let local = NaiveDate::from_ymd_opt(2026, month, day)
        .and_then(|date| date.and_hms_opt(hour, minute, 0))
        .unwrap();
    Madrid.to_utc(local)
}

fn hours(text: &str) -> BusinessHours {
    parse_business_hours(text).unwrap()
}

#[test]
fn business_hours_read_ranges_lists_and_spanish_days() {
    let parsed = hours("mon-fri 09:00-18:00, sat 10:00-14:00");
    let nine_to_six = NaiveTime::from_hms_opt(9, 0, 0).zip(NaiveTime::from_hms_opt(18, 0, 0));
    assert_eq!(parsed.on(Weekday::Mon), nine_to_six);
    assert_eq!(parsed.on(Weekday::Fri), nine_to_six);
    let saturday = NaiveTime::from_hms_opt(10, 0, 0).zip(NaiveTime::from_hms_opt(14, 0, 0));
    assert_eq!(parsed.on(Weekday::Sat), saturday);
    assert_eq!(parsed.on(Weekday::Sun), None);
    assert_eq!(parsed.to_string(), "mon-fri 09:00-18:00, sat 10:00-14:00");
    let spanish = hours("lun/mié 8:00 - 15:00; vie-dom 10:00-12:00");
    assert_eq!(
        spanish.to_string(),
        "mon/wed 08:00-15:00, fri-sun 10:00-12:00"
    );
    assert_eq!(
        hours("sat-mon 10:00-12:00").to_string(),
        "mon/sat/sun 10:00-12:00"
    );
}

#[test]
fn bad_business_hours_say_what_is_wrong() {
    let error = |text: &str| parse_business_hours(text).err().unwrap_or_default();
    assert!(error("").contains("empty"));
    assert!(error("mon-fri 09:00-18:00,").contains("part 2 is empty"));
    assert!(error("funday 09:00-18:00").contains("unknown day `funday`"));
    assert!(error("mon-fri").contains("should be days then opening hours"));
    assert!(error("mon 9-18").contains("invalid time `9`"));
    assert!(error("mon 18:00-09:00").contains("closes before it opens"));
    assert!(error("mon-fri 09:00-14:00, fri 16:00-18:00").contains("`fri` is given twice"));
}

#[test]
fn without_business_hours_every_minute_counts() {
    let zone = FixedOffset::east_opt(3600).unwrap();
    assert_eq!(
        waiting_minutes(utc(11, 6, 21, 0), utc(11, 9, 8, 30), None, &zone),
        3570
    );
    assert_eq!(
        waiting_minutes(utc(11, 6, 21, 0), utc(11, 6, 21, 0), None, &zone),
        0
    );
    assert_eq!(
        waiting_minutes(utc(11, 6, 21, 0), utc(11, 6, 20, 0), None, &zone),
        0
    );
}

#[test]
fn a_message_from_friday_night_answered_monday_morning_waited_only_the_open_minutes() {
    let open = hours("mon-fri 09:00-18:00");
    let friday_night = madrid(11, 6, 22, 0);
    let monday = madrid(11, 9, 9, 30);
    assert_eq!(
        waiting_minutes(friday_night, monday, Some(&open), &Madrid),
        30
    );
    let friday_afternoon = madrid(11, 6, 17, 0);
    assert_eq!(
        waiting_minutes(friday_afternoon, monday, Some(&open), &Madrid),
        90
    );
    let saturday = madrid(11, 7, 12, 0);
    assert_eq!(
        waiting_minutes(friday_night, saturday, Some(&open), &Madrid),
        0
    );
}

#[test]
fn a_message_answered_before_opening_time_waited_nothing() {
    let open = hours("mon-fri 09:00-18:00");
    let night = madrid(11, 10, 2, 0);
    let early = madrid(11, 10, 8, 45);
    assert_eq!(waiting_minutes(night, early, Some(&open), &Madrid), 0);
}

#[test]
fn waiting_inside_one_open_day_is_the_plain_difference() {
    let open = hours("mon-fri 09:00-18:00");
    let (from, to) = (madrid(11, 10, 10, 0), madrid(11, 10, 11, 15));
    assert_eq!(waiting_minutes(from, to, Some(&open), &Madrid), 75);
}

#[test]
fn business_hours_follow_local_time_across_a_daylight_saving_change() {
    // Madrid moves from UTC+1 to UTC+2 on Sunday 29 March 2026.
    let open = hours("mon-fri 09:00-18:00");
    let friday = madrid(3, 27, 17, 0);
    let monday = madrid(3, 30, 10, 0);
    assert_eq!(waiting_minutes(friday, monday, Some(&open), &Madrid), 120);
    // Plainly it is 64 hours, one less than the local clocks say.
    assert_eq!(waiting_minutes(friday, monday, None, &Madrid), 64 * 60);
    // 01:00–04:00 local on the change day is only two real hours: 02:00–03:00 does not exist.
    let sunday_night = hours("sun 01:00-04:00");
    let (saturday, sunday_noon) = (madrid(3, 28, 12, 0), madrid(3, 29, 12, 0));
    assert_eq!(
        waiting_minutes(saturday, sunday_noon, Some(&sunday_night), &Madrid),
        120
    );
    // In autumn the same hours hold four real hours: 02:00–03:00 happens twice.
    let (saturday, sunday_noon) = (madrid(10, 24, 12, 0), madrid(10, 25, 12, 0));
    assert_eq!(
        waiting_minutes(saturday, sunday_noon, Some(&sunday_night), &Madrid),
        240
    );
}

#[test]
fn the_sla_is_near_from_three_quarters_of_the_target_and_late_past_it() {
    assert_eq!(sla(0, 120), Sla::OnTime);
    assert_eq!(sla(89, 120), Sla::OnTime);
    assert_eq!(sla(90, 120), Sla::Near);
    assert_eq!(sla(120, 120), Sla::Near);
    assert_eq!(sla(121, 120), Sla::Late);
    assert_eq!(sla(-5, 120), Sla::OnTime);
}

#[test]
fn sla_labels_do_not_rely_on_colour() {
    let labels: Vec<_> = [Sla::OnTime, Sla::Near, Sla::Late].map(Sla::label).to_vec();
    assert_eq!(labels, ["● on time", "▲ near", "✕ late"]);
    assert_eq!(Sla::Late.to_string(), "✕ late");
    assert_eq!(Sla::Near.symbol(), "▲");
}
