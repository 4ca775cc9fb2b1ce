//! Calendar queries: the windowed agenda of posts, the posts of a period or due, by id.

use super::time::{format_time, time_column};
use super::{Db, DbError, ids_json, in_id_order};
use crate::domain::calendar::{AgendaQuery, PostFilter};
use crate::domain::rows::{Page, PostRow};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

/// A page of the agenda: the ids are chosen from its two parts, overdue posts then posts from
/// `?1` on (each an index range already in agenda order, merged), then only those rows are read.
/// `?2` limit, `?3` offset.
pub(super) const AGENDA_PAGE: &str =
    "SELECT p.id, c.network, c.handle, p.body, p.status, p.scheduled_at, p.published_at, p.url,
           ca.name, pi.name, pe.name, p.evergreen, p.notes, m.impressions, m.reach,
           m.likes + m.comments + m.shares + m.saves, p.channel_id
    FROM posts p
    JOIN channels c ON c.id = p.channel_id
    LEFT JOIN campaigns ca ON ca.id = p.campaign_id
    LEFT JOIN pillars pi ON pi.id = p.pillar_id
    LEFT JOIN personas pe ON pe.id = p.persona_id
    LEFT JOIN post_metrics m ON m.id = (SELECT id
        FROM post_metrics
        WHERE post_id = p.id
        ORDER BY captured_at DESC
        LIMIT 1)
    WHERE p.id IN (SELECT id
        FROM (SELECT p.id, p.scheduled_at
            FROM posts p
            WHERE ?8
              AND p.status = 'scheduled'
              AND p.scheduled_at < ?1
              AND (?4 IS NULL OR p.channel_id = ?4)
              AND (?5 IS NULL OR p.status = ?5)
              AND (?6 IS NULL OR p.campaign_id = ?6)
              AND (?7 IS NULL OR p.pillar_id = ?7)
            UNION ALL
            SELECT p.id, p.scheduled_at
            FROM posts p
            WHERE p.scheduled_at >= ?1
              AND (?4 IS NULL OR p.channel_id = ?4)
              AND (?5 IS NULL OR p.status = ?5)
              AND (?6 IS NULL OR p.campaign_id = ?6)
              AND (?7 IS NULL OR p.pillar_id = ?7))
        ORDER BY scheduled_at, id
        LIMIT ?2 OFFSET ?3)
    ORDER BY p.scheduled_at, p.id";

/// How many posts the agenda holds, counted in its two disjoint parts so that each is a range
/// of an index: posts from `?1` on, and (when `?8`) scheduled posts before it (overdue). The
/// single `OR` of the agenda's condition (as in `agenda_search_texts`) would read every post ever planned.
pub(super) const AGENDA_COUNT: &str = "SELECT (SELECT COUNT(*)
        FROM posts p
        WHERE p.scheduled_at >= ?1
          AND (?4 IS NULL OR p.channel_id = ?4)
          AND (?5 IS NULL OR p.status = ?5)
          AND (?6 IS NULL OR p.campaign_id = ?6)
          AND (?7 IS NULL OR p.pillar_id = ?7)) + (SELECT COUNT(*)
        FROM posts p
        WHERE ?8
          AND p.status = 'scheduled'
          AND p.scheduled_at < ?1
          AND (?4 IS NULL OR p.channel_id = ?4)
          AND (?5 IS NULL OR p.status = ?5)
          AND (?6 IS NULL OR p.campaign_id = ?6)
          AND (?7 IS NULL OR p.pillar_id = ?7))";

fn post_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<PostRow> {
    Ok(PostRow {
        id: row.get(0)?,
        network: row.get(1)?,
        channel: row.get(2)?,
        body: row.get(3)?,
        status: row.get(4)?,
        scheduled_at: time_column(row, 5)?,
        published_at: time_column(row, 6)?,
        url: row.get(7)?,
        campaign: row.get(8)?,
        pillar: row.get(9)?,
        persona: row.get(10)?,
        evergreen: row.get(11)?,
        notes: row.get(12)?,
        impressions: row.get(13)?,
        reach: row.get(14)?,
        interactions: row.get(15)?,
        channel_id: row.get(16)?,
    })
}

/// How far before the agenda's first day the `/` filter searches posts.
pub const SEARCH_DAYS_BACK: i64 = 90;

