//! The crash test: the real binary killed with SIGKILL at pseudo-random points while it imports,
//! plans posts, migrates an older file and writes backups; after every kill the database must
//! pass `integrity_check`, hold every write the binary acknowledged, hold an import whole or not
//! at all, and every backup under its final name must pass `quick_check`.
//!
//! `cargo test --test crash` runs 100 trials; `cargo test --test crash -- --trials 2000 --seed 7`
//! runs a long one (the seed is printed, so a failure can be replayed). The kill point is chosen
//! by progress, not by time: after a pseudo-random number of polls of the running process.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use cmdeck::db::{Db, LATEST_VERSION, MIGRATIONS};
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// The trials `cargo test` runs.
const DEFAULT_TRIALS: usize = 100;

/// The rows of the import file.
const IMPORT_ROWS: usize = 3_000;

/// A small pseudo-random generator (xorshift64*), so the test needs no crate and replays by seed.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// What one trial runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scenario {
    Import,
    Post,
    Migration,
    Backup,
}

const SCENARIOS: [Scenario; 4] = [
    Scenario::Import,
    Scenario::Post,
    Scenario::Migration,
    Scenario::Backup,
];

fn cmdeck(home: &Path, db: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cmdeck"));
    command
        .args(args)
        .arg("--db")
        .arg(db)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("TZ", "UTC")
        .current_dir(home)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// Polls the child `polls` times (each a `try_wait`), then kills it with SIGKILL if it still runs.
/// Answers whether it was killed, what it printed, and how many polls it took.
fn kill_after(mut child: Child, polls: u64) -> (bool, String, u64) {
    let mut killed = false;
    let mut polled = 0;
    while polled < polls {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        polled += 1;
    }
    if child.try_wait().unwrap().is_none() {
        child.kill().unwrap();
        killed = true;
    }
    let output = child.wait_with_output().unwrap();
    (
        killed,
        String::from_utf8_lossy(&output.stdout).into_owned(),
        polled,
    )
}

fn count(db: &Path, sql: &str) -> i64 {
    Connection::open(db)
        .unwrap()
        .query_row(sql, [], |row| row.get(0))
        .unwrap()
}

fn integrity(db: &Path) -> String {
    Connection::open(db)
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap_or_else(|error| error.to_string())
}

/// Every file in `dir` (and its `backups/`) under a final backup name fails or passes here.
fn bad_backups(dir: &Path) -> Vec<PathBuf> {
    let mut bad = Vec::new();
    for folder in [dir.to_path_buf(), dir.join("backups")] {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|ext| ext == "bak") {
                let uri = format!("file:{}?immutable=1", path.display());
                let verdict = Connection::open_with_flags(
                    uri,
                    rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY
                        | rusqlite::OpenFlags::SQLITE_OPEN_URI,
                )
                .and_then(|conn| {
                    conn.query_row("PRAGMA quick_check", [], |row| row.get::<_, String>(0))
                });
                if verdict.as_deref() != Ok("ok") {
                    bad.push(path);
                }
            }
        }
    }
    bad
}

struct Fixture {
    home: tempfile::TempDir,
    demo: PathBuf,
    old: PathBuf,
    messages: PathBuf,
}

fn fixture() -> Fixture {
    let home = tempfile::tempdir().unwrap();
    let demo = home.path().join("template-demo.sqlite3");
    let made = cmdeck(home.path(), &demo, &["demo"]).output().unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let old = home.path().join("template-old.sqlite3");
    {
        let mut db = Db::open_with(&old, &MIGRATIONS[..9]).unwrap();
        // A large value makes the backup before the upgrade take long enough to be killed in.
        let big = "café ".repeat(2_000_000);
        db.write(|tx| cmdeck::db::seed::set_setting(tx, "brand_name", &big))
            .unwrap();
    }
    let mut file = String::from("channel,kind,author,body,received_at,external_id\n");
    for n in 0..IMPORT_ROWS {
        file.push_str(&format!(
            "instagram,dm,Persona {n},\"Hola {n}, ¿abrís?\",2026-11-20T10:{:02}:00Z,crash-{n}\n",
            n % 60
        ));
    }
    let messages = home.path().join("messages.csv");
    std::fs::write(&messages, file).unwrap();
    Fixture {
        home,
        demo,
        old,
        messages,
    }
}

