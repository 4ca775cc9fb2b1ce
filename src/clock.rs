//! The injected "now" and the time zone used to show UTC times in local time; nothing else reads the clock.

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, Local, NaiveDate, NaiveDateTime, Offset, TimeZone,
    Utc, Weekday,
};

/// Which local time zone to show times in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// The operating system's zone (daylight-saving aware).
    System,
    /// A fixed offset, for tests and reproducible output.
    Fixed(FixedOffset),
    /// A named zone of the tz database (the brand's, `Europe/Madrid`), daylight-saving aware.
    Named(chrono_tz::Tz),
}

/// The brand's time zone as typed: `None` for blank (the computer's), else a tz database name.
pub fn brand_zone(typed: &str) -> Result<Option<Zone>, String> {
    brand_zone_in(typed, crate::i18n::Lang::En)
}

/// [`brand_zone`], its refusal worded in `lang`.
pub fn brand_zone_in(typed: &str, lang: crate::i18n::Lang) -> Result<Option<Zone>, String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    typed
        .parse::<chrono_tz::Tz>()
        .map(|tz| Some(Zone::Named(tz)))
        .map_err(|_| {
            lang.text_with(
                "plan-check-time-zone",
                &[(
                    "typed",
                    crate::i18n::Arg::Text(&typed.escape_debug().to_string()),
                )],
            )
        })
}

/// The brand's first day of the week as typed: `None` for blank (the config's).
pub fn brand_week_start(typed: &str) -> Result<Option<Weekday>, String> {
    brand_week_start_in(typed, crate::i18n::Lang::En)
}

/// [`brand_week_start`], its refusal worded in `lang`.
pub fn brand_week_start_in(
    typed: &str,
    lang: crate::i18n::Lang,
) -> Result<Option<Weekday>, String> {
    match typed.trim().to_lowercase().as_str() {
        "" => Ok(None),
        "monday" | "mon" | "lunes" | "lun" => Ok(Some(Weekday::Mon)),
        "sunday" | "sun" | "domingo" | "dom" => Ok(Some(Weekday::Sun)),
        _ => Err(lang.text_with(
            "plan-check-week-start",
            &[(
                "typed",
                crate::i18n::Arg::Text(&typed.trim().escape_debug().to_string()),
            )],
        )),
    }
}

/// The current time and zone, passed explicitly to everything that needs "now" or "today".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// The current instant.
    pub now: DateTime<Utc>,
    /// The zone times are shown in.
    pub zone: Zone,
}

impl Clock {
    /// The real clock in the system zone.
    pub fn system() -> Clock {
        Clock {
            now: Utc::now(),
            zone: Zone::System,
        }
    }

    /// A fixed instant shown in UTC, for tests.
    pub fn fixed(now: DateTime<Utc>) -> Clock {
        Clock {
            now,
            zone: Zone::Fixed(Utc.fix()),
        }
    }

    /// The same clock moved to a new instant.
    pub fn at(self, now: DateTime<Utc>) -> Clock {
        Clock { now, ..self }
    }

    /// A UTC time as local wall-clock time.
    pub fn local(&self, time: DateTime<Utc>) -> NaiveDateTime {
        match self.zone {
            Zone::System => time.with_timezone(&Local).naive_local(),
            Zone::Fixed(offset) => time.with_timezone(&offset).naive_local(),
            Zone::Named(tz) => time.with_timezone(&tz).naive_local(),
        }
    }

    /// Today's local date.
    pub fn today(&self) -> NaiveDate {
        self.local(self.now).date()
    }

    /// The UTC instant at which a local date begins.
    pub fn start_of_day(&self, date: NaiveDate) -> DateTime<Utc> {
        let midnight = date.and_hms_opt(0, 0, 0).unwrap_or_default();
        let local = match self.zone {
            Zone::System => Local
                .from_local_datetime(&midnight)
                .earliest()
                .map(|t| t.with_timezone(&Utc)),
            Zone::Fixed(offset) => offset
                .from_local_datetime(&midnight)
                .earliest()
                .map(|t| t.with_timezone(&Utc)),
            Zone::Named(tz) => Some(tz.to_utc(midnight)),
        };
        local.unwrap_or_else(|| midnight.and_utc())
    }

