//! Opening a cmdeck file safely: inspect it without writing, refuse what is not ours, damaged, or
//! of a schema version this binary does not know, back up before migrating (to a temporary name,
//! checked, then renamed), then set the pragmas (WAL, synchronous=FULL, foreign keys, busy timeout).

use super::health::{self, Health};
use super::migrate::{self, MIGRATIONS, Migration};
use super::{APPLICATION_ID, Db};
use crate::i18n::{Arg, Lang};
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// How long a write waits for another cmdeck process holding the file before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Files up to this size are checked before they are opened for writing, in every case: SQLite's
/// `quick_check` reads about 1 MB per millisecond from the page cache, so this stays within the
/// first frame's budget. A larger file in WAL mode opens at once for the desk, checked on a thread,
/// and its first write waits for the check.
const CHECK_FIRST_BYTES: u64 = 8 * 1024 * 1024;

/// Why the database could not be opened or used; each message says what to do. Displays in
/// English; [`DbError::message`] words it in a language.
#[derive(Debug)]
pub enum DbError {
    /// The file failed SQLite's `quick_check`; it was not written to.
    Damaged {
        /// The refused file.
        path: PathBuf,
        /// What SQLite's check found first, in one line.
        finding: String,
        /// The newest backup of it that passes the check, if there is one.
        backup: Option<PathBuf>,
    },
    /// The file records a schema version that no cmdeck writes (negative, or none on a file
    /// that has tables); it was not written to.
    UnknownVersion {
        /// The refused file.
        path: PathBuf,
        /// The schema version found in the file.
        found: i64,
    },
    /// The file exists but is not a cmdeck database (or is damaged); it was not written to.
    NotCmdeck {
        /// The refused file.
        path: PathBuf,
    },
    /// The file was written by a newer cmdeck; it was not written to.
    TooNew {
        /// The refused file.
        path: PathBuf,
        /// The schema version found in the file.
        found: i64,
        /// The newest schema version this binary knows.
        known: i64,
    },
    /// The backup taken before a migration could not be written (`reason` is the system's or
    /// SQLite's words).
    Backup {
        /// The database that was to be migrated.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// The backup taken before a migration was written but its copy did not pass the check.
    BackupNotVerified {
        /// The database that was to be migrated.
        path: PathBuf,
        /// The copy that did not verify.
        copy: PathBuf,
    },
    /// Foreign keys could not be switched on (a SQLite built without them).
    ForeignKeysOff,
    /// A change refused because of what is stored (a name already taken, a row that is gone).
    Refused(Refusal),
    /// Any other SQLite failure.
    Sqlite(rusqlite::Error),
}

/// A change the database refused because of what it holds; the facts, worded by
/// [`Refusal::message`] (English when displayed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A channel with that network and handle is already stored (`x:@cafe`).
    ChannelExists {
        /// The channel as `network:handle`.
        channel: String,
    },
    /// No channel has that id.
    NoChannel {
        /// The id asked for.
        id: i64,
    },
    /// The channel has history, so it may only be archived.
    ChannelHasHistory {
        /// The channel as `network:handle`.
        channel: String,
        /// Posts planned or published on it.
        posts: i64,
        /// Messages received on it.
        messages: i64,
        /// Follower counts recorded for it.
        counts: i64,
    },
    /// A follower count larger than SQLite stores.
    TooManyFollowers {
        /// The count typed.
        followers: u64,
    },
    /// The plan's channels could not be listed for the query (the serializer's words).
    PlanChannels {
        /// What the serializer said.
        reason: String,
    },
}

