//! The people list with a filter (role, tier, tag, follow-ups due) and a sort order.

use super::time::format_date;
use super::{Db, DbError};
use crate::domain::people::{PeopleFilter, PeopleSort};
use crate::domain::rows::{Page, PersonRow};
use chrono::NaiveDate;
use rusqlite::params;

/// `?1` today, `?2` role, `?3` tier, `?4` tag, `?5` due only.
macro_rules! people_where {
    () => {
        " WHERE (?2 IS NULL OR p.role = ?2) AND (?3 IS NULL OR p.tier = ?3)
            AND (?4 IS NULL OR (',' || lower(replace(p.tags, ', ', ',')) || ',') LIKE '%,' || lower(?4) || ',%')
            AND (?5 = 0 OR (p.next_follow_up IS NOT NULL AND p.next_follow_up <= ?1)) "
    };
}

/// Whether a person's follow-up is due (`?1` is today).
macro_rules! due {
    () => {
        "(p.next_follow_up IS NOT NULL AND p.next_follow_up <= ?1)"
    };
}

/// By name, then id, one page (`?6` rows from `?7`).
macro_rules! by_name {
    () => {
        " ORDER BY p.name COLLATE NOCASE, p.id LIMIT ?6 OFFSET ?7"
    };
}

macro_rules! people_select {
    () => {
        "SELECT p.id, p.name, p.role, p.tier, p.tags, p.reach, p.next_follow_up,
                COALESCE((SELECT group_concat(h.network || ':' || h.handle, ' ') FROM handles h WHERE h.person_id = p.id), '')
         FROM people p "
    };
}

macro_rules! people_sorted {
    ($sort:expr, $select:expr, $tail:expr) => {
        match $sort {
            PeopleSort::FollowUpsFirst => concat!($select, people_where!(), " ORDER BY (p.next_follow_up IS NOT NULL AND p.next_follow_up <= ?1) DESC, p.name COLLATE NOCASE, p.id ", $tail),
            PeopleSort::Name => concat!($select, people_where!(), " ORDER BY p.name COLLATE NOCASE, p.id ", $tail),
            PeopleSort::Reach | PeopleSort::Advocacy | PeopleSort::Risk => concat!($select, people_where!(), " ORDER BY p.reach DESC, p.name COLLATE NOCASE, p.id ", $tail),
        }
    };
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
            .prepare_cached(concat!("SELECT COUNT(*) FROM people p", people_where!()))?
            .query_row(params![today, f.role, f.tier, f.tag, f.due_only], |row| {
                row.get(0)
            })?;
        let fetch = |sql: &str, offset: usize, limit: usize| -> Result<Vec<PersonRow>, DbError> {
            // The page's ids first, from the index walk alone; then only those rows are read with
            // their handles, so a page deep in the list does not read every person before it.
            let rest = sql.strip_prefix(people_select!()).unwrap_or(sql);
            let order_from = rest.find(" ORDER BY").unwrap_or(rest.len());
            let order_to = rest.find("LIMIT ?6").unwrap_or(rest.len()).max(order_from);
            let sql = format!(
                "{} WHERE p.id IN (SELECT p.id FROM people p {rest}) {}",
                people_select!(),
                &rest[order_from..order_to]
            );
            let mut stmt = self.conn().prepare_cached(&sql)?;
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
        let rows = if f.sort == PeopleSort::FollowUpsFirst {
            // Due first, then the rest, each by name: two index walks instead of sorting everyone.
            let due: i64 = self
                .conn()
                .prepare_cached(concat!(
                    "SELECT COUNT(*) FROM people p",
                    people_where!(),
                    " AND ",
                    due!()
                ))?
                .query_row(params![today, f.role, f.tier, f.tag, f.due_only], |row| {
                    row.get(0)
                })?;
            let due = due as usize;
            let mut rows = Vec::new();
            if offset < due {
                rows = fetch(
                    concat!(
                        people_select!(),
                        people_where!(),
                        " AND ",
                        due!(),
                        by_name!()
                    ),
                    offset,
                    limit,
                )?;
            }
            let wanted = limit - rows.len();
            if wanted > 0 {
                rows.extend(fetch(
                    concat!(
                        people_select!(),
                        people_where!(),
                        " AND NOT ",
                        due!(),
                        by_name!()
                    ),
                    offset.saturating_sub(due),
                    wanted,
                )?);
            }
            rows
        } else {
            fetch(
                people_sorted!(f.sort, people_select!(), "LIMIT ?6 OFFSET ?7"),
                offset,
                limit,
            )?
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
        let mut stmt = self.conn().prepare_cached(people_sorted!(
            f.sort,
            "SELECT p.id, p.name || ' ' || p.role || ' ' || p.tier || ' ' || p.tags || ' ' ||
                    COALESCE((SELECT group_concat(h.handle, ' ') FROM handles h WHERE h.person_id = p.id), '')
             FROM people p ",
            ""
        ))?;
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
            .prepare_cached(concat!("SELECT p.id FROM people p", people_where!()))?;
        let ids = stmt
            .query_map(
                params![format_date(today), f.role, f.tier, f.tag, f.due_only],
                |row| row.get(0),
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(ids)
    }
}
