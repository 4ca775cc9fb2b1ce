//! What the queue, the evergreen re-queue and the best-time heat map read, and the re-queued copies
//! they write (one transaction for all of them).

use super::time::{date_column, format_time, parse_time};
use super::{Db, DbError};
use crate::analytics::{EvergreenPost, PostPerformance};
use chrono::{DateTime, Utc};
use rusqlite::params;

impl Db {
    /// Planned times (not cancelled) of every post in `[from, to)`, any channel.
    pub fn scheduled_times(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<DateTime<Utc>>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT scheduled_at FROM posts WHERE status != 'cancelled' AND scheduled_at >= ?1 AND scheduled_at < ?2 ORDER BY scheduled_at",
        )?;
        let times = stmt
            .query_map(params![format_time(from), format_time(to)], |row| {
                row.get::<_, String>(0)
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(times.iter().filter_map(|t| parse_time(t)).collect())
    }

    /// Published posts since `since` with their latest metrics, for the best-time heat map.
    pub fn performance_since(&self, since: DateTime<Utc>) -> Result<Vec<PostPerformance>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT p.published_at, m.impressions, m.reach, m.likes + m.comments + m.shares + m.saves
             FROM posts p
             JOIN post_metrics m ON m.id = (SELECT id FROM post_metrics WHERE post_id = p.id ORDER BY captured_at DESC LIMIT 1)
             WHERE p.status = 'published' AND p.published_at >= ?1",
        )?;
        let rows = stmt
            .query_map([format_time(since)], |row| {
                let at: String = row.get(0)?;
                Ok((at, row.get(1)?, row.get(2)?, row.get(3)?))
            })?
            .collect::<rusqlite::Result<Vec<(String, Option<i64>, Option<i64>, i64)>>>()?;
        Ok(rows
            .into_iter()
            .filter_map(|(at, impressions, reach, interactions)| {
                parse_time(&at).map(|published_at| PostPerformance {
                    published_at,
                    impressions,
                    reach,
                    interactions,
                })
            })
            .collect())
    }

    /// Every evergreen original (not cancelled) with how often and how lately it has run, copies included.
    pub fn evergreen_posts(&self) -> Result<Vec<EvergreenPost>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT p.id, p.channel_id,
                    MAX(COALESCE(p.scheduled_at, ''), COALESCE((SELECT MAX(c.scheduled_at) FROM posts c WHERE c.repeat_of = p.id AND c.status != 'cancelled'), '')),
                    (SELECT COUNT(*) FROM posts c WHERE c.repeat_of = p.id AND c.status != 'cancelled'),
                    p.evergreen_max_repeats, p.evergreen_cooldown_days, p.evergreen_until
             FROM posts p WHERE p.evergreen = 1 AND p.repeat_of IS NULL AND p.status != 'cancelled' ORDER BY p.id",
        )?;
        let posts = stmt
            .query_map([], |row| {
                let last: String = row.get(2)?;
                Ok(EvergreenPost {
                    post_id: row.get(0)?,
                    channel_id: row.get(1)?,
                    last_scheduled: parse_time(&last),
                    repeats: row.get(3)?,
                    max_repeats: row.get(4)?,
                    cooldown_days: row.get(5)?,
                    until: date_column(row, 6)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(posts)
    }

    /// Schedules a copy of each evergreen post at its planned time, all in one transaction; the copies' ids.
    pub fn insert_repeats(
        &mut self,
        plan: &[(i64, DateTime<Utc>)],
        now: DateTime<Utc>,
    ) -> Result<Vec<i64>, DbError> {
        self.write(|tx| {
            plan.iter()
                .map(|(original, at)| {
                    tx.execute(
                        "INSERT INTO posts (channel_id, body, status, scheduled_at, campaign_id, pillar_id, persona_id, evergreen,
                                            evergreen_cooldown_days, evergreen_max_repeats, evergreen_until, notes, repeat_of, created_at, updated_at)
                         SELECT channel_id, body, 'scheduled', ?2, campaign_id, pillar_id, persona_id, 0,
                                evergreen_cooldown_days, evergreen_max_repeats, evergreen_until, notes, id, ?3, ?3
                         FROM posts WHERE id = ?1",
                        params![original, format_time(*at), format_time(now)],
                    )?;
                    Ok(tx.last_insert_rowid())
                })
                .collect()
        })
    }
}
