//! Replacing the stored plan with a checked one in one transaction (`Db::replace_plan`).
//!
//! Named rows (objectives, personas, pillars, campaigns, competitors, rules) are matched by name:
//! an existing row keeps its id and is updated, a new one is inserted, and rows the plan leaves
//! out are deleted — posts, people and mentions that used them lose the reference through the
//! schema's `ON DELETE SET NULL`. Crisis steps are matched by level and text so ticked checklists
//! survive; the other lists are rewritten.

use super::plan_tables::{NamedTable, delete_others, existing, put};
use super::{Db, DbError, Refusal};
use crate::plan::{Plan, Rename, cents};
use rusqlite::{ToSql, Transaction, params};
use std::collections::{HashMap, HashSet};

impl Db {
    /// Replaces every plan table with `plan` (already validated) in one transaction.
    pub fn replace_plan(&mut self, plan: &Plan) -> Result<(), DbError> {
        self.write(|tx| replace(tx, plan))
    }

    /// Puts a plan back exactly as it was (undo and redo on the plan screen), in one
    /// transaction: like [`Db::replace_plan_renaming`], and a channel the plan does not list is
    /// removed when nothing is stored against it (the channel the change created); one with
    /// history stays.
    pub fn restore_plan(&mut self, plan: &Plan, renames: &[Rename]) -> Result<(), DbError> {
        let listed: Vec<&str> = plan.channels.iter().map(|c| c.channel.as_str()).collect();
        let listed = serde_json::to_string(&listed).map_err(|error| {
            DbError::Refused(Refusal::PlanChannels {
                reason: error.to_string(),
            })
        })?;
        self.write(|tx| {
            rename_and_replace(tx, plan, renames)?;
            tx.execute(
                "DELETE FROM channels
                 WHERE network || ':' || handle NOT IN (SELECT value FROM json_each(?1))
                   AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.channel_id = channels.id)
                   AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.channel_id = channels.id)
                   AND NOT EXISTS (SELECT 1 FROM audience_snapshots a WHERE a.channel_id = channels.id)",
                [listed],
            )?;
            Ok(())
        })
    }

    /// Renames entries first (so they keep their ids and whatever refers to them), then replaces
    /// the plan with `plan` (already validated) — all in one transaction.
    pub fn replace_plan_renaming(
        &mut self,
        plan: &Plan,
        renames: &[Rename],
    ) -> Result<(), DbError> {
        self.write(|tx| rename_and_replace(tx, plan, renames))
    }
}

/// Applies the renames, then replaces the plan, in the caller's transaction.
fn rename_and_replace(
    tx: &Transaction<'_>,
    plan: &Plan,
    renames: &[Rename],
) -> rusqlite::Result<()> {
    for rename in renames {
        if let Some(table) = NamedTable::named(rename.table) {
            tx.execute(table.rename(), params![rename.from, rename.to])?;
        } else if rename.table == "channels"
            && let Ok((network, handle)) = crate::domain::channels::parse_key(&rename.to)
        {
            tx.execute(
                "UPDATE channels SET network = ?2, handle = ?3
                 WHERE network || ':' || handle = ?1",
                params![rename.from, network, handle],
            )?;
        }
    }
    replace(tx, plan)
}

fn channel_id(tx: &Transaction<'_>, label: &str) -> rusqlite::Result<Option<i64>> {
    use rusqlite::OptionalExtension;
    tx.query_row(
        "SELECT id FROM channels WHERE network || ':' || handle = ?1",
        [label],
        |r| r.get(0),
    )
    .optional()
}

/// Creates the channels the plan declares, updates the name, limit and archive state it gives,
/// and rewrites the channel plan; channels the plan leaves out are kept as they are.
fn write_channels(tx: &Transaction<'_>, plan: &Plan) -> rusqlite::Result<()> {
    tx.execute("DELETE FROM channel_plan", [])?;
    for c in &plan.channels {
        let id = match channel_id(tx, &c.channel)? {
            Some(id) => id,
            None => {
                let Ok((network, handle)) = crate::domain::channels::parse_key(&c.channel) else {
                    continue;
                };
                tx.execute(
                    "INSERT INTO channels (network, handle, char_limit) VALUES (?1, ?2, ?3)",
                    params![network, handle, network.default_char_limit()],
                )?;
                tx.last_insert_rowid()
            }
        };
        if let Some(name) = &c.name {
            tx.execute(
                "UPDATE channels SET name = ?2 WHERE id = ?1",
                params![id, name.trim()],
            )?;
        }
        if let Some(limit) = c.char_limit.filter(|limit| *limit > 0) {
            tx.execute(
                "UPDATE channels SET char_limit = ?2 WHERE id = ?1",
                params![id, limit],
            )?;
        }
        match c.archived {
            Some(true) => tx.execute(
                "UPDATE channels SET archived_on = COALESCE(archived_on, date('now'))
                 WHERE id = ?1",
                [id],
            )?,
            Some(false) => {
                tx.execute("UPDATE channels SET archived_on = NULL WHERE id = ?1", [id])?
            }
            None => 0,
        };
        if c.is_planned() {
            tx.execute(
                "INSERT INTO channel_plan (channel_id, role, posts_per_week, tone, slots)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, c.role, c.posts_per_week, c.tone, c.slots],
            )?;
        }
    }
    Ok(())
}

