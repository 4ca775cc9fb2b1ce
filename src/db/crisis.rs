//! The crisis protocol at work: open a crisis (logged with its time), tick its steps, pause the
//! scheduled posts, close it (logged), and read the open one with its checklist.

use super::time::{format_time, parse_time};
use super::{Db, DbError};
use crate::domain::crisis::{CrisisLogEntry, CrisisStep, OpenCrisis};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

impl Db {
    /// The open crisis, if any, with its checklist, statements and contacts.
    pub fn open_crisis(&self) -> Result<Option<OpenCrisis>, DbError> {
        let conn = self.conn();
        let Some((id, opened, level, note, pause)) = conn
            .query_row(
                "SELECT id, opened_at, level, note, pause_posts FROM crises WHERE closed_at IS NULL ORDER BY opened_at DESC LIMIT 1",
                [],
                |row| Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?, row.get::<_, i64>(2)?, row.get::<_, String>(3)?, row.get::<_, bool>(4)?)),
            )
            .optional()?
        else {
            return Ok(None);
        };
        let mut stmt = conn.prepare_cached(
            "SELECT s.id, s.level, s.step, c.checked_at FROM crisis_steps s
             LEFT JOIN crisis_checks c ON c.step_id = s.id AND c.crisis_id = ?1
             WHERE s.level <= ?2 ORDER BY s.level, s.position",
        )?;
        let steps = stmt
            .query_map(params![id, level], |row| {
                let checked: Option<String> = row.get(3)?;
                Ok(CrisisStep {
                    id: row.get(0)?,
                    level: row.get(1)?,
                    text: row.get(2)?,
                    checked_at: checked.as_deref().and_then(parse_time),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut stmt = conn.prepare_cached(
            "SELECT title, body FROM holding_statements WHERE level <= ?1 ORDER BY level, id",
        )?;
        let statements = stmt
            .query_map([level], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut stmt = conn
            .prepare_cached("SELECT name, role, phone, email FROM crisis_contacts ORDER BY id")?;
        let contacts = stmt
            .query_map([], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Some(OpenCrisis {
            id,
            opened_at: parse_time(&opened).unwrap_or_default(),
            level,
            note: note.into(),
            pause_posts: pause,
            steps,
            statements,
            contacts,
        }))
    }

    /// Opens a crisis at `level` about `note`; its id.
    pub fn start_crisis(
        &mut self,
        level: i64,
        note: &str,
        now: DateTime<Utc>,
    ) -> Result<i64, DbError> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO crises (opened_at, level, note) VALUES (?1, ?2, ?3)",
                params![format_time(now), level.clamp(1, 3), note],
            )?;
            Ok(tx.last_insert_rowid())
        })
    }

    /// Ticks or unticks a step of a crisis.
    pub fn tick_crisis_step(
        &mut self,
        crisis: i64,
        step: i64,
        ticked: bool,
        now: DateTime<Utc>,
    ) -> Result<(), DbError> {
        self.write(|tx| {
            if ticked {
                tx.execute("INSERT OR REPLACE INTO crisis_checks (crisis_id, step_id, checked_at) VALUES (?1, ?2, ?3)", params![crisis, step, format_time(now)])?;
            } else {
                tx.execute("DELETE FROM crisis_checks WHERE crisis_id = ?1 AND step_id = ?2", params![crisis, step])?;
            }
            Ok(())
        })
    }

    /// Pauses or resumes the scheduled posts for the crisis.
    pub fn pause_posts(&mut self, crisis: i64, pause: bool) -> Result<(), DbError> {
        self.write(|tx| {
            tx.execute(
                "UPDATE crises SET pause_posts = ?2 WHERE id = ?1",
                params![crisis, pause],
            )
            .map(|_| ())
        })
    }

    /// Closes a crisis (the log keeps when), which also resumes the scheduled posts.
    pub fn close_crisis(&mut self, crisis: i64, now: DateTime<Utc>) -> Result<(), DbError> {
        self.write(|tx| {
            tx.execute(
                "UPDATE crises SET closed_at = ?2, pause_posts = 0 WHERE id = ?1",
                params![crisis, format_time(now)],
            )
            .map(|_| ())
        })
    }

    /// Reopens a closed crisis (undo of a close).
    pub fn reopen_crisis(&mut self, crisis: i64, pause: bool) -> Result<(), DbError> {
        self.write(|tx| {
            tx.execute(
                "UPDATE crises SET closed_at = NULL, pause_posts = ?2 WHERE id = ?1",
                params![crisis, pause],
            )
            .map(|_| ())
        })
    }

    /// Removes a crisis and its checklist (undo of an opening).
    pub fn remove_crisis(&mut self, crisis: i64) -> Result<(), DbError> {
        self.write(|tx| {
            tx.execute("DELETE FROM crises WHERE id = ?1", [crisis])
                .map(|_| ())
        })
    }

    /// Every crisis, latest first (at most 20).
    pub fn crisis_log(&self) -> Result<Vec<CrisisLogEntry>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT opened_at, closed_at, level, note FROM crises ORDER BY opened_at DESC LIMIT 20",
        )?;
        let rows = stmt
            .query_map([], |row| {
                let opened: String = row.get(0)?;
                let closed: Option<String> = row.get(1)?;
                Ok(CrisisLogEntry {
                    opened_at: parse_time(&opened).unwrap_or_default(),
                    closed_at: closed.as_deref().and_then(parse_time),
                    level: row.get(2)?,
                    note: row.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}
