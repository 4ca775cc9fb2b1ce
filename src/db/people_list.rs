//! The people list with a filter (role, tier, tag, follow-ups due) and a sort order.

use super::time::format_date;
use super::{Db, DbError};
use crate::domain::people::{PeopleFilter, PeopleSort};
use crate::domain::rows::{Page, PersonRow};
use chrono::NaiveDate;
use rusqlite::params;

// Every statement takes the filter as `?1` today, `?2` role, `?3` tier, `?4` tag and `?5` due
// only (`NULL` or 0 for any); a page is `?6` rows from `?7`. A page's ids come first, from the
// index walk alone; then only those rows are read with their handles, so a page deep in the list
// does not read every person before it.

/// A page of the people whose follow-up is due (`?1` today), by name.
pub(super) const PAGE_DUE: &str = "SELECT p.id, p.name, p.role, p.tier, p.tags, p.reach, p.next_follow_up,
       COALESCE((SELECT group_concat(h.network || ':' || h.handle, ' ')
        FROM handles h
        WHERE h.person_id = p.id), '')
    FROM people p
    WHERE p.id IN (SELECT p.id
        FROM people p
        WHERE (?2 IS NULL OR p.role = ?2)
          AND (?3 IS NULL OR p.tier = ?3)
          AND (?4 IS NULL OR (',' || lower(replace(p.tags, ', ', ',')) || ',') LIKE '%,' || lower(?4) || ',%')
          AND (?5 = 0 OR (p.next_follow_up IS NOT NULL AND p.next_follow_up <= ?1))
          AND (p.next_follow_up IS NOT NULL AND p.next_follow_up <= ?1)
        ORDER BY p.name COLLATE NOCASE, p.id
        LIMIT ?6 OFFSET ?7)
    ORDER BY p.name COLLATE NOCASE, p.id";

/// A page of the people whose follow-up is not due (`?1` today), by name.
pub(super) const PAGE_NOT_DUE: &str = "SELECT p.id, p.name, p.role, p.tier, p.tags, p.reach, p.next_follow_up,
       COALESCE((SELECT group_concat(h.network || ':' || h.handle, ' ')
        FROM handles h
        WHERE h.person_id = p.id), '')
    FROM people p
    WHERE p.id IN (SELECT p.id
        FROM people p
        WHERE (?2 IS NULL OR p.role = ?2)
          AND (?3 IS NULL OR p.tier = ?3)
          AND (?4 IS NULL OR (',' || lower(replace(p.tags, ', ', ',')) || ',') LIKE '%,' || lower(?4) || ',%')
          AND (?5 = 0 OR (p.next_follow_up IS NOT NULL AND p.next_follow_up <= ?1))
          AND NOT (p.next_follow_up IS NOT NULL AND p.next_follow_up <= ?1)
        ORDER BY p.name COLLATE NOCASE, p.id
        LIMIT ?6 OFFSET ?7)
    ORDER BY p.name COLLATE NOCASE, p.id";

/// The search text of every person, follow-ups due first, then by name.
pub(super) const TEXTS_FOLLOW_UPS_FIRST: &str = "SELECT p.id,
       p.name || ' ' || p.role || ' ' || p.tier || ' ' || p.tags || ' ' || COALESCE((SELECT group_concat(h.handle, ' ')
        FROM handles h
        WHERE h.person_id = p.id), '')
    FROM people p
    WHERE (?2 IS NULL OR p.role = ?2)
      AND (?3 IS NULL OR p.tier = ?3)
      AND (?4 IS NULL OR (',' || lower(replace(p.tags, ', ', ',')) || ',') LIKE '%,' || lower(?4) || ',%')
      AND (?5 = 0 OR (p.next_follow_up IS NOT NULL AND p.next_follow_up <= ?1))
    ORDER BY (p.next_follow_up IS NOT NULL AND p.next_follow_up <= ?1) DESC, p.name COLLATE NOCASE, p.id";

