//! The counters behind the status line and `cmdeck today`.

use super::time::{format_date, format_time, parse_time};
use super::{Db, DbError};
use crate::clock::Clock;
use crate::domain::today::TodayCounters;
use rusqlite::params;

impl Db {
    /// Today's counters: posts due and overdue, messages waiting, new mentions, follow-ups due.
    pub fn today_counters(&self, clock: &Clock) -> Result<TodayCounters, DbError> {
        let today = clock.today();
        let (day_start, day_end) = clock.day_range(today, today);
        let now = format_time(clock.now);
        let conn = self.conn();
        let (posts_due_today, posts_overdue): (i64, i64) = conn.query_row(
            "SELECT (SELECT COUNT(*) FROM posts WHERE status IN ('scheduled', 'draft') AND scheduled_at >= ?1 AND scheduled_at < ?2),
                    (SELECT COUNT(*) FROM posts WHERE status = 'scheduled' AND scheduled_at < ?3)",
            params![format_time(day_start), format_time(day_end), now],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        let (messages_waiting, oldest): (i64, Option<String>) = conn.query_row(
            "SELECT COUNT(*), MIN(received_at) FROM messages
             WHERE status IN ('new', 'open', 'escalated') OR (status = 'snoozed' AND snoozed_until <= ?1)",
            [&now],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        let (new_mentions, new_negative): (i64, i64) = conn.query_row(
            "SELECT COUNT(*), COALESCE(SUM(COALESCE(sentiment_corrected, sentiment_auto) = 'negative'), 0)
             FROM mentions WHERE status = 'new'",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        let follow_ups_due: i64 = conn.query_row(
            "SELECT COUNT(*) FROM people WHERE next_follow_up IS NOT NULL AND next_follow_up <= ?1",
            [format_date(today)],
            |row| row.get(0),
        )?;
        Ok(TodayCounters {
            posts_due_today,
            posts_overdue,
            messages_waiting,
            oldest_waiting: oldest.as_deref().and_then(parse_time),
            new_mentions,
            new_negative,
            follow_ups_due,
            crisis: self.open_crisis()?.map(|c| (c.level, c.pause_posts)),
            spikes: self
                .spike_alerts(clock.now)?
                .into_iter()
                .map(|alert| (alert.label, alert.check.last_24h))
                .collect(),
        })
    }
}
