//! Whole rows kept exactly as they stood, to put them back — what undo and redo write for the
//! changes that create, delete or edit messages, replies, people, interactions, mentions, posts
//! and crises.
//!
//! A [`RowImage`] is one row (and the rows that belong to it and go with it: a person's handles,
//! a post's metrics, a crisis's ticked steps) read as a JSON array by a static statement per
//! table, and written back by another (an upsert keyed by `id`, so a row still there is updated
//! in place and nothing that refers to it is cascaded away). [`Rows`] is a set of images to put
//! back and of rows to remove; [`Db::capture_rows`] answers, for such a set, the set that would
//! put today's state back — which is both the inverse kept for redo and the state compared to
//! tell whether the data changed since. [`Db::apply_rows`] writes a set in one transaction,
//! parents before the rows that refer to them. A migration that adds a column to one of these
//! tables adds it to its two statements here (a test compares them with the schema).

use super::{Db, DbError};
use rusqlite::{Connection, OptionalExtension};

/// A table whose rows undo can keep whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Table {
    /// `people`, with their handles.
    People,
    /// `crises`, with their ticked steps.
    Crises,
    /// `posts`, with their metrics captures.
    Posts,
    /// `messages`.
    Messages,
    /// `replies`.
    Replies,
    /// `mentions` (the search index follows through its triggers).
    Mentions,
    /// `interactions`.
    Interactions,
}

/// One stored row exactly as it was, with the rows that belong to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowImage {
    /// Its table.
    pub table: Table,
    /// Its id.
    pub id: i64,
    row: String,
    children: Vec<String>,
}

/// Rows to put back exactly as kept, and rows to remove.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rows {
    /// Rows to put back (inserted again, or updated in place when still there).
    pub put: Vec<RowImage>,
    /// Rows to remove (with what the schema cascades).
    pub remove: Vec<(Table, i64)>,
}

impl Table {
    /// Every table undo keeps rows of.
    pub const ALL: [Table; 7] = [
        Table::People,
        Table::Crises,
        Table::Posts,
        Table::Messages,
        Table::Replies,
        Table::Mentions,
        Table::Interactions,
    ];

