//! Whether a database file passed SQLite's checks when it was opened (`integrity_check` for a
//! small file, `quick_check` for a large one): the check itself (on a connection that
//! cannot write or create files beside the database), run once per file per process, in the
//! foreground or on a thread, and the gate that holds every write until it has passed.

use rusqlite::{Connection, OpenFlags};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, OnceLock};

/// What the check of one file found, or that it is still running.
#[derive(Debug, Clone, PartialEq, Eq)]
enum State {
    Checking,
    Good,
    Damaged(String),
}

/// The result of one file's check, shared by every connection of this process to that file.
#[derive(Debug)]
pub(crate) struct Health {
    state: Mutex<State>,
    done: Condvar,
}

impl Health {
    fn new(state: State) -> Health {
        Health {
            state: Mutex::new(state),
            done: Condvar::new(),
        }
    }

    fn settle(&self, outcome: Result<(), String>) {
        let mut state = self
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *state = match outcome {
            Ok(()) => State::Good,
            Err(finding) => State::Damaged(finding),
        };
        self.done.notify_all();
    }

    /// Waits for the check to end: `Ok` when the file passed, else what SQLite found.
    pub(crate) fn wait(&self) -> Result<(), String> {
        let mut state = self
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        while *state == State::Checking {
            state = self
                .done
                .wait(state)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
        match &*state {
            State::Damaged(finding) => Err(finding.clone()),
            State::Good | State::Checking => Ok(()),
        }
    }
}

/// Every file checked (or being checked) by this process, by its canonical path.
fn registry() -> &'static Mutex<HashMap<PathBuf, Arc<Health>>> {
    static CHECKED: OnceLock<Mutex<HashMap<PathBuf, Arc<Health>>>> = OnceLock::new();
    CHECKED.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The health of the file at `path`, checking it first if this process has not: in the
/// foreground, or on a thread when `background` (the answer's [`Health::wait`] then blocks until
/// the thread is done). A file that passed once stays passed for the life of the process.
pub(crate) fn of(path: &Path, background: bool) -> Arc<Health> {
    let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let mut files = registry()
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(known) = files.get(&key) {
        let damaged = matches!(
            *known
                .state
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner()),
            State::Damaged(_)
        );
        // A damaged verdict is asked again, so that a file restored meanwhile opens.
        if !damaged {
            return Arc::clone(known);
        }
    }
    let health = Arc::new(Health::new(State::Checking));
    files.insert(key.clone(), Arc::clone(&health));
    drop(files);
    if background {
        let shared = Arc::clone(&health);
        let spawned = std::thread::Builder::new()
            .name("cmdeck-quick-check".into())
            .spawn(move || shared.settle(opening_check(&key)));
        if spawned.is_err() {
            health.settle(opening_check(path));
        }
    } else {
        health.settle(opening_check(path));
    }
    health
}

