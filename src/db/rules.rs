//! Editing the listening rules and their crisis thresholds (shared by Mentions and the plan),
//! with a snapshot of a rule to put it back on undo.

use super::{Db, DbError};
use crate::domain::RuleKind;
use crate::domain::listening::{RuleInput, RuleSnapshot};
use rusqlite::{OptionalExtension, params};

impl Db {
    /// A rule with its threshold and the mentions that recorded it.
    pub fn rule_snapshot(&self, id: i64) -> Result<Option<RuleSnapshot>, DbError> {
        let input = self
            .conn()
            .query_row(
                "SELECT r.name, r.kind, COALESCE(c.name, ''), r.terms, r.exclusions, r.source, r.language,
                        COALESCE(t.sensitivity, 'balanced'), COALESCE(t.min_count, 5), COALESCE(t.cooldown_hours, 12)
                 FROM listening_rules r LEFT JOIN competitors c ON c.id = r.competitor_id
                 LEFT JOIN crisis_thresholds t ON t.rule_id = r.id WHERE r.id = ?1",
                [id],
                |row| {
                    Ok(RuleInput {
                        name: row.get(0)?,
                        kind: row.get(1)?,
                        competitor: row.get(2)?,
                        terms: row.get(3)?,
                        exclusions: row.get(4)?,
                        source: row.get(5)?,
                        language: row.get(6)?,
                        sensitivity: row.get(7)?,
                        min_count: row.get(8)?,
                        cooldown_hours: row.get(9)?,
                    })
                },
            )
            .optional()?;
        let Some(input) = input else { return Ok(None) };
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT id FROM mentions WHERE rule_id = ?1")?;
        let mentions = stmt
            .query_map([id], |row| row.get(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Some(RuleSnapshot {
            id,
            input,
            mentions,
        }))
    }

    /// Adds (`id` none) or replaces a rule and its threshold, in one transaction; its id.
    pub fn save_rule(&mut self, id: Option<i64>, rule: &RuleInput) -> Result<i64, DbError> {
        self.write(|tx| save(tx, id, rule))
    }

    /// Deletes a rule (its mentions keep their text but no longer record it).
    pub fn delete_rule(&mut self, id: i64) -> Result<(), DbError> {
        self.write(|tx| {
            tx.execute("DELETE FROM listening_rules WHERE id = ?1", [id])
                .map(|_| ())
        })
    }

    /// Puts a rule back with its id, threshold and the mentions that recorded it (undo).
    pub fn restore_rule(&mut self, snapshot: &RuleSnapshot) -> Result<(), DbError> {
        self.write(|tx| {
            let exists: bool = tx.query_row("SELECT COUNT(*) > 0 FROM listening_rules WHERE id = ?1", [snapshot.id], |row| row.get(0))?;
            if !exists {
                tx.execute("INSERT INTO listening_rules (id, name, kind, terms) VALUES (?1, ?2, 'sector', '')", params![snapshot.id, format!("restoring {}", snapshot.id)])?;
            }
            save(tx, Some(snapshot.id), &snapshot.input)?;
            for mention in &snapshot.mentions {
                tx.execute("UPDATE mentions SET rule_id = ?2 WHERE id = ?1", params![mention, snapshot.id])?;
            }
            Ok(())
        })
    }
}

fn save(
    tx: &rusqlite::Transaction<'_>,
    id: Option<i64>,
    rule: &RuleInput,
) -> rusqlite::Result<i64> {
    let competitor: Option<i64> =
        if rule.kind == RuleKind::Competitor && !rule.competitor.trim().is_empty() {
            tx.execute(
                "INSERT OR IGNORE INTO competitors (name) VALUES (?1)",
                [rule.competitor.trim()],
            )?;
            Some(tx.query_row(
                "SELECT id FROM competitors WHERE name = ?1",
                [rule.competitor.trim()],
                |row| row.get(0),
            )?)
        } else {
            None
        };
    let id = match id {
        Some(id) => {
            tx.execute(
                "UPDATE listening_rules SET name = ?2, kind = ?3, competitor_id = ?4, terms = ?5, exclusions = ?6, source = ?7, language = ?8 WHERE id = ?1",
                params![id, rule.name, rule.kind, competitor, rule.terms, rule.exclusions, rule.source, rule.language],
            )?;
            id
        }
        None => {
            tx.execute(
                "INSERT INTO listening_rules (name, kind, competitor_id, terms, exclusions, source, language) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![rule.name, rule.kind, competitor, rule.terms, rule.exclusions, rule.source, rule.language],
            )?;
            tx.last_insert_rowid()
        }
    };
    tx.execute("DELETE FROM crisis_thresholds WHERE rule_id = ?1", [id])?;
    tx.execute(
        "INSERT INTO crisis_thresholds (rule_id, sensitivity, min_count, cooldown_hours) VALUES (?1, ?2, ?3, ?4)",
        params![id, rule.sensitivity, rule.min_count, rule.cooldown_hours],
    )?;
    Ok(id)
}