    /// Its name in the schema.
    pub fn name(self) -> &'static str {
        match self {
            Table::People => "people",
            Table::Crises => "crises",
            Table::Posts => "posts",
            Table::Messages => "messages",
            Table::Replies => "replies",
            Table::Mentions => "mentions",
            Table::Interactions => "interactions",
        }
    }

    fn select(self) -> &'static str {
        match self {
            Table::People => {
                "SELECT json_array(id, name, role, tier, persona_id, notes, tags, reach, next_follow_up, created_at) FROM people WHERE id = ?1"
            }
            Table::Crises => {
                "SELECT json_array(id, opened_at, closed_at, level, rule_id, note, pause_posts) FROM crises WHERE id = ?1"
            }
            Table::Posts => {
                "SELECT json_array(id, channel_id, body, status, scheduled_at, published_at, url, campaign_id, pillar_id, persona_id, evergreen, notes, created_at, updated_at, evergreen_cooldown_days, evergreen_max_repeats, evergreen_until, repeat_of) FROM posts WHERE id = ?1"
            }
            Table::Messages => {
                "SELECT json_array(id, channel_id, kind, external_id, author, person_id, body, received_at, status, snoozed_until, first_response_at, sentiment_auto, sentiment, priority, rule, suggested_reply) FROM messages WHERE id = ?1"
            }
            Table::Replies => {
                "SELECT json_array(id, message_id, body, sent_at) FROM replies WHERE id = ?1"
            }
            Table::Mentions => {
                "SELECT json_array(id, source, external_id, url, author, person_id, text, published_at, reach, sentiment_auto, sentiment_corrected, rule_id, status, is_defence) FROM mentions WHERE id = ?1"
            }
            Table::Interactions => {
                "SELECT json_array(id, person_id, happened_at, kind, note) FROM interactions WHERE id = ?1"
            }
        }
    }

    fn upsert(self) -> &'static str {
        match self {
            Table::People => {
                "INSERT INTO people (id, name, role, tier, persona_id, notes, tags, reach, next_follow_up, created_at)
                 SELECT j->>0, j->>1, j->>2, j->>3, j->>4, j->>5, j->>6, j->>7, j->>8, j->>9 FROM (SELECT ?1 AS j) WHERE true
                 ON CONFLICT(id) DO UPDATE SET name = excluded.name, role = excluded.role, tier = excluded.tier,
                   persona_id = excluded.persona_id, notes = excluded.notes, tags = excluded.tags, reach = excluded.reach,
                   next_follow_up = excluded.next_follow_up, created_at = excluded.created_at"
            }
            Table::Crises => {
                "INSERT INTO crises (id, opened_at, closed_at, level, rule_id, note, pause_posts)
                 SELECT j->>0, j->>1, j->>2, j->>3, j->>4, j->>5, j->>6 FROM (SELECT ?1 AS j) WHERE true
                 ON CONFLICT(id) DO UPDATE SET opened_at = excluded.opened_at, closed_at = excluded.closed_at,
                   level = excluded.level, rule_id = excluded.rule_id, note = excluded.note, pause_posts = excluded.pause_posts"
            }
            Table::Posts => {
                "INSERT INTO posts (id, channel_id, body, status, scheduled_at, published_at, url, campaign_id, pillar_id, persona_id, evergreen, notes, created_at, updated_at, evergreen_cooldown_days, evergreen_max_repeats, evergreen_until, repeat_of)
                 SELECT j->>0, j->>1, j->>2, j->>3, j->>4, j->>5, j->>6, j->>7, j->>8, j->>9, j->>10, j->>11, j->>12, j->>13, j->>14, j->>15, j->>16, j->>17 FROM (SELECT ?1 AS j) WHERE true
                 ON CONFLICT(id) DO UPDATE SET channel_id = excluded.channel_id, body = excluded.body, status = excluded.status,
                   scheduled_at = excluded.scheduled_at, published_at = excluded.published_at, url = excluded.url,
                   campaign_id = excluded.campaign_id, pillar_id = excluded.pillar_id, persona_id = excluded.persona_id,
                   evergreen = excluded.evergreen, notes = excluded.notes, created_at = excluded.created_at,
                   updated_at = excluded.updated_at, evergreen_cooldown_days = excluded.evergreen_cooldown_days,
                   evergreen_max_repeats = excluded.evergreen_max_repeats, evergreen_until = excluded.evergreen_until,
                   repeat_of = excluded.repeat_of"
            }
            Table::Messages => {
                "INSERT INTO messages (id, channel_id, kind, external_id, author, person_id, body, received_at, status, snoozed_until, first_response_at, sentiment_auto, sentiment, priority, rule, suggested_reply)
                 SELECT j->>0, j->>1, j->>2, j->>3, j->>4, j->>5, j->>6, j->>7, j->>8, j->>9, j->>10, j->>11, j->>12, j->>13, j->>14, j->>15 FROM (SELECT ?1 AS j) WHERE true
                 ON CONFLICT(id) DO UPDATE SET channel_id = excluded.channel_id, kind = excluded.kind,
                   external_id = excluded.external_id, author = excluded.author, person_id = excluded.person_id,
                   body = excluded.body, received_at = excluded.received_at, status = excluded.status,
                   snoozed_until = excluded.snoozed_until, first_response_at = excluded.first_response_at,
                   sentiment_auto = excluded.sentiment_auto, sentiment = excluded.sentiment, priority = excluded.priority,
                   rule = excluded.rule, suggested_reply = excluded.suggested_reply"
            }
            Table::Replies => {
                "INSERT INTO replies (id, message_id, body, sent_at)
                 SELECT j->>0, j->>1, j->>2, j->>3 FROM (SELECT ?1 AS j) WHERE true
                 ON CONFLICT(id) DO UPDATE SET message_id = excluded.message_id, body = excluded.body, sent_at = excluded.sent_at"
            }
            Table::Mentions => {
                "INSERT INTO mentions (id, source, external_id, url, author, person_id, text, published_at, reach, sentiment_auto, sentiment_corrected, rule_id, status, is_defence)
                 SELECT j->>0, j->>1, j->>2, j->>3, j->>4, j->>5, j->>6, j->>7, j->>8, j->>9, j->>10, j->>11, j->>12, j->>13 FROM (SELECT ?1 AS j) WHERE true
                 ON CONFLICT(id) DO UPDATE SET source = excluded.source, external_id = excluded.external_id, url = excluded.url,
                   author = excluded.author, person_id = excluded.person_id, text = excluded.text,
                   published_at = excluded.published_at, reach = excluded.reach, sentiment_auto = excluded.sentiment_auto,
                   sentiment_corrected = excluded.sentiment_corrected, rule_id = excluded.rule_id, status = excluded.status,
                   is_defence = excluded.is_defence"
            }
            Table::Interactions => {
                "INSERT INTO interactions (id, person_id, happened_at, kind, note)
                 SELECT j->>0, j->>1, j->>2, j->>3, j->>4 FROM (SELECT ?1 AS j) WHERE true
                 ON CONFLICT(id) DO UPDATE SET person_id = excluded.person_id, happened_at = excluded.happened_at,
                   kind = excluded.kind, note = excluded.note"
            }
        }
    }

    fn delete(self) -> &'static str {
        match self {
            Table::People => "DELETE FROM people WHERE id = ?1",
            Table::Crises => "DELETE FROM crises WHERE id = ?1",
            Table::Posts => "DELETE FROM posts WHERE id = ?1",
            Table::Messages => "DELETE FROM messages WHERE id = ?1",
            Table::Replies => "DELETE FROM replies WHERE id = ?1",
            Table::Mentions => "DELETE FROM mentions WHERE id = ?1",
            Table::Interactions => "DELETE FROM interactions WHERE id = ?1",
        }
    }

    /// The statements that read, clear and write the rows that belong to a row of this table.
    fn children(self) -> Option<(&'static str, &'static str, &'static str)> {
        match self {
            Table::People => Some((
                "SELECT json_array(id, person_id, network, handle) FROM handles WHERE person_id = ?1 ORDER BY id",
                "DELETE FROM handles WHERE person_id = ?1",
                "INSERT INTO handles (id, person_id, network, handle) SELECT j->>0, j->>1, j->>2, j->>3 FROM (SELECT ?1 AS j)",
            )),
            Table::Crises => Some((
                "SELECT json_array(crisis_id, step_id, checked_at) FROM crisis_checks WHERE crisis_id = ?1 ORDER BY step_id",
                "DELETE FROM crisis_checks WHERE crisis_id = ?1",
                "INSERT INTO crisis_checks (crisis_id, step_id, checked_at) SELECT j->>0, j->>1, j->>2 FROM (SELECT ?1 AS j)",
            )),
            Table::Posts => Some((
                "SELECT json_array(id, post_id, captured_at, impressions, reach, likes, comments, shares, saves, clicks) FROM post_metrics WHERE post_id = ?1 ORDER BY id",
                "DELETE FROM post_metrics WHERE post_id = ?1",
                "INSERT INTO post_metrics (id, post_id, captured_at, impressions, reach, likes, comments, shares, saves, clicks) SELECT j->>0, j->>1, j->>2, j->>3, j->>4, j->>5, j->>6, j->>7, j->>8, j->>9 FROM (SELECT ?1 AS j)",
            )),
            Table::Messages | Table::Replies | Table::Mentions | Table::Interactions => None,
        }
    }
}

