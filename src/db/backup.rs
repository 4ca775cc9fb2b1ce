//! Backups of the database file: the one taken before an upgrade (`FILE.vN.bak`), the rolling
//! daily ones (`backups/` beside the file, seven kept), and a copy on demand. Every backup is
//! written under a temporary name, switched out of WAL mode, checked with `quick_check` and
//! synced, and only then renamed into place: a backup under its final name is always whole.
//! Restoring works the same way in the other direction.

use super::health;
use super::{APPLICATION_ID, Db, DbError};
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// How many rolling backups are kept in the `backups` folder.
pub const ROLLING_KEPT: usize = 7;

/// How old the newest rolling backup may be before the next one is taken.
const ROLLING_EVERY: std::time::Duration = std::time::Duration::from_secs(24 * 60 * 60);

/// One backup found beside the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupFile {
    /// Where it is.
    pub path: PathBuf,
    /// When it was written (the file's modification time).
    pub written: Option<SystemTime>,
    /// Its size in bytes.
    pub bytes: u64,
    /// What `quick_check` and the header say of it: `Ok(version)` or the problem.
    pub check: Result<i64, String>,
}

/// The folder of rolling backups of `db`: `backups/` beside it.
pub fn rolling_dir(db: &Path) -> PathBuf {
    db.parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
        .join("backups")
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The temporary name a backup is written under before it is checked and renamed to `target`.
fn temporary(target: &Path) -> PathBuf {
    PathBuf::from(format!("{}.partial", target.display()))
}

/// Removes a file and the `-wal`, `-shm` and `-journal` files SQLite may have left beside it.
fn remove_with_side_files(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

/// Copies the open database `conn` to `target` whole or not at all: written to a temporary name
/// with the online backup API, put in rollback-journal mode (so it opens with no `-wal` or `-shm`
/// beside it), checked, synced, then renamed. Answers the schema version of the copy.
pub(crate) fn copy_to(conn: &Connection, target: &Path) -> Result<i64, String> {
    let partial = temporary(target);
    remove_with_side_files(&partial);
    let written = (|| {
        conn.backup(rusqlite::MAIN_DB, &partial, rusqlite::backup::NO_PROGRESS)
            .map_err(|error| error.to_string())?;
        {
            let copy = Connection::open(&partial).map_err(|error| error.to_string())?;
            copy.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))
                .map_err(|error| error.to_string())?;
        }
        remove_side_files(&partial);
        let version = verify(&partial)?;
        std::fs::File::open(&partial)
            .and_then(|file| file.sync_all())
            .map_err(|error| error.to_string())?;
        std::fs::rename(&partial, target).map_err(|error| error.to_string())?;
        if let Some(folder) = target
            .parent()
            .filter(|folder| !folder.as_os_str().is_empty())
        {
            let _ = std::fs::File::open(folder).and_then(|dir| dir.sync_all());
        }
        Ok(version)
    })();
    if written.is_err() {
        remove_with_side_files(&partial);
    }
    written
}

