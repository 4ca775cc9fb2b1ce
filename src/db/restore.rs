//! Loading every data table from an export in one transaction: foreign keys checked at the end,
//! triggers off while the rows go in, then put back and the derived full-text indexes rebuilt,
//! so the database holds exactly the rows given and behaves as the one they came from.

use super::dump::{Table, quoted};
use super::{Db, DbError};
use rusqlite::types::Value;
use rusqlite::{Transaction, TransactionBehavior};

/// The most references to missing rows an import reports.
const MAX_ORPHANS: i64 = 20;

/// Inserts the rows of an import, inside its transaction.
pub struct Restorer<'a> {
    tx: &'a Transaction<'a>,
}

impl<'a> Restorer<'a> {
    /// A restorer over any transaction, for tests that insert rows the way a restore does.
    #[cfg(test)]
    pub(crate) fn for_tests(tx: &'a Transaction<'a>) -> Restorer<'a> {
        Restorer { tx }
    }

    /// The insert of rows of `table`, prepared once for all of them.
    pub fn table(&self, table: &Table) -> rusqlite::Result<TableRows<'a>> {
        let columns: Vec<String> = table.columns.iter().map(|c| quoted(&c.name)).collect();
        let slots: Vec<String> = (1..=columns.len()).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "INSERT INTO {} ({}) VALUES ({})",
            quoted(&table.name),
            columns.join(", "),
            slots.join(", ")
        );
        Ok(TableRows {
            insert: self.tx.prepare(&sql)?,
        })
    }
}

/// Inserts rows into one table of a restore.
pub struct TableRows<'a> {
    insert: rusqlite::Statement<'a>,
}

impl TableRows<'_> {
    /// Inserts one row, its values in the table's column order.
    pub fn insert(&mut self, values: &[Value]) -> rusqlite::Result<()> {
        self.insert.execute(rusqlite::params_from_iter(values))?;
        Ok(())
    }
}

/// A row that refers to a row no table holds (found when every row is in).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Orphan {
    /// The table of the row that refers.
    pub table: String,
    /// That row's rowid, when it has one.
    pub rowid: Option<i64>,
    /// The table it refers to.
    pub parent: String,
}

impl Db {
    /// Runs `fill` (which inserts rows through the [`Restorer`]) in one `BEGIN IMMEDIATE`
    /// transaction with foreign keys checked at the end and every trigger off, then puts the
    /// triggers back and rebuilds every full-text index from its table. Commits only when `fill`
    /// succeeds and no row refers to a missing one; otherwise nothing is stored, and the rows
    /// that refer to missing ones (the first few) are answered.
    pub fn restore<E: From<DbError>>(
        &mut self,
        fill: impl FnOnce(&Restorer<'_>) -> Result<(), E>,
    ) -> Result<Vec<Orphan>, E> {
        let db = |error: rusqlite::Error| E::from(DbError::from(error));
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db)?;
        tx.execute_batch("PRAGMA defer_foreign_keys = ON")
            .map_err(db)?;
        let triggers = drop_triggers(&tx).map_err(db)?;
        fill(&Restorer { tx: &tx })?;
        for sql in &triggers {
            tx.execute_batch(sql).map_err(db)?;
        }
        rebuild_full_text(&tx).map_err(db)?;
        let orphans = orphans(&tx).map_err(db)?;
        if orphans.is_empty() {
            tx.commit().map_err(db)?;
        }
        Ok(orphans)
    }
}

/// Drops every trigger and answers the statements that create them again.
fn drop_triggers(tx: &Transaction<'_>) -> rusqlite::Result<Vec<String>> {
    let triggers: Vec<(String, String)> = tx
        .prepare(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND sql IS NOT NULL
             ORDER BY name",
        )?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (name, _) in &triggers {
        tx.execute_batch(&format!("DROP TRIGGER {}", quoted(name)))?;
    }
    Ok(triggers.into_iter().map(|(_, sql)| sql).collect())
}

/// Rebuilds every FTS5 index from the table it indexes.
fn rebuild_full_text(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    let indexes: Vec<String> = tx
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table'
             AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%' ORDER BY name",
        )?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for name in indexes {
        let name = quoted(&name);
        tx.execute_batch(&format!("INSERT INTO {name} ({name}) VALUES ('rebuild')"))?;
    }
    Ok(())
}

/// The first rows that refer to a row no table holds.
fn orphans(tx: &Transaction<'_>) -> rusqlite::Result<Vec<Orphan>> {
    tx.prepare("SELECT \"table\", rowid, parent FROM pragma_foreign_key_check LIMIT ?1")?
        .query_map([MAX_ORPHANS], |row| {
            Ok(Orphan {
                table: row.get(0)?,
                rowid: row.get(1)?,
                parent: row.get(2)?,
            })
        })?
        .collect()
}