/// The row `id` of `table` as it stands, with its own rows; `None` when it is not there.
fn image(conn: &Connection, table: Table, id: i64) -> rusqlite::Result<Option<RowImage>> {
    let row: Option<String> = conn
        .prepare_cached(table.select())?
        .query_row([id], |r| r.get(0))
        .optional()?;
    let Some(row) = row else {
        return Ok(None);
    };
    let children = match table.children() {
        Some((select, _, _)) => conn
            .prepare_cached(select)?
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?,
        None => Vec::new(),
    };
    Ok(Some(RowImage {
        table,
        id,
        row,
        children,
    }))
}

/// The row `current` with what `wanted` changes against `left` put in: `None` when `current`
/// differs from `left` in any of those columns (or own rows), that is, when they changed since.
fn merge(wanted: &RowImage, left: &RowImage, current: &RowImage) -> Option<RowImage> {
    let columns =
        |image: &RowImage| serde_json::from_str::<Vec<serde_json::Value>>(&image.row).ok();
    let (wanted_row, left_row, mut row) = (columns(wanted)?, columns(left)?, columns(current)?);
    if wanted_row.len() != row.len() || left_row.len() != row.len() {
        return None;
    }
    for (i, value) in wanted_row.into_iter().enumerate() {
        if value != left_row[i] {
            if row[i] != left_row[i] {
                return None;
            }
            row[i] = value;
        }
    }
    let children = if wanted.children == left.children {
        current.children.clone()
    } else if current.children == left.children {
        wanted.children.clone()
    } else {
        return None;
    };
    Some(RowImage {
        table: current.table,
        id: current.id,
        row: serde_json::to_string(&row).ok()?,
        children,
    })
}

impl Rows {
    /// Rows that only remove.
    pub fn removing(remove: Vec<(Table, i64)>) -> Rows {
        Rows {
            put: Vec::new(),
            remove,
        }
    }

