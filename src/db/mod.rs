//! The one SQLite store: opening, migrations and every query. SQL lives only below this module,
//! as static statements with bound parameters (a variant is its own statement, chosen with a
//! `match`; no SQL text is cut or spliced at run time, but in [`dump`] and [`restore`], which
//! name every table from the schema itself, quoted); the vocabulary it speaks is in
//! [`crate::domain`]. Nothing here draws or reads the clock.

pub mod backup;
pub mod health;
mod migrate;
mod open;
mod outside_sql;
mod time;

pub mod audience;
pub mod calendar;
mod calendar_strategy;
pub mod channels;
pub mod crisis;
pub mod dump;
pub mod inbox;
pub mod inbox_actions;
mod inbox_statements;
pub mod listening;
pub mod mention_actions;
pub mod mention_list;
mod mention_statements;
pub mod mentions_import;
pub mod messages;
pub mod people;
pub mod people_actions;
pub mod people_import;
pub mod people_list;
pub mod person_write;
pub mod plan;
mod plan_lists;
mod plan_tables;
pub mod plan_write;
pub mod post_import;
pub mod posts;
pub mod queue;
pub mod report;
mod report_lists;
pub mod restore;
pub mod rules;
pub mod scores;
pub mod seed;
pub mod sentiment;
pub mod spikes;
pub mod strategy;
pub mod today;
pub mod triage_rules;
pub mod undo_rows;
mod undo_statements;
pub mod week;

pub use migrate::{LATEST_VERSION, MIGRATIONS, Migration};
pub use open::{DbError, Refusal};
pub use time::{format_date, format_time, parse_date, parse_time};

use rusqlite::{Connection, Transaction, TransactionBehavior};

/// The magic number in the SQLite header (`PRAGMA application_id`) that marks a cmdeck file: "cmdk".
pub const APPLICATION_ID: i32 = 0x636d_646b;

/// `PRAGMA temp_store` value that keeps temporary tables and indices in memory.
const TEMP_STORE_MEMORY: i64 = 2;

/// A handle on the cmdeck database.
pub struct Db {
    conn: Connection,
    /// The check of the file this connection writes to (none for a database in memory).
    health: Option<std::sync::Arc<health::Health>>,
}

impl Db {
    /// Runs `work` in one `BEGIN IMMEDIATE` transaction: all of it is stored, or none of it.
    pub fn write<T>(
        &mut self,
        work: impl FnOnce(&Transaction<'_>) -> rusqlite::Result<T>,
    ) -> Result<T, DbError> {
        self.ensure_sound()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = work(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs `work` in one `BEGIN IMMEDIATE` transaction and commits only when it says so (its
    /// second value); otherwise everything it wrote is rolled back.
    pub fn write_if<T>(
        &mut self,
        work: impl FnOnce(&Transaction<'_>) -> rusqlite::Result<(T, bool)>,
    ) -> Result<T, DbError> {
        self.ensure_sound()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (value, commit) = work(&tx)?;
        if commit {
            tx.commit()?;
        } else {
            tx.rollback()?;
        }
        Ok(value)
    }

    /// Switches to the settings of a bulk import — a page cache of `cache_kib` KiB, and
    /// statement journals and temporary tables in memory instead of temporary files — and
    /// answers the settings it had, to put back with [`Db::end_bulk`].
    pub fn begin_bulk(&self, cache_kib: i64) -> Result<BulkSettings, DbError> {
        let before = BulkSettings {
            cache_size: self
                .conn
                .query_row("PRAGMA cache_size", [], |row| row.get(0))?,
            temp_store: self
                .conn
                .query_row("PRAGMA temp_store", [], |row| row.get(0))?,
        };
        self.conn
            .pragma_update(None, "cache_size", -cache_kib.abs())?;
        self.conn
            .pragma_update(None, "temp_store", TEMP_STORE_MEMORY)?;
        Ok(before)
    }

    /// Puts back the settings [`Db::begin_bulk`] answered.
    pub fn end_bulk(&self, before: BulkSettings) -> Result<(), DbError> {
        self.conn
            .pragma_update(None, "cache_size", before.cache_size)?;
        self.conn
            .pragma_update(None, "temp_store", before.temp_store)?;
        Ok(())
    }

    /// The connection, for read queries inside this module.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Whether the database holds no working data yet (no channels, posts, messages, mentions or people).
    pub fn is_empty(&self) -> Result<bool, DbError> {
        let count: i64 = self.conn.query_row(
            "SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM channels LIMIT 1))
                  + (SELECT COUNT(*) FROM (SELECT 1 FROM people LIMIT 1))
                  + (SELECT COUNT(*) FROM (SELECT 1 FROM mentions LIMIT 1))",
            [],
            |row| row.get(0),
        )?;
        Ok(count == 0)
    }

    /// Reads a free-form setting (response-time target, tone guide…).
    pub fn setting(&self, key: &str) -> Result<Option<String>, DbError> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()?)
    }
}

/// The connection settings a bulk import changes, as they were before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BulkSettings {
    cache_size: i64,
    temp_store: i64,
}

/// Encodes ids as a JSON array, to bind a whole id list as one parameter (`json_each(?)`).
pub(crate) fn ids_json(ids: &[i64]) -> String {
    let parts: Vec<String> = ids.iter().map(i64::to_string).collect();
    format!("[{}]", parts.join(","))
}

/// Puts rows fetched by id back in the order of `ids`.
pub(crate) fn in_id_order<R: crate::domain::rows::Row>(ids: &[i64], mut rows: Vec<R>) -> Vec<R> {
    let position: std::collections::HashMap<i64, usize> =
        ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    rows.sort_by_key(|row| position.get(&row.id()).copied().unwrap_or(usize::MAX));
    rows
}

#[cfg(test)]
mod open_tests;
#[cfg(test)]
mod tests;

#[cfg(test)]
mod audience_tests;
#[cfg(test)]
mod channel_tests;
#[cfg(test)]
mod dump_tests;
#[cfg(test)]
mod inbox_tests;
#[cfg(test)]
mod kpi_tests;
#[cfg(test)]
mod listening_tests;
#[cfg(test)]
mod mention_list_tests;
#[cfg(test)]
mod people_list_tests;
#[cfg(test)]
mod person_write_tests;
#[cfg(test)]
mod post_tests;
#[cfg(test)]
mod report_tests;
#[cfg(test)]
mod scores_tests;
#[cfg(test)]
mod search_tests;
#[cfg(test)]
mod sentiment_tests;
#[cfg(test)]
mod sql_tests;
#[cfg(test)]
mod triage_rules_tests;
#[cfg(test)]
mod undo_rows_tests;
