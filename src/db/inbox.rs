//! Inbox queries: the windowed queue of messages waiting for an answer and the inbox's strategy face.

use super::inbox_statements::{count_statement, page_statement, texts_statement};
use super::time::{format_time, parse_time, time_column};
use super::{Db, DbError, ids_json, in_id_order};
use crate::analytics::response::{ResponseCount, waiting_minutes};
use crate::domain::inbox::InboxQuery;
use crate::domain::rows::{MessageRow, Page};
use crate::domain::strategy::{InboxStrategy, ResponseStats};
use crate::domain::week::median;
use chrono::{DateTime, Utc};
use rusqlite::params;

fn message_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<MessageRow> {
    let received: String = row.get(8)?;
    Ok(MessageRow {
        id: row.get(0)?,
        network: row.get(1)?,
        channel: row.get(2)?,
        kind: row.get(3)?,
        author: row.get(4)?,
        person: row.get(5)?,
        on_watchlist: row.get::<_, Option<bool>>(6)?.unwrap_or(false),
        body: row.get(7)?,
        received_at: parse_time(&received).unwrap_or_default(),
        status: row.get(9)?,
        sentiment: row.get(10)?,
        sentiment_corrected: row.get(11)?,
        priority: row.get(12)?,
        first_response_at: time_column(row, 13)?,
        snoozed_until: time_column(row, 14)?,
        rule: row.get(15)?,
        channel_id: row.get(16)?,
        person_id: row.get(17)?,
        suggested_reply: row.get(18)?,
        heard_on: row.get(19)?,
    })
}

impl Db {
    /// A page of the waiting queue, oldest first.
    pub fn waiting_page(
        &self,
        now: DateTime<Utc>,
        offset: usize,
        limit: usize,
    ) -> Result<Page<MessageRow>, DbError> {
        self.inbox_page(&InboxQuery::waiting(now), offset, limit)
    }

    /// A page of the inbox as the query asks.
    pub fn inbox_page(
        &self,
        query: &InboxQuery,
        offset: usize,
        limit: usize,
    ) -> Result<Page<MessageRow>, DbError> {
        let f = query.filter;
        let now = format_time(query.now);
        let total: i64 = self
            .conn()
            .prepare_cached(count_statement(query.view))?
            .query_row(
                params![now, f.channel_id, f.sentiment, f.person_id],
                |row| row.get(0),
            )?;
        let mut stmt = self
            .conn()
            .prepare_cached(page_statement(query.view, query.newest_first))?;
        let rows = stmt
            .query_map(
                params![
                    now,
                    f.channel_id,
                    f.sentiment,
                    f.person_id,
                    limit as i64,
                    offset as i64
                ],
                message_row,
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Page {
            total: total as usize,
            offset,
            rows,
        })
    }

    /// The text the filter searches for each message of the query, in list order.
    pub fn inbox_search_texts(&self, query: &InboxQuery) -> Result<Vec<(i64, String)>, DbError> {
        let f = query.filter;
        let mut stmt = self
            .conn()
            .prepare_cached(texts_statement(query.view, query.newest_first))?;
        let rows = stmt
            .query_map(
                params![
                    format_time(query.now),
                    f.channel_id,
                    f.sentiment,
                    f.person_id
                ],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Messages by id, in the order given.
    pub fn messages_by_ids(&self, ids: &[i64]) -> Result<Vec<MessageRow>, DbError> {
        let mut stmt = self.conn().prepare_cached("SELECT m.id, c.network, c.handle, m.kind, m.author, pe.name, pe.role IN ('detractor', 'troll'),
                   m.body, m.received_at, m.status, COALESCE(m.sentiment, m.sentiment_auto),
                   m.sentiment IS NOT NULL, m.priority, m.first_response_at, m.snoozed_until, m.rule,
                   m.channel_id, m.person_id, m.suggested_reply,
                   (SELECT me.source FROM mentions me WHERE me.id = m.mention_id)
            FROM messages m
            JOIN channels c ON c.id = m.channel_id
            LEFT JOIN people pe ON pe.id = m.person_id
            WHERE m.id IN (SELECT value FROM json_each(?1))")?;
        let rows = stmt
            .query_map([ids_json(ids)], message_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(in_id_order(ids, rows))
    }

    /// First-response statistics of the messages received in `[start, end)`.
    pub fn response_stats(
        &self,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        target_minutes: u32,
        count: &ResponseCount,
    ) -> Result<ResponseStats, DbError> {
        let minutes = self.response_minutes(start, end, count)?;
        let received: i64 = self.conn().query_row(
            "SELECT COUNT(*) FROM messages WHERE received_at >= ?1 AND received_at < ?2",
            params![format_time(start), format_time(end)],
            |row| row.get(0),
        )?;
        Ok(ResponseStats {
            received,
            answered: minutes.len() as i64,
            within_target: minutes
                .iter()
                .filter(|m| **m <= f64::from(target_minutes))
                .count() as i64,
            median_minutes: median(&minutes),
            slowest_minutes: minutes.iter().copied().reduce(f64::max),
        })
    }

    /// First-response times in minutes of the messages received in `[start, end)` and answered.
    pub fn response_minutes(
        &self,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        count: &ResponseCount,
    ) -> Result<Vec<f64>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT received_at, first_response_at FROM messages
             WHERE received_at >= ?1 AND received_at < ?2 AND first_response_at IS NOT NULL",
        )?;
        let pairs = stmt
            .query_map(params![format_time(start), format_time(end)], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(pairs
            .iter()
            .filter_map(|(received, answered)| Some((parse_time(received)?, parse_time(answered)?)))
            .map(|(received, answered)| {
                waiting_minutes(received, answered, count.hours.as_ref(), &count.clock) as f64
            })
            .collect())
    }

    /// The inbox's strategy face for this week `[start, end)` and the week before.
    pub fn inbox_strategy(
        &self,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        target_minutes: u32,
        count: &ResponseCount,
    ) -> Result<InboxStrategy, DbError> {
        let previous = start - chrono::Duration::days(7);
        let mut stmt = self.conn().prepare(
            "SELECT c.network || ' ' || m.kind, COUNT(*) FROM messages m JOIN channels c ON c.id = m.channel_id
             WHERE m.received_at >= ?1 AND m.received_at < ?2 GROUP BY 1 ORDER BY 2 DESC, 1",
        )?;
        let volume = stmt
            .query_map(params![format_time(start), format_time(end)], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(InboxStrategy {
            target_minutes,
            this_week: self.response_stats(start, end, target_minutes, count)?,
            last_week: self.response_stats(previous, start, target_minutes, count)?,
            volume,
            tone_guide: self.setting("tone_guide")?.unwrap_or_default(),
            escalation_rules: self.setting("escalation_rules")?.unwrap_or_default(),
        })
    }

    /// The business hours from the plan, or `fallback` (the config's) when the plan has none.
    pub fn business_hours(
        &self,
        fallback: Option<crate::analytics::BusinessHours>,
    ) -> Result<Option<crate::analytics::BusinessHours>, DbError> {
        Ok(self
            .setting("business_hours")?
            .and_then(|text| crate::analytics::parse_business_hours(&text).ok())
            .or(fallback))
    }

    /// The response-time target in minutes: the plan's, else `fallback` (the config's).
    pub fn response_target_minutes(&self, fallback: u32) -> Result<u32, DbError> {
        Ok(self
            .setting("response_target_minutes")?
            .and_then(|text| text.trim().parse().ok())
            .unwrap_or(fallback))
    }
}