    /// Whether the set writes nothing.
    pub fn is_empty(&self) -> bool {
        self.put.is_empty() && self.remove.is_empty()
    }
}

impl Db {
    /// The rows named, as they stand now, with their own rows (those not there are left out).
    pub fn row_images(&self, rows: &[(Table, i64)]) -> Result<Vec<RowImage>, DbError> {
        let mut images = Vec::with_capacity(rows.len());
        for (table, id) in rows {
            images.extend(image(self.conn(), *table, *id)?);
        }
        Ok(images)
    }

    /// The set that would put back what `rows` is about to overwrite: each row it puts or removes,
    /// as it stands now (kept whole when there, removed when not).
    pub fn capture_rows(&self, rows: &Rows) -> Result<Rows, DbError> {
        let mut captured = Rows::default();
        let keys = rows
            .put
            .iter()
            .map(|image| (image.table, image.id))
            .chain(rows.remove.iter().copied());
        for (table, id) in keys {
            match image(self.conn(), table, id)? {
                Some(image) => captured.put.push(image),
                None if rows.remove.contains(&(table, id)) => {}
                None => captured.remove.push((table, id)),
            }
        }
        Ok(captured)
    }

    /// Writes `rows` in one transaction: the rows to put back first, parents before the rows that
    /// refer to them, then the removals.
    pub fn apply_rows(&mut self, rows: &Rows) -> Result<(), DbError> {
        let put: Vec<&RowImage> = rows.put.iter().collect();
        self.write_rows(put, &rows.remove)
    }

    /// Writes `rows` over the state `expected` says they were left in (by the change, or by the
    /// undo that made them), and answers the set that puts back what was there — or `None`, with
    /// nothing written, when the data changed since.
    ///
    /// Like a changeset, only what the change touched is checked and written: the columns in
    /// which a row to put back differs from what was left, and its own rows when they differ.
    /// What else was written to the row meanwhile (a message opened to read it) stays. A row to
    /// put back that was removed since, or one to insert again whose id is taken, is a change
    /// since; a row to remove is removed whatever was written to it.
    pub fn apply_rows_checked(
        &mut self,
        rows: &Rows,
        expected: Option<&Rows>,
    ) -> Result<Option<Rows>, DbError> {
        let now = self.capture_rows(rows)?;
        let find = |set: &Rows, image: &RowImage| {
            set.put
                .iter()
                .find(|other| other.table == image.table && other.id == image.id)
                .cloned()
        };
        let mut put = Vec::with_capacity(rows.put.len());
        for image in &rows.put {
            let current = find(&now, image);
            let left = match expected {
                Some(expected) => find(expected, image),
                None => {
                    put.push(image.clone());
                    continue;
                }
            };
            match (left, current) {
                (Some(left), Some(current)) => match merge(image, &left, &current) {
                    Some(merged) => put.push(merged),
                    None => return Ok(None),
                },
                (None, None) => put.push(image.clone()),
                (Some(_), None) | (None, Some(_)) => return Ok(None),
            }
        }
        self.write_rows(put.iter().collect(), &rows.remove)?;
        Ok(Some(now))
    }

