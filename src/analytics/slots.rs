//! Weekly posting slots ("mon 09:30, wed 09:30, fri 18:00"): parsing, formatting, their
//! occurrences in local time, and the next free one for "add to queue".

use std::fmt;

use chrono::{DateTime, Datelike, Duration, NaiveTime, Utc, Weekday};

use crate::clock::LocalZone;

/// One weekly posting slot: a weekday and a local wall-clock time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Slot {
    /// The day of the week.
    pub weekday: Weekday,
    /// The local time of day; it stays the same across daylight-saving changes.
    pub time: NaiveTime,
}

/// What is wrong with a slot list, naming the part at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SlotError {
    /// A part between separators is blank (1-based position).
    EmptyPart(usize),
    /// A part does not read as days followed by one time.
    Shape(String),
    /// A day name is not a known English or Spanish day.
    UnknownDay {
        /// The part containing the day.
        part: String,
        /// The unknown day name.
        day: String,
    },
    /// A time is not a valid `HH:MM`.
    BadTime {
        /// The part containing the time.
        part: String,
        /// The invalid time.
        time: String,
    },
}

impl fmt::Display for SlotError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(crate::i18n::Lang::En))
    }
}

impl SlotError {
    /// What is wrong, in `lang` (the English is the same as [`fmt::Display`]'s).
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::Arg;
        match self {
            SlotError::EmptyPart(index) => lang.text_with(
                "calendar-slot-empty",
                &[("index", Arg::Text(&index.to_string()))],
            ),
            SlotError::Shape(part) => {
                lang.text_with("calendar-slot-shape", &[("part", Arg::Text(part))])
            }
            SlotError::UnknownDay { part, day } => lang.text_with(
                "calendar-slot-day",
                &[("part", Arg::Text(part)), ("day", Arg::Text(day))],
            ),
            SlotError::BadTime { part, time } => lang.text_with(
                "calendar-slot-time",
                &[("part", Arg::Text(part)), ("time", Arg::Text(time))],
            ),
        }
    }
}

impl std::error::Error for SlotError {}

/// The English short day names, Monday first, as [`format_slots`] writes them.
const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Reads a day name (English or Spanish, three letters or in full, any case, accents optional).
pub(crate) fn parse_day(name: &str) -> Option<Weekday> {
    Some(match name.to_lowercase().as_str() {
        "mon" | "monday" | "lun" | "lunes" => Weekday::Mon,
        "tue" | "tuesday" | "mar" | "martes" => Weekday::Tue,
        "wed" | "wednesday" | "mié" | "mie" | "miércoles" | "miercoles" => Weekday::Wed,
        "thu" | "thursday" | "jue" | "jueves" => Weekday::Thu,
        "fri" | "friday" | "vie" | "viernes" => Weekday::Fri,
        "sat" | "saturday" | "sáb" | "sab" | "sábado" | "sabado" => Weekday::Sat,
        "sun" | "sunday" | "dom" | "domingo" => Weekday::Sun,
        _ => return None,
    })
}