/// A page of people by name.
pub(super) const PAGE_BY_NAME: &str = "SELECT p.id, p.name, p.role, p.tier, p.tags, p.reach, p.next_follow_up,
       COALESCE((SELECT group_concat(h.network || ':' || h.handle, ' ')
        FROM handles h
        WHERE h.person_id = p.id), '')
    FROM people p
    WHERE p.id IN (SELECT p.id
        FROM people p
        WHERE (?2 IS NULL OR p.role = ?2)
          AND (?3 IS NULL OR p.tier = ?3)
          AND (?4 IS NULL OR (',' || lower(replace(p.tags, ', ', ',')) || ',') LIKE '%,' || lower(?4) || ',%')
          AND (?5 = 0 OR (p.next_follow_up IS NOT NULL AND p.next_follow_up <= ?1))
        ORDER BY p.name COLLATE NOCASE, p.id
        LIMIT ?6 OFFSET ?7)
    ORDER BY p.name COLLATE NOCASE, p.id";

/// The search text of every person, by name.
pub(super) const TEXTS_BY_NAME: &str = "SELECT p.id,
       p.name || ' ' || p.role || ' ' || p.tier || ' ' || p.tags || ' ' || COALESCE((SELECT group_concat(h.handle, ' ')
        FROM handles h
        WHERE h.person_id = p.id), '')
    FROM people p
    WHERE (?2 IS NULL OR p.role = ?2)
      AND (?3 IS NULL OR p.tier = ?3)
      AND (?4 IS NULL OR (',' || lower(replace(p.tags, ', ', ',')) || ',') LIKE '%,' || lower(?4) || ',%')
      AND (?5 = 0 OR (p.next_follow_up IS NOT NULL AND p.next_follow_up <= ?1))
    ORDER BY p.name COLLATE NOCASE, p.id";

/// A page of people, largest audience first.
pub(super) const PAGE_BY_REACH: &str = "SELECT p.id, p.name, p.role, p.tier, p.tags, p.reach, p.next_follow_up,
       COALESCE((SELECT group_concat(h.network || ':' || h.handle, ' ')
        FROM handles h
        WHERE h.person_id = p.id), '')
    FROM people p
    WHERE p.id IN (SELECT p.id
        FROM people p
        WHERE (?2 IS NULL OR p.role = ?2)
          AND (?3 IS NULL OR p.tier = ?3)
          AND (?4 IS NULL OR (',' || lower(replace(p.tags, ', ', ',')) || ',') LIKE '%,' || lower(?4) || ',%')
          AND (?5 = 0 OR (p.next_follow_up IS NOT NULL AND p.next_follow_up <= ?1))
        ORDER BY p.reach DESC, p.name COLLATE NOCASE, p.id
        LIMIT ?6 OFFSET ?7)
    ORDER BY p.reach DESC, p.name COLLATE NOCASE, p.id";

/// The search text of every person, largest audience first.
pub(super) const TEXTS_BY_REACH: &str = "SELECT p.id,
       p.name || ' ' || p.role || ' ' || p.tier || ' ' || p.tags || ' ' || COALESCE((SELECT group_concat(h.handle, ' ')
        FROM handles h
        WHERE h.person_id = p.id), '')
    FROM people p
    WHERE (?2 IS NULL OR p.role = ?2)
      AND (?3 IS NULL OR p.tier = ?3)
      AND (?4 IS NULL OR (',' || lower(replace(p.tags, ', ', ',')) || ',') LIKE '%,' || lower(?4) || ',%')
      AND (?5 = 0 OR (p.next_follow_up IS NOT NULL AND p.next_follow_up <= ?1))
    ORDER BY p.reach DESC, p.name COLLATE NOCASE, p.id";

/// The search texts of everyone the filter keeps, in the list's order.
pub(super) fn texts_statement(sort: PeopleSort) -> &'static str {
    match sort {
        PeopleSort::FollowUpsFirst => TEXTS_FOLLOW_UPS_FIRST,
        PeopleSort::Name => TEXTS_BY_NAME,
        PeopleSort::Reach | PeopleSort::Advocacy | PeopleSort::Risk => TEXTS_BY_REACH,
    }
}