impl Refusal {
    /// The refusal in `lang`, in one sentence.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Refusal::ChannelExists { channel } => lang.text_with(
                "error-db-channel-exists",
                &[("channel", Arg::Text(channel))],
            ),
            Refusal::NoChannel { id } => {
                lang.text_with("error-db-no-channel", &[("id", Arg::Text(&id.to_string()))])
            }
            Refusal::ChannelHasHistory {
                channel,
                posts,
                messages,
                counts,
            } => lang.text_with(
                "error-db-channel-has-history",
                &[
                    ("channel", Arg::Text(channel)),
                    ("posts", Arg::Count(*posts)),
                    ("messages", Arg::Count(*messages)),
                    ("counts", Arg::Count(*counts)),
                    ("posts_shown", Arg::Text(&crate::i18n::count(lang, *posts))),
                    (
                        "messages_shown",
                        Arg::Text(&crate::i18n::count(lang, *messages)),
                    ),
                    (
                        "counts_shown",
                        Arg::Text(&crate::i18n::count(lang, *counts)),
                    ),
                ],
            ),
            Refusal::TooManyFollowers { followers } => lang.text_with(
                "error-db-too-many-followers",
                &[("followers", Arg::Text(&followers.to_string()))],
            ),
            Refusal::PlanChannels { reason } => {
                lang.text_with("error-db-plan-channels", &[("reason", Arg::Text(reason))])
            }
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// A refusal as the English sentence it displays as (for callers that keep text).
impl From<Refusal> for String {
    fn from(refusal: Refusal) -> String {
        refusal.to_string()
    }
}

impl DbError {
    /// The error in `lang`, in one sentence that says what to do; the paths and SQLite's own
    /// findings are put in as they are.
    pub fn message(&self, lang: Lang) -> String {
        let shown = |path: &Path| path.display().to_string();
        match self {
            DbError::Damaged {
                path,
                finding,
                backup,
            } => damaged_sentence(lang, path, finding, backup.as_deref()),
            DbError::UnknownVersion { path, found } => lang.text_with(
                "error-db-unknown-version",
                &[
                    ("path", Arg::Text(&shown(path))),
                    ("found", Arg::Text(&found.to_string())),
                ],
            ),
            DbError::NotCmdeck { path } => {
                lang.text_with("error-db-not-cmdeck", &[("path", Arg::Text(&shown(path)))])
            }
            DbError::TooNew { path, found, known } => lang.text_with(
                "error-db-too-new",
                &[
                    ("path", Arg::Text(&shown(path))),
                    ("found", Arg::Text(&found.to_string())),
                    ("known", Arg::Text(&known.to_string())),
                ],
            ),
            DbError::Backup { path, reason } => lang.text_with(
                "error-db-backup",
                &[
                    ("path", Arg::Text(&shown(path))),
                    ("reason", Arg::Text(reason)),
                ],
            ),
            DbError::BackupNotVerified { path, copy } => lang.text_with(
                "error-db-backup",
                &[
                    ("path", Arg::Text(&shown(path))),
                    (
                        "reason",
                        Arg::Text(&lang.text_with(
                            "error-db-backup-not-verified",
                            &[("copy", Arg::Text(&shown(copy)))],
                        )),
                    ),
                ],
            ),
            DbError::ForeignKeysOff => lang.text("error-db-foreign-keys-off"),
            DbError::Refused(refusal) => refusal.message(lang),
            DbError::Sqlite(error) => sqlite_sentence(lang, error),
        }
    }
}

impl std::fmt::Display for DbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DbError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DbError::Sqlite(error) => Some(error),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for DbError {
    fn from(error: rusqlite::Error) -> DbError {
        DbError::Sqlite(error)
    }
}

impl From<Refusal> for DbError {
    fn from(refusal: Refusal) -> DbError {
        DbError::Refused(refusal)
    }
}

/// The refusal of a damaged file, naming the backup to restore when there is one.
fn damaged_sentence(lang: Lang, path: &Path, finding: &str, backup: Option<&Path>) -> String {
    let path = path.display().to_string();
    let next = match backup {
        Some(backup) => lang.text_with(
            "error-db-damaged-restore",
            &[
                ("path", Arg::Text(&path)),
                ("backup", Arg::Text(&backup.display().to_string())),
            ],
        ),
        None => lang.text_with("error-db-damaged-no-backup", &[("path", Arg::Text(&path))]),
    };
    lang.text_with(
        "error-db-damaged",
        &[
            ("path", Arg::Text(&path)),
            ("finding", Arg::Text(finding)),
            ("next", Arg::Text(&next)),
        ],
    )
}

