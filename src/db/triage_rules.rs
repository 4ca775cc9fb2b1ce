//! The triage rules typed in the Inbox: read in the order they apply, added, replaced, deleted
//! and put back (undo), each change in one transaction.

use super::{Db, DbError};
use crate::analytics::triage::{Actions, Conditions, StoredRule, TriageRule};
use rusqlite::{Connection, OptionalExtension, Row, params};

impl Db {
    /// Every stored rule, in the order they apply (creation order).
    pub fn triage_rules(&self) -> Result<Vec<StoredRule>, DbError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, name, contains, channel, kind, role, priority, sentiment, status, saved_reply
             FROM triage_rules ORDER BY id",
        )?;
        let rules = stmt
            .query_map([], stored_rule)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rules)
    }

    /// The stored rule `id`, if it is still there.
    pub fn triage_rule(&self, id: i64) -> Result<Option<StoredRule>, DbError> {
        let rule = self
            .conn()
            .prepare_cached(
                "SELECT id, name, contains, channel, kind, role, priority, sentiment, status, saved_reply
                 FROM triage_rules WHERE id = ?1",
            )?
            .query_row([id], stored_rule)
            .optional()?;
        Ok(rule)
    }

    /// Adds a checked rule (`id` none) or replaces rule `id`, in one transaction; its id.
    pub fn save_triage_rule(&mut self, id: Option<i64>, rule: &TriageRule) -> Result<i64, DbError> {
        self.write(|tx| {
            let (when, then) = (&rule.when, &rule.then);
            let contains = when.contains.join("\n");
            match id {
                Some(id) => {
                    tx.execute(
                        "UPDATE triage_rules SET name = ?2, contains = ?3, channel = ?4, kind = ?5, role = ?6,
                             priority = ?7, sentiment = ?8, status = ?9, saved_reply = ?10
                         WHERE id = ?1",
                        params![id, rule.name, contains, when.channel, when.kind, when.role,
                            then.priority, then.sentiment, then.status, then.saved_reply],
                    )?;
                    Ok(id)
                }
                None => insert_triage_rule(tx, rule),
            }
        })
    }

    /// Deletes rule `id`; the messages it already touched keep what it set.
    pub fn delete_triage_rule(&mut self, id: i64) -> Result<(), DbError> {
        self.write(|tx| {
            tx.execute("DELETE FROM triage_rules WHERE id = ?1", [id])
                .map(|_| ())
        })
    }

    /// Puts a rule back as it was, with its id (undo of an edit or a deletion).
    pub fn restore_triage_rule(&mut self, stored: &StoredRule) -> Result<(), DbError> {
        self.write(|tx| {
            let (rule, when, then) = (&stored.rule, &stored.rule.when, &stored.rule.then);
            tx.execute(
                "INSERT OR REPLACE INTO triage_rules (id, name, contains, channel, kind, role, priority, sentiment, status, saved_reply)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![stored.id, rule.name, when.contains.join("\n"), when.channel, when.kind,
                    when.role, then.priority, then.sentiment, then.status, then.saved_reply],
            )
            .map(|_| ())
        })
    }
}

/// Adds a checked rule inside the caller's transaction (a new one, or the demo's); its id.
pub fn insert_triage_rule(tx: &Connection, rule: &TriageRule) -> rusqlite::Result<i64> {
    let (when, then) = (&rule.when, &rule.then);
    tx.execute(
        "INSERT INTO triage_rules (name, contains, channel, kind, role, priority, sentiment, status, saved_reply)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![rule.name, when.contains.join("\n"), when.channel, when.kind, when.role,
            then.priority, then.sentiment, then.status, then.saved_reply],
    )?;
    Ok(tx.last_insert_rowid())
}

/// A row of `triage_rules` read back as a rule.
fn stored_rule(row: &Row<'_>) -> rusqlite::Result<StoredRule> {
    let contains: String = row.get(2)?;
    Ok(StoredRule {
        id: row.get(0)?,
        rule: TriageRule {
            name: row.get(1)?,
            when: Conditions {
                contains: contains
                    .lines()
                    .filter(|word| !word.trim().is_empty())
                    .map(str::to_string)
                    .collect(),
                channel: row.get(3)?,
                kind: row.get(4)?,
                role: row.get(5)?,
            },
            then: Actions {
                priority: row.get(6)?,
                sentiment: row.get(7)?,
                status: row.get(8)?,
                saved_reply: row.get(9)?,
            },
        },
    })
}
