//! Storing imported people with their handles in ONE transaction, a person whose handle is
//! already stored (or whose name is, for someone without handles) skipped as a duplicate.

use super::seed::{insert_handle, insert_person};
use super::{Db, DbError};
use crate::domain::people::ImportedPerson;
use rusqlite::{Connection, params};

impl Db {
    /// Stores people and their handles in ONE transaction and returns the id of each, `None` for
    /// one skipped as a duplicate: one of their handles already belongs to someone (stored or
    /// earlier in the list; case is ignored), or — without handles — someone without handles
    /// has the same name.
    pub fn insert_new_people(
        &mut self,
        people: &[ImportedPerson],
    ) -> Result<Vec<Option<i64>>, DbError> {
        self.write(|tx| {
            let mut ids = Vec::with_capacity(people.len());
            for imported in people {
                if is_stored(tx, imported)? {
                    ids.push(None);
                    continue;
                }
                let id = insert_person(tx, &imported.person)?;
                for (network, handle) in &imported.handles {
                    insert_handle(tx, id, *network, handle)?;
                }
                ids.push(Some(id));
            }
            Ok(ids)
        })
    }

    /// How many people are stored.
    pub fn person_count(&self) -> Result<usize, DbError> {
        let count: i64 = self
            .conn()
            .query_row("SELECT COUNT(*) FROM people", [], |row| row.get(0))?;
        Ok(count as usize)
    }
}

/// Whether the person is already stored (see [`Db::insert_new_people`]).
fn is_stored(conn: &Connection, imported: &ImportedPerson) -> rusqlite::Result<bool> {
    if imported.handles.is_empty() {
        return conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM people p WHERE p.name = ?1
                                 AND NOT EXISTS (SELECT 1 FROM handles h WHERE h.person_id = p.id))",
            )?
            .query_row([&imported.person.name], |row| row.get(0));
    }
    let mut stmt = conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM handles WHERE network = ?1 AND handle = ?2 COLLATE NOCASE)",
    )?;
    for (network, handle) in &imported.handles {
        if stmt.query_row(params![network, handle], |row| row.get::<_, bool>(0))? {
            return Ok(true);
        }
    }
    Ok(false)
}
