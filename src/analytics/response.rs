//! Response time: how long a message waited for its first answer, counted in plain minutes or
//! only inside optional business hours (local time, daylight-saving safe), and where that wait
//! stands against the response-time target (on time, near, late).

use crate::clock::Clock;
use std::fmt;

use chrono::{DateTime, Datelike, NaiveTime, Utc, Weekday};

use crate::analytics::slots::{parse_day, parse_time};
use crate::clock::LocalZone;
use crate::i18n::{Arg, Lang};

/// How the waiting time is counted, as shown next to a response time.
pub const WAITING_FORMULA: &str = "waited = minutes from arrival to the first answer (or to now while it waits); with business hours, only the minutes inside the open hours of each local day count";

/// How a wait is judged against the target, as shown next to the SLA lights.
pub const SLA_FORMULA: &str = "on time while waited < 75% of the target; near from 75% up to the target itself; late once waited > target";

/// The English short day names, Monday first.
const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Weekly opening hours in local time: for each weekday, closed or open from one time to a later one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BusinessHours {
    /// Monday first: `None` when closed, else `(open, close)` with `open < close`.
    pub days: [Option<(NaiveTime, NaiveTime)>; 7],
}

impl BusinessHours {
    /// The opening hours of `weekday`, `None` when closed.
    pub fn on(&self, weekday: Weekday) -> Option<(NaiveTime, NaiveTime)> {
        self.days[weekday.num_days_from_monday() as usize]
    }
}

impl fmt::Display for BusinessHours {
    /// Writes the hours back as text that [`parse_business_hours`] reads, days that share hours
    /// together, three or more days in a row as a range: `mon-fri 09:00-18:00, sat 10:00-14:00`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut groups: Vec<((NaiveTime, NaiveTime), Vec<usize>)> = Vec::new();
        for (index, hours) in self.days.iter().enumerate() {
            let Some(hours) = hours else { continue };
            match groups.iter_mut().find(|(shared, _)| shared == hours) {
                Some((_, days)) => days.push(index),
                None => groups.push((*hours, vec![index])),
            }
        }
        let parts: Vec<String> = groups
            .iter()
            .map(|((open, close), days)| {
                let mut names: Vec<String> = Vec::new();
                let mut rest = days.as_slice();
                while let [first, ..] = rest {
                    let run = rest
                        .iter()
                        .enumerate()
                        .take_while(|(offset, day)| **day == first + offset)
                        .count();
                    let last = rest[run - 1];
                    match run {
                        1 => names.push(DAY_NAMES[*first].to_string()),
                        2 => names.push(format!("{}/{}", DAY_NAMES[*first], DAY_NAMES[last])),
                        _ => names.push(format!("{}-{}", DAY_NAMES[*first], DAY_NAMES[last])),
                    }
                    rest = &rest[run..];
                }
                format!(
                    "{} {}-{}",
                    names.join("/"),
                    open.format("%H:%M"),
                    close.format("%H:%M")
                )
            })
            .collect();
        f.write_str(&parts.join(", "))
    }
}

/// Reads the days of one part: `mon`, `mon/wed`, `mon-fri` (a range may wrap: `fri-mon`),
/// mixed as `mon-wed/sat`; English or Spanish names.
fn parse_days(text: &str, part: &str, lang: Lang) -> Result<Vec<Weekday>, String> {
    let day = |name: &str| {
        parse_day(name).ok_or_else(|| {
            lang.text_with(
                "plan-check-hours-day",
                &[("part", Arg::Text(part)), ("day", Arg::Text(name))],
            )
        })
    };
    let mut days = Vec::new();
    for item in text.split('/') {
        match item.split_once('-') {
            Some((first, last)) => {
                let (mut current, last) = (day(first)?, day(last)?);
                days.push(current);
                while current != last {
                    current = current.succ();
                    days.push(current);
                }
            }
            None => days.push(day(item)?),
        }
    }
    Ok(days)
}

/// Parses weekly business hours such as `mon-fri 09:00-18:00, sat 10:00-14:00` (parts separated
/// by `,` or `;`; days as `mon`, lists `mon/wed`, ranges `mon-fri`, English or Spanish names;
/// hours `HH:MM-HH:MM` with the opening before the closing). Days not named are closed; a day
/// named twice is an error.
pub fn parse_business_hours(text: &str) -> Result<BusinessHours, String> {
    parse_business_hours_in(text, Lang::En)
}