fn replace(tx: &Transaction<'_>, plan: &Plan) -> rusqlite::Result<()> {
    let b = &plan.brand;
    let mut settings = vec![
        ("brand_name", b.name.clone()),
        ("tone_guide", b.tone_guide.clone()),
        ("escalation_rules", b.escalation_rules.clone()),
    ];
    for (key, value) in [
        ("business_hours", &b.business_hours),
        ("time_zone", &b.time_zone),
        ("week_start", &b.week_start),
        ("sentiment_terms", &b.sentiment_terms),
    ] {
        if value.trim().is_empty() {
            tx.execute("DELETE FROM settings WHERE key = ?1", [key])?;
        } else {
            settings.push((key, value.trim().to_string()));
        }
    }
    match b.response_target_minutes {
        Some(minutes) => settings.push(("response_target_minutes", minutes.to_string())),
        None => {
            tx.execute(
                "DELETE FROM settings WHERE key = 'response_target_minutes'",
                [],
            )?;
        }
    }
    for (key, value) in settings {
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
    }
    write_channels(tx, plan)?;
    let objectives = write_objectives(tx, plan)?;
    write_campaigns(tx, plan, &objectives)?;
    let personas = existing(tx, NamedTable::Personas)?;
    let mut kept = HashSet::new();
    for p in &plan.personas {
        let values: [&dyn ToSql; 6] = [
            &p.name,
            &p.description,
            &p.goals,
            &p.pains,
            &p.channels,
            &p.content,
        ];
        kept.insert(put(
            tx,
            NamedTable::Personas,
            personas.get(&p.name).copied(),
            &values,
        )?);
    }
    delete_others(tx, NamedTable::Personas, &kept)?;
    let pillars = existing(tx, NamedTable::Pillars)?;
    let mut kept = HashSet::new();
    for p in &plan.pillars {
        let values: [&dyn ToSql; 4] = [&p.name, &p.share, &p.colour, &p.description];
        kept.insert(put(
            tx,
            NamedTable::Pillars,
            pillars.get(&p.name).copied(),
            &values,
        )?);
    }
    delete_others(tx, NamedTable::Pillars, &kept)?;
    super::plan_lists::write_listening(tx, plan)?;
    super::plan_lists::write_crisis(tx, plan)?;
    tx.execute("DELETE FROM advocacy_tiers", [])?;
    for t in &plan.tiers {
        tx.execute(
            "INSERT INTO advocacy_tiers (name, position, receives, move_up) VALUES (?1, ?2, ?3, ?4)",
            params![t.name, t.position, t.receives, t.move_up],
        )?;
    }
    Ok(())
}

fn write_objectives(tx: &Transaction<'_>, plan: &Plan) -> rusqlite::Result<HashMap<String, i64>> {
    let old = existing(tx, NamedTable::Objectives)?;
    let mut ids = HashMap::new();
    for o in &plan.objectives {
        let channel = match &o.channel {
            Some(label) => channel_id(tx, label)?,
            None => None,
        };
        let values: [&dyn ToSql; 8] = [
            &o.name,
            &o.kpi,
            &channel,
            &o.baseline,
            &o.target,
            &o.starts_on,
            &o.deadline,
            &o.owner_note,
        ];
        let id = put(
            tx,
            NamedTable::Objectives,
            old.get(&o.name).copied(),
            &values,
        )?;
        tx.execute(
            "DELETE FROM manual_kpi_values WHERE objective_id = ?1",
            [id],
        )?;
        for w in &o.weekly {
            tx.execute(
                "INSERT INTO manual_kpi_values (objective_id, iso_week, value) VALUES (?1, ?2, ?3)",
                params![id, w.week, w.value],
            )?;
        }
        ids.insert(o.name.clone(), id);
    }
    delete_others(tx, NamedTable::Objectives, &ids.values().copied().collect())?;
    Ok(ids)
}

fn write_campaigns(
    tx: &Transaction<'_>,
    plan: &Plan,
    objectives: &HashMap<String, i64>,
) -> rusqlite::Result<()> {
    let old = existing(tx, NamedTable::Campaigns)?;
    let mut kept = HashSet::new();
    for c in &plan.campaigns {
        let objective = c.objective.as_ref().and_then(|name| objectives.get(name));
        let (budget, revenue) = (cents(c.budget), cents(c.revenue));
        let values: [&dyn ToSql; 11] = [
            &c.name,
            &objective,
            &c.starts_on,
            &c.ends_on,
            &budget,
            &c.conversions,
            &revenue,
            &c.utm_source,
            &c.utm_medium,
            &c.utm_campaign,
            &c.notes,
        ];
        let id = put(
            tx,
            NamedTable::Campaigns,
            old.get(&c.name).copied(),
            &values,
        )?;
        tx.execute("DELETE FROM campaign_spend WHERE campaign_id = ?1", [id])?;
        for s in &c.spend {
            tx.execute(
                "INSERT INTO campaign_spend (campaign_id, spent_on, amount_cents, note)
                 VALUES (?1, ?2, ?3, ?4)",
                params![id, s.on, cents(s.amount), s.note],
            )?;
        }
        kept.insert(id);
    }
    delete_others(tx, NamedTable::Campaigns, &kept)
}