impl Db {
    /// A page of people as the filter asks.
    pub fn people_filtered(
        &self,
        today: NaiveDate,
        filter: &PeopleFilter,
        offset: usize,
        limit: usize,
    ) -> Result<Page<PersonRow>, DbError> {
        let f = filter;
        let today = format_date(today);
        let total: i64 = self
            .conn()
            .prepare_cached("SELECT COUNT(*)
                FROM people p
                WHERE (?2 IS NULL OR p.role = ?2)
                  AND (?3 IS NULL OR p.tier = ?3)
                  AND (?4 IS NULL OR (',' || lower(replace(p.tags, ', ', ',')) || ',') LIKE '%,' || lower(?4) || ',%')
                  AND (?5 = 0 OR (p.next_follow_up IS NOT NULL AND p.next_follow_up <= ?1))")?
            .query_row(params![today, f.role, f.tier, f.tag, f.due_only], |row| {
                row.get(0)
            })?;
        let fetch =
            |sql: &'static str, offset: usize, limit: usize| -> Result<Vec<PersonRow>, DbError> {
                let mut stmt = self.conn().prepare_cached(sql)?;
                let rows = stmt
                    .query_map(
                        params![
                            today,
                            f.role,
                            f.tier,
                            f.tag,
                            f.due_only,
                            limit as i64,
                            offset as i64
                        ],
                        super::people::person_row,
                    )?
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                Ok(rows)
            };
        let rows = match f.sort {
            PeopleSort::FollowUpsFirst => {
                // Due first, then the rest, each by name: two index walks instead of sorting everyone.
                let due: i64 = self
                .conn()
                .prepare_cached("SELECT COUNT(*)
                    FROM people p
                    WHERE (?2 IS NULL OR p.role = ?2)
                      AND (?3 IS NULL OR p.tier = ?3)
                      AND (?4 IS NULL OR (',' || lower(replace(p.tags, ', ', ',')) || ',') LIKE '%,' || lower(?4) || ',%')
                      AND (?5 = 0 OR (p.next_follow_up IS NOT NULL AND p.next_follow_up <= ?1))
                      AND (p.next_follow_up IS NOT NULL AND p.next_follow_up <= ?1)")?
                .query_row(params![today, f.role, f.tier, f.tag, f.due_only], |row| {
                    row.get(0)
                })?;
                let due = due as usize;
                let mut rows = Vec::new();
                if offset < due {
                    rows = fetch(PAGE_DUE, offset, limit)?;
                }
                let wanted = limit - rows.len();
                if wanted > 0 {
                    rows.extend(fetch(PAGE_NOT_DUE, offset.saturating_sub(due), wanted)?);
                }
                rows
            }
            PeopleSort::Name => fetch(PAGE_BY_NAME, offset, limit)?,
            PeopleSort::Reach | PeopleSort::Advocacy | PeopleSort::Risk => {
                fetch(PAGE_BY_REACH, offset, limit)?
            }
        };
        Ok(Page {
            total: total as usize,
            offset,
            rows,
        })
    }

    /// The text the filter searches for each person of the list (name, role, tier, tags, handles), in order.
    pub fn people_filtered_texts(
        &self,
        today: NaiveDate,
        filter: &PeopleFilter,
    ) -> Result<Vec<(i64, String)>, DbError> {
        let f = filter;
        let mut stmt = self.conn().prepare_cached(texts_statement(f.sort))?;
        let rows = stmt
            .query_map(
                params![format_date(today), f.role, f.tier, f.tag, f.due_only],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The tiers in use and in the plan, for the filter.
    pub fn tier_names(&self) -> Result<Vec<String>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT name FROM advocacy_tiers UNION SELECT tier FROM people WHERE tier != '' ORDER BY 1",
        )?;
        let rows = stmt
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}

impl Db {
    /// The ids of the people the filter keeps (any order), for an order computed by the app.
    pub fn people_filtered_ids(
        &self,
        today: NaiveDate,
        filter: &PeopleFilter,
    ) -> Result<Vec<i64>, DbError> {
        let f = filter;
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT p.id
                FROM people p
                WHERE (?2 IS NULL OR p.role = ?2)
                  AND (?3 IS NULL OR p.tier = ?3)
                  AND (?4 IS NULL OR (',' || lower(replace(p.tags, ', ', ',')) || ',') LIKE '%,' || lower(?4) || ',%')
                  AND (?5 = 0 OR (p.next_follow_up IS NOT NULL AND p.next_follow_up <= ?1))")?;
        let ids = stmt
            .query_map(
                params![format_date(today), f.role, f.tier, f.tag, f.due_only],
                |row| row.get(0),
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(ids)
    }
}
