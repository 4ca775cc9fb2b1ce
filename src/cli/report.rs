//! The arguments of `cmdeck report` and `cmdeck export`.

use clap::{Args, ValueEnum};
use std::path::PathBuf;

/// `cmdeck report`: which period, and where to write it.
#[derive(Debug, Clone, Args)]
pub struct ReportArgs {
    /// The ISO week, such as 2026-W47 (default: this week).
    #[arg(long, value_name = "YYYY-Www", conflicts_with_all = ["from", "to"])]
    pub week: Option<String>,
    /// First day of a period (with --to), such as 2026-10-01.
    #[arg(long, value_name = "DATE", requires = "to")]
    pub from: Option<String>,
    /// Last day of a period (with --from).
    #[arg(long, value_name = "DATE", requires = "from")]
    pub to: Option<String>,
    /// The file to write (default: the report folder, named after the period).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// What to write: Markdown with its charts in a folder beside it, or one HTML file.
    #[arg(long, value_enum, default_value_t = ReportFormat::Markdown)]
    pub format: ReportFormat,
}

/// The forms `cmdeck report` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// GitHub-flavoured Markdown linking its SVG charts, written in a folder beside it.
    Markdown,
    /// One self-contained HTML file, its charts drawn inline, to attach to or paste in a mail.
    Html,
}

/// `cmdeck export`: every table, as CSV or JSON files, and a manifest.
#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    /// The file format.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// The folder to write one file per table into (created when missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

/// The formats `cmdeck export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One CSV file per table, with a header row; texts a spreadsheet would run as formulas get
    /// a leading `'`, and characters unsafe for a terminal are escaped (both undone by import all).
    Csv,
    /// One JSON file per table: an array of objects.
    Json,
    /// CSV with every text exactly as stored, for scripts: no `'` before formulas, no escapes.
    RawCsv,
}
