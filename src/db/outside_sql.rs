//! How outside text is read from and written to SQLite: as TEXT, unchanged (it is sanitized only
//! when shown).

use crate::text::Outside;
use rusqlite::types::{FromSql, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

impl FromSql for Outside {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Outside> {
        String::column_result(value).map(Outside::new)
    }
}

impl ToSql for Outside {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        self.raw().to_sql()
    }
}