impl Db {
    /// A page of the agenda.
    pub fn agenda_page(
        &self,
        query: &AgendaQuery,
        offset: usize,
        limit: usize,
    ) -> Result<Page<PostRow>, DbError> {
        let from = format_time(query.from);
        let f = query.filter;
        let total: i64 = self.conn().prepare_cached(AGENDA_COUNT)?.query_row(
            params![
                from,
                0,
                0,
                f.channel_id,
                f.status,
                f.campaign_id,
                f.pillar_id,
                query.overdue
            ],
            |row| row.get(0),
        )?;
        let mut stmt = self.conn().prepare_cached(AGENDA_PAGE)?;
        let rows = stmt
            .query_map(
                params![
                    from,
                    limit as i64,
                    offset as i64,
                    f.channel_id,
                    f.status,
                    f.campaign_id,
                    f.pillar_id,
                    query.overdue
                ],
                post_row,
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Page {
            total: total as usize,
            offset,
            rows,
        })
    }

    /// Where a post stands in the agenda (its row index), or `None` when the agenda does not show it.
    pub fn agenda_position(&self, query: &AgendaQuery, id: i64) -> Result<Option<usize>, DbError> {
        let f = query.filter;
        let position: Option<i64> = self
            .conn()
            .query_row(
                "SELECT (SELECT COUNT(*)
                        FROM posts p
                        WHERE ?8
                          AND p.status = 'scheduled'
                          AND p.scheduled_at < ?1
                          AND (?4 IS NULL OR p.channel_id = ?4)
                          AND (?5 IS NULL OR p.status = ?5)
                          AND (?6 IS NULL OR p.campaign_id = ?6)
                          AND (?7 IS NULL OR p.pillar_id = ?7)
                          AND p.scheduled_at <= t.scheduled_at
                          AND (p.scheduled_at < t.scheduled_at OR p.id < t.id)) + (SELECT COUNT(*)
                        FROM posts p
                        WHERE p.scheduled_at >= ?1
                          AND (?4 IS NULL OR p.channel_id = ?4)
                          AND (?5 IS NULL OR p.status = ?5)
                          AND (?6 IS NULL OR p.campaign_id = ?6)
                          AND (?7 IS NULL OR p.pillar_id = ?7)
                          AND p.scheduled_at <= t.scheduled_at
                          AND (p.scheduled_at < t.scheduled_at OR p.id < t.id))
                    FROM posts t
                    WHERE t.id = ?2
                      AND t.scheduled_at IS NOT NULL
                      AND (t.scheduled_at >= ?1 OR (?8 AND t.status = 'scheduled'))",
                params![
                    format_time(query.from),
                    id,
                    0,
                    f.channel_id,
                    f.status,
                    f.campaign_id,
                    f.pillar_id,
                    query.overdue
                ],
                |row| row.get(0),
            )
            .optional()?;
        Ok(position.map(|p| p as usize))
    }

    /// The text the filter searches for each dated post the agenda's channel/status/campaign/
    /// pillar filter keeps, from [`SEARCH_DAYS_BACK`] days before the agenda's first day on (so
    /// `/` finds the recent posts too, and a long history is not read whole), in date order:
    /// the post's text first (the filter ranks earlier words higher, so a word of the post
    /// outranks the channel's handle), then its campaign, pillar, status and channel.
    pub fn agenda_search_texts(&self, query: &AgendaQuery) -> Result<Vec<(i64, String)>, DbError> {
        let f = query.filter;
        let mut stmt = self.conn().prepare("SELECT p.id,
                   p.body || ' ' || COALESCE(ca.name, '') || ' ' || COALESCE(pi.name, '') || ' ' || p.status || ' ' || c.handle || ' ' || c.network
            FROM posts p
            JOIN channels c ON c.id = p.channel_id
            LEFT JOIN campaigns ca ON ca.id = p.campaign_id
            LEFT JOIN pillars pi ON pi.id = p.pillar_id
            WHERE p.scheduled_at IS NOT NULL
              AND (p.scheduled_at >= ?5 OR (?6 AND p.status = 'scheduled'))
              AND (?1 IS NULL OR p.channel_id = ?1)
              AND (?2 IS NULL OR p.status = ?2)
              AND (?3 IS NULL OR p.campaign_id = ?3)
              AND (?4 IS NULL OR p.pillar_id = ?4)
            ORDER BY p.scheduled_at, p.id")?;
        let rows = stmt
            .query_map(
                params![
                    f.channel_id,
                    f.status,
                    f.campaign_id,
                    f.pillar_id,
                    format_time(query.from - chrono::Duration::days(SEARCH_DAYS_BACK)),
                    query.overdue
                ],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Posts planned for `[day_start, day_end)` and not yet published, plus overdue scheduled ones.
    pub fn posts_due(
        &self,
        day_start: DateTime<Utc>,
        day_end: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Vec<PostRow>, DbError> {
        let mut stmt = self.conn().prepare_cached("SELECT p.id, c.network, c.handle, p.body, p.status, p.scheduled_at, p.published_at, p.url,
                   ca.name, pi.name, pe.name, p.evergreen, p.notes, m.impressions, m.reach,
                   m.likes + m.comments + m.shares + m.saves, p.channel_id
            FROM posts p
            JOIN channels c ON c.id = p.channel_id
            LEFT JOIN campaigns ca ON ca.id = p.campaign_id
            LEFT JOIN pillars pi ON pi.id = p.pillar_id
            LEFT JOIN personas pe ON pe.id = p.persona_id
            LEFT JOIN post_metrics m ON m.id = (SELECT id
                FROM post_metrics
                WHERE post_id = p.id
                ORDER BY captured_at DESC
                LIMIT 1)
            WHERE p.scheduled_at < ?2
              AND ((p.status IN ('scheduled', 'draft') AND p.scheduled_at >= ?1) OR (p.status = 'scheduled' AND p.scheduled_at < ?3))
            ORDER BY p.scheduled_at, p.id
            LIMIT 200")?;
        let rows = stmt
            .query_map(
                params![
                    format_time(day_start),
                    format_time(day_end),
                    format_time(now)
                ],
                post_row,
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Posts planned in `[from, to)` that pass the filter, by time (month and week views).
    pub fn posts_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        filter: &PostFilter,
    ) -> Result<Vec<PostRow>, DbError> {
        let f = filter;
        let mut stmt = self.conn().prepare_cached("SELECT p.id, c.network, c.handle, p.body, p.status, p.scheduled_at, p.published_at, p.url,
                   ca.name, pi.name, pe.name, p.evergreen, p.notes, m.impressions, m.reach,
                   m.likes + m.comments + m.shares + m.saves, p.channel_id
            FROM posts p
            JOIN channels c ON c.id = p.channel_id
            LEFT JOIN campaigns ca ON ca.id = p.campaign_id
            LEFT JOIN pillars pi ON pi.id = p.pillar_id
            LEFT JOIN personas pe ON pe.id = p.persona_id
            LEFT JOIN post_metrics m ON m.id = (SELECT id
                FROM post_metrics
                WHERE post_id = p.id
                ORDER BY captured_at DESC
                LIMIT 1)
            WHERE p.scheduled_at >= ?1
              AND p.scheduled_at < ?2
              AND (?3 IS NULL OR p.channel_id = ?3)
              AND (?4 IS NULL OR p.status = ?4)
              AND (?5 IS NULL OR p.campaign_id = ?5)
              AND (?6 IS NULL OR p.pillar_id = ?6)
            ORDER BY p.scheduled_at, p.id
            LIMIT 5000")?;
        let rows = stmt
            .query_map(
                params![
                    format_time(from),
                    format_time(to),
                    f.channel_id,
                    f.status,
                    f.campaign_id,
                    f.pillar_id
                ],
                post_row,
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Posts by id, in the order given.
    pub fn posts_by_ids(&self, ids: &[i64]) -> Result<Vec<PostRow>, DbError> {
        let mut stmt = self.conn().prepare_cached("SELECT p.id, c.network, c.handle, p.body, p.status, p.scheduled_at, p.published_at, p.url,
                   ca.name, pi.name, pe.name, p.evergreen, p.notes, m.impressions, m.reach,
                   m.likes + m.comments + m.shares + m.saves, p.channel_id
            FROM posts p
            JOIN channels c ON c.id = p.channel_id
            LEFT JOIN campaigns ca ON ca.id = p.campaign_id
            LEFT JOIN pillars pi ON pi.id = p.pillar_id
            LEFT JOIN personas pe ON pe.id = p.persona_id
            LEFT JOIN post_metrics m ON m.id = (SELECT id
                FROM post_metrics
                WHERE post_id = p.id
                ORDER BY captured_at DESC
                LIMIT 1)
            WHERE p.id IN (SELECT value FROM json_each(?1))")?;
        let rows = stmt
            .query_map([ids_json(ids)], post_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(in_id_order(ids, rows))
    }
}
