//! `cmdeck import messages FILE [--partial]`: runs the importer and words its report — a count of
//! what was added, or the refusal with one indented, sanitized line per problem.

use super::CommandError;
use crate::db::Db;
use crate::import::ImportError;
use crate::import::messages::{ImportReport, import_messages};
use crate::text::sanitize_line;
use std::path::Path;

/// The most problems listed one by one; the rest are counted.
pub const MAX_LISTED: usize = 100;

/// Imports the messages of `file`; all of it or nothing unless `partial`. Every message gets the
/// automatic sentiment and goes through the triage `rules` on the way in, as typed ones do.
pub fn messages(
    db: &mut Db,
    file: &Path,
    partial: bool,
    rules: &[crate::analytics::triage::TriageRule],
) -> Result<String, CommandError> {
    let channels = db.channels().map_err(CommandError::Database)?;
    let prepare = |message: &mut crate::db::seed::NewMessage| {
        crate::import::arrival::prepare(message, &channels, rules)
    };
    let report = import_messages(db, file, partial, &prepare).map_err(|error| match error {
        ImportError::Database(error) => CommandError::Database(error),
        other => CommandError::usage(other.to_string()),
    })?;
    let name = sanitize_line(&file.display().to_string());
    if !partial && !report.rejected.is_empty() {
        let rows = report.bad_rows();
        let mut lines = vec![format!(
            "{name} was not imported: {} (nothing was changed); add --partial to import the others",
            match rows {
                1 => "1 row is wrong".to_string(),
                n => format!("{n} rows are wrong"),
            }
        )];
        lines.extend(problem_lines(&report));
        return Err(CommandError::Usage(lines));
    }
    let mut out = format!(
        "Imported {} from {name}{}",
        plural(report.added, "message"),
        match report.duplicates {
            0 => String::new(),
            n => format!(" ({n} already there)"),
        }
    );
    if report.rejected.is_empty() {
        out.push_str(".\n");
    } else {
        out.push_str(&format!(
            "; {} left out:\n",
            match report.bad_rows() {
                1 => "1 row was".to_string(),
                n => format!("{n} rows were"),
            }
        ));
        for line in problem_lines(&report) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    Ok(out)
}

fn plural(count: usize, noun: &str) -> String {
    match count {
        1 => format!("1 {noun}"),
        n => format!("{n} {noun}s"),
    }
}

/// One indented line per problem (`  line 7: …`), sanitized, at most [`MAX_LISTED`] of them.
pub fn problem_lines(report: &ImportReport) -> Vec<String> {
    let place = report.format.place();
    let mut lines: Vec<String> = report
        .rejected
        .iter()
        .take(MAX_LISTED)
        .map(|error| {
            format!(
                "  {place} {}: {}",
                error.line,
                sanitize_line(&error.message)
            )
        })
        .collect();
    if report.rejected.len() > MAX_LISTED {
        lines.push(format!(
            "  … and {} more problems",
            report.rejected.len() - MAX_LISTED
        ));
    }
    lines
}
