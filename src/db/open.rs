//! Opening a cmdeck file safely: inspect read-only first, refuse what is not ours or too new,
//! back up before migrating, then set the pragmas (WAL, synchronous=FULL, foreign keys, busy timeout).

use super::migrate::{self, MIGRATIONS, Migration};
use super::{APPLICATION_ID, Db};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a write waits for another cmdeck process holding the file before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Why the database could not be opened or used; each message says what to do.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// The file exists but is not a cmdeck database (or is damaged); it was not written to.
    #[error(
        "{path} is not a cmdeck database (or it is damaged); it was left untouched — pass another file with --db"
    )]
    NotCmdeck {
        /// The refused file.
        path: PathBuf,
    },
    /// The file was written by a newer cmdeck; it was not written to.
    #[error(
        "{path} uses schema version {found}, newer than this cmdeck understands (version {known}); it was left untouched — upgrade cmdeck to open it"
    )]
    TooNew {
        /// The refused file.
        path: PathBuf,
        /// The schema version found in the file.
        found: i64,
        /// The newest schema version this binary knows.
        known: i64,
    },
    /// The backup taken before a migration could not be written or verified.
    #[error("could not back up {path} before upgrading it ({reason}); nothing was changed")]
    Backup {
        /// The database that was to be migrated.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// Foreign keys could not be switched on (a SQLite built without them).
    #[error("this SQLite refuses to enforce foreign keys; cmdeck will not run without them")]
    ForeignKeysOff,
    /// A change refused because of what is stored (a name already taken, a row that is gone).
    #[error("{0}")]
    Refused(String),
    /// Any other SQLite failure.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl Db {
    /// Opens (or creates) the cmdeck database at `path`, migrating it to the latest schema.
    pub fn open(path: &Path) -> Result<Db, DbError> {
        Db::open_with(path, MIGRATIONS)
    }

    /// Opens a fresh database in memory, for tests and throwaway work.
    pub fn open_in_memory() -> Result<Db, DbError> {
        let conn = Connection::open_in_memory()?;
        configure(&conn)?;
        let mut db = Db { conn };
        migrate::apply(&mut db.conn, MIGRATIONS)?;
        Ok(db)
    }

    /// Opens `path` with an explicit list of migrations (tests use this to simulate an upgrade).
    pub fn open_with(path: &Path, migrations: &[Migration]) -> Result<Db, DbError> {
        let latest = migrations.len() as i64;
        let found = inspect(path)?;
        if found > latest {
            return Err(DbError::TooNew {
                path: path.to_path_buf(),
                found,
                known: latest,
            });
        }
        let conn = Connection::open(path)?;
        configure(&conn)?;
        conn.execute_batch("PRAGMA journal_mode = WAL;")?;
        if found > 0 && found < latest {
            backup(&conn, path, found)?;
        }
        let mut db = Db { conn };
        migrate::apply(&mut db.conn, migrations)?;
        Ok(db)
    }

    /// The schema version stored in the file.
    pub fn schema_version(&self) -> Result<i64, DbError> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }
}

/// Reads the header of an existing file without writing to it: its schema version, or a refusal.
fn inspect(path: &Path) -> Result<i64, DbError> {
    let refuse = || DbError::NotCmdeck {
        path: path.to_path_buf(),
    };
    match std::fs::metadata(path) {
        Err(_) => return Ok(0),
        Ok(meta) if meta.len() == 0 => return Ok(0),
        Ok(_) => {}
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|_| refuse())?;
    let header = conn.query_row(
        "SELECT (SELECT application_id FROM pragma_application_id),
                (SELECT user_version FROM pragma_user_version),
                (SELECT COUNT(*) FROM sqlite_schema)",
        [],
        |row| {
            Ok((
                row.get::<_, i32>(0)?,
                row.get::<_, i64>(1)?,
                row.get::<_, i64>(2)?,
            ))
        },
    );
    match header {
        Ok((APPLICATION_ID, version, _)) => Ok(version),
        Ok((0, 0, 0)) => Ok(0),
        _ => Err(refuse()),
    }
}

/// Switches on the connection settings every cmdeck connection needs, and checks foreign keys took.
fn configure(conn: &Connection) -> Result<(), DbError> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;")?;
    let enforced: i64 = conn.query_row("PRAGMA foreign_keys", [], |row| row.get(0))?;
    if enforced != 1 {
        return Err(DbError::ForeignKeysOff);
    }
    Ok(())
}

/// Copies the database next to itself with SQLite's online backup API and checks the copy.
fn backup(conn: &Connection, path: &Path, version: i64) -> Result<PathBuf, DbError> {
    let target = backup_path(path, version);
    let fail = |reason: String| DbError::Backup {
        path: path.to_path_buf(),
        reason,
    };
    conn.backup(rusqlite::MAIN_DB, &target, rusqlite::backup::NO_PROGRESS)
        .map_err(|error| fail(error.to_string()))?;
    let copy = Connection::open_with_flags(&target, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|error| fail(error.to_string()))?;
    let (check, copied_version): (String, i64) = copy
        .query_row(
            "SELECT (SELECT quick_check FROM pragma_quick_check), (SELECT user_version FROM pragma_user_version)",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .map_err(|error| fail(error.to_string()))?;
    if check != "ok" || copied_version != version {
        return Err(fail(format!(
            "the copy at {} did not verify",
            target.display()
        )));
    }
    Ok(target)
}

/// Where the backup of schema `version` goes: `<file>.v<version>.bak`, numbered if one exists.
pub(crate) fn backup_path(path: &Path, version: i64) -> PathBuf {
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
