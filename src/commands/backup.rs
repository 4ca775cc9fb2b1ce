//! `cmdeck check`, `cmdeck backup [--out FILE]`, `cmdeck backups` and `cmdeck restore FILE`: the
//! database file's health and its backups, in words (see [`crate::db::backup`] for how a backup is
//! written whole or not at all).

use crate::db::Db;
use crate::db::backup::{self, BackupFile};
use crate::db::health;
use std::path::Path;

/// How many problems `check` prints before it only counts the rest.
const SHOWN_PROBLEMS: usize = 20;

/// Checks `path` without writing to it: `Ok` with a sentence when it is sound, `Err` with what
/// was found (for exit code 1) when it is not.
pub fn check(path: &Path) -> Result<String, String> {
    if !path.exists() {
        return Err(format!(
            "{} does not exist; nothing to check",
            path.display()
        ));
    }
    let found = health::check_file(path);
    if found.is_sound() {
        return Ok(format!(
            "{} is sound: SQLite's integrity check and foreign key check found no problem.\n",
            path.display()
        ));
    }
    let total = found.integrity.len() + found.foreign_keys.len();
    let mut lines = vec![format!(
        "{} has {total} {} ({} from the integrity check, {} from the foreign key check):",
        path.display(),
        if total == 1 { "problem" } else { "problems" },
        found.integrity.len(),
        found.foreign_keys.len()
    )];
    let all: Vec<&String> = found.integrity.iter().chain(&found.foreign_keys).collect();
    lines.extend(
        all.iter()
            .take(SHOWN_PROBLEMS)
            .map(|line| format!("  {line}")),
    );
    if all.len() > SHOWN_PROBLEMS {
        lines.push(format!("  … and {} more", all.len() - SHOWN_PROBLEMS));
    }
    lines.push(match backup::list(path).into_iter().find(|b| b.check.is_ok()) {
        Some(good) => format!(
            "The newest good backup is {}: `cmdeck --db {} restore {}` puts it back (the damaged file is kept).",
            good.path.display(),
            path.display(),
            good.path.display()
        ),
        None => format!(
            "No good backup was found; `sqlite3 {} .recover` can save what is readable into a new file.",
            path.display()
        ),
    });
    Err(lines.join("\n"))
}

/// Copies the database to `out`, or to a new file in the backups folder beside it.
pub fn backup(db: &Db, path: &Path, out: Option<&Path>, stamp: &str) -> Result<String, String> {
    let target = match out {
        Some(out) if out.exists() => {
            return Err(format!(
                "{} already exists; choose another file with --out (nothing was written)",
                out.display()
            ));
        }
        Some(out) => out.to_path_buf(),
        None => {
            let folder = backup::rolling_dir(path);
            std::fs::create_dir_all(&folder)
                .map_err(|error| format!("could not create {}: {error}", folder.display()))?;
            let name = path
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default();
            folder.join(format!("{name}.{stamp}.bak"))
        }
    };
    let version = db.backup_to(&target).map_err(|error| error.to_string())?;
    let bytes = std::fs::metadata(&target)
        .map(|meta| meta.len())
        .unwrap_or(0);
    Ok(format!(
        "Backed up {} to {} ({}, schema version {version}, checked).\n",
        path.display(),
        target.display(),
        size(bytes)
    ))
}

/// Lists every backup of `path`, newest first, with date, size and check result.
pub fn list(path: &Path, clock: &crate::clock::Clock) -> String {
    let backups = backup::list(path);
    if backups.is_empty() {
        return format!(
            "No backups of {} yet: `cmdeck backup` takes one; the desk takes one a day into {}.\n",
            path.display(),
            backup::rolling_dir(path).display()
        );
    }
    let mut out = String::new();
    for found in &backups {
        out.push_str(&row(found, clock));
        out.push('\n');
    }
    out
}

fn row(found: &BackupFile, clock: &crate::clock::Clock) -> String {
    let when = found
        .written
        .map(|time| {
            let utc: chrono::DateTime<chrono::Utc> = time.into();
            clock.local(utc).format("%Y-%m-%d %H:%M").to_string()
        })
        .unwrap_or_else(|| "?".into());
    let verdict = match &found.check {
        Ok(version) => format!("good (schema {version})"),
        Err(problem) => format!("BAD: {problem}"),
    };
    crate::text::sanitize_line(&format!(
        "{when}  {:>9}  {verdict:<20}  {}",
        size(found.bytes),
        found.path.display()
    ))
}

fn size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["B", "KB", "MB", "GB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

/// Puts `from` in place of the database at `path`.
pub fn restore(path: &Path, from: &Path) -> Result<String, String> {
    let (version, kept) = backup::restore(path, from)?;
    Ok(match kept {
        Some(kept) => format!(
            "Restored {} from {} (schema version {version}); the file as it was is kept as {}.\n",
            path.display(),
            from.display(),
            kept.display()
        ),
        None => format!(
            "Restored {} from {} (schema version {version}).\n",
            path.display(),
            from.display()
        ),
    })
}