    /// The UTC range `[start, end)` of a local date span, end exclusive.
    pub fn day_range(&self, first: NaiveDate, last: NaiveDate) -> (DateTime<Utc>, DateTime<Utc>) {
        (
            self.start_of_day(first),
            self.start_of_day(last + Duration::days(1)),
        )
    }
}

/// A time zone that turns UTC instants into local wall-clock times and back, daylight saving included.
pub trait LocalZone {
    /// A UTC instant as local wall-clock time.
    fn to_local(&self, time: DateTime<Utc>) -> NaiveDateTime;

    /// A local wall-clock time as a UTC instant. In a daylight-saving gap (a local time that does
    /// not exist) the time moves forward to the first one that does; an ambiguous time (the hour
    /// repeated in autumn) takes its first occurrence.
    fn to_utc(&self, local: NaiveDateTime) -> DateTime<Utc>;
}

impl<T: TimeZone> LocalZone for T {
    fn to_local(&self, time: DateTime<Utc>) -> NaiveDateTime {
        time.with_timezone(self).naive_local()
    }

    fn to_utc(&self, local: NaiveDateTime) -> DateTime<Utc> {
        (0..=180)
            .step_by(15)
            .find_map(|minutes| {
                self.from_local_datetime(&(local + Duration::minutes(minutes)))
                    .earliest()
            })
            .map(|time| time.with_timezone(&Utc))
            .unwrap_or_else(|| local.and_utc())
    }
}

impl LocalZone for Clock {
    fn to_local(&self, time: DateTime<Utc>) -> NaiveDateTime {
        self.local(time)
    }

    fn to_utc(&self, local: NaiveDateTime) -> DateTime<Utc> {
        match self.zone {
            Zone::System => Local.to_utc(local),
            Zone::Fixed(offset) => offset.to_utc(local),
            Zone::Named(tz) => tz.to_utc(local),
        }
    }
}

/// The Monday (or Sunday) that starts the week containing `date`.
pub fn week_start(date: NaiveDate, first_day: Weekday) -> NaiveDate {
    let offset = (7 + date.weekday().num_days_from_monday() - first_day.num_days_from_monday()) % 7;
    date - Duration::days(i64::from(offset))
}

/// A short human age such as `45m`, `3h`, `2d`.
pub fn short_age(from: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let minutes = (now - from).num_minutes().max(0);
    match minutes {
        m if m < 60 => format!("{m}m"),
        m if m < 48 * 60 => format!("{}h", m / 60),
        m => format!("{}d", m / (24 * 60)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_week_of_a_sunday_starts_on_the_monday_before() {
        let sunday = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        assert_eq!(
            week_start(sunday, Weekday::Mon),
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
        );
        assert_eq!(week_start(sunday, Weekday::Sun), sunday);
    }

    #[test]
    fn local_times_in_a_daylight_saving_gap_move_forward_and_repeated_ones_take_the_first() {
        let madrid = chrono_tz::Europe::Madrid;
        let spring_gap = NaiveDate::from_ymd_opt(2026, 3, 29)
            .unwrap()
            .and_hms_opt(2, 30, 0)
            .unwrap();
        assert_eq!(
            madrid.to_utc(spring_gap),
            Utc.with_ymd_and_hms(2026, 3, 29, 1, 0, 0).unwrap()
        );
        let autumn_repeat = NaiveDate::from_ymd_opt(2026, 10, 25)
            .unwrap()
            .and_hms_opt(2, 30, 0)
            .unwrap();
        assert_eq!(
            madrid.to_utc(autumn_repeat),
            Utc.with_ymd_and_hms(2026, 10, 25, 0, 30, 0).unwrap()
        );
        let summer = Utc.with_ymd_and_hms(2026, 7, 1, 7, 30, 0).unwrap();
        assert_eq!(madrid.to_local(summer).format("%H:%M").to_string(), "09:30");
    }

    #[test]
    fn ages_are_shown_in_the_largest_sensible_unit() {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap();
        assert_eq!(short_age(now - Duration::minutes(5), now), "5m");
        assert_eq!(short_age(now - Duration::hours(30), now), "30h");
        assert_eq!(short_age(now - Duration::days(4), now), "4d");
    }
}
