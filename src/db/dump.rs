//! The tables that hold data, read from the schema itself, and their rows in primary-key order:
//! what `cmdeck export` writes and `cmdeck import all` reads back (see [`super::restore`]).
//!
//! A table added by a later migration is found here with no code change, so these are the only
//! statements under `db/` built at run time: from identifiers read out of `sqlite_schema`
//! (never from a file or a user), each quoted; values are always bound or read, never spliced.

use super::Db;
use rusqlite::types::Value;

/// How SQLite converts a value stored in a column, from the column's declared type (the rules of
/// <https://sqlite.org/datatype3.html#determination_of_column_affinity>).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Affinity {
    /// Declared with `INT` in its type: numbers that fit are stored as integers.
    Integer,
    /// Declared `TEXT`, `CHAR` or `CLOB`: numbers are stored as text.
    Text,
    /// Declared `BLOB` or with no type: values are stored as given.
    Blob,
    /// Declared `REAL`, `FLOA` or `DOUB`: numbers are stored as reals.
    Real,
    /// Any other declared type: numbers are stored as integers when lossless, else as reals.
    Numeric,
}

impl Affinity {
    /// The affinity of a column declared with type `declared`.
    pub fn of(declared: &str) -> Affinity {
        let upper = declared.to_ascii_uppercase();
        if upper.contains("INT") {
            Affinity::Integer
        } else if ["CHAR", "CLOB", "TEXT"].iter().any(|t| upper.contains(t)) {
            Affinity::Text
        } else if upper.contains("BLOB") || upper.trim().is_empty() {
            Affinity::Blob
        } else if ["REAL", "FLOA", "DOUB"].iter().any(|t| upper.contains(t)) {
            Affinity::Real
        } else {
            Affinity::Numeric
        }
    }
}

/// One column of a data table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// Its name, as in the schema.
    pub name: String,
    /// How SQLite converts what is stored in it.
    pub affinity: Affinity,
}

/// A table that holds data, with its columns in schema order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Its name, as in the schema.
    pub name: String,
    /// Its columns (generated and hidden ones left out: they are computed, not stored).
    pub columns: Vec<Column>,
    /// The names of its primary-key columns in key order (empty: ordered by rowid).
    pub primary_key: Vec<String>,
}

/// Quotes an identifier read from the schema for use in a statement.
pub(crate) fn quoted(identifier: &str) -> String {
    format!("\"{}\"", identifier.replace('"', "\"\""))
}

impl Db {
    /// Every table that holds data, by name: the ordinary tables of the main schema. Left out are
    /// SQLite's own tables (`sqlite_*`), virtual tables (the full-text index) and their shadow
    /// tables, which are derived from the others and rebuilt after an import.
    pub fn data_tables(&self) -> Result<Vec<Table>, super::DbError> {
        let names: Vec<String> = {
            let mut stmt = self.conn().prepare(
                "SELECT name FROM pragma_table_list
                 WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
                 ORDER BY name",
            )?;
            stmt.query_map([], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?
        };
        let mut stmt = self
            .conn()
            .prepare("SELECT name, type, pk FROM pragma_table_info(?1) ORDER BY cid")?;
        let mut tables = Vec::with_capacity(names.len());
        for name in names {
            let mut columns = Vec::new();
            let mut keys: Vec<(i64, String)> = Vec::new();
            let mut rows = stmt.query([&name])?;
            while let Some(row) = rows.next()? {
                let column: String = row.get(0)?;
                let declared: String = row.get(1)?;
                let pk: i64 = row.get(2)?;
                if pk > 0 {
                    keys.push((pk, column.clone()));
                }
                columns.push(Column {
                    name: column,
                    affinity: Affinity::of(&declared),
                });
            }
            keys.sort();
            tables.push(Table {
                name,
                columns,
                primary_key: keys.into_iter().map(|(_, column)| column).collect(),
            });
        }
        Ok(tables)
    }

    /// Calls `each` with every row of `table` in primary-key order (rowid order without one),
    /// its values in column order; stops at the first error `each` answers.
    pub fn each_row<E: From<super::DbError>>(
        &self,
        table: &Table,
        mut each: impl FnMut(&[Value]) -> Result<(), E>,
    ) -> Result<(), E> {
        let columns: Vec<String> = table.columns.iter().map(|c| quoted(&c.name)).collect();
        let order = if table.primary_key.is_empty() {
            "rowid".to_string()
        } else {
            let keys: Vec<String> = table.primary_key.iter().map(|k| quoted(k)).collect();
            keys.join(", ")
        };
        let sql = format!(
            "SELECT {} FROM {} ORDER BY {order}",
            columns.join(", "),
            quoted(&table.name)
        );
        let failed = |error: rusqlite::Error| E::from(super::DbError::from(error));
        let mut stmt = self.conn().prepare(&sql).map_err(failed)?;
        let mut rows = stmt.query([]).map_err(failed)?;
        let mut values = Vec::with_capacity(columns.len());
        while let Some(row) = rows.next().map_err(failed)? {
            values.clear();
            for i in 0..columns.len() {
                values.push(row.get::<_, Value>(i).map_err(failed)?);
            }
            each(&values)?;
        }
        Ok(())
    }

    /// How many rows each table of `tables` holds, for the tables that hold any.
    pub fn tables_with_rows(&self, tables: &[Table]) -> Result<Vec<(String, i64)>, super::DbError> {
        let mut found = Vec::new();
        for table in tables {
            let count: i64 = self.conn().query_row(
                &format!("SELECT COUNT(*) FROM {}", quoted(&table.name)),
                [],
                |row| row.get(0),
            )?;
            if count > 0 {
                found.push((table.name.clone(), count));
            }
        }
        Ok(found)
    }
}
