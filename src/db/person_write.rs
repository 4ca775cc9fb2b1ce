//! Adding, editing and deleting a person, one transaction each: a handle or a name someone else
//! has is refused naming them, and what an edit or a deletion loses is snapshotted first so that
//! undo puts it back exactly (ids included; messages and mentions linked again).

use super::time::{date_column, format_date, format_time};
use super::{Db, DbError};
use crate::domain::person::{Duplicate, PersonDraft, PersonSnapshot};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};

/// Someone other than `id` who has one of the draft's handles, or — for a new person or a new
/// name — the draft's name (case ignored, and a leading `@` on handles).
fn duplicate(
    conn: &Connection,
    id: Option<i64>,
    draft: &PersonDraft,
) -> rusqlite::Result<Option<Duplicate>> {
    let mut stmt = conn.prepare_cached(
        "SELECT h.network || ':' || h.handle, p.name FROM handles h JOIN people p ON p.id = h.person_id
         WHERE h.network = ?1 AND lower(ltrim(h.handle, '@')) = lower(ltrim(?2, '@')) AND h.person_id IS NOT ?3
         LIMIT 1",
    )?;
    for (network, handle) in &draft.handles {
        let found = stmt
            .query_row(params![network, handle, id], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .optional()?;
        if let Some((handle, owner)) = found {
            return Ok(Some(Duplicate::Handle { handle, owner }));
        }
    }
    let current: Option<String> = match id {
        Some(id) => conn
            .query_row("SELECT name FROM people WHERE id = ?1", [id], |row| {
                row.get(0)
            })
            .optional()?,
        None => None,
    };
    if current.is_some_and(|name| name.to_lowercase() == draft.name.to_lowercase()) {
        return Ok(None);
    }
    let owner: Option<String> = conn
        .query_row(
            "SELECT name FROM people WHERE lower(name) = lower(?1) AND id IS NOT ?2 LIMIT 1",
            params![draft.name, id],
            |row| row.get(0),
        )
        .optional()?;
    Ok(owner.map(|owner| Duplicate::Name { owner }))
}

/// Everything that is person `id`'s, read inside the transaction that is about to change it.
fn snapshot(conn: &Connection, id: i64) -> rusqlite::Result<Option<PersonSnapshot>> {
    let Some(mut snap) = conn
        .query_row(
            "SELECT name, role, tier, tags, notes, reach, next_follow_up, persona_id, created_at
             FROM people WHERE id = ?1",
            [id],
            |row| {
                Ok(PersonSnapshot {
                    id,
                    draft: PersonDraft {
                        name: row.get(0)?,
                        role: row.get(1)?,
                        tier: row.get(2)?,
                        tags: row.get(3)?,
                        notes: row.get(4)?,
                        reach: row.get(5)?,
                        handles: Vec::new(),
                        next_follow_up: date_column(row, 6)?,
                    },
                    persona_id: row.get(7)?,
                    created_at: row.get(8)?,
                    handles: Vec::new(),
                    interactions: Vec::new(),
                    messages: Vec::new(),
                    mentions: Vec::new(),
                })
            },
        )
        .optional()?
    else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT id, network, handle FROM handles WHERE person_id = ?1 ORDER BY id",
    )?;
    snap.handles = stmt
        .query_map([id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn
        .prepare_cached("SELECT network, handle FROM handles WHERE person_id = ?1 ORDER BY id")?;
    snap.draft.handles = stmt
        .query_map([id], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT id, happened_at, kind, note FROM interactions WHERE person_id = ?1 ORDER BY id",
    )?;
    snap.interactions = stmt
        .query_map([id], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt =
        conn.prepare_cached("SELECT id FROM messages WHERE person_id = ?1 ORDER BY id")?;
    snap.messages = stmt
        .query_map([id], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt =
        conn.prepare_cached("SELECT id FROM mentions WHERE person_id = ?1 ORDER BY id")?;
    snap.mentions = stmt
        .query_map([id], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Some(snap))
}

impl Db {
    /// Everything that is person `id`'s (the edit form's values, and what undo puts back).
    pub fn person_snapshot(&self, id: i64) -> Result<Option<PersonSnapshot>, DbError> {
        Ok(snapshot(self.conn(), id)?)
    }

    /// Stores a new person (`id` none, added `now`) or the person `id` as the draft says, with
    /// exactly the draft's handles, in ONE transaction; nothing is stored when someone else has
    /// one of the handles or the name ([`Duplicate`]). The person's id.
    pub fn save_person(
        &mut self,
        id: Option<i64>,
        draft: &PersonDraft,
        now: DateTime<Utc>,
    ) -> Result<Result<i64, Duplicate>, DbError> {
        self.write_if(|tx| {
            if let Some(found) = duplicate(tx, id, draft)? {
                return Ok((Err(found), false));
            }
            let d = draft;
            let id = match id {
                Some(id) => {
                    tx.execute(
                        "UPDATE people SET name = ?2, role = ?3, tier = ?4, tags = ?5, notes = ?6, reach = ?7, next_follow_up = ?8 WHERE id = ?1",
                        params![id, d.name, d.role, d.tier, d.tags, d.notes, d.reach, d.next_follow_up.map(format_date)],
                    )?;
                    id
                }
                None => {
                    tx.execute(
                        "INSERT INTO people (name, role, tier, tags, notes, reach, next_follow_up, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                        params![d.name, d.role, d.tier, d.tags, d.notes, d.reach, d.next_follow_up.map(format_date), format_time(now)],
                    )?;
                    tx.last_insert_rowid()
                }
            };
            let stored: Vec<(i64, String, String)> = tx
                .prepare_cached("SELECT id, network, handle FROM handles WHERE person_id = ?1")?
                .query_map([id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (handle_id, network, handle) in &stored {
                let kept = d
                    .handles
                    .iter()
                    .any(|(n, h)| n.as_str() == network && h == handle);
                if !kept {
                    tx.execute("DELETE FROM handles WHERE id = ?1", [handle_id])?;
                }
            }
            for (network, handle) in &d.handles {
                let known = stored
                    .iter()
                    .any(|(_, n, h)| n == network.as_str() && h == handle);
                if !known {
                    tx.execute(
                        "INSERT INTO handles (person_id, network, handle) VALUES (?1, ?2, ?3)",
                        params![id, network, handle],
                    )?;
                }
            }
            Ok((Ok(id), true))
        })
    }

    /// Deletes a person in ONE transaction — their handles and interactions go with them, their
    /// messages and mentions stay unlinked — and returns everything that was theirs, for undo.
    pub fn delete_person(&mut self, id: i64) -> Result<Option<PersonSnapshot>, DbError> {
        self.write(|tx| {
            let snap = snapshot(tx, id)?;
            tx.execute("DELETE FROM people WHERE id = ?1", [id])?;
            Ok(snap)
        })
    }

    /// Removes a person just added (undo of an add).
    pub fn remove_person(&mut self, id: i64) -> Result<(), DbError> {
        self.write(|tx| {
            tx.execute("DELETE FROM people WHERE id = ?1", [id])
                .map(|_| ())
        })
    }

    /// Puts a person back exactly as the snapshot says, in ONE transaction: their row (same id),
    /// their handles and interactions (same ids), and the links of their messages and mentions.
    pub fn restore_person(&mut self, snap: &PersonSnapshot) -> Result<(), DbError> {
        self.write(|tx| {
            let d = &snap.draft;
            tx.execute(
                "INSERT INTO people (id, name, role, tier, persona_id, notes, tags, reach, next_follow_up, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role, tier = excluded.tier,
                   persona_id = excluded.persona_id, notes = excluded.notes, tags = excluded.tags,
                   reach = excluded.reach, next_follow_up = excluded.next_follow_up, created_at = excluded.created_at",
                params![snap.id, d.name, d.role, d.tier, snap.persona_id, d.notes, d.tags, d.reach, d.next_follow_up.map(format_date), snap.created_at],
            )?;
            tx.execute("DELETE FROM handles WHERE person_id = ?1", [snap.id])?;
            for (id, network, handle) in &snap.handles {
                tx.execute(
                    "INSERT INTO handles (id, person_id, network, handle) VALUES (?1, ?2, ?3, ?4)",
                    params![id, snap.id, network, handle],
                )?;
            }
            for (id, at, kind, note) in &snap.interactions {
                tx.execute(
                    "INSERT INTO interactions (id, person_id, happened_at, kind, note) VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT (id) DO UPDATE SET person_id = excluded.person_id, happened_at = excluded.happened_at,
                       kind = excluded.kind, note = excluded.note",
                    params![id, snap.id, at, kind, note],
                )?;
            }
            for id in &snap.messages {
                tx.execute("UPDATE messages SET person_id = ?2 WHERE id = ?1", params![id, snap.id])?;
            }
            for id in &snap.mentions {
                tx.execute("UPDATE mentions SET person_id = ?2 WHERE id = ?1", params![id, snap.id])?;
            }
            Ok(())
        })
    }
}
