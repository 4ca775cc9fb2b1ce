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