/// [`parse_business_hours`], its refusal worded in `lang`.
pub fn parse_business_hours_in(text: &str, lang: Lang) -> Result<BusinessHours, String> {
    if text.trim().is_empty() {
        return Err(lang.text("plan-check-hours-empty"));
    }
    let mut hours = BusinessHours::default();
    for (index, raw) in text.split([',', ';']).enumerate() {
        let part = raw.trim();
        let mut words = part.split_whitespace();
        let (Some(days), range) = (words.next(), words.collect::<String>()) else {
            return Err(lang.text_with(
                "plan-check-hours-part-empty",
                &[("index", Arg::Text(&(index + 1).to_string()))],
            ));
        };
        let shape = || lang.text_with("plan-check-hours-shape", &[("part", Arg::Text(part))]);
        let (open, close) = range.split_once('-').ok_or_else(shape)?;
        let time = |text: &str| {
            parse_time(text).ok_or_else(|| {
                lang.text_with(
                    "plan-check-hours-time",
                    &[("part", Arg::Text(part)), ("time", Arg::Text(text))],
                )
            })
        };
        let (open, close) = (time(open)?, time(close)?);
        if open >= close {
            return Err(lang.text_with("plan-check-hours-backwards", &[("part", Arg::Text(part))]));
        }
        for day in parse_days(days, part, lang)? {
            let slot = &mut hours.days[day.num_days_from_monday() as usize];
            if slot.is_some() {
                let name = match lang {
                    Lang::En => DAY_NAMES[day.num_days_from_monday() as usize].to_string(),
                    Lang::Es => crate::i18n::weekday_short(lang, day),
                };
                return Err(
                    lang.text_with("plan-check-hours-day-twice", &[("day", Arg::Text(&name))])
                );
            }
            *slot = Some((open, close));
        }
    }
    Ok(hours)
}

/// The whole minutes a message waited from `from` to `to` (0 when `to` is not after `from`):
/// plain elapsed minutes without business hours, else only the minutes inside the open hours of
/// each local day. Opening and closing are local wall-clock times turned into UTC day by day,
/// so a daylight-saving change neither adds nor loses business time; a message that arrived
/// while closed starts waiting at the next opening.
pub fn waiting_minutes(
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    hours: Option<&BusinessHours>,
    zone: &impl LocalZone,
) -> i64 {
    if to <= from {
        return 0;
    }
    let Some(hours) = hours else {
        return (to - from).num_minutes();
    };
    let last = zone.to_local(to).date();
    let seconds: i64 = zone
        .to_local(from)
        .date()
        .iter_days()
        .take_while(|date| *date <= last)
        .filter_map(|date| {
            let (open, close) = hours.on(date.weekday())?;
            let start = zone.to_utc(date.and_time(open)).max(from);
            let end = zone.to_utc(date.and_time(close)).min(to);
            (end > start).then(|| (end - start).num_seconds())
        })
        .sum();
    seconds / 60
}

/// Where a wait stands against the response-time target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sla {
    /// Less than 75% of the target.
    OnTime,
    /// From 75% of the target up to the target itself.
    Near,
    /// Past the target.
    Late,
}

impl Sla {
    /// A symbol that tells the states apart without colour.
    pub fn symbol(self) -> &'static str {
        match self {
            Sla::OnTime => "●",
            Sla::Near => "▲",
            Sla::Late => "✕",
        }
    }

    /// The symbol and a word: `● on time`, `▲ near`, `✕ late`, in English.
    pub fn label(self) -> String {
        self.label_in(crate::i18n::Lang::En)
    }

    /// The symbol and a word in `lang`: `● on time` / `● a tiempo`.
    pub fn label_in(self, lang: crate::i18n::Lang) -> String {
        match self {
            Sla::OnTime => lang.text("sla-on-time"),
            Sla::Near => lang.text("sla-near"),
            Sla::Late => lang.text("sla-late"),
        }
    }
}

impl fmt::Display for Sla {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

/// Judges `waited_minutes` against `target_minutes` (see [`SLA_FORMULA`]): near from 75% of
/// the target, late past it.
pub fn sla(waited_minutes: i64, target_minutes: u32) -> Sla {
    let target = i64::from(target_minutes);
    if waited_minutes > target {
        Sla::Late
    } else if waited_minutes * 4 >= target * 3 {
        Sla::Near
    } else {
        Sla::OnTime
    }
}

/// How first-response times are counted: plain minutes, or only the business hours, in a zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResponseCount {
    /// The business hours, when only they count.
    pub hours: Option<BusinessHours>,
    /// The zone the hours are in.
    pub clock: Clock,
}

/// The service level the inbox answers to: the response-time target and, when only open hours
/// count, the business hours (the plan's, else the config's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ServiceLevel {
    /// The business hours, when response times count only open hours.
    pub hours: Option<BusinessHours>,
    /// The response-time target, in minutes.
    pub target: u32,
}

impl ServiceLevel {
    /// How long a message received at `received` and first answered at `answered` (still waiting
    /// at `now` when `None`) has waited, in the minutes that count, and its SLA state.
    pub fn waited(
        &self,
        received: DateTime<Utc>,
        answered: Option<DateTime<Utc>>,
        clock: &Clock,
    ) -> (i64, Sla) {
        let until = answered.unwrap_or(clock.now);
        let minutes = waiting_minutes(received, until, self.hours.as_ref(), clock);
        (minutes, sla(minutes, self.target))
    }
}

#[cfg(test)]
mod tests;