/// Reads `H:MM` or `HH:MM` with hours 0–23 and minutes 0–59.
pub(crate) fn parse_time(text: &str) -> Option<NaiveTime> {
    let (hour, minute) = text.split_once(':')?;
    if !(1..=2).contains(&hour.len()) || minute.len() != 2 {
        return None;
    }
    let number = |s: &str| {
        s.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    NaiveTime::from_hms_opt(number(hour)?, number(minute)?, 0)
}

/// The sort key of a slot: Monday first, then time of day.
fn slot_key(slot: &Slot) -> (u32, NaiveTime) {
    (slot.weekday.num_days_from_monday(), slot.time)
}

/// Parses a slot list such as `mon 09:30, wed 09:30; Mon/Wed/Fri 18:00; mon-fri 08:30` (English
/// or Spanish day names, any case; parts separated by `,` or `;`; days within a part by `/`, a
/// range of days by `-`). Blank text
/// means no slots. The result is sorted Monday first and without duplicates.
pub fn parse_slots(text: &str) -> Result<Vec<Slot>, SlotError> {
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    let mut slots = Vec::new();
    for (index, raw) in text.split([',', ';']).enumerate() {
        let part = raw.trim();
        if part.is_empty() {
            return Err(SlotError::EmptyPart(index + 1));
        }
        let words: Vec<&str> = part.split_whitespace().collect();
        let [days, time] = words.as_slice() else {
            return Err(SlotError::Shape(part.to_string()));
        };
        let time = parse_time(time).ok_or_else(|| SlotError::BadTime {
            part: part.to_string(),
            time: (*time).to_string(),
        })?;
        let day = |name: &str| {
            parse_day(name).ok_or_else(|| SlotError::UnknownDay {
                part: part.to_string(),
                day: name.to_string(),
            })
        };
        for item in days.split('/') {
            match item.split_once('-') {
                // A range such as `mon-fri`, wrapping past Sunday (`fri-mon`).
                Some((first, last)) => {
                    let (mut weekday, last) = (day(first)?, day(last)?);
                    slots.push(Slot { weekday, time });
                    while weekday != last {
                        weekday = weekday.succ();
                        slots.push(Slot { weekday, time });
                    }
                }
                None => slots.push(Slot {
                    weekday: day(item)?,
                    time,
                }),
            }
        }
    }
    slots.sort_by_key(slot_key);
    slots.dedup();
    Ok(slots)
}

/// Writes slots back as text that [`parse_slots`] reads, grouping days that share a time:
/// `mon/wed/fri 09:30, tue 18:00`.
pub fn format_slots(slots: &[Slot]) -> String {
    let mut sorted = slots.to_vec();
    sorted.sort_by_key(|slot| (slot.time, slot.weekday.num_days_from_monday()));
    sorted.dedup();
    let mut parts: Vec<(NaiveTime, Vec<&'static str>)> = Vec::new();
    for slot in sorted {
        let day = DAY_NAMES[slot.weekday.num_days_from_monday() as usize];
        match parts.last_mut() {
            Some((time, days)) if *time == slot.time => days.push(day),
            _ => parts.push((slot.time, vec![day])),
        }
    }
    parts
        .iter()
        .map(|(time, days)| format!("{} {}", days.join("/"), time.format("%H:%M")))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every occurrence of the slots in `[from, until)`, sorted. Each is built as a local date and
/// time and only then turned into UTC, so a 09:30 slot stays at 09:30 local across
/// daylight-saving changes (a time skipped in spring moves forward to the first one that exists).
pub fn slot_times(
    slots: &[Slot],
    zone: &impl LocalZone,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Vec<DateTime<Utc>> {
    if slots.is_empty() || until <= from {
        return Vec::new();
    }
    let first = zone.to_local(from).date() - Duration::days(1);
    let last = zone.to_local(until).date() + Duration::days(1);
    let mut times: Vec<DateTime<Utc>> = first
        .iter_days()
        .take_while(|date| *date <= last)
        .flat_map(|date| {
            slots
                .iter()
                .filter(move |slot| slot.weekday == date.weekday())
                .map(move |slot| zone.to_utc(date.and_time(slot.time)))
        })
        .filter(|time| (from..until).contains(time))
        .collect();
    times.sort();
    times.dedup();
    times
}

/// Whether `time` is within `tolerance` (inclusive) of a time in the sorted list `taken`.
pub(crate) fn near_any(time: DateTime<Utc>, taken: &[DateTime<Utc>], tolerance: Duration) -> bool {
    let start = taken.partition_point(|t| *t < time - tolerance);
    taken.get(start).is_some_and(|t| *t <= time + tolerance)
}

/// The first slot time strictly after `after`, within `horizon_days` days, with no taken time
/// within ± `tolerance`; `None` when every slot in the horizon is taken (or there are no slots).
pub fn next_free_slot(
    slots: &[Slot],
    zone: &impl LocalZone,
    after: DateTime<Utc>,
    taken: &[DateTime<Utc>],
    tolerance: Duration,
    horizon_days: i64,
) -> Option<DateTime<Utc>> {
    let mut taken = taken.to_vec();
    taken.sort();
    slot_times(slots, zone, after, after + Duration::days(horizon_days))
        .into_iter()
        .find(|time| *time > after && !near_any(*time, &taken, tolerance))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use chrono_tz::Europe::Madrid;

    fn slots(text: &str) -> Vec<Slot> {
        parse_slots(text).unwrap()
    }

    fn utc(month: u32, day: u32, hour: u32, minute: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, month, day, hour, minute, 0)
            .unwrap()
    }

    #[test]
    fn a_comma_separated_list_of_days_and_times_parses_sorted() {
        let parsed = slots("fri 18:00, mon 09:30, wed 09:30");
        let time = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        let expected = [
            (Weekday::Mon, 9, 30),
            (Weekday::Wed, 9, 30),
            (Weekday::Fri, 18, 0),
        ]
        .map(|(weekday, h, m)| Slot {
            weekday,
            time: time(h, m),
        });
        assert_eq!(parsed, expected);
    }

    #[test]
    fn grouped_days_spanish_names_accents_and_semicolons_are_accepted() {
        assert_eq!(
            slots("Mon/Wed/Fri 09:30"),
            slots("LUN 09:30; mié 09:30; Vie 9:30")
        );
        assert_eq!(
            slots("sáb 11:00, sab 11:00, dom 12:00"),
            slots("sat 11:00, sun 12:00")
        );
        assert_eq!(slots("mar/jue/MIE 10:00"), slots("tue/wed/thu 10:00"));
        assert_eq!(slots("  "), vec![]);
    }

    #[test]
    fn a_range_of_days_means_every_day_in_it_as_the_channel_form_shows() {
        assert_eq!(
            slots("mon-fri 08:30, sat 11:00"),
            slots("mon/tue/wed/thu/fri 08:30, sat 11:00")
        );
        assert_eq!(slots("lun-vie 08:30"), slots("mon-fri 08:30"));
        assert_eq!(slots("fri-mon 18:00"), slots("fri/sat/sun/mon 18:00"));
        assert!(matches!(
            parse_slots("mon-xyz 08:30"),
            Err(SlotError::UnknownDay { .. })
        ));
    }

    #[test]
    fn bad_input_names_the_part_and_says_what_is_wrong() {
        let bad_day = parse_slots("mon 09:30, xyz 10:00").unwrap_err();
        assert_eq!(
            bad_day.to_string(),
            "slot `xyz 10:00` has an unknown day `xyz`: use mon tue wed thu fri sat sun or lun mar mié jue vie sáb dom"
        );
        let bad_time = parse_slots("wed 25:00").unwrap_err();
        let (part, time) = ("wed 25:00".into(), "25:00".into());
        assert_eq!(bad_time, SlotError::BadTime { part, time });
        assert!(bad_time.to_string().contains("HH:MM"));
        let empty = parse_slots("mon 09:30,, fri 10:00").unwrap_err();
        assert_eq!(empty, SlotError::EmptyPart(2));
        assert!(empty.to_string().starts_with("slot 2 is empty"));
        assert!(matches!(parse_slots("mon"), Err(SlotError::Shape(_))));
        assert!(matches!(
            parse_slots("mon 9:5"),
            Err(SlotError::BadTime { .. })
        ));
    }

    #[test]
    fn formatted_slots_group_shared_times_and_parse_back_to_the_same_slots() {
        let parsed = slots("mon 09:30, wed 09:30, fri 18:00, sun 00:05");
        let text = format_slots(&parsed);
        assert_eq!(text, "sun 00:05, mon/wed 09:30, fri 18:00");
        assert_eq!(slots(&text), parsed);
        assert_eq!(format_slots(&[]), "");
    }

    #[test]
    fn a_friday_slot_keeps_its_local_time_across_daylight_saving_changes() {
        let friday = slots("fri 09:30");
        let autumn = slot_times(&friday, &Madrid, utc(10, 19, 0, 0), utc(11, 2, 0, 0));
        assert_eq!(autumn, vec![utc(10, 23, 7, 30), utc(10, 30, 8, 30)]);
        let spring = slot_times(&friday, &Madrid, utc(3, 23, 0, 0), utc(4, 6, 0, 0));
        assert_eq!(spring, vec![utc(3, 27, 8, 30), utc(4, 3, 7, 30)]);
    }

    #[test]
    fn slot_times_include_the_start_and_exclude_the_end() {
        let mon_thu = slots("mon/thu 09:00");
        let times = slot_times(&mon_thu, &Utc, utc(11, 2, 9, 0), utc(11, 9, 9, 0));
        assert_eq!(times, vec![utc(11, 2, 9, 0), utc(11, 5, 9, 0)]);
        assert!(slot_times(&mon_thu, &Utc, utc(11, 9, 0, 0), utc(11, 2, 0, 0)).is_empty());
    }

    #[test]
    fn the_next_free_slot_skips_taken_slots_within_the_tolerance() {
        let week = slots("mon/wed/fri 09:30");
        // Monday 2 November 2026, 08:00 UTC (09:00 in Madrid).
        let after = utc(11, 2, 8, 0);
        let half_hour = Duration::minutes(30);
        let free = next_free_slot(&week, &Madrid, after, &[], half_hour, 14);
        assert_eq!(free, Some(utc(11, 2, 8, 30)));
        let taken = [utc(11, 4, 8, 45), utc(11, 2, 8, 30)];
        let free = next_free_slot(&week, &Madrid, after, &taken, half_hour, 14);
        assert_eq!(free, Some(utc(11, 6, 8, 30)));
    }

    #[test]
    fn a_slot_at_the_exact_start_is_not_next_and_none_free_in_the_horizon_gives_none() {
        let monday = slots("mon 09:30");
        let at_slot = utc(11, 2, 8, 30);
        let free = next_free_slot(&monday, &Madrid, at_slot, &[], Duration::zero(), 14);
        assert_eq!(free, Some(utc(11, 9, 8, 30)));
        let (after, five) = (utc(11, 1, 0, 0), Duration::minutes(5));
        assert_eq!(
            next_free_slot(&monday, &Madrid, after, &[at_slot], five, 7),
            None
        );
        assert_eq!(next_free_slot(&[], &Madrid, after, &[], five, 7), None);
    }
}
