//! `cmdeck export --format csv|json --out DIR`: every table of the database as one file each,
//! streamed row by row and written atomically, so no data is locked in.

use super::CommandError;
use crate::cli::ExportFormat;
use crate::db::Db;
use rusqlite::types::ValueRef;
use std::io::Write;
use std::path::Path;

/// Writes every table into `dir` and says how many rows went where.
pub fn tables(db: &Db, format: ExportFormat, dir: &Path) -> Result<String, CommandError> {
    let names: Vec<String> = {
        let mut stmt = db
            .conn()
            .prepare(
                // Ordinary tables only: not the full-text index and its shadow tables, which are
                // rebuilt from the mentions.
                "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
             AND name NOT LIKE 'sqlite_%' ORDER BY name",
            )
            .map_err(crate::db::DbError::from)?;
        stmt.query_map([], |row| row.get(0))
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(crate::db::DbError::from)?
    };
    let extension = match format {
        ExportFormat::Csv => "csv",
        ExportFormat::Json => "json",
    };
    let mut lines = Vec::new();
    let mut total = 0;
    for name in &names {
        let file = dir.join(format!("{name}.{extension}"));
        let mut rows = 0usize;
        let mut failure: Option<rusqlite::Error> = None;
        crate::files::write_with(&file, |out| {
            match write_table(db, name, format, out, &mut rows) {
                Ok(result) => result,
                Err(error) => {
                    failure = Some(error);
                    Ok(())
                }
            }
        })?;
        if let Some(error) = failure {
            let _ = std::fs::remove_file(&file);
            return Err(crate::db::DbError::from(error).into());
        }
        total += rows;
        lines.push(format!("  {name}.{extension}: {rows} rows"));
    }
    Ok(format!(
        "Exported {} tables ({total} rows) to {}:\n{}\n",
        names.len(),
        dir.display(),
        lines.join("\n")
    ))
}

/// Streams one table; the outer error is the database's, the inner one the file's.
fn write_table(
    db: &Db,
    table: &str,
    format: ExportFormat,
    out: &mut dyn Write,
    rows: &mut usize,
) -> rusqlite::Result<std::io::Result<()>> {
    let mut stmt = db
        .conn()
        .prepare(&format!("SELECT * FROM \"{table}\" ORDER BY rowid"))?;
    let columns: Vec<String> = stmt.column_names().map(str::to_string).collect();
    let mut query = stmt.query([])?;
    match format {
        ExportFormat::Csv => {
            let mut csv = csv::Writer::from_writer(out);
            if let Err(error) = csv.write_record(&columns) {
                return Ok(Err(error.into()));
            }
            while let Some(row) = query.next()? {
                let mut record = Vec::with_capacity(columns.len());
                for i in 0..columns.len() {
                    record.push(match row.get_ref(i)? {
                        ValueRef::Null => String::new(),
                        ValueRef::Integer(n) => n.to_string(),
                        ValueRef::Real(x) => x.to_string(),
                        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                        ValueRef::Blob(b) => b.iter().map(|byte| format!("{byte:02x}")).collect(),
                    });
                }
                if let Err(error) = csv.write_record(&record) {
                    return Ok(Err(error.into()));
                }
                *rows += 1;
            }
            Ok(csv.flush())
        }
        ExportFormat::Json => {
            let mut first = true;
            if let Err(error) = out.write_all(b"[") {
                return Ok(Err(error));
            }
            while let Some(row) = query.next()? {
                let mut object = serde_json::Map::new();
                for (i, column) in columns.iter().enumerate() {
                    let value = match row.get_ref(i)? {
                        ValueRef::Null => serde_json::Value::Null,
                        ValueRef::Integer(n) => n.into(),
                        ValueRef::Real(x) => serde_json::Number::from_f64(x)
                            .map_or(serde_json::Value::Null, Into::into),
                        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned().into(),
                        ValueRef::Blob(b) => b
                            .iter()
                            .map(|byte| format!("{byte:02x}"))
                            .collect::<String>()
                            .into(),
                    };
                    object.insert(column.clone(), value);
                }
                let separator: &[u8] = if first { b"\n" } else { b",\n" };
                first = false;
                let written = out.write_all(separator).and_then(|()| {
                    serde_json::to_writer(&mut *out, &object).map_err(std::io::Error::from)
                });
                if let Err(error) = written {
                    return Ok(Err(error));
                }
                *rows += 1;
            }
            Ok(out.write_all(b"\n]\n"))
        }
    }
}
