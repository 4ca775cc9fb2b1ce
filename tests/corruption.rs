//! Damaged databases as an unlucky disk leaves them: one byte flipped at many offsets of a real
//! demo file; every copy SQLite's integrity check rejects is refused by the real binary, for
//! reading (`today`) and for writing (`import messages`), with one sentence naming the file, and
//! left byte-for-byte untouched with nothing created beside it. Then `check`, `backups` and
//! `restore` bring back the newest good backup.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::home::{Home, text};
use std::path::{Path, PathBuf};

/// How many offsets of the file get a flipped byte.
const FLIPS: usize = 48;

fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn fails_integrity_check(path: &Path) -> bool {
    let uri = format!("file:{}?immutable=1", path.display());
    let Ok(conn) = rusqlite::Connection::open_with_flags(
        uri,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_URI,
    ) else {
        return true;
    };
    conn.query_row("PRAGMA integrity_check", [], |row| row.get::<_, String>(0))
        .map_or(true, |verdict| verdict != "ok")
}

/// A copy of the demo file in a folder of its own with the byte at `offset` flipped.
fn flipped_copy(home: &Home, offset: usize, n: usize) -> PathBuf {
    let folder = home.dir.path().join(format!("copy{n}"));
    std::fs::create_dir_all(&folder).unwrap();
    let mut content = std::fs::read(&home.db).unwrap();
    content[offset] ^= 0xff;
    let path = folder.join("desk.sqlite3");
    std::fs::write(&path, content).unwrap();
    path
}

#[test]
fn every_damaged_copy_of_a_real_database_is_refused_untouched_for_reading_and_writing() {
    let home = Home::with_demo();
    let messages = home.file(
        "messages.csv",
        "channel,handle,kind,body,received_at\ninstagram,@ana,comment,Hola,2026-11-30T10:00:00Z\n",
    );
    let messages = home.dir.path().join(messages);
    let size = std::fs::metadata(&home.db).unwrap().len() as usize;
    let (mut damaged, mut refused) = (0, 0);
    for n in 1..=FLIPS {
        let offset = size * n / (FLIPS + 1);
        let path = flipped_copy(&home, offset, n);
        if !fails_integrity_check(&path) {
            continue;
        }
        damaged += 1;
        let before = std::fs::read(&path).unwrap();
        let files = listing(path.parent().unwrap());
        for args in [
            vec!["today"],
            vec!["import", "messages", messages.to_str().unwrap()],
        ] {
            let output = home.run_on(&path, &args);
            let said = text(&output.stderr);
            assert!(
                !output.status.success(),
                "{args:?} on a copy flipped at {offset} exited 0"
            );
            assert_eq!(said.lines().count(), 1, "{args:?} at {offset}: {said}");
            assert!(
                said.contains("desk.sqlite3") && said.contains("left untouched"),
                "{args:?} at {offset}: {said}"
            );
            assert_eq!(
                std::fs::read(&path).unwrap(),
                before,
                "{args:?} at {offset} wrote"
            );
            assert_eq!(
                listing(path.parent().unwrap()),
                files,
                "{args:?} at {offset} left a file beside it"
            );
        }
        refused += 1;
    }
    assert!(
        damaged >= FLIPS / 5,
        "only {damaged} of {FLIPS} flips damaged the file"
    );
    assert_eq!(refused, damaged);
}

#[test]
fn check_finds_the_damage_and_restore_brings_back_the_newest_good_backup() {
    let home = Home::with_demo();
    let backup = home.run(&["backup"]);
    assert!(backup.status.success(), "{}", text(&backup.stderr));
    let size = std::fs::metadata(&home.db).unwrap().len() as usize;
    let damaged = (1..=FLIPS)
        .map(|n| size * n / (FLIPS + 1))
        .find_map(|offset| {
            let mut content = std::fs::read(&home.db).unwrap();
            content[offset] ^= 0xff;
            let trial = home.dir.path().join("trial.sqlite3");
            std::fs::write(&trial, &content).unwrap();
            fails_integrity_check(&trial).then_some(content)
        })
        .expect("a flip that damages the file");
    std::fs::write(&home.db, &damaged).unwrap();

    let check = home.run(&["check"]);
    assert_eq!(check.status.code(), Some(1));
    let said = text(&check.stderr);
    assert!(said.contains("problem"), "{said}");
    assert!(said.contains("restore"), "{said}");

    let listed = text(&home.run(&["backups"]).stdout);
    assert!(listed.contains("good (schema"), "{listed}");
    let newest = listed
        .split_whitespace()
        .find(|word| word.ends_with(".bak"))
        .unwrap()
        .to_string();

    let refused = home.run(&["today"]);
    assert!(text(&refused.stderr).contains(&format!("restore {newest}")));

    let restored = home.run(&["restore", &newest]);
    assert!(restored.status.success(), "{}", text(&restored.stderr));
    assert!(text(&restored.stdout).contains("before-restore.bak"));
    let sound = home.run(&["check"]);
    assert!(sound.status.success(), "{}", text(&sound.stderr));
    assert!(home.run(&["today"]).status.success());
    let kept = home.dir.path().join("demo.sqlite3.before-restore.bak");
    assert_eq!(std::fs::read(kept).unwrap(), damaged);
}
