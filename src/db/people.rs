//! Prescriptors queries: the windowed list of people, one person's profile, personas and tiers.

use super::time::{date_column, format_date, parse_time};
use super::{Db, DbError, ids_json, in_id_order};
use crate::domain::Role;
use crate::domain::rows::{InteractionRow, Page, PersonProfile, PersonRow};
use crate::domain::strategy::{PeopleStrategy, PersonaLine, TierLine};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};

pub(crate) fn person_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<PersonRow> {
    Ok(PersonRow {
        id: row.get(0)?,
        name: row.get(1)?,
        role: row.get(2)?,
        tier: row.get(3)?,
        tags: row.get(4)?,
        reach: row.get(5)?,
        next_follow_up: date_column(row, 6)?,
        handles: row.get(7)?,
    })
}

impl Db {
    /// A page of people, follow-ups due first.
    pub fn people_page(
        &self,
        today: NaiveDate,
        offset: usize,
        limit: usize,
    ) -> Result<Page<PersonRow>, DbError> {
        let total: i64 = self
            .conn()
            .query_row("SELECT COUNT(*) FROM people", [], |row| row.get(0))?;
        let mut stmt = self.conn().prepare_cached("SELECT p.id, p.name, p.role, p.tier, p.tags, p.reach, p.next_follow_up,
                       COALESCE((SELECT group_concat(h.network || ':' || h.handle, ' ')
                FROM handles h
                WHERE h.person_id = p.id), '')
            FROM people p
            ORDER BY (p.next_follow_up IS NOT NULL AND p.next_follow_up <= ?1) DESC, p.name COLLATE NOCASE, p.id
            LIMIT ?2 OFFSET ?3")?;
        let rows = stmt
            .query_map(
                params![format_date(today), limit as i64, offset as i64],
                person_row,
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Page {
            total: total as usize,
            offset,
            rows,
        })
    }

    /// The text the filter searches for each person (name, handles, tags), in list order.
    pub fn people_search_texts(&self, today: NaiveDate) -> Result<Vec<(i64, String)>, DbError> {
        let mut stmt = self.conn().prepare("SELECT p.id,
                       p.name || ' ' || p.role || ' ' || p.tier || ' ' || p.tags || ' ' || COALESCE((SELECT group_concat(h.handle, ' ')
                FROM handles h
                WHERE h.person_id = p.id), '')
            FROM people p
            ORDER BY (p.next_follow_up IS NOT NULL AND p.next_follow_up <= ?1) DESC, p.name COLLATE NOCASE, p.id")?;
        let rows = stmt
            .query_map([format_date(today)], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Every person (only those in `role` when given), by name; for `cmdeck people list`.
    pub fn people_by_role(&self, role: Option<Role>) -> Result<Vec<PersonRow>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT p.id, p.name, p.role, p.tier, p.tags, p.reach, p.next_follow_up,
                       COALESCE((SELECT group_concat(h.network || ':' || h.handle, ' ')
                FROM handles h
                WHERE h.person_id = p.id), '')
            FROM people p
            WHERE ?1 IS NULL OR p.role = ?1
            ORDER BY p.name COLLATE NOCASE, p.id",
        )?;
        let rows = stmt
            .query_map([role], person_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// People by id, in the order given.
    pub fn people_by_ids(&self, ids: &[i64]) -> Result<Vec<PersonRow>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT p.id, p.name, p.role, p.tier, p.tags, p.reach, p.next_follow_up,
                       COALESCE((SELECT group_concat(h.network || ':' || h.handle, ' ')
                FROM handles h
                WHERE h.person_id = p.id), '')
            FROM people p
            WHERE p.id IN (SELECT value FROM json_each(?1))",
        )?;
        let rows = stmt
            .query_map([ids_json(ids)], person_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(in_id_order(ids, rows))
    }

    /// Everything about one person: handles, notes, the latest 50 interactions, linked counts.
    pub fn person_profile(&self, id: i64) -> Result<Option<PersonProfile>, DbError> {
        let conn = self.conn();
        let Some(person) = conn
            .query_row(
                "SELECT p.id, p.name, p.role, p.tier, p.tags, p.reach, p.next_follow_up,
                               COALESCE((SELECT group_concat(h.network || ':' || h.handle, ' ')
                        FROM handles h
                        WHERE h.person_id = p.id), '')
                    FROM people p
                    WHERE p.id = ?1",
                [id],
                person_row,
            )
            .optional()?
        else {
            return Ok(None);
        };
        let notes: String =
            conn.query_row("SELECT notes FROM people WHERE id = ?1", [id], |row| {
                row.get(0)
            })?;
        let mut stmt = conn.prepare(
            "SELECT network, handle FROM handles WHERE person_id = ?1 ORDER BY network, handle",
        )?;
        let handles = stmt
            .query_map([id], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut stmt = conn.prepare(
            "SELECT at, kind, sentiment, note FROM (
                 SELECT happened_at AS at, kind, NULL AS sentiment, note FROM interactions WHERE person_id = ?1
                 UNION ALL
                 SELECT received_at, 'message', COALESCE(sentiment, sentiment_auto), body FROM messages WHERE person_id = ?1
                 UNION ALL
                 SELECT published_at, 'mention', COALESCE(sentiment_corrected, sentiment_auto), text FROM mentions WHERE person_id = ?1)
             ORDER BY at DESC LIMIT 50",
        )?;
        let interactions = stmt
            .query_map([id], |row| {
                let at: String = row.get(0)?;
                Ok(InteractionRow {
                    at: parse_time(&at).unwrap_or_default(),
                    kind: row.get(1)?,
                    sentiment: row.get(2)?,
                    note: row.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let (messages, mentions, positive, negative) = conn.query_row(
            "SELECT (SELECT COUNT(*) FROM messages WHERE person_id = ?1),
                    (SELECT COUNT(*) FROM mentions WHERE person_id = ?1),
                    (SELECT COUNT(*) FROM mentions WHERE person_id = ?1 AND COALESCE(sentiment_corrected, sentiment_auto) = 'positive')
                      + (SELECT COUNT(*) FROM messages WHERE person_id = ?1 AND COALESCE(sentiment, sentiment_auto) = 'positive'),
                    (SELECT COUNT(*) FROM mentions WHERE person_id = ?1 AND COALESCE(sentiment_corrected, sentiment_auto) = 'negative')
                      + (SELECT COUNT(*) FROM messages WHERE person_id = ?1 AND COALESCE(sentiment, sentiment_auto) = 'negative')",
            [id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
        )?;
        Ok(Some(PersonProfile {
            person,
            notes,
            handles,
            interactions,
            messages,
            mentions,
            positive,
            negative,
        }))
    }

    /// Personas and advocacy tiers with how many people each holds.
    pub fn people_strategy(&self) -> Result<PeopleStrategy, DbError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT pa.name, pa.description, pa.goals, pa.pains, pa.channels, pa.content,
                    (SELECT COUNT(*) FROM people p WHERE p.persona_id = pa.id)
             FROM personas pa ORDER BY pa.name",
        )?;
        let personas = stmt
            .query_map([], |row| {
                Ok(PersonaLine {
                    name: row.get(0)?,
                    description: row.get(1)?,
                    goals: row.get(2)?,
                    pains: row.get(3)?,
                    channels: row.get(4)?,
                    content: row.get(5)?,
                    people: row.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut stmt = conn.prepare(
            "SELECT t.name, t.receives, t.move_up, (SELECT COUNT(*) FROM people p WHERE p.tier = t.name)
             FROM advocacy_tiers t ORDER BY t.position",
        )?;
        let tiers = stmt
            .query_map([], |row| {
                Ok(TierLine {
                    name: row.get(0)?,
                    receives: row.get(1)?,
                    move_up: row.get(2)?,
                    people: row.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(PeopleStrategy { personas, tiers })
    }
}