/// A SQLite failure in words; a file locked by another program says what to do about it.
fn sqlite_sentence(lang: Lang, error: &rusqlite::Error) -> String {
    match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => lang
            .text_with(
                "error-db-busy",
                &[("seconds", Arg::Text(&BUSY_TIMEOUT.as_secs().to_string()))],
            ),
        _ => lang.text_with(
            "error-db-sqlite",
            &[("error", Arg::Text(&error.to_string()))],
        ),
    }
}

impl Db {
    /// Opens (or creates) the cmdeck database at `path`, migrating it to the latest schema; an
    /// existing file is checked with `quick_check` first and refused, untouched, if it fails.
    pub fn open(path: &Path) -> Result<Db, DbError> {
        Db::open_checking(path, MIGRATIONS, false)
    }

    /// Opens the database for the desk: like [`Db::open`], but a large file that needs no upgrade
    /// opens at once and is checked on a thread; its first write waits for that check, and is
    /// refused if the file is damaged.
    pub fn open_for_desk(path: &Path) -> Result<Db, DbError> {
        Db::open_checking(path, MIGRATIONS, true)
    }

    /// Opens one more connection to a database this process has already opened with
    /// [`Db::open`] or [`Db::open_for_desk`] (a worker's: the gatherer, a fetch, an import):
    /// no header read, no check and no migration, which the first opening did. Reading the
    /// header opens and closes the file outside SQLite, and closing any descriptor of a file
    /// drops every POSIX lock this process holds on it — the desk's connection would lose the
    /// shared lock that tells other programs it is open, and the next program to close the
    /// file would take itself for the last one and delete the WAL under the desk.
    pub fn open_another(path: &Path) -> Result<Db, DbError> {
        let conn = Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        configure(&conn)?;
        Ok(Db { conn, health: None })
    }

    /// Opens a fresh database in memory, for tests and throwaway work.
    pub fn open_in_memory() -> Result<Db, DbError> {
        let conn = Connection::open_in_memory()?;
        configure(&conn)?;
        let mut db = Db { conn, health: None };
        migrate::apply(&mut db.conn, MIGRATIONS)?;
        Ok(db)
    }

    /// Opens `path` with an explicit list of migrations (tests use this to simulate an upgrade).
    pub fn open_with(path: &Path, migrations: &[Migration]) -> Result<Db, DbError> {
        Db::open_checking(path, migrations, false)
    }

    fn open_checking(
        path: &Path,
        migrations: &[Migration],
        background: bool,
    ) -> Result<Db, DbError> {
        let latest = migrations.len() as i64;
        let header = inspect(path)?;
        if header.version > latest {
            return Err(DbError::TooNew {
                path: path.to_path_buf(),
                found: header.version,
                known: latest,
            });
        }
        let health = if header.exists {
            let upgrade = header.version < latest;
            let large = header.bytes > CHECK_FIRST_BYTES;
            let health = health::of(path, background && large && header.wal && !upgrade);
            if !(background && large && header.wal && !upgrade) {
                refuse_if_damaged(path, &health)?;
            }
            Some(health)
        } else {
            None
        };
        let conn = Connection::open(path)?;
        configure(&conn)?;
        conn.execute_batch("PRAGMA journal_mode = WAL;")?;
        if header.version > 0 && header.version < latest {
            super::backup::before_upgrade(&conn, path, header.version)?;
        }
        let mut db = Db { conn, health };
        migrate::apply(&mut db.conn, migrations)?;
        Ok(db)
    }

    /// Waits for the check of the file (when it runs on a thread) and refuses a damaged one:
    /// every write goes through here first.
    pub(crate) fn ensure_sound(&self) -> Result<(), DbError> {
        match (&self.health, self.conn.path()) {
            (Some(health), Some(path)) => refuse_if_damaged(Path::new(path), health),
            _ => Ok(()),
        }
    }