    fn write_rows(
        &mut self,
        mut put: Vec<&RowImage>,
        remove: &[(Table, i64)],
    ) -> Result<(), DbError> {
        put.sort_by_key(|image| image.table);
        self.write(|tx| {
            for image in put {
                tx.execute(image.table.upsert(), [&image.row])?;
                if let Some((_, clear, insert)) = image.table.children() {
                    tx.execute(clear, [image.id])?;
                    for child in &image.children {
                        tx.execute(insert, [child])?;
                    }
                }
            }
            for (table, id) in remove {
                tx.execute(table.delete(), [id])?;
            }
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person_with_handle(db: &mut Db) -> i64 {
        db.write(|tx| {
            tx.execute(
                "INSERT INTO people (name, role, created_at) VALUES ('Ana Ruiz', 'advocate', '2026-11-01T10:00:00Z')",
                [],
            )?;
            let id = tx.last_insert_rowid();
            tx.execute(
                "INSERT INTO handles (person_id, network, handle) VALUES (?1, 'x', '@ana')",
                [id],
            )?;
            Ok(id)
        })
        .unwrap()
    }

    fn one(db: &Db, sql: &str) -> String {
        db.conn().query_row(sql, [], |r| r.get(0)).unwrap()
    }

    #[test]
    fn a_removed_person_comes_back_with_the_same_id_handles_and_fields() {
        let mut db = Db::open_in_memory().unwrap();
        let person = person_with_handle(&mut db);
        let before = one(
            &db,
            "SELECT json_array(p.id, p.name, p.role, h.handle) FROM people p JOIN handles h ON h.person_id = p.id",
        );
        let kept = db.row_images(&[(Table::People, person)]).unwrap();
        db.apply_rows(&Rows::removing(vec![(Table::People, person)]))
            .unwrap();
        assert_eq!(one(&db, "SELECT COUNT(*) || '' FROM handles"), "0");
        db.apply_rows(&Rows {
            put: kept,
            remove: Vec::new(),
        })
        .unwrap();
        assert_eq!(
            one(
                &db,
                "SELECT json_array(p.id, p.name, p.role, h.handle) FROM people p JOIN handles h ON h.person_id = p.id",
            ),
            before
        );
    }

    #[test]
    fn capturing_a_set_answers_the_set_that_takes_it_back() {
        let mut db = Db::open_in_memory().unwrap();
        let person = person_with_handle(&mut db);
        let removal = Rows::removing(vec![(Table::People, person)]);
        let back = db.capture_rows(&removal).unwrap();
        assert_eq!(back.put.len(), 1, "the person is kept whole to come back");
        assert!(back.remove.is_empty());
        db.apply_rows(&removal).unwrap();
        let again = db.capture_rows(&back).unwrap();
        assert_eq!(
            again,
            Rows::removing(vec![(Table::People, person)]),
            "putting the person back is taken back by removing them"
        );
    }

    #[test]
    fn a_checked_write_keeps_what_else_changed_and_refuses_what_the_change_touched() {
        let mut db = Db::open_in_memory().unwrap();
        let person = person_with_handle(&mut db);
        let key = [(Table::People, person)];
        let before = db.row_images(&key).unwrap();
        db.write(|tx| {
            tx.execute(
                "UPDATE people SET notes = 'met at the fair' WHERE id = ?1",
                [person],
            )
        })
        .unwrap();
        let undo = Rows {
            put: before,
            remove: Vec::new(),
        };
        let left = db.capture_rows(&undo).unwrap();
        db.write(|tx| tx.execute("UPDATE people SET reach = 900 WHERE id = ?1", [person]))
            .unwrap();
        let inverse = db.apply_rows_checked(&undo, Some(&left)).unwrap();
        assert!(
            inverse.is_some(),
            "a column the change did not touch is no conflict"
        );
        assert_eq!(
            one(&db, "SELECT notes || '/' || reach FROM people"),
            "/900",
            "the notes go back, the reach written since stays"
        );
        let redo = inverse.unwrap();
        let left = db.capture_rows(&redo).unwrap();
        db.write(|tx| tx.execute("UPDATE people SET notes = 'other' WHERE id = ?1", [person]))
            .unwrap();
        assert_eq!(db.apply_rows_checked(&redo, Some(&left)).unwrap(), None);
        assert_eq!(
            one(&db, "SELECT notes FROM people"),
            "other",
            "nothing is written over a change since"
        );
    }

    /// How many values the `json_array(…)` of a statement reads (top-level commas plus one).
    fn values_read(sql: &str) -> usize {
        let start = sql.find("json_array(").unwrap() + "json_array(".len();
        let end = start + sql[start..].find(')').unwrap();
        sql[start..end].split(',').count()
    }

    fn columns(db: &Db, table: &str) -> usize {
        let n: i64 = db
            .conn()
            .query_row("SELECT COUNT(*) FROM pragma_table_info(?1)", [table], |r| {
                r.get(0)
            })
            .unwrap();
        n as usize
    }

    #[test]
    fn every_column_of_every_kept_table_is_read_and_written_back() {
        let db = Db::open_in_memory().unwrap();
        for table in Table::ALL {
            let n = columns(&db, table.name());
            assert_eq!(
                values_read(table.select()),
                n,
                "{}: a column added by a migration must be kept by undo too",
                table.name()
            );
            assert!(
                table.upsert().contains(&format!("j->>{}", n - 1))
                    && !table.upsert().contains(&format!("j->>{n},")),
                "{}: the upsert writes every column read",
                table.name()
            );
            if let Some((select, _, insert)) = table.children() {
                let child = select
                    .split(" FROM ")
                    .nth(1)
                    .and_then(|rest| rest.split_whitespace().next())
                    .unwrap();
                let m = columns(&db, child);
                assert_eq!(values_read(select), m, "{child}: every column is kept");
                assert!(insert.contains(&format!("j->>{}", m - 1)), "{child}");
            }
        }
    }
}
