//! The plan tables whose rows are matched by name: their statements, written out whole for each
//! table and chosen with a match on [`NamedTable`], and the reads and writes `Db::replace_plan`
//! makes with them.

use rusqlite::{ToSql, Transaction};
use std::collections::{HashMap, HashSet};

/// A plan table whose rows are matched by name: an existing row keeps its id and is updated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NamedTable {
    /// The objectives (`objectives`).
    Objectives,
    /// The personas (`personas`).
    Personas,
    /// The content pillars (`pillars`).
    Pillars,
    /// The campaigns (`campaigns`).
    Campaigns,
    /// The competitors (`competitors`).
    Competitors,
    /// The listening rules (`listening_rules`).
    ListeningRules,
}

impl NamedTable {
    /// Every named table.
    #[cfg(test)]
    pub(super) const ALL: [NamedTable; 6] = [
        NamedTable::Objectives,
        NamedTable::Personas,
        NamedTable::Pillars,
        NamedTable::Campaigns,
        NamedTable::Competitors,
        NamedTable::ListeningRules,
    ];

    /// The named table a rename is about (its SQL name), or `None` for any other table.
    pub(super) fn named(table: &str) -> Option<NamedTable> {
        match table {
            "objectives" => Some(NamedTable::Objectives),
            "personas" => Some(NamedTable::Personas),
            "pillars" => Some(NamedTable::Pillars),
            "campaigns" => Some(NamedTable::Campaigns),
            "competitors" => Some(NamedTable::Competitors),
            "listening_rules" => Some(NamedTable::ListeningRules),
            _ => None,
        }
    }

