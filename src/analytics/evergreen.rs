//! Evergreen re-queue: which evergreen post goes into each free slot, with cooldown, a maximum
//! number of repeats and an end date.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::clock::LocalZone;

/// An evergreen post and its re-queue rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvergreenPost {
    /// The post to re-queue.
    pub post_id: i64,
    /// The channel it is published on.
    pub channel_id: i64,
    /// When it was last scheduled; `None` when never.
    pub last_scheduled: Option<DateTime<Utc>>,
    /// How many times it has been re-queued so far.
    pub repeats: u32,
    /// The most re-queues allowed; `None` for no limit.
    pub max_repeats: Option<u32>,
    /// Days that must pass (in local time) before it is queued again.
    pub cooldown_days: u32,
    /// The last local date on which it may be queued; `None` for no end.
    pub until: Option<NaiveDate>,
}

/// The rule, as shown next to the evergreen queue.
pub const FORMULA: &str = "each free slot, in time order, takes the least recently scheduled evergreen post of its channel (never scheduled first, then by id) whose repeats < max repeats, whose end date is not before the slot's local date, and whose last slot + cooldown days (local time) is not after this slot";

/// Working state of one post while the plan is built.
struct Candidate<'a> {
    post: &'a EvergreenPost,
    last: Option<DateTime<Utc>>,
    repeats: u32,
}

impl Candidate<'_> {
    /// Whether this post may fill `slot`, whose local time is `local`.
    fn eligible(&self, slot: DateTime<Utc>, zone: &impl LocalZone) -> bool {
        let local = zone.to_local(slot);
        let under_max = self.post.max_repeats.is_none_or(|max| self.repeats < max);
        let before_end = self.post.until.is_none_or(|until| local.date() <= until);
        let cooled = self.last.is_none_or(|last| {
            local >= zone.to_local(last) + Duration::days(i64::from(self.post.cooldown_days))
        });
        under_max && before_end && cooled
    }
}

