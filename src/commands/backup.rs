//! `cmdeck check`, `cmdeck backup [--out FILE]`, `cmdeck backups` and `cmdeck restore FILE`: the
//! database file's health and its backups, in words (see [`crate::db::backup`] for how a backup is
//! written whole or not at all).

use crate::db::Db;
use crate::db::backup::{self, BackupFile};
use crate::db::health;
use crate::i18n::{Arg, Lang};
use std::path::Path;

/// How many problems `check` prints before it only counts the rest.
const SHOWN_PROBLEMS: usize = 20;

/// Checks `path` without writing to it: `Ok` with a sentence when it is sound, `Err` with what
/// was found (for exit code 1) when it is not.
pub fn check(path: &Path, lang: Lang) -> Result<String, String> {
    let file = path.display().to_string();
    if !path.exists() {
        return Err(lang.text_with("cli-check-missing", &[("file", Arg::Text(&file))]));
    }
    let found = health::check_file(path);
    if found.is_sound() {
        return Ok(format!(
            "{}\n",
            lang.text_with("cli-check-sound", &[("file", Arg::Text(&file))])
        ));
    }
    let total = found.integrity.len() + found.foreign_keys.len();
    let mut lines = vec![lang.text_with(
        "cli-check-problems",
        &[
            ("file", Arg::Text(&file)),
            (
                "count",
                Arg::Count(i64::try_from(total).unwrap_or(i64::MAX)),
            ),
            ("shown", Arg::Text(&total.to_string())),
            ("integrity", Arg::Text(&found.integrity.len().to_string())),
            ("keys", Arg::Text(&found.foreign_keys.len().to_string())),
        ],
    )];
    let all: Vec<&String> = found.integrity.iter().chain(&found.foreign_keys).collect();
    lines.extend(
        all.iter()
            .take(SHOWN_PROBLEMS)
            .map(|line| format!("  {line}")),
    );
    if all.len() > SHOWN_PROBLEMS {
        let more = (all.len() - SHOWN_PROBLEMS).to_string();
        lines.push(format!(
            "  {}",
            lang.text_with("cli-check-more", &[("shown", Arg::Text(&more))])
        ));
    }
    lines.push(
        match backup::list(path).into_iter().find(|b| b.check.is_ok()) {
            Some(good) => lang.text_with(
                "cli-check-newest-good-backup",
                &[
                    ("backup", Arg::Text(&good.path.display().to_string())),
                    ("file", Arg::Text(&file)),
                ],
            ),
            None => lang.text_with("cli-check-no-good-backup", &[("file", Arg::Text(&file))]),
        },
    );
    Err(lines.join("\n"))
}

/// Copies the database to `out`, or to a new file in the backups folder beside it.
pub fn backup(
    db: &Db,
    path: &Path,
    out: Option<&Path>,
    stamp: &str,
    lang: Lang,
) -> Result<String, String> {
    let target = match out {
        Some(out) if out.exists() => {
            return Err(lang.text_with(
                "cli-backup-exists",
                &[("file", Arg::Text(&out.display().to_string()))],
            ));
        }
        Some(out) => out.to_path_buf(),
        None => {
            let folder = backup::rolling_dir(path);
            std::fs::create_dir_all(&folder).map_err(|error| {
                lang.text_with(
                    "cli-could-not-create",
                    &[
                        ("folder", Arg::Text(&folder.display().to_string())),
                        ("why", Arg::Text(&error.to_string())),
                    ],
                )
            })?;
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
        "{}\n",
        lang.text_with(
            "cli-backup-done",
            &[
                ("file", Arg::Text(&path.display().to_string())),
                ("target", Arg::Text(&target.display().to_string())),
                ("size", Arg::Text(&size(bytes, lang))),
                ("version", Arg::Text(&version.to_string())),
            ],
        )
    ))
}

/// Lists every backup of `path`, newest first, with date, size and check result.
pub fn list(path: &Path, clock: &crate::clock::Clock, lang: Lang) -> String {
    let backups = backup::list(path);
    if backups.is_empty() {
        return format!(
            "{}\n",
            lang.text_with(
                "cli-backups-none",
                &[
                    ("file", Arg::Text(&path.display().to_string())),
                    (
                        "folder",
                        Arg::Text(&backup::rolling_dir(path).display().to_string()),
                    ),
                ],
            )
        );
    }
    let mut out = String::new();
    for found in &backups {
        out.push_str(&row(found, clock, lang));
        out.push('\n');
    }
    out
}

fn row(found: &BackupFile, clock: &crate::clock::Clock, lang: Lang) -> String {
    let when = found
        .written
        .map(|time| {
            let utc: chrono::DateTime<chrono::Utc> = time.into();
            clock.local(utc).format("%Y-%m-%d %H:%M").to_string()
        })
        .unwrap_or_else(|| "?".into());
    let verdict = match &found.check {
        Ok(version) => lang.text_with(
            "cli-backups-good",
            &[("version", Arg::Text(&version.to_string()))],
        ),
        Err(problem) => lang.text_with("cli-backups-bad", &[("why", Arg::Text(problem))]),
    };
    crate::text::sanitize_line(&format!(
        "{when}  {:>9}  {verdict:<20}  {}",
        size(found.bytes, lang),
        found.path.display()
    ))
}

fn size(bytes: u64, lang: Lang) -> String {
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
        let shown = match lang {
            Lang::En => format!("{value:.1}"),
            Lang::Es => crate::i18n::decimal(lang, value, 1),
        };
        format!("{shown} {}", UNITS[unit])
    }
}

/// Puts `from` in place of the database at `path`.
pub fn restore(path: &Path, from: &Path, lang: Lang) -> Result<String, String> {
    let (version, kept) = backup::restore(path, from)?;
    let file = path.display().to_string();
    let from = from.display().to_string();
    let version = version.to_string();
    let said = match kept {
        Some(kept) => lang.text_with(
            "cli-restore-done-kept",
            &[
                ("file", Arg::Text(&file)),
                ("from", Arg::Text(&from)),
                ("version", Arg::Text(&version)),
                ("kept", Arg::Text(&kept.display().to_string())),
            ],
        ),
        None => lang.text_with(
            "cli-restore-done",
            &[
                ("file", Arg::Text(&file)),
                ("from", Arg::Text(&from)),
                ("version", Arg::Text(&version)),
            ],
        ),
    };
    Ok(format!("{said}\n"))
}