    /// The schema version stored in the file.
    pub fn schema_version(&self) -> Result<i64, DbError> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }
}

/// Refuses the file if its check found it damaged, naming the newest good backup.
fn refuse_if_damaged(path: &Path, health: &Arc<Health>) -> Result<(), DbError> {
    health.wait().map_err(|finding| DbError::Damaged {
        path: path.to_path_buf(),
        finding,
        backup: super::backup::newest_good(path),
    })
}

/// What [`inspect`] learnt of a file without writing to it.
struct Header {
    /// Whether the file exists with some content.
    exists: bool,
    /// Its schema version (0 for a new file).
    version: i64,
    /// Its size in bytes.
    bytes: u64,
    /// Whether it is in WAL mode (byte 18 of the SQLite header is 2).
    wal: bool,
}

/// Reads the header of an existing file without writing to it or creating anything beside it:
/// its schema version, or a refusal of a file that is not ours or whose version no cmdeck writes.
fn inspect(path: &Path) -> Result<Header, DbError> {
    let refuse = || DbError::NotCmdeck {
        path: path.to_path_buf(),
    };
    let bytes = match std::fs::metadata(path) {
        Err(_) => 0,
        Ok(meta) => meta.len(),
    };
    if bytes == 0 {
        return Ok(Header {
            exists: false,
            version: 0,
            bytes,
            wal: false,
        });
    }
    let raw = file_header(path).ok_or_else(refuse)?;
    if !raw.starts_with(b"SQLite format 3\0") {
        return Err(refuse());
    }
    let wal = raw[18] == 2;
    // Through a connection, which sees changes still in the WAL; the raw header when the file is
    // too damaged for that (its first page is written in place on every checkpoint).
    let conn = health::read_only(path);
    let stored = conn.as_ref().ok().and_then(|conn| {
        conn.query_row(
            "SELECT (SELECT application_id FROM pragma_application_id),
                    (SELECT user_version FROM pragma_user_version)",
            [],
            |row| Ok((row.get::<_, i32>(0)?, row.get::<_, i64>(1)?)),
        )
        .ok()
    });
    let be = |at: usize| i32::from_be_bytes([raw[at], raw[at + 1], raw[at + 2], raw[at + 3]]);
    let (application_id, version) = stored.unwrap_or((be(68), i64::from(be(60))));
    if application_id != APPLICATION_ID && (application_id, version) != (0, 0) {
        return Err(refuse());
    }
    let tables = conn.and_then(|conn| {
        conn.query_row("SELECT COUNT(*) FROM sqlite_schema", [], |row| {
            row.get::<_, i64>(0)
        })
    });
    let version = match tables {
        // Not ours, or no cmdeck file would have tables without a version: neither is written to.
        Ok(tables) if application_id == 0 && tables > 0 => return Err(refuse()),
        Ok(_) if application_id == 0 => 0,
        Ok(tables) if version < 0 || (version == 0 && tables > 0) => {
            return Err(DbError::UnknownVersion {
                path: path.to_path_buf(),
                found: version,
            });
        }
        Ok(_) => version,
        Err(_) if application_id == 0 => return Err(refuse()),
        Err(error) => {
            return Err(DbError::Damaged {
                path: path.to_path_buf(),
                finding: crate::text::truncate(
                    &crate::text::sanitize_line(&error.to_string()),
                    120,
                ),
                backup: super::backup::newest_good(path),
            });
        }
    };
    Ok(Header {
        exists: true,
        version,
        bytes,
        wal,
    })
}

/// The first 100 bytes of the file (SQLite's header), if it has them.
fn file_header(path: &Path) -> Option<[u8; 100]> {
    use std::io::Read;
    let mut header = [0u8; 100];
    std::fs::File::open(path)
        .and_then(|mut file| file.read_exact(&mut header))
        .ok()?;
    Some(header)
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
