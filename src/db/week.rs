//! The headline figures of a week (or any date range) for the Reports pane.

use super::time::{format_date, format_time};
use super::{Db, DbError};
use crate::domain::week::WeekFigures;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use rusqlite::params;

impl Db {
    /// The figures for local days `first..=last`, whose UTC range is `[start, end)`.
    pub fn week_figures(
        &self,
        first: NaiveDate,
        last: NaiveDate,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        count: &crate::analytics::response::ResponseCount,
    ) -> Result<WeekFigures, DbError> {
        let conn = self.conn();
        let (from, to) = (format_time(start), format_time(end));
        let (posts_planned, posts_published): (i64, i64) = conn.query_row(
            "SELECT (SELECT COUNT(*) FROM posts WHERE status != 'cancelled' AND scheduled_at >= ?1 AND scheduled_at < ?2),
                    (SELECT COUNT(*) FROM posts WHERE status = 'published' AND published_at >= ?1 AND published_at < ?2)",
            params![from, to],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        let (impressions, reach, interactions): (i64, i64, i64) = conn.query_row(
            "SELECT COALESCE(SUM(m.impressions), 0), COALESCE(SUM(m.reach), 0),
                    COALESCE(SUM(m.likes + m.comments + m.shares + m.saves), 0)
             FROM posts p
             JOIN post_metrics m ON m.id = (SELECT id FROM post_metrics WHERE post_id = p.id ORDER BY captured_at DESC LIMIT 1)
             WHERE p.status = 'published' AND p.published_at >= ?1 AND p.published_at < ?2",
            params![from, to],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )?;
        let messages_received: i64 = conn.query_row(
            "SELECT COUNT(*) FROM messages WHERE received_at >= ?1 AND received_at < ?2",
            params![from, to],
            |row| row.get(0),
        )?;
        let response_minutes = self.response_minutes(start, end, count)?;
        let (mentions_positive, mentions_neutral, mentions_negative, brand_mentions, competitor_mentions) = conn.query_row(
            "SELECT COALESCE(SUM(s = 'positive'), 0), COALESCE(SUM(s = 'neutral'), 0), COALESCE(SUM(s = 'negative'), 0),
                    COALESCE(SUM(k = 'brand'), 0), COALESCE(SUM(k = 'competitor'), 0)
             FROM (SELECT COALESCE(me.sentiment_corrected, me.sentiment_auto) AS s, r.kind AS k
                   FROM mentions me LEFT JOIN listening_rules r ON r.id = me.rule_id
                   WHERE me.published_at >= ?1 AND me.published_at < ?2)",
            params![from, to],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?)),
        )?;
        // `+person_id` keeps SQLite 3.54's planner on the date indexes: without it the planner
        // walks every linked mention through `mentions_by_person` (150 ms instead of 1.5 ms on
        // the large demo, a whole report 6 times slower).
        let active_prescriptors: i64 = conn.query_row(
            "SELECT COUNT(*) FROM people p WHERE p.role IN ('advocate', 'influencer') AND p.id IN (
                 SELECT person_id FROM mentions WHERE published_at >= ?1 AND published_at < ?2 AND +person_id IS NOT NULL
                 UNION
                 SELECT person_id FROM messages WHERE received_at >= ?1 AND received_at < ?2 AND +person_id IS NOT NULL)",
            params![from, to],
            |row| row.get(0),
        )?;
        Ok(WeekFigures {
            first_day: Some(first),
            posts_planned,
            posts_published,
            impressions,
            reach,
            interactions,
            messages_received,
            messages_answered: response_minutes.len() as i64,
            response_minutes,
            mentions_positive,
            mentions_neutral,
            mentions_negative,
            brand_mentions,
            competitor_mentions,
            followers_start: self.followers_on(first - Duration::days(1), None)?,
            followers_end: self.followers_on(last, None)?,
            active_prescriptors,
        })
    }

    /// Followers on `date` (latest snapshot on or before it), for one channel or summed over all;
    /// `None` when no channel has a snapshot by then.
    pub fn followers_on(
        &self,
        date: NaiveDate,
        channel_id: Option<i64>,
    ) -> Result<Option<i64>, DbError> {
        Ok(self.conn().query_row(
            "SELECT SUM(followers) FROM (
                 SELECT (SELECT x.followers FROM audience_snapshots x
                         WHERE x.channel_id = c.id AND x.taken_on <= ?1 ORDER BY x.taken_on DESC LIMIT 1) AS followers
                 FROM channels c WHERE ?2 IS NULL OR c.id = ?2)",
            params![format_date(date), channel_id],
            |row| row.get(0),
        )?)
    }
}
