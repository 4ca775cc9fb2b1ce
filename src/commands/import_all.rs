//! `cmdeck import all DIR`: a folder written by `cmdeck export` read back into an empty database,
//! every table in one transaction, so exporting the result gives the same files. It refuses a
//! database that holds data, a folder from another schema version, a missing or unknown file,
//! a wrong header and a bad row, each named with its file and line; then nothing is stored.

use super::CommandError;
use super::export_manifest::{self, Manifest};
use super::export_values::Cells;
use super::import_table_files::{read_csv, read_json};
use crate::cli::ExportFormat;
use crate::db::dump::Table;
use crate::db::restore::Orphan;
use crate::db::{Db, LATEST_VERSION};
use crate::text::sanitize_line;
use std::collections::BTreeMap;
use std::path::Path;

/// The most tables named when the database already holds data.
const MAX_NAMED: usize = 5;

/// `1 row`, `2 rows`.
pub(crate) fn rows_word(rows: i64, lang: crate::i18n::Lang) -> String {
    lang.text_with(
        "cli-rows",
        &[
            ("count", crate::i18n::Arg::Count(rows)),
            ("shown", crate::i18n::Arg::Text(&rows.to_string())),
        ],
    )
}

/// Reads the export in `dir` into the empty `db`, all of it or nothing.
pub fn all(db: &mut Db, dir: &Path, lang: crate::i18n::Lang) -> Result<String, CommandError> {
    use crate::i18n::Arg;
    let name = sanitize_line(&dir.display().to_string());
    let refused = |problems: Vec<String>| {
        let mut lines =
            vec![lang.text_with("cli-import-all-refused", &[("name", Arg::Text(&name))])];
        lines.extend(problems.into_iter().map(|p| format!("  {p}")));
        CommandError::Usage(lines)
    };
    let tables = db.data_tables()?;
    let held = db.tables_with_rows(&tables)?;
    if !held.is_empty() {
        let mut found: Vec<String> = held
            .iter()
            .take(MAX_NAMED)
            .map(|(table, rows)| format!("{table}: {}", rows_word(*rows, lang)))
            .collect();
        if held.len() > MAX_NAMED {
            let more = (held.len() - MAX_NAMED).to_string();
            found
                .push(lang.text_with("cli-import-all-more-tables", &[("shown", Arg::Text(&more))]));
        }
        return Err(CommandError::usage(lang.text_with(
            "cli-import-all-not-empty",
            &[("found", Arg::Text(&found.join(", ")))],
        )));
    }
    let manifest = read_manifest(dir).map_err(|why| refused(vec![why]))?;
    let format = check_folder(dir, &manifest, &tables).map_err(refused)?;
    let orphans = db.restore(|restorer| {
        for table in &tables {
            let file = dir.join(format!(
                "{}.{}",
                table.name,
                export_manifest::extension(format)
            ));
            let mut rows = 0u64;
            let mut into = restorer
                .table(table)
                .map_err(|error| CommandError::Database(error.into()))?;
            let mut insert = |line: u64, values: &[rusqlite::types::Value]| {
                rows += 1;
                into.insert(values).map_err(|error| {
                    sanitize_line(&format!(
                        "{}:{line}: the row was refused: {error}",
                        file.display()
                    ))
                })
            };
            match format {
                ExportFormat::Csv => read_csv(&file, table, Cells::Safe, &mut insert),
                ExportFormat::RawCsv => read_csv(&file, table, Cells::Raw, &mut insert),
                ExportFormat::Json => read_json(&file, table, &mut insert),
            }
            .map_err(|mistake| refused(vec![mistake]))?;
            let expected = manifest
                .tables
                .get(&table.name)
                .copied()
                .unwrap_or_default();
            if rows != expected {
                return Err(refused(vec![sanitize_line(&format!(
                    "{} holds {rows} rows but the manifest says {expected}: the file is incomplete",
                    file.display()
                ))]));
            }
        }
        Ok(())
    })?;
    if !orphans.is_empty() {
        return Err(refused(orphans.iter().map(orphan_line).collect()));
    }
    let total: u64 = manifest.tables.values().sum();
    Ok(format!(
        "{}\n",
        lang.text_with(
            "cli-import-all-done",
            &[
                ("tables", Arg::Text(&tables.len().to_string())),
                ("rows", Arg::Text(&total.to_string())),
                ("name", Arg::Text(&name)),
            ],
        )
    ))
}

