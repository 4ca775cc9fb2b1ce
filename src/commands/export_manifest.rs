//! The manifest `cmdeck export` writes beside the table files, `cmdeck-export.json`: the format,
//! the schema version and how many rows each table file holds, so `cmdeck import all` knows how to
//! read the folder and refuses one it cannot read back exactly.

use crate::cli::ExportFormat;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The manifest's file name in an export folder.
pub const FILE: &str = "cmdeck-export.json";

/// What the manifest says about its export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// `csv`, `raw-csv` or `json`: how every table file is written.
    pub format: String,
    /// The schema version (`PRAGMA user_version`) of the database exported.
    pub schema_version: i64,
    /// Every table exported, by name, with the number of rows its file holds.
    pub tables: BTreeMap<String, u64>,
}

/// The extension of the table files of `format`.
pub fn extension(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Csv | ExportFormat::RawCsv => "csv",
        ExportFormat::Json => "json",
    }
}

/// The name of `format` in the manifest (`raw-csv` tells import all to take texts as they are).
pub fn name(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Csv => "csv",
        ExportFormat::Json => "json",
        ExportFormat::RawCsv => "raw-csv",
    }
}

/// The format named `name` in a manifest.
pub fn format_named(text: &str) -> Option<ExportFormat> {
    [ExportFormat::Csv, ExportFormat::Json, ExportFormat::RawCsv]
        .into_iter()
        .find(|format| name(*format) == text)
}

impl Manifest {
    /// The manifest as written: indented JSON, tables by name, ending with a line break.
    pub fn to_text(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self).map(|text| text + "\n")
    }
}
