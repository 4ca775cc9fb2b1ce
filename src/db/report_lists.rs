//! The report's breakdowns by channel, by pillar and by post.

use super::time::{format_time, parse_time};
use super::{Db, DbError};
use crate::analytics::response::waiting_minutes;
use crate::domain::report::{ChannelLine, PillarLine, PostLine};
use crate::domain::week::ratio;
use crate::report::ReportRequest;
use chrono::{DateTime, Duration, Utc};
use rusqlite::params;
use std::collections::HashMap;

/// How many posts the best and the weakest lists hold.
const POSTS_LISTED: usize = 3;

/// Per channel: posts planned, published in the period and in the one before, messages
/// received (`?1`..`?2` the period, `?3`..`?4` the one before); every count from an index.
pub(super) const CHANNEL_COUNTS: &str = "SELECT c.id, c.network || ' ' || c.handle,
        (SELECT COUNT(*) FROM posts p WHERE p.channel_id = c.id AND p.status != 'cancelled' AND p.scheduled_at >= ?1 AND p.scheduled_at < ?2),
        (SELECT COUNT(*) FROM posts p WHERE p.channel_id = c.id AND p.status = 'published' AND p.published_at >= ?1 AND p.published_at < ?2),
        (SELECT COUNT(*) FROM posts p WHERE p.channel_id = c.id AND p.status = 'published' AND p.published_at >= ?3 AND p.published_at < ?4),
        (SELECT COUNT(*) FROM messages m WHERE m.channel_id = c.id AND m.received_at >= ?1 AND m.received_at < ?2)
     FROM channels c ORDER BY c.id";

impl Db {
    /// Publishing, engagement, audience and community figures of every channel.
    pub(super) fn report_channels(
        &self,
        request: &ReportRequest,
        (start, end): (DateTime<Utc>, DateTime<Utc>),
        (before_start, before_end): (DateTime<Utc>, DateTime<Utc>),
    ) -> Result<Vec<ChannelLine>, DbError> {
        let (from, to) = (format_time(start), format_time(end));
        let mut stmt = self.conn().prepare_cached(CHANNEL_COUNTS)?;
        let mut lines: Vec<(i64, ChannelLine)> = stmt
            .query_map(
                params![from, to, format_time(before_start), format_time(before_end)],
                |row| {
                    Ok((
                        row.get(0)?,
                        ChannelLine {
                            label: row.get(1)?,
                            planned: row.get(2)?,
                            published: row.get(3)?,
                            published_before: row.get(4)?,
                            received: row.get(5)?,
                            ..Default::default()
                        },
                    ))
                },
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut metrics = self.conn().prepare_cached(
            "SELECT p.channel_id, COALESCE(SUM(m.impressions), 0), COALESCE(SUM(m.reach), 0),
                    COALESCE(SUM(m.likes + m.comments + m.shares + m.saves), 0)
             FROM posts p
             JOIN post_metrics m ON m.id = (SELECT id FROM post_metrics WHERE post_id = p.id ORDER BY captured_at DESC LIMIT 1)
             WHERE p.status = 'published' AND p.published_at >= ?1 AND p.published_at < ?2 GROUP BY p.channel_id",
        )?;
        let sums: HashMap<i64, (i64, i64, i64)> = metrics
            .query_map(params![from, to], |row| {
                Ok((row.get(0)?, (row.get(1)?, row.get(2)?, row.get(3)?)))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut answered = self.conn().prepare_cached(
            "SELECT channel_id, received_at, first_response_at FROM messages
             WHERE received_at >= ?1 AND received_at < ?2 AND first_response_at IS NOT NULL",
        )?;
        let mut minutes: HashMap<i64, Vec<f64>> = HashMap::new();
        let rows = answered
            .query_map(params![from, to], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let count = &request.count;
        for (channel, received, replied) in rows {
            if let (Some(received), Some(replied)) = (parse_time(&received), parse_time(&replied)) {
                let waited = waiting_minutes(received, replied, count.hours.as_ref(), &count.clock);
                minutes.entry(channel).or_default().push(waited as f64);
            }
        }
        for (id, line) in &mut lines {
            if let Some((impressions, reach, interactions)) = sums.get(id) {
                line.impressions = *impressions;
                line.reach = *reach;
                line.interactions = *interactions;
            }
            line.response_minutes = minutes.remove(id).unwrap_or_default();
            line.followers_start =
                self.followers_on(request.first - Duration::days(1), Some(*id))?;
            line.followers_end = self.followers_on(request.last, Some(*id))?;
        }
        Ok(lines.into_iter().map(|(_, line)| line).collect())
    }

    /// Posts planned in `[from, to)` per pillar, then those without a pillar.
    pub(super) fn report_pillars(&self, from: &str, to: &str) -> Result<Vec<PillarLine>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT pl.name, pl.target_share,
                    (SELECT COUNT(*) FROM posts p WHERE p.pillar_id = pl.id AND p.status != 'cancelled' AND p.scheduled_at >= ?1 AND p.scheduled_at < ?2)
             FROM pillars pl ORDER BY pl.id",
        )?;
        let mut lines = stmt
            .query_map(params![from, to], |row| {
                Ok(PillarLine {
                    name: row.get(0)?,
                    target: Some(row.get(1)?),
                    posts: row.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let without: i64 = self.conn().query_row(
            "SELECT COUNT(*) FROM posts WHERE pillar_id IS NULL AND status != 'cancelled' AND scheduled_at >= ?1 AND scheduled_at < ?2",
            params![from, to],
            |row| row.get(0),
        )?;
        if without > 0 {
            lines.push(PillarLine {
                name: "no pillar".into(),
                target: None,
                posts: without,
            });
        }
        Ok(lines)
    }

    /// The best and the weakest published posts of `[from, to)` by engagement rate.
    pub(super) fn report_posts(
        &self,
        from: &str,
        to: &str,
    ) -> Result<(Vec<PostLine>, Vec<PostLine>), DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT c.network || ' ' || c.handle, p.published_at, p.body, p.url,
                    m.impressions, m.reach, m.likes + m.comments + m.shares + m.saves
             FROM posts p JOIN channels c ON c.id = p.channel_id
             JOIN post_metrics m ON m.id = (SELECT id FROM post_metrics WHERE post_id = p.id ORDER BY captured_at DESC LIMIT 1)
             WHERE p.status = 'published' AND p.published_at >= ?1 AND p.published_at < ?2
             ORDER BY p.published_at, p.id",
        )?;
        let mut posts = stmt
            .query_map(params![from, to], |row| {
                let published: String = row.get(1)?;
                let impressions: Option<i64> = row.get(4)?;
                let reach: Option<i64> = row.get(5)?;
                let interactions: i64 = row.get(6)?;
                let base = impressions.filter(|i| *i > 0).or(reach).unwrap_or(0);
                Ok(PostLine {
                    channel: row.get(0)?,
                    published_at: parse_time(&published),
                    body: row.get(2)?,
                    url: row.get(3)?,
                    interactions,
                    rate: ratio(interactions, base),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        posts.retain(|p| p.rate.is_some());
        posts.sort_by(|a, b| {
            b.rate
                .unwrap_or(0.0)
                .total_cmp(&a.rate.unwrap_or(0.0))
                .then(b.interactions.cmp(&a.interactions))
        });
        let top: Vec<PostLine> = posts.iter().take(POSTS_LISTED).cloned().collect();
        let rest = posts.len().saturating_sub(top.len()).min(POSTS_LISTED);
        let bottom: Vec<PostLine> = posts.iter().rev().take(rest).cloned().collect();
        Ok((top, bottom))
    }
}
