//! The listening and crisis parts of `Db::replace_plan`: competitors and rules matched by name,
//! crisis steps matched by level and text (so ticked checklists survive), the other lists rewritten.

use super::plan_tables::{NamedTable, delete_others, existing, put};
use crate::plan::Plan;
use rusqlite::{ToSql, Transaction, params};
use std::collections::{HashMap, HashSet};

/// Competitors, listening rules and their crisis thresholds, matched by name.
pub(super) fn write_listening(tx: &Transaction<'_>, plan: &Plan) -> rusqlite::Result<()> {
    let old = existing(tx, NamedTable::Competitors)?;
    let mut competitors = HashMap::new();
    for c in &plan.competitors {
        let values: [&dyn ToSql; 2] = [&c.name, &c.notes];
        let id = put(
            tx,
            NamedTable::Competitors,
            old.get(&c.name).copied(),
            &values,
        )?;
        competitors.insert(c.name.clone(), id);
    }
    let old = existing(tx, NamedTable::ListeningRules)?;
    let mut kept = HashSet::new();
    for r in &plan.rules {
        let competitor = r.competitor.as_ref().and_then(|name| competitors.get(name));
        let values: [&dyn ToSql; 7] = [
            &r.name,
            &r.kind,
            &competitor,
            &r.terms,
            &r.exclusions,
            &r.source,
            &r.language,
        ];
        let id = put(
            tx,
            NamedTable::ListeningRules,
            old.get(&r.name).copied(),
            &values,
        )?;
        tx.execute("DELETE FROM crisis_thresholds WHERE rule_id = ?1", [id])?;
        if let Some(t) = &r.threshold {
            tx.execute(
                "INSERT INTO crisis_thresholds (rule_id, sensitivity, min_count, cooldown_hours)
                 VALUES (?1, ?2, ?3, ?4)",
                params![id, t.sensitivity, t.min_count, t.cooldown_hours],
            )?;
        }
        kept.insert(id);
    }
    delete_others(tx, NamedTable::ListeningRules, &kept)?;
    delete_others(
        tx,
        NamedTable::Competitors,
        &competitors.values().copied().collect(),
    )
}

/// Crisis steps (matched by level and text), contacts and holding statements.
pub(super) fn write_crisis(tx: &Transaction<'_>, plan: &Plan) -> rusqlite::Result<()> {
    let c = &plan.crisis;
    let mut old: Vec<(i64, i64, String)> = {
        let mut stmt = tx.prepare("SELECT id, level, step FROM crisis_steps ORDER BY id")?;
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?
    };
    for (level, steps) in [(1_i64, &c.level_1), (2, &c.level_2), (3, &c.level_3)] {
        for (position, step) in (1_i64..).zip(steps.iter()) {
            match old.iter().position(|(_, l, s)| *l == level && s == step) {
                Some(index) => {
                    let (id, _, _) = old.remove(index);
                    tx.execute(
                        "UPDATE crisis_steps SET position = ?1 WHERE id = ?2",
                        params![position, id],
                    )?;
                }
                None => {
                    tx.execute(
                        "INSERT INTO crisis_steps (level, position, step) VALUES (?1, ?2, ?3)",
                        params![level, position, step],
                    )?;
                }
            }
        }
    }
    for (id, _, _) in old {
        tx.execute("DELETE FROM crisis_steps WHERE id = ?1", [id])?;
    }
    tx.execute("DELETE FROM crisis_contacts", [])?;
    for p in &c.contacts {
        tx.execute(
            "INSERT INTO crisis_contacts (name, role, phone, email) VALUES (?1, ?2, ?3, ?4)",
            params![p.name, p.role, p.phone, p.email],
        )?;
    }
    tx.execute("DELETE FROM holding_statements", [])?;
    for s in &c.statements {
        tx.execute(
            "INSERT INTO holding_statements (level, title, body) VALUES (?1, ?2, ?3)",
            params![s.level, s.title, s.body],
        )?;
    }
    Ok(())
}
