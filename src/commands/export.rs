//! `cmdeck export --format csv|json --out DIR`: every data table as one file each (see
//! [`crate::db::dump`] for which tables), rows in primary-key order, every value written so it
//! reads back identical (see [`super::export_values`]) and no text holds a character that would
//! act on a terminal when the file is printed (JSON escapes them as `\uXXXX`), then the manifest; each file streamed
//! and written atomically, so no data is locked in.

use super::CommandError;
use super::export_manifest::{self, Manifest};
use super::export_values::{Cells, csv_field, json_value};
use crate::cli::ExportFormat;
use crate::db::Db;
use crate::db::dump::{Column, Table};
use rusqlite::types::Value;
use serde::ser::{Serialize, SerializeMap, Serializer};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

/// Why a table file could not be written.
enum TableFailure {
    /// The file could not be written.
    Io(std::io::Error),
    /// The database failed, or a value cannot be written in the format.
    Refused(CommandError),
}

impl From<crate::db::DbError> for TableFailure {
    fn from(error: crate::db::DbError) -> TableFailure {
        TableFailure::Refused(error.into())
    }
}

impl From<std::io::Error> for TableFailure {
    fn from(error: std::io::Error) -> TableFailure {
        TableFailure::Io(error)
    }
}

/// Writes every data table into `dir`, then the manifest, and says how many rows went where.
pub fn tables(
    db: &Db,
    format: ExportFormat,
    dir: &Path,
    lang: crate::i18n::Lang,
) -> Result<String, CommandError> {
    use crate::i18n::Arg;
    let tables = db.data_tables()?;
    let extension = export_manifest::extension(format);
    let mut counts = BTreeMap::new();
    let mut lines = Vec::new();
    for table in &tables {
        let file = dir.join(format!("{}.{extension}", table.name));
        let mut refused = None;
        let mut rows = 0;
        let written =
            crate::files::write_with(&file, |out| match write_table(db, table, format, out) {
                Ok(count) => {
                    rows = count;
                    Ok(())
                }
                Err(TableFailure::Io(error)) => Err(error),
                Err(TableFailure::Refused(error)) => {
                    let why = std::io::Error::other(error.to_string());
                    refused = Some(error);
                    Err(why)
                }
            });
        if let Some(error) = refused {
            return Err(error);
        }
        written?;
        counts.insert(table.name.clone(), rows);
        lines.push(format!(
            "  {}.{extension}: {}",
            table.name,
            super::import_all::rows_word(i64::try_from(rows).unwrap_or(i64::MAX), lang)
        ));
    }
    let manifest = Manifest {
        format: export_manifest::name(format).into(),
        schema_version: db.schema_version()?,
        tables: counts,
    };
    let text = manifest.to_text().map_err(|error| {
        CommandError::usage(lang.text_with(
            "cli-export-manifest-unwritable",
            &[("why", Arg::Text(&error.to_string()))],
        ))
    })?;
    crate::files::write_atomically(&dir.join(export_manifest::FILE), text.as_bytes())?;
    let total: u64 = manifest.tables.values().sum();
    let head = lang.text_with(
        "cli-export-done",
        &[
            ("tables", Arg::Text(&tables.len().to_string())),
            ("rows", Arg::Text(&total.to_string())),
            ("dir", Arg::Text(&dir.display().to_string())),
        ],
    );
    let manifest_line = lang.text_with(
        "cli-export-manifest-line",
        &[("file", Arg::Text(export_manifest::FILE))],
    );
    Ok(format!("{head}\n{}\n  {manifest_line}\n", lines.join("\n")))
}

/// Streams one table into `out` and answers how many rows it wrote.
fn write_table(
    db: &Db,
    table: &Table,
    format: ExportFormat,
    out: &mut dyn Write,
) -> Result<u64, TableFailure> {
    let mut rows = 0;
    match format {
        ExportFormat::Csv | ExportFormat::RawCsv => {
            let cells = if format == ExportFormat::Csv {
                Cells::Safe
            } else {
                Cells::Raw
            };
            let mut csv = csv::Writer::from_writer(out);
            csv.write_record(table.columns.iter().map(|c| &c.name))
                .map_err(std::io::Error::from)?;
            db.each_row(table, |values| {
                rows += 1;
                csv.write_record(values.iter().map(|value| csv_field(value, cells)))
                    .map_err(|error| TableFailure::Io(error.into()))
            })?;
            csv.flush()?;
        }
        ExportFormat::Json => {
            out.write_all(b"[")?;
            db.each_row(table, |values| {
                rows += 1;
                let row = JsonRow::new(table, values, rows)?;
                out.write_all(if rows == 1 { b"\n" } else { b",\n" })?;
                super::format::write_json(&mut *out, &row).map_err(std::io::Error::from)?;
                Ok::<(), TableFailure>(())
            })?;
            out.write_all(b"\n]\n")?;
        }
    }
    Ok(rows)
}

/// One row as a JSON object, its keys in the table's column order.
struct JsonRow<'a> {
    columns: &'a [Column],
    values: Vec<serde_json::Value>,
}

impl<'a> JsonRow<'a> {
    /// The object of row number `number` of `table`, or why JSON cannot hold one of its values.
    fn new(table: &'a Table, values: &[Value], number: u64) -> Result<JsonRow<'a>, TableFailure> {
        let values = table
            .columns
            .iter()
            .zip(values)
            .map(|(column, value)| {
                json_value(value).map_err(|why| {
                    TableFailure::Refused(CommandError::usage(format!(
                        "{}: row {number}, column “{}”: {why}",
                        table.name, column.name
                    )))
                })
            })
            .collect::<Result<_, _>>()?;
        Ok(JsonRow {
            columns: &table.columns,
            values,
        })
    }
}

impl Serialize for JsonRow<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.columns.len()))?;
        for (column, value) in self.columns.iter().zip(&self.values) {
            map.serialize_entry(&column.name, value)?;
        }
        map.end()
    }
}