/// Fills free `(channel_id, time)` slots, in time order, with eligible evergreen posts of the
/// same channel; returns `(post_id, time)` for each filled slot, in time order.
///
/// A post is eligible for a slot when `repeats < max_repeats` (no maximum = unlimited), the
/// slot's local date is on or before `until`, and the slot's local time is at least
/// `cooldown_days` days after the local time of `last_scheduled` (counted in local time, so a
/// weekly slot with a 7-day cooldown survives a daylight-saving change). Among eligible posts
/// the least recently scheduled wins (never scheduled first), ties by lowest `post_id`. A post
/// placed by this plan counts as scheduled at that slot, and its repeats go up, for later slots.
/// A slot with no eligible post stays empty.
pub fn requeue_plan(
    posts: &[EvergreenPost],
    free_slots: &[(i64, DateTime<Utc>)],
    zone: &impl LocalZone,
) -> Vec<(i64, DateTime<Utc>)> {
    let mut slots = free_slots.to_vec();
    slots.sort_by_key(|(channel, time)| (*time, *channel));
    slots.dedup();
    let mut candidates: Vec<Candidate> = posts
        .iter()
        .map(|post| Candidate {
            post,
            last: post.last_scheduled,
            repeats: post.repeats,
        })
        .collect();
    let mut plan = Vec::new();
    for (channel, time) in slots {
        let chosen = candidates
            .iter_mut()
            .filter(|c| c.post.channel_id == channel && c.eligible(time, zone))
            .min_by_key(|c| (c.last, c.post.post_id));
        if let Some(candidate) = chosen {
            candidate.last = Some(time);
            candidate.repeats = candidate.repeats.saturating_add(1);
            plan.push((candidate.post.post_id, time));
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use chrono_tz::Europe::Madrid;

    fn utc(month: u32, day: u32, hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, month, day, hour, 0, 0).unwrap()
    }

    fn post(post_id: i64, cooldown_days: u32) -> EvergreenPost {
        EvergreenPost {
            post_id,
            channel_id: 1,
            last_scheduled: None,
            repeats: 0,
            max_repeats: None,
            cooldown_days,
            until: None,
        }
    }

    /// Daily free slots on channel 1 at 10:00 UTC, from 2 November 2026.
    fn daily(days: u32) -> Vec<(i64, DateTime<Utc>)> {
        (0..days).map(|d| (1, utc(11, 2 + d, 10))).collect()
    }

    #[test]
    fn a_post_is_not_queued_again_within_its_cooldown() {
        let plan = requeue_plan(&[post(7, 3)], &daily(7), &Utc);
        assert_eq!(
            plan,
            vec![
                (7, utc(11, 2, 10)),
                (7, utc(11, 5, 10)),
                (7, utc(11, 8, 10))
            ]
        );
    }

    #[test]
    fn a_post_last_scheduled_recently_waits_out_its_cooldown() {
        let recent = EvergreenPost {
            last_scheduled: Some(utc(11, 1, 10)),
            ..post(7, 3)
        };
        let plan = requeue_plan(&[recent], &daily(4), &Utc);
        assert_eq!(plan, vec![(7, utc(11, 4, 10))]);
    }

    #[test]
    fn a_post_stops_at_its_maximum_number_of_repeats() {
        let limited = EvergreenPost {
            repeats: 1,
            max_repeats: Some(3),
            ..post(7, 0)
        };
        let plan = requeue_plan(&[limited], &daily(5), &Utc);
        assert_eq!(plan.len(), 2);
    }

    #[test]
    fn a_post_is_not_queued_after_its_end_date_in_local_time() {
        let ending = EvergreenPost {
            until: Some(NaiveDate::from_ymd_opt(2026, 11, 3).unwrap()),
            ..post(7, 0)
        };
        // 23:30 UTC on 3 November is already 4 November in Madrid.
        let slots = [
            (1, utc(11, 2, 10)),
            (1, utc(11, 3, 10)),
            (1, utc(11, 3, 23)),
        ];
        let plan = requeue_plan(&[ending], &slots, &Madrid);
        assert_eq!(plan, vec![(7, utc(11, 2, 10)), (7, utc(11, 3, 10))]);
    }

    #[test]
    fn two_posts_alternate_least_recently_used_first() {
        let older = EvergreenPost {
            last_scheduled: Some(utc(10, 1, 10)),
            ..post(2, 1)
        };
        let plan = requeue_plan(&[post(9, 1), older, post(5, 1)], &daily(4), &Utc);
        let ids: Vec<i64> = plan.iter().map(|(id, _)| *id).collect();
        // Never-scheduled posts first (lowest id first), then the oldest.
        assert_eq!(ids, vec![5, 9, 2, 5]);
    }

    #[test]
    fn a_slot_with_no_eligible_post_stays_empty() {
        let other_channel = EvergreenPost {
            channel_id: 2,
            ..post(4, 0)
        };
        let plan = requeue_plan(&[post(7, 5), other_channel], &daily(3), &Utc);
        assert_eq!(plan, vec![(7, utc(11, 2, 10))]);
        assert!(requeue_plan(&[], &daily(3), &Utc).is_empty());
    }

    #[test]
    fn a_weekly_slot_with_a_seven_day_cooldown_survives_the_spring_change() {
        // Fridays 09:30 in Madrid: 27 March (CET, 08:30Z) and 3 April (CEST, 07:30Z) are
        // 7 days apart in local time but only 6 days 23 hours in UTC.
        let first = Utc.with_ymd_and_hms(2026, 3, 27, 8, 30, 0).unwrap();
        let second = Utc.with_ymd_and_hms(2026, 4, 3, 7, 30, 0).unwrap();
        let plan = requeue_plan(&[post(7, 7)], &[(1, second), (1, first)], &Madrid);
        assert_eq!(plan, vec![(7, first), (7, second)]);
    }
}