/// The manifest of the export in `dir`, checked against this binary's schema version.
fn read_manifest(dir: &Path) -> Result<Manifest, String> {
    let file = dir.join(export_manifest::FILE);
    let shown = sanitize_line(&file.display().to_string());
    let text = std::fs::read_to_string(&file).map_err(|error| {
        format!(
            "cannot read {shown} ({error}): import all reads a folder written by `cmdeck export`"
        )
    })?;
    let manifest: Manifest = serde_json::from_str(&text)
        .map_err(|error| sanitize_line(&format!("{shown} is not an export manifest: {error}")))?;
    match manifest.schema_version {
        found if found > LATEST_VERSION => Err(format!(
            "the export was written by a newer cmdeck (schema version {found}; this one knows up to {LATEST_VERSION}): upgrade cmdeck to import it"
        )),
        found if found < LATEST_VERSION => Err(format!(
            "the export was written with schema version {found} and this cmdeck writes {LATEST_VERSION}: open that database with this cmdeck (it upgrades it) and export it again"
        )),
        _ => Ok(manifest),
    }
}

/// The format of the folder, or every file missing, unknown or out of place.
fn check_folder(
    dir: &Path,
    manifest: &Manifest,
    tables: &[Table],
) -> Result<ExportFormat, Vec<String>> {
    let format = export_manifest::format_named(&manifest.format).ok_or_else(|| {
        vec![sanitize_line(&format!(
            "the manifest names the format “{}”; it should be csv, raw-csv or json",
            manifest.format
        ))]
    })?;
    let extension = export_manifest::extension(format);
    let expected: BTreeMap<String, &Table> = tables
        .iter()
        .map(|table| (format!("{}.{extension}", table.name), table))
        .collect();
    let mut problems = Vec::new();
    for table in manifest.tables.keys() {
        if !tables.iter().any(|t| t.name == *table) {
            problems.push(sanitize_line(&format!(
                "the manifest lists a table “{table}” this schema does not have"
            )));
        }
    }
    let entries =
        std::fs::read_dir(dir).map_err(|error| vec![format!("cannot read the folder: {error}")])?;
    let mut present = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|error| vec![format!("cannot read the folder: {error}")])?;
        let file = entry.file_name().to_string_lossy().into_owned();
        if file == export_manifest::FILE || file.starts_with('.') {
            continue;
        }
        if expected.contains_key(&file) {
            present.push(file);
        } else {
            problems.push(sanitize_line(&format!(
                "unknown file {file}: a {} export holds one {extension} file per table and {}",
                manifest.format,
                export_manifest::FILE
            )));
        }
    }
    for (file, table) in &expected {
        if !present.contains(file) {
            problems.push(format!("missing file {file} (table {})", table.name));
        } else if !manifest.tables.contains_key(&table.name) {
            problems.push(format!("the manifest does not list table {}", table.name));
        }
    }
    problems.sort();
    if problems.is_empty() {
        Ok(format)
    } else {
        Err(problems)
    }
}

/// A row that refers to a missing one, in words.
fn orphan_line(orphan: &Orphan) -> String {
    let row = orphan
        .rowid
        .map_or_else(|| "a row".to_string(), |id| format!("the row with id {id}"));
    format!(
        "{row} of {} refers to a row of {} that the export does not hold",
        orphan.table, orphan.parent
    )
}