/// Removes only the side files of `path` (after its last connection closed).
fn remove_side_files(path: &Path) {
    for suffix in ["-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

/// Checks a backup: it passes `quick_check` and is a cmdeck file; answers its schema version.
pub fn verify(path: &Path) -> Result<i64, String> {
    health::quick_check(path)?;
    cmdeck_version(path)
}

/// Checks a backup before it is restored: the full `integrity_check` (which also finds an index
/// that no longer matches its table) and that it is a cmdeck file; answers its schema version.
pub fn verify_fully(path: &Path) -> Result<i64, String> {
    let found = health::check_file(path);
    if let Some(first) = found.integrity.first().or(found.foreign_keys.first()) {
        return Err(first.clone());
    }
    cmdeck_version(path)
}

/// The schema version of a cmdeck file, or that it is not one.
fn cmdeck_version(path: &Path) -> Result<i64, String> {
    let conn = health::read_only(path).map_err(|error| error.to_string())?;
    let (application_id, version): (i32, i64) = conn
        .query_row(
            "SELECT (SELECT application_id FROM pragma_application_id),
                    (SELECT user_version FROM pragma_user_version)",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .map_err(|error| error.to_string())?;
    if application_id != APPLICATION_ID || version <= 0 {
        return Err("it is not a cmdeck database".into());
    }
    Ok(version)
}

/// Takes the backup before an upgrade from schema `version`: `<file>.v<version>.bak`, numbered
/// when a good one of that name is already there.
pub(crate) fn before_upgrade(
    conn: &Connection,
    path: &Path,
    version: i64,
) -> Result<PathBuf, DbError> {
    let target = upgrade_backup_path(path, version);
    let copied = copy_to(conn, &target).map_err(|reason| DbError::Backup {
        path: path.to_path_buf(),
        reason,
    })?;
    if copied != version {
        return Err(DbError::BackupNotVerified {
            path: path.to_path_buf(),
            copy: target,
        });
    }
    Ok(target)
}

/// Where the backup of schema `version` goes: `<file>.v<version>.bak`, numbered if one exists.
pub(crate) fn upgrade_backup_path(path: &Path, version: i64) -> PathBuf {
    let base = path.as_os_str().to_string_lossy();
    let first = PathBuf::from(format!("{base}.v{version}.bak"));
    if !first.exists() {
        return first;
    }
    (2..)
        .map(|n| PathBuf::from(format!("{base}.v{version}.{n}.bak")))
        .find(|candidate| !candidate.exists())
        .unwrap_or(first)
}

/// Every backup of `db`: the upgrade backups beside it and the rolling ones, newest first, each
/// checked.
pub fn list(db: &Path) -> Vec<BackupFile> {
    let name = file_name(db);
    let beside = db
        .parent()
        .map(Path::to_path_buf)
        .filter(|folder| !folder.as_os_str().is_empty())
        .unwrap_or_else(|| PathBuf::from("."));
    let prefix = format!("{name}.");
    let mut found: Vec<PathBuf> = Vec::new();
    for folder in [beside, rolling_dir(db)] {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let entry_name = entry.file_name().to_string_lossy().into_owned();
            if entry_name.starts_with(&prefix) && entry_name.ends_with(".bak") {
                found.push(entry.path());
            }
        }
    }
    let mut backups: Vec<BackupFile> = found
        .into_iter()
        .map(|path| {
            let meta = std::fs::metadata(&path).ok();
            BackupFile {
                written: meta.as_ref().and_then(|meta| meta.modified().ok()),
                bytes: meta.map(|meta| meta.len()).unwrap_or(0),
                check: verify(&path),
                path,
            }
        })
        .collect();
    backups.sort_by(|a, b| b.written.cmp(&a.written).then(b.path.cmp(&a.path)));
    backups
}

/// The newest backup of `db` that passes the check.
pub(crate) fn newest_good(db: &Path) -> Option<PathBuf> {
    list(db)
        .into_iter()
        .find(|backup| backup.check.is_ok())
        .map(|backup| backup.path)
}

impl Db {
    /// Copies the database to `target` whole or not at all (see [`copy_to`]); answers its schema
    /// version.
    pub fn backup_to(&self, target: &Path) -> Result<i64, DbError> {
        self.ensure_sound()?;
        copy_to(&self.conn, target).map_err(|reason| DbError::Backup {
            path: target.to_path_buf(),
            reason,
        })
    }

    /// Takes today's rolling backup into `backups/` beside the file when the newest there is more
    /// than a day old, and keeps the newest [`ROLLING_KEPT`]; answers the new backup, if one was
    /// taken. `stamp` names it (`FILE.2026-12-02.bak`).
    pub fn rolling_backup(&self, db: &Path, stamp: &str) -> Result<Option<PathBuf>, DbError> {
        let folder = rolling_dir(db);
        let name = file_name(db);
        let mut kept = rolling_of(&folder, &name);
        let fresh = kept
            .first()
            .and_then(|(_, written)| written.elapsed().ok())
            .is_some_and(|age| age < ROLLING_EVERY);
        if fresh {
            return Ok(None);
        }
        std::fs::create_dir_all(&folder).map_err(|error| DbError::Backup {
            path: folder.clone(),
            reason: error.to_string(),
        })?;
        let target = folder.join(format!("{name}.{stamp}.bak"));
        self.backup_to(&target)?;
        kept = rolling_of(&folder, &name);
        for (old, _) in kept.iter().skip(ROLLING_KEPT) {
            remove_with_side_files(old);
        }
        Ok(Some(target))
    }
}

/// The rolling backups of the file named `name` in `folder`, newest first.
fn rolling_of(folder: &Path, name: &str) -> Vec<(PathBuf, SystemTime)> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let prefix = format!("{name}.");
    let mut found: Vec<(PathBuf, SystemTime)> = entries
        .flatten()
        .filter(|entry| {
            let entry_name = entry.file_name().to_string_lossy().into_owned();
            entry_name.starts_with(&prefix) && entry_name.ends_with(".bak")
        })
        .filter_map(|entry| {
            let written = entry.metadata().ok()?.modified().ok()?;
            Some((entry.path(), written))
        })
        .collect();
    found.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
    found
}

/// Puts the backup `from` in place of the database `db`: refuses a backup that fails the check;
/// keeps the current file (when there is one and it can be read) as `FILE.before-restore.bak`
/// first; writes the restored copy under a temporary name, checks it, and renames it over the
/// file. Answers the schema version restored and where the old file was kept.
pub fn restore(db: &Path, from: &Path) -> Result<(i64, Option<PathBuf>), String> {
    let version = verify_fully(from).map_err(|reason| {
        format!(
            "{} cannot be restored: {reason}; nothing was changed",
            from.display()
        )
    })?;
    let mut kept = None;
    if std::fs::metadata(db).is_ok_and(|meta| meta.len() > 0) {
        let aside = PathBuf::from(format!("{}.before-restore.bak", db.display()));
        remove_with_side_files(&aside);
        std::fs::copy(db, &aside).map_err(|error| {
            format!(
                "could not keep {} before restoring ({error}); nothing was changed",
                db.display()
            )
        })?;
        let wal = PathBuf::from(format!("{}-wal", db.display()));
        if wal.exists() {
            let _ = std::fs::copy(&wal, format!("{}-wal", aside.display()));
        }
        kept = Some(aside);
    }
    let source = health::read_only(from).map_err(|error| error.to_string())?;
    let staged = PathBuf::from(format!("{}.restoring", db.display()));
    copy_to(&source, &staged).map_err(|reason| {
        format!(
            "could not restore {} ({reason}); {} was not changed",
            from.display(),
            db.display()
        )
    })?;
    drop(source);
    // The old file's WAL (kept aside above) must not be replayed into the restored one.
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    std::fs::rename(&staged, db).map_err(|error| {
        remove_with_side_files(&staged);
        format!("could not put the restored copy in place of {} ({error}); the file as it was is kept as {}", db.display(), kept.as_ref().map(|path| path.display().to_string()).unwrap_or_default())
    })?;
    Ok((version, kept))
}