/// One trial; answers whether it killed the process, or the first broken promise.
fn trial(
    fixture: &Fixture,
    scenario: Scenario,
    polls: u64,
    n: usize,
) -> Result<(bool, u64), String> {
    let dir = fixture.home.path().join(format!("trial-{n}"));
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("desk.sqlite3");
    let template = if scenario == Scenario::Migration {
        &fixture.old
    } else {
        &fixture.demo
    };
    std::fs::copy(template, &db).unwrap();
    let messages_before = if scenario == Scenario::Migration {
        0
    } else {
        count(&db, "SELECT COUNT(*) FROM messages")
    };
    let posts_before = if scenario == Scenario::Migration {
        0
    } else {
        count(&db, "SELECT COUNT(*) FROM posts")
    };
    let home = fixture.home.path();
    let args: Vec<String> = match scenario {
        Scenario::Import => vec![
            "import".into(),
            "messages".into(),
            fixture.messages.display().to_string(),
        ],
        Scenario::Post => vec![
            "post".into(),
            "add".into(),
            "--channel".into(),
            "instagram".into(),
            format!("Prueba de choque {n}"),
        ],
        Scenario::Migration => vec!["today".into()],
        Scenario::Backup => vec![
            "backup".into(),
            "--out".into(),
            dir.join("copy.bak").display().to_string(),
        ],
    };
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let child = cmdeck(home, &db, &args).spawn().unwrap();
    let (killed, said, polled) = kill_after(child, polls);
    let verdict = integrity(&db);
    if verdict != "ok" {
        return Err(format!("integrity_check says {verdict}"));
    }
    match scenario {
        Scenario::Import => {
            let added = count(&db, "SELECT COUNT(*) FROM messages") - messages_before;
            if added != 0 && added != IMPORT_ROWS as i64 {
                return Err(format!("the import stored {added} of {IMPORT_ROWS} rows"));
            }
            if said.starts_with("Imported") && added == 0 {
                return Err("the import said it was done but stored nothing".into());
            }
        }
        Scenario::Post => {
            let added = count(&db, "SELECT COUNT(*) FROM posts") - posts_before;
            if !(0..=1).contains(&added) {
                return Err(format!("{added} posts were added"));
            }
            if !said.is_empty() && added == 0 {
                return Err(format!(
                    "the post was acknowledged ({said}) but is not there"
                ));
            }
        }
        Scenario::Migration => {
            let version = count(&db, "PRAGMA user_version");
            if version != 9 && version != LATEST_VERSION {
                return Err(format!("the schema is at version {version}"));
            }
            let kept = count(
                &db,
                "SELECT length(value) FROM settings WHERE key = 'brand_name'",
            );
            if kept != 10_000_000 {
                return Err(format!(
                    "the brand name holds {kept} characters after the upgrade"
                ));
            }
        }
        Scenario::Backup => {
            if said.starts_with("Backed up") && !dir.join("copy.bak").exists() {
                return Err("the backup was acknowledged but is not there".into());
            }
        }
    }
    let bad = bad_backups(&dir);
    if !bad.is_empty() {
        return Err(format!(
            "backups under their final name fail quick_check: {bad:?}"
        ));
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok((killed, polled))
}

fn argument(args: &[String], name: &str) -> Option<u64> {
    args.iter()
        .position(|arg| arg == name)
        .and_then(|at| args.get(at + 1))
        .and_then(|value| value.parse().ok())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|arg| arg == "--list") {
        println!("crash: test");
        return;
    }
    let trials = argument(&args, "--trials").map_or(DEFAULT_TRIALS, |n| n as usize);
    let seed = argument(&args, "--seed").unwrap_or(0x636d_646b);
    let mut random = Random(seed | 1);
    let fixture = fixture();
    // How many polls a whole run of each scenario takes on this machine: kill points are drawn
    // from the start to a little past the end, so some trials also run to completion.
    let whole: Vec<u64> = SCENARIOS
        .iter()
        .enumerate()
        .map(
            |(which, scenario)| match trial(&fixture, *scenario, u64::MAX, trials + which) {
                Ok((_, polled)) => polled,
                Err(why) => panic!("{scenario:?} fails without a kill: {why}"),
            },
        )
        .collect();
    let mut per_scenario = [0usize; 4];
    let mut killed = 0;
    let mut failures = Vec::new();
    for n in 0..trials {
        let which = n % SCENARIOS.len();
        let scenario = SCENARIOS[which];
        let polls = random.below(whole[which] + whole[which] / 5 + 1);
        match trial(&fixture, scenario, polls, n) {
            Ok((was_killed, _)) => killed += usize::from(was_killed),
            Err(why) => failures.push(format!("trial {n} ({scenario:?}, {polls} polls): {why}")),
        }
        per_scenario[which] += 1;
    }
    println!(
        "crash test (seed {seed}): {trials} trials (imports {}, posts {}, migrations {}, backups {}), {killed} killed mid-run, {} failures",
        per_scenario[0],
        per_scenario[1],
        per_scenario[2],
        per_scenario[3],
        failures.len()
    );
    for failure in &failures {
        println!("  {failure}");
    }
    if !failures.is_empty() {
        std::process::exit(1);
    }
}
