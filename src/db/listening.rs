//! Mentions queries: the windowed triage list and the listening strategy face.

use super::time::{format_time, parse_time};
use super::{Db, DbError, ids_json, in_id_order};
use crate::domain::rows::{MentionRow, Page};
use crate::domain::strategy::{ListeningStrategy, RuleLine, SentimentWeek, ThresholdLine};
use crate::domain::week::iso_week_label;
use chrono::{DateTime, Duration, Utc};
use rusqlite::params;

pub(crate) fn mention_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<MentionRow> {
    let published: String = row.get(7)?;
    Ok(MentionRow {
        id: row.get(0)?,
        source: row.get(1)?,
        url: row.get(2)?,
        author: row.get(3)?,
        person: row.get(4)?,
        on_watchlist: row.get::<_, Option<bool>>(5)?.unwrap_or(false),
        text: row.get(6)?,
        published_at: parse_time(&published).unwrap_or_default(),
        reach: row.get(8)?,
        sentiment: row.get(9)?,
        sentiment_auto: row.get(10)?,
        sentiment_corrected: row.get(11)?,
        rule: row.get(12)?,
        rule_kind: row.get(13)?,
        status: row.get(14)?,
    })
}

impl Db {
    /// A page of the new (untriaged) mentions: negative first, then newest first.
    pub fn new_mentions_page(
        &self,
        offset: usize,
        limit: usize,
    ) -> Result<Page<MentionRow>, DbError> {
        let total: i64 = self.conn().query_row(
            "SELECT COUNT(*) FROM mentions WHERE status = 'new'",
            [],
            |row| row.get(0),
        )?;
        let mut stmt = self.conn().prepare_cached("SELECT me.id, me.source, me.url, me.author, pe.name, pe.role IN ('detractor', 'troll'), me.text,
                   me.published_at, me.reach, COALESCE(me.sentiment_corrected, me.sentiment_auto),
                   me.sentiment_auto, me.sentiment_corrected IS NOT NULL, r.name, r.kind, me.status
            FROM mentions me
            LEFT JOIN people pe ON pe.id = me.person_id
            LEFT JOIN listening_rules r ON r.id = me.rule_id
            WHERE me.status = 'new'
            ORDER BY COALESCE(me.sentiment_corrected, me.sentiment_auto) = 'negative' DESC, me.published_at DESC, me.id
            LIMIT ?1 OFFSET ?2")?;
        let rows = stmt
            .query_map(params![limit as i64, offset as i64], mention_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Page {
            total: total as usize,
            offset,
            rows,
        })
    }

    /// The text the filter searches for each new mention, in list order.
    pub fn new_mentions_search_texts(&self) -> Result<Vec<(i64, String)>, DbError> {
        let mut stmt = self.conn().prepare(
            "SELECT me.id, me.author || ' ' || me.source || ' ' || COALESCE(r.name, '') || ' ' || me.text
             FROM mentions me LEFT JOIN listening_rules r ON r.id = me.rule_id
             WHERE me.status = 'new'
             ORDER BY COALESCE(me.sentiment_corrected, me.sentiment_auto) = 'negative' DESC, me.published_at DESC, me.id",
        )?;
        let rows = stmt
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Mentions by id, in the order given.
    pub fn mentions_by_ids(&self, ids: &[i64]) -> Result<Vec<MentionRow>, DbError> {
        let mut stmt = self.conn().prepare_cached("SELECT me.id, me.source, me.url, me.author, pe.name, pe.role IN ('detractor', 'troll'), me.text,
                   me.published_at, me.reach, COALESCE(me.sentiment_corrected, me.sentiment_auto),
                   me.sentiment_auto, me.sentiment_corrected IS NOT NULL, r.name, r.kind, me.status
            FROM mentions me
            LEFT JOIN people pe ON pe.id = me.person_id
            LEFT JOIN listening_rules r ON r.id = me.rule_id
            WHERE me.id IN (SELECT value FROM json_each(?1))")?;
        let rows = stmt
            .query_map([ids_json(ids)], mention_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(in_id_order(ids, rows))
    }

    /// The listening strategy face: rules with their volume, share of voice this week `[start, end)`,
    /// sentiment over the 8 weeks ending with this one, thresholds and the protocol.
    pub fn listening_strategy(
        &self,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<ListeningStrategy, DbError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT r.name, r.kind, r.terms, r.exclusions,
                    (SELECT COUNT(*) FROM mentions me WHERE me.rule_id = r.id AND me.published_at >= ?1)
             FROM listening_rules r ORDER BY r.kind = 'brand' DESC, r.kind, r.name",
        )?;
        let rules = stmt
            .query_map([format_time(now - Duration::days(7))], |row| {
                Ok(RuleLine {
                    name: row.get(0)?,
                    kind: row.get(1)?,
                    terms: row.get(2)?,
                    exclusions: row.get(3)?,
                    last_7_days: row.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut stmt = conn.prepare(
            "SELECT CASE r.kind WHEN 'brand' THEN 'brand' ELSE COALESCE(co.name, r.name) END, COUNT(me.id)
             FROM listening_rules r
             LEFT JOIN competitors co ON co.id = r.competitor_id
             LEFT JOIN mentions me ON me.rule_id = r.id AND me.published_at >= ?1 AND me.published_at < ?2
             WHERE r.kind IN ('brand', 'competitor')
             GROUP BY 1 ORDER BY MIN(r.kind = 'brand') DESC, 2 DESC, 1",
        )?;
        let voices = stmt
            .query_map(params![format_time(start), format_time(end)], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let (sentiment_trend, voice_trend) = self.listening_trends(start)?;
        let mut stmt = conn.prepare(
            "SELECT COALESCE(r.name, 'all brand mentions'), t.sensitivity, t.min_count, t.cooldown_hours
             FROM crisis_thresholds t LEFT JOIN listening_rules r ON r.id = t.rule_id ORDER BY t.id",
        )?;
        let thresholds = stmt
            .query_map([], |row| {
                Ok(ThresholdLine {
                    rule: row.get(0)?,
                    sensitivity: row.get(1)?,
                    min_count: row.get(2)?,
                    cooldown_hours: row.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut stmt =
            conn.prepare("SELECT level, step FROM crisis_steps ORDER BY level, position")?;
        let protocol = stmt
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let top = |column: &str| -> Result<Vec<(String, i64, i64)>, DbError> {
            let sql = match column {
                "source" => {
                    "SELECT source, SUM(reach), COUNT(*) FROM mentions WHERE published_at >= ?1 AND published_at < ?2 GROUP BY source ORDER BY 2 DESC, 3 DESC LIMIT 5"
                }
                _ => {
                    "SELECT author, SUM(reach), COUNT(*) FROM mentions WHERE published_at >= ?1 AND published_at < ?2 AND author != '' GROUP BY author ORDER BY 2 DESC, 3 DESC LIMIT 5"
                }
            };
            let mut stmt = conn.prepare_cached(sql)?;
            let rows = stmt
                .query_map(params![format_time(start), format_time(end)], |row| {
                    Ok((row.get(0)?, row.get(1)?, row.get(2)?))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        };
        let mut stmt = conn.prepare_cached(
            "SELECT r.id FROM listening_rules r ORDER BY r.kind = 'brand' DESC, r.kind, r.name",
        )?;
        let rule_ids = stmt
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(ListeningStrategy {
            rules,
            voices,
            sentiment_trend,
            thresholds,
            protocol,
            voice_trend,
            top_sources: top("source")?,
            top_authors: top("author")?,
            crises: self.crisis_log()?,
            rule_ids,
        })
    }
}

/// How many weeks the listening trends cover.
const TREND_WEEKS: usize = 8;

/// Each week's sentiment split, and each week's share of voice (ISO week label, share).
type Trends = (Vec<SentimentWeek>, Vec<(String, Option<f64>)>);

impl Db {
    /// The sentiment split and the share of voice of the eight 7-day weeks ending with the one
    /// that starts at `start`: one walk of the mentions' time index per week for both.
    fn listening_trends(&self, start: DateTime<Utc>) -> Result<Trends, DbError> {
        let first = start - Duration::days(7 * (TREND_WEEKS as i64 - 1));
        let mut stmt = self.conn().prepare_cached(
            "SELECT COALESCE(SUM(s = 'positive'), 0), COALESCE(SUM(s = 'neutral'), 0),
                    COALESCE(SUM(s = 'negative'), 0), COALESCE(SUM(k = 'brand'), 0),
                    COALESCE(SUM(k = 'competitor'), 0)
             FROM (SELECT COALESCE(me.sentiment_corrected, me.sentiment_auto) AS s, r.kind AS k
                   FROM mentions me LEFT JOIN listening_rules r ON r.id = me.rule_id
                   WHERE me.published_at >= ?1 AND me.published_at < ?2)",
        )?;
        let mut sentiment = Vec::with_capacity(TREND_WEEKS);
        let mut voice = Vec::with_capacity(TREND_WEEKS);
        for week in 0..TREND_WEEKS as i64 {
            let week_start = first + Duration::days(7 * week);
            let week_end = week_start + Duration::days(7);
            let (positive, neutral, negative, brand, competitors): (i64, i64, i64, i64, i64) = stmt
                .query_row(
                    params![format_time(week_start), format_time(week_end)],
                    |row| {
                        Ok((
                            row.get(0)?,
                            row.get(1)?,
                            row.get(2)?,
                            row.get(3)?,
                            row.get(4)?,
                        ))
                    },
                )?;
            let label = iso_week_label(week_start.date_naive());
            sentiment.push(SentimentWeek {
                week: label.clone(),
                positive,
                neutral,
                negative,
            });
            voice.push((
                label,
                crate::domain::week::ratio(brand, brand + competitors),
            ));
        }
        Ok((sentiment, voice))
    }
}
