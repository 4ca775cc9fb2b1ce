//! Inserts for prescriptors and the watchlist: people, their handles and interactions, and the
//! advocacy programme tiers.

use crate::db::{format_date, format_time};
use crate::domain::Network;
use crate::domain::people::NewPerson;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

/// Inserts a person and returns their id.
pub fn insert_person(tx: &Connection, person: &NewPerson) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO people (name, role, tier, persona_id, notes, tags, reach, next_follow_up, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            person.name,
            person.role,
            person.tier,
            person.persona_id,
            person.notes,
            person.tags,
            person.reach,
            person.next_follow_up.map(format_date),
            format_time(person.created_at),
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Links a handle on a network to a person and returns the handle's id.
pub fn insert_handle(
    tx: &Connection,
    person_id: i64,
    network: Network,
    handle: &str,
) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO handles (person_id, network, handle) VALUES (?1, ?2, ?3)",
        params![person_id, network, handle],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Logs something done with a person (`dm`, `call`, `gift`…) and returns the entry's id.
pub fn insert_interaction(
    tx: &Connection,
    person_id: i64,
    happened_at: DateTime<Utc>,
    kind: &str,
    note: &str,
) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO interactions (person_id, happened_at, kind, note) VALUES (?1, ?2, ?3, ?4)",
        params![person_id, format_time(happened_at), kind, note],
    )?;
    Ok(tx.last_insert_rowid())
}

/// A tier of the advocacy programme.
#[derive(Debug, Clone, Default)]
pub struct NewAdvocacyTier {
    /// Its unique name.
    pub name: String,
    /// Its rank, 1 being the top.
    pub position: i64,
    /// What people in it receive.
    pub receives: String,
    /// What it takes to move up from it.
    pub move_up: String,
}

/// Inserts an advocacy tier and returns its id.
pub fn insert_advocacy_tier(tx: &Connection, tier: &NewAdvocacyTier) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO advocacy_tiers (name, position, receives, move_up) VALUES (?1, ?2, ?3, ?4)",
        params![tier.name, tier.position, tier.receives, tier.move_up],
    )?;
    Ok(tx.last_insert_rowid())
}
