//! A temporary home holding a demo database, for tests that run the real `cmdeck` binary as a
//! script would: its own environment (no user config is read), UTC, files written by the test.

use std::path::PathBuf;
use std::process::{Command, Output};

/// A temporary home holding a demo database in `demo.sqlite3`; deleted at the end.
pub struct Home {
    /// The temporary folder used as `HOME`, the XDG folders and the working directory.
    pub dir: tempfile::TempDir,
    /// The database every command is pointed at with `--db`.
    pub db: PathBuf,
}

impl Home {
    /// A new home with the demo brand written into `demo.sqlite3`.
    pub fn with_demo() -> Home {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let db = dir.path().join("demo.sqlite3");
        let home = Home { dir, db };
        let output = home.run(&["demo"]);
        assert!(
            output.status.success(),
            "demo failed: {}",
            text(&output.stderr)
        );
        home
    }

    /// A new home whose `demo.sqlite3` does not exist yet (the first command creates it empty).
    pub fn empty() -> Home {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let db = dir.path().join("demo.sqlite3");
        Home { dir, db }
    }

    /// Runs `cmdeck ARGS --db demo.sqlite3` in UTC with this home as its whole environment.
    pub fn run(&self, args: &[&str]) -> Output {
        self.run_on(&self.db, args)
    }

    /// Runs `cmdeck ARGS --db DB` like [`Home::run`], on another database file.
    pub fn run_on(&self, db: &std::path::Path, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_cmdeck"))
            .args(args)
            .arg("--db")
            .arg(db)
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("XDG_CACHE_HOME", self.dir.path().join("cache"))
            .env("TZ", "UTC")
            // English unless a test asks for another language, whatever the machine's locale.
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            .current_dir(self.dir.path())
            .output()
            .unwrap_or_else(|error| panic!("cannot run cmdeck {args:?}: {error}"))
    }

    /// Writes a file in the home and returns its name (relative to the home).
    pub fn file(&self, name: &str, content: &str) -> String {
        std::fs::write(self.dir.path().join(name), content).expect("the file is written");
        name.to_string()
    }

    /// Reads a file the binary wrote in the home.
    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(name)).expect("the file is readable")
    }

    /// A connection to the home's database, to check what a command stored.
    pub fn connection(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(&self.db).expect("the demo database opens")
    }

    /// Runs the command, asserts it worked and answers what it printed.
    pub fn ok(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert!(
            output.status.success(),
            "{args:?}: {}",
            text(&output.stderr)
        );
        text(&output.stdout)
    }

    /// Runs the command, asserts it was refused with exit code 2 and nothing on standard
    /// output, and answers what it said on standard error.
    pub fn refused(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        assert!(text(&output.stdout).is_empty(), "{output:?}");
        text(&output.stderr)
    }

    /// The rows `sql` answers on the home's database, every value as text (`NULL` for none,
    /// `BLOB` for bytes).
    pub fn rows(&self, sql: &str) -> Vec<Vec<String>> {
        use rusqlite::types::Value;
        let conn = self.connection();
        let mut stmt = conn
            .prepare(sql)
            .unwrap_or_else(|error| panic!("{sql}: {error}"));
        let columns = stmt.column_count();
        stmt.query_map([], |row| {
            (0..columns)
                .map(|i| {
                    Ok(match row.get::<_, Value>(i)? {
                        Value::Null => "NULL".to_string(),
                        Value::Integer(n) => n.to_string(),
                        Value::Real(r) => r.to_string(),
                        Value::Text(t) => t,
                        Value::Blob(_) => "BLOB".to_string(),
                    })
                })
                .collect()
        })
        .and_then(Iterator::collect)
        .unwrap_or_else(|error| panic!("{sql}: {error}"))
    }

    /// How many rows `table` holds.
    pub fn count(&self, table: &str) -> i64 {
        self.connection()
            .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |row| {
                row.get(0)
            })
            .unwrap_or_else(|error| panic!("{table} can be counted: {error}"))
    }
}

/// Output bytes as text, with anything that is not UTF-8 replaced.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