/// A connection that reads `path` and never writes to it or creates a file beside it: the file
/// is opened immutable, unless a `-wal` beside it says another connection may hold changes, in
/// which case it is opened read-only so that those changes are seen.
pub(crate) fn read_only(path: &Path) -> rusqlite::Result<Connection> {
    let wal = PathBuf::from(format!("{}-wal", path.display()));
    let mode = if wal.exists() {
        "mode=ro"
    } else {
        "immutable=1"
    };
    let uri = format!("file:{}?{mode}", uri_path(path));
    Connection::open_with_flags(
        uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
}

/// `path` percent-encoded for a `file:` URI (`?`, `#` and `%` would otherwise end or change it).
fn uri_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.to_string_lossy().chars() {
        match c {
            '?' | '#' | '%' => out.push_str(&format!("%{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Runs `PRAGMA quick_check` on `path` read-only: `Ok` when SQLite answers `ok`, else its first
/// finding (or why the file could not be read), in one line.
pub(crate) fn quick_check(path: &Path) -> Result<(), String> {
    first_finding(path, CheckPragma::Quick)
}

/// Files up to this size get SQLite's full `integrity_check` when opened, which also finds an
/// index that no longer matches its table; it reads about 8 ms per MB, so a larger file gets
/// `quick_check` (about 1 ms per MB from the page cache) and `cmdeck check` does the full one.
const FULL_CHECK_BYTES: u64 = 2 * 1024 * 1024;

/// The check a file gets when it is opened: the full one when it is small, else the quick one;
/// `Ok` when it found nothing, else its first finding in one line.
pub fn opening_check(path: &Path) -> Result<(), String> {
    let small = std::fs::metadata(path).is_ok_and(|meta| meta.len() <= FULL_CHECK_BYTES);
    first_finding(
        path,
        if small {
            CheckPragma::Integrity
        } else {
            CheckPragma::Quick
        },
    )
}

/// Runs one check: `Ok` when it found nothing, else its first finding in one line.
fn first_finding(path: &Path, pragma: CheckPragma) -> Result<(), String> {
    let one_line = |text: &str| crate::text::truncate(&crate::text::sanitize_line(text), 120);
    let found = findings(path, pragma).map_err(|reason| one_line(&reason))?;
    match found.split_first() {
        None => Ok(()),
        Some((first, [])) => Err(one_line(first)),
        Some((first, rest)) => Err(format!(
            "{} (and {} more problems)",
            one_line(first),
            rest.len()
        )),
    }
}

/// Runs one of SQLite's checks on `path` read-only and answers every problem it found (none: the
/// file is sound), or why the file could not be read.
pub(crate) fn findings(path: &Path, pragma: CheckPragma) -> Result<Vec<String>, String> {
    let conn = read_only(path).map_err(|error| error.to_string())?;
    let sql = match pragma {
        CheckPragma::Quick => "SELECT quick_check FROM pragma_quick_check",
        CheckPragma::Integrity => "SELECT integrity_check FROM pragma_integrity_check",
    };
    let mut statement = conn.prepare(sql).map_err(|error| error.to_string())?;
    let rows = statement
        .query_map([], |row| row.get::<_, String>(0))
        .map_err(|error| error.to_string())?;
    let mut found = Vec::new();
    for row in rows {
        found.push(row.map_err(|error| error.to_string())?);
    }
    found.retain(|line| line != "ok");
    Ok(found)
}

/// Which of SQLite's two checks to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CheckPragma {
    /// `quick_check`: every page and record well-formed, in about a second per GB.
    Quick,
    /// `integrity_check`: also every index matches its table.
    Integrity,
}

/// What `cmdeck check` found in a file: SQLite's `integrity_check` and `foreign_key_check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileCheck {
    /// Every problem `integrity_check` reported (or why it could not run), sanitized.
    pub integrity: Vec<String>,
    /// Every row that points at a row that is gone, as `table row N → parent`.
    pub foreign_keys: Vec<String>,
}

impl FileCheck {
    /// Whether nothing was found.
    pub fn is_sound(&self) -> bool {
        self.integrity.is_empty() && self.foreign_keys.is_empty()
    }
}

/// Runs `integrity_check` and `foreign_key_check` on `path` without writing to it.
pub fn check_file(path: &Path) -> FileCheck {
    let line = |text: &str| crate::text::sanitize_line(text);
    let integrity = match findings(path, CheckPragma::Integrity) {
        Ok(found) => found.iter().map(|text| line(text)).collect(),
        // The full check stops at the first page it cannot read; the quick one says more.
        Err(reason) => match findings(path, CheckPragma::Quick) {
            Ok(found) if !found.is_empty() => found.iter().map(|text| line(text)).collect(),
            _ => vec![line(&reason)],
        },
    };
    let foreign_keys = match foreign_key_rows(path) {
        Ok(rows) => rows,
        Err(reason) => vec![line(&format!(
            "the foreign key check could not run: {reason}"
        ))],
    };
    FileCheck {
        integrity,
        foreign_keys,
    }
}

fn foreign_key_rows(path: &Path) -> rusqlite::Result<Vec<String>> {
    let conn = read_only(path)?;
    let mut statement = conn.prepare("PRAGMA foreign_key_check")?;
    let rows = statement.query_map([], |row| {
        let table: String = row.get(0)?;
        let rowid: Option<i64> = row.get(1)?;
        let parent: String = row.get(2)?;
        Ok(crate::text::sanitize_line(&format!(
            "{table} row {} points at a missing row of {parent}",
            rowid.map_or_else(|| "?".to_string(), |id| id.to_string())
        )))
    })?;
    rows.collect()
}
