//! Looking after people: the next follow-up, the interaction log, and merging two records of the
//! same person without losing a handle, note, tag or link — with what undo needs. One transaction each.

use super::time::{date_column, format_date, format_time};
use super::{Db, DbError};
use crate::domain::people::{MergeSnapshot, PersonFields};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, params};

fn ids(tx: &rusqlite::Transaction<'_>, sql: &str, id: i64) -> rusqlite::Result<Vec<i64>> {
    let mut stmt = tx.prepare(sql)?;
    stmt.query_map([id], |row| row.get(0))?.collect()
}

fn union_tags(a: &str, b: &str) -> String {
    let mut tags: Vec<String> = Vec::new();
    for tag in a
        .split(',')
        .chain(b.split(','))
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        if !tags
            .iter()
            .any(|t| crate::text::fold(t) == crate::text::fold(tag))
        {
            tags.push(tag.to_string());
        }
    }
    tags.join(", ")
}

impl Db {
    /// A person's notes, tags, reach and follow-up.
    pub fn person_fields(&self, id: i64) -> Result<Option<PersonFields>, DbError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT id, notes, tags, reach, next_follow_up FROM people WHERE id = ?1",
                [id],
                |row| {
                    Ok(PersonFields {
                        id: row.get(0)?,
                        notes: row.get(1)?,
                        tags: row.get(2)?,
                        reach: row.get(3)?,
                        next_follow_up: date_column(row, 4)?,
                    })
                },
            )
            .optional()?)
    }

    /// Puts a person's notes, tags, reach and follow-up back (undo).
    pub fn restore_person_fields(&mut self, fields: &PersonFields) -> Result<(), DbError> {
        self.write(|tx| {
            tx.execute(
                "UPDATE people SET notes = ?2, tags = ?3, reach = ?4, next_follow_up = ?5 WHERE id = ?1",
                params![fields.id, fields.notes, fields.tags, fields.reach, fields.next_follow_up.map(format_date)],
            )
            .map(|_| ())
        })
    }

    /// A person's role.
    pub fn person_role(&self, id: i64) -> Result<crate::domain::Role, DbError> {
        Ok(self
            .conn()
            .query_row("SELECT role FROM people WHERE id = ?1", [id], |row| {
                row.get(0)
            })?)
    }

    /// Gives a person a role (a suggestion accepted, or undone).
    pub fn set_role(&mut self, id: i64, role: crate::domain::Role) -> Result<(), DbError> {
        self.write(|tx| {
            tx.execute(
                "UPDATE people SET role = ?2 WHERE id = ?1",
                params![id, role],
            )
            .map(|_| ())
        })
    }

    /// Sets (or clears) the next follow-up.
    pub fn set_follow_up(&mut self, id: i64, date: Option<NaiveDate>) -> Result<(), DbError> {
        self.write(|tx| {
            tx.execute(
                "UPDATE people SET next_follow_up = ?2 WHERE id = ?1",
                params![id, date.map(format_date)],
            )
            .map(|_| ())
        })
    }

    /// Logs an interaction and, when given, sets the next follow-up; the interaction's id.
    pub fn log_interaction(
        &mut self,
        id: i64,
        kind: &str,
        at: DateTime<Utc>,
        note: &str,
        next: Option<NaiveDate>,
    ) -> Result<i64, DbError> {
        self.write(|tx| {
            tx.execute("INSERT INTO interactions (person_id, happened_at, kind, note) VALUES (?1, ?2, ?3, ?4)", params![id, format_time(at), kind, note])?;
            let interaction = tx.last_insert_rowid();
            if let Some(next) = next {
                tx.execute("UPDATE people SET next_follow_up = ?2 WHERE id = ?1", params![id, format_date(next)])?;
            }
            Ok(interaction)
        })
    }

    /// Removes a logged interaction (undo).
    pub fn delete_interaction(&mut self, id: i64) -> Result<(), DbError> {
        self.write(|tx| {
            tx.execute("DELETE FROM interactions WHERE id = ?1", [id])
                .map(|_| ())
        })
    }

    /// Other people who share a handle with `id` (same network and handle, case ignored).
    pub fn same_handle_people(&self, id: i64) -> Result<Vec<i64>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT DISTINCT o.person_id FROM handles h JOIN handles o
               ON o.network = h.network AND lower(ltrim(o.handle, '@')) = lower(ltrim(h.handle, '@')) AND o.person_id != h.person_id
             WHERE h.person_id = ?1",
        )?;
        let rows = stmt
            .query_map([id], |row| row.get(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Merges `removed` into `kept` in one transaction: handles, messages, mentions and interactions
    /// move; notes are joined, tags united, the larger reach and the earlier follow-up kept.
    pub fn merge_people(&mut self, kept: i64, removed: i64) -> Result<MergeSnapshot, DbError> {
        let kept_fields = self
            .person_fields(kept)?
            .ok_or(DbError::Sqlite(rusqlite::Error::QueryReturnedNoRows))?;
        let removed_fields = self
            .person_fields(removed)?
            .ok_or(DbError::Sqlite(rusqlite::Error::QueryReturnedNoRows))?;
        self.write(|tx| {
            let row = tx.query_row("SELECT id, name, role, tier, persona_id, created_at FROM people WHERE id = ?1", [removed], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
            })?;
            let mut stmt = tx.prepare(
                "SELECT h.network, h.handle FROM handles h WHERE h.person_id = ?1
                   AND EXISTS (SELECT 1 FROM handles k WHERE k.person_id = ?2 AND k.network = h.network AND lower(k.handle) = lower(h.handle))",
            )?;
            let duplicate_handles = stmt.query_map(params![removed, kept], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<Vec<_>>>()?;
            drop(stmt);
            let handles = ids(tx, "SELECT id FROM handles WHERE person_id = ?1", removed)?;
            let messages = ids(tx, "SELECT id FROM messages WHERE person_id = ?1", removed)?;
            let mentions = ids(tx, "SELECT id FROM mentions WHERE person_id = ?1", removed)?;
            let interactions = ids(tx, "SELECT id FROM interactions WHERE person_id = ?1", removed)?;
            tx.execute(
                "DELETE FROM handles WHERE person_id = ?1 AND EXISTS (SELECT 1 FROM handles k WHERE k.person_id = ?2 AND k.network = handles.network AND lower(k.handle) = lower(handles.handle))",
                params![removed, kept],
            )?;
            tx.execute("UPDATE handles SET person_id = ?2 WHERE person_id = ?1", params![removed, kept])?;
            tx.execute("UPDATE messages SET person_id = ?2 WHERE person_id = ?1", params![removed, kept])?;
            tx.execute("UPDATE mentions SET person_id = ?2 WHERE person_id = ?1", params![removed, kept])?;
            tx.execute("UPDATE interactions SET person_id = ?2 WHERE person_id = ?1", params![removed, kept])?;
            let notes = match (kept_fields.notes.trim(), removed_fields.notes.trim()) {
                (a, "") => a.to_string(),
                ("", b) => b.to_string(),
                (a, b) if a == b => a.to_string(),
                (a, b) => format!("{a}\n\n{b}"),
            };
            let follow_up = match (kept_fields.next_follow_up, removed_fields.next_follow_up) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            tx.execute(
                "UPDATE people SET notes = ?2, tags = ?3, reach = ?4, next_follow_up = ?5 WHERE id = ?1",
                params![kept, notes, union_tags(&kept_fields.tags, &removed_fields.tags), kept_fields.reach.max(removed_fields.reach), follow_up.map(format_date)],
            )?;
            tx.execute("DELETE FROM people WHERE id = ?1", [removed])?;
            Ok(MergeSnapshot { kept: kept_fields.clone(), removed: row, removed_fields: removed_fields.clone(), handles, messages, mentions, interactions, duplicate_handles })
        })
    }

    /// Takes a merge back: the merged person returns with everything that was theirs.
    pub fn restore_merge(&mut self, snap: &MergeSnapshot) -> Result<(), DbError> {
        self.write(|tx| {
            let (id, name, role, tier, persona, created) = &snap.removed;
            let f = &snap.removed_fields;
            tx.execute(
                "INSERT INTO people (id, name, role, tier, persona_id, notes, tags, reach, next_follow_up, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![id, name, role, tier, persona, f.notes, f.tags, f.reach, f.next_follow_up.map(format_date), created],
            )?;
            for (table, list) in [("handles", &snap.handles), ("messages", &snap.messages), ("mentions", &snap.mentions), ("interactions", &snap.interactions)] {
                let sql = match table {
                    "handles" => "UPDATE handles SET person_id = ?2 WHERE id = ?1",
                    "messages" => "UPDATE messages SET person_id = ?2 WHERE id = ?1",
                    "mentions" => "UPDATE mentions SET person_id = ?2 WHERE id = ?1",
                    _ => "UPDATE interactions SET person_id = ?2 WHERE id = ?1",
                };
                for row in list {
                    tx.execute(sql, params![row, id])?;
                }
            }
            for (network, handle) in &snap.duplicate_handles {
                tx.execute("INSERT OR IGNORE INTO handles (person_id, network, handle) VALUES (?1, ?2, ?3)", params![id, network, handle])?;
            }
            let k = &snap.kept;
            tx.execute(
                "UPDATE people SET notes = ?2, tags = ?3, reach = ?4, next_follow_up = ?5 WHERE id = ?1",
                params![k.id, k.notes, k.tags, k.reach, k.next_follow_up.map(format_date)],
            )?;
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::seed::*;
    use crate::domain::people::NewPerson;
    use crate::domain::{Network, Role};
    use chrono::TimeZone;

    fn count(db: &Db, sql: &str) -> i64 {
        db.conn().query_row(sql, [], |r| r.get(0)).unwrap()
    }

    fn count_of(db: &Db, sql: &str, person_id: i64) -> i64 {
        db.conn().query_row(sql, [person_id], |r| r.get(0)).unwrap()
    }

    #[test]
    fn merging_two_records_keeps_every_handle_note_tag_and_link_and_undo_splits_them_again() {
        let mut db = Db::open_in_memory().unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
        let (a, b) = db
            .write(|tx| {
                let person = |name: &str, tags: &str, notes: &str, reach: i64| NewPerson {
                    name: name.into(),
                    role: Role::Advocate,
                    tier: String::new(),
                    persona_id: None,
                    notes: notes.into(),
                    tags: tags.into(),
                    reach,
                    next_follow_up: None,
                    created_at: now,
                };
                let a = insert_person(
                    tx,
                    &person("Marta", "barista, valencia", "Viene los sábados.", 2000),
                )?;
                let b = insert_person(
                    tx,
                    &person(
                        "Marta Llorens",
                        "Barista, latte art",
                        "Hace latte art.",
                        21000,
                    ),
                )?;
                insert_handle(tx, a, Network::Instagram, "@martabarista")?;
                insert_handle(tx, b, Network::TikTok, "@martabarista")?;
                insert_interaction(tx, b, now, "call", "Llamada")?;
                Ok((a, b))
            })
            .unwrap();
        let snap = db.merge_people(a, b).unwrap();
        assert_eq!(count(&db, "SELECT COUNT(*) FROM people"), 1);
        assert_eq!(
            count_of(&db, "SELECT COUNT(*) FROM handles WHERE person_id = ?1", a),
            2
        );
        assert_eq!(
            count_of(
                &db,
                "SELECT COUNT(*) FROM interactions WHERE person_id = ?1",
                a
            ),
            1
        );
        let fields = db.person_fields(a).unwrap().unwrap();
        assert_eq!(fields.tags, "barista, valencia, latte art");
        assert!(fields.notes.contains("sábados") && fields.notes.contains("latte art"));
        assert_eq!(fields.reach, 21000);
        db.restore_merge(&snap).unwrap();
        assert_eq!(count(&db, "SELECT COUNT(*) FROM people"), 2);
        assert_eq!(
            count_of(&db, "SELECT COUNT(*) FROM handles WHERE person_id = ?1", b),
            1
        );
        assert_eq!(
            db.person_fields(a).unwrap().unwrap().tags,
            "barista, valencia"
        );
    }

    #[test]
    fn logging_an_interaction_can_set_the_next_follow_up() {
        let mut db = Db::open_in_memory().unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
        let id = db
            .write(|tx| {
                insert_person(
                    tx,
                    &NewPerson {
                        name: "Pau".into(),
                        role: Role::Advocate,
                        tier: String::new(),
                        persona_id: None,
                        notes: String::new(),
                        tags: String::new(),
                        reach: 0,
                        next_follow_up: None,
                        created_at: now,
                    },
                )
            })
            .unwrap();
        let next = NaiveDate::from_ymd_opt(2026, 12, 7);
        db.log_interaction(id, "gift", now, "Bolsa de microlote", next)
            .unwrap();
        assert_eq!(db.person_fields(id).unwrap().unwrap().next_follow_up, next);
        assert_eq!(
            count(&db, "SELECT COUNT(*) FROM interactions WHERE kind = 'gift'"),
            1
        );
    }
}