    /// Renames the row named `?1` to `?2`.
    pub(super) fn rename(self) -> &'static str {
        match self {
            NamedTable::Objectives => "UPDATE objectives SET name = ?2 WHERE name = ?1",
            NamedTable::Personas => "UPDATE personas SET name = ?2 WHERE name = ?1",
            NamedTable::Pillars => "UPDATE pillars SET name = ?2 WHERE name = ?1",
            NamedTable::Campaigns => "UPDATE campaigns SET name = ?2 WHERE name = ?1",
            NamedTable::Competitors => "UPDATE competitors SET name = ?2 WHERE name = ?1",
            NamedTable::ListeningRules => "UPDATE listening_rules SET name = ?2 WHERE name = ?1",
        }
    }

    /// Every row's id and name, the highest id first.
    pub(super) fn names(self) -> &'static str {
        match self {
            NamedTable::Objectives => "SELECT id, name FROM objectives ORDER BY id DESC",
            NamedTable::Personas => "SELECT id, name FROM personas ORDER BY id DESC",
            NamedTable::Pillars => "SELECT id, name FROM pillars ORDER BY id DESC",
            NamedTable::Campaigns => "SELECT id, name FROM campaigns ORDER BY id DESC",
            NamedTable::Competitors => "SELECT id, name FROM competitors ORDER BY id DESC",
            NamedTable::ListeningRules => "SELECT id, name FROM listening_rules ORDER BY id DESC",
        }
    }

    /// Every row's id.
    pub(super) fn ids(self) -> &'static str {
        match self {
            NamedTable::Objectives => "SELECT id FROM objectives",
            NamedTable::Personas => "SELECT id FROM personas",
            NamedTable::Pillars => "SELECT id FROM pillars",
            NamedTable::Campaigns => "SELECT id FROM campaigns",
            NamedTable::Competitors => "SELECT id FROM competitors",
            NamedTable::ListeningRules => "SELECT id FROM listening_rules",
        }
    }

    /// Deletes row `?1`.
    pub(super) fn delete(self) -> &'static str {
        match self {
            NamedTable::Objectives => "DELETE FROM objectives WHERE id = ?1",
            NamedTable::Personas => "DELETE FROM personas WHERE id = ?1",
            NamedTable::Pillars => "DELETE FROM pillars WHERE id = ?1",
            NamedTable::Campaigns => "DELETE FROM campaigns WHERE id = ?1",
            NamedTable::Competitors => "DELETE FROM competitors WHERE id = ?1",
            NamedTable::ListeningRules => "DELETE FROM listening_rules WHERE id = ?1",
        }
    }

    /// Inserts a row from the plan's values, in the order of the columns written here.
    pub(super) fn insert(self) -> &'static str {
        match self {
            NamedTable::Objectives => {
                "INSERT INTO objectives (name, kpi, channel_id, baseline, target, starts_on, deadline,
                            owner_note)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
            }
            NamedTable::Personas => {
                "INSERT INTO personas (name, description, goals, pains, channels, content)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
            }
            NamedTable::Pillars => {
                "INSERT INTO pillars (name, target_share, colour, description)
                VALUES (?1, ?2, ?3, ?4)"
            }
            NamedTable::Campaigns => {
                "INSERT INTO campaigns (name, objective_id, starts_on, ends_on, budget_cents, conversions,
                           revenue_cents, utm_source, utm_medium, utm_campaign, notes)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
            }
            NamedTable::Competitors => {
                "INSERT INTO competitors (name, notes)
                VALUES (?1, ?2)"
            }
            NamedTable::ListeningRules => {
                "INSERT INTO listening_rules (name, kind, competitor_id, terms, exclusions, source, language)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
            }
        }
    }

    /// Updates row `?n+1` with the plan's values, in the order of [`NamedTable::insert`].
    pub(super) fn update(self) -> &'static str {
        match self {
            NamedTable::Objectives => {
                "UPDATE objectives SET name = ?1, kpi = ?2, channel_id = ?3, baseline = ?4, target = ?5,
                                      starts_on = ?6, deadline = ?7, owner_note = ?8
                WHERE id = ?9"
            }
            NamedTable::Personas => {
                "UPDATE personas SET name = ?1, description = ?2, goals = ?3, pains = ?4, channels = ?5,
                                    content = ?6
                WHERE id = ?7"
            }
            NamedTable::Pillars => {
                "UPDATE pillars SET name = ?1, target_share = ?2, colour = ?3, description = ?4
                WHERE id = ?5"
            }
            NamedTable::Campaigns => {
                "UPDATE campaigns SET name = ?1, objective_id = ?2, starts_on = ?3, ends_on = ?4,
                                     budget_cents = ?5, conversions = ?6, revenue_cents = ?7,
                                     utm_source = ?8, utm_medium = ?9, utm_campaign = ?10,
                                     notes = ?11
                WHERE id = ?12"
            }
            NamedTable::Competitors => {
                "UPDATE competitors SET name = ?1, notes = ?2
                WHERE id = ?3"
            }
            NamedTable::ListeningRules => {
                "UPDATE listening_rules SET name = ?1, kind = ?2, competitor_id = ?3, terms = ?4,
                                           exclusions = ?5, source = ?6, language = ?7
                WHERE id = ?8"
            }
        }
    }
}

/// The rows of a named table: name to the first id holding it.
pub(super) fn existing(
    tx: &Transaction<'_>,
    table: NamedTable,
) -> rusqlite::Result<HashMap<String, i64>> {
    let mut stmt = tx.prepare(table.names())?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(1)?, r.get::<_, i64>(0)?)))?;
    rows.collect()
}

/// Deletes the rows of `table` whose id is not in `kept`.
pub(super) fn delete_others(
    tx: &Transaction<'_>,
    table: NamedTable,
    kept: &HashSet<i64>,
) -> rusqlite::Result<()> {
    let ids: Vec<i64> = {
        let mut stmt = tx.prepare(table.ids())?;
        stmt.query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?
    };
    for id in ids.into_iter().filter(|id| !kept.contains(id)) {
        tx.execute(table.delete(), [id])?;
    }
    Ok(())
}

/// Updates row `id` of `table` or inserts a new one, with `values` in the order of the table's
/// [`NamedTable::insert`] columns; returns its id.
pub(super) fn put(
    tx: &Transaction<'_>,
    table: NamedTable,
    id: Option<i64>,
    values: &[&dyn ToSql],
) -> rusqlite::Result<i64> {
    match id {
        Some(id) => {
            let mut all: Vec<&dyn ToSql> = values.to_vec();
            all.push(&id);
            tx.execute(table.update(), all.as_slice())?;
            Ok(id)
        }
        None => {
            tx.execute(table.insert(), values)?;
            Ok(tx.last_insert_rowid())
        }
    }
}
