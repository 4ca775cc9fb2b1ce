//! Database tests: opening and migrating files safely — new files, verified backups before an
//! upgrade, failed migrations, and files that are not ours or are newer, all left untouched.

use super::seed::*;
use super::*;
use crate::domain::*;
use std::path::Path;

const EXTRA: Migration = Migration {
    name: "test step",
    sql: "CREATE TABLE extra (x INTEGER);",
};
const BROKEN: Migration = Migration {
    name: "broken step",
    sql: "CREATE TABLE extra (x INTEGER); SELECT * FROM no_such_table;",
};

fn pragma(db: &Db, name: &str) -> String {
    db.conn()
        .pragma_query_value(None, name, |row| row.get::<_, rusqlite::types::Value>(0))
        .map(|value| format!("{value:?}"))
        .unwrap()
}

#[test]
fn a_new_file_is_created_at_the_latest_schema_with_safe_pragmas() {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("new.sqlite3")).unwrap();
    assert_eq!(db.schema_version().unwrap(), LATEST_VERSION);
    assert_eq!(pragma(&db, "journal_mode"), "Text(\"wal\")");
    assert_eq!(pragma(&db, "foreign_keys"), "Integer(1)");
    assert_eq!(pragma(&db, "synchronous"), "Integer(2)");
    assert_eq!(
        pragma(&db, "application_id"),
        format!("Integer({APPLICATION_ID})")
    );
    assert!(db.is_empty().unwrap());
}

#[test]
fn upgrading_an_older_file_takes_a_verified_backup_next_to_it_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    {
        let mut db = Db::open_with(&path, &MIGRATIONS[..1]).unwrap();
        db.write(|tx| set_setting(tx, "brand_name", "Café La Ñora"))
            .unwrap();
    }
    let steps = [MIGRATIONS[0], EXTRA];
    let db = Db::open_with(&path, &steps).unwrap();
    assert_eq!(db.schema_version().unwrap(), 2);
    let backup = dir.path().join("old.sqlite3.v1.bak");
    assert!(backup.exists(), "no backup at {}", backup.display());
    let copy = Db::open_with(&backup, &MIGRATIONS[..1]).unwrap();
    assert_eq!(copy.schema_version().unwrap(), 1);
    assert_eq!(
        copy.setting("brand_name").unwrap().as_deref(),
        Some("Café La Ñora")
    );
    let has_extra: i64 = copy
        .conn()
        .query_row(
            "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'extra'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(has_extra, 0);
}

#[test]
fn a_failing_migration_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite3");
    drop(Db::open_with(&path, &MIGRATIONS[..1]).unwrap());
    assert!(Db::open_with(&path, &[MIGRATIONS[0], BROKEN]).is_err());
    let db = Db::open_with(&path, &MIGRATIONS[..1]).unwrap();
    assert_eq!(db.schema_version().unwrap(), 1);
    let has_extra: i64 = db
        .conn()
        .query_row(
            "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'extra'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(has_extra, 0);
}

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn a_file_from_a_newer_cmdeck_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        conn.execute_batch("CREATE TABLE future (x);").unwrap();
    }
    let before = bytes(&path);
    let error = Db::open(&path).err().unwrap();
    assert!(
        matches!(error, DbError::TooNew { found: 99, .. }),
        "{error}"
    );
    assert!(error.to_string().contains("newer"));
    assert_eq!(bytes(&path), before);
    assert!(!dir.path().join("newer.sqlite3-wal").exists());
}

#[test]
fn another_programs_sqlite_file_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE invoices (id INTEGER PRIMARY KEY); INSERT INTO invoices VALUES (1);",
        )
        .unwrap();
    }
    let before = bytes(&path);
    assert!(matches!(Db::open(&path), Err(DbError::NotCmdeck { .. })));
    assert_eq!(bytes(&path), before);
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.sqlite3");
    std::fs::write(
        &path,
        "Esto no es una base de datos, son mis notas.\n".repeat(200),
    )
    .unwrap();
    let before = bytes(&path);
    let error = Db::open(&path).err().unwrap();
    assert!(matches!(error, DbError::NotCmdeck { .. }));
    assert!(error.to_string().contains("not a cmdeck database"));
    assert_eq!(bytes(&path), before);
}

#[test]
fn foreign_keys_are_enforced() {
    let mut db = Db::open_in_memory().unwrap();
    let result = db.write(|tx| {
        insert_handle(tx, 4242, Network::X, "@nadie")?;
        Ok(())
    });
    assert!(result.is_err());
    let handles: i64 = db
        .conn()
        .query_row("SELECT COUNT(*) FROM handles", [], |r| r.get(0))
        .unwrap();
    assert_eq!(handles, 0);
}

#[test]
fn upgrading_links_the_items_made_from_mentions_and_takes_the_mention_kind_keeping_every_row() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    let before = MIGRATIONS
        .iter()
        .position(|m| m.sql.contains("mention_id"))
        .unwrap();
    {
        let mut db = Db::open_with(&path, &MIGRATIONS[..before]).unwrap();
        db.write(|tx| {
            tx.execute_batch(
                "INSERT INTO channels (id, network, handle, char_limit) VALUES (1, 'instagram', '@nora', 2200);
                 INSERT INTO mentions (id, source, author, text, published_at, reach, sentiment_auto, status)
                   VALUES (7, 'reddit', 'u/ana', 'La Ñora', '2026-11-20T08:30:00Z', 10, 'negative', 'actioned');
                 INSERT INTO messages (id, channel_id, kind, external_id, author, body, received_at, status)
                   VALUES (1, 1, 'comment', 'mention-7', 'u/ana', 'La Ñora', '2026-11-20T08:30:00Z', 'replied'),
                          (2, 1, 'dm', 'ig-2', '@luis', 'Hola', '2026-11-21T08:30:00Z', 'new');
                 INSERT INTO replies (message_id, body, sent_at) VALUES (1, 'Gracias', '2026-11-20T09:00:00Z');",
            )
        })
        .unwrap();
        let refused =
            db.write(|tx| tx.execute("UPDATE messages SET kind = 'mention' WHERE id = 2", []));
        assert!(refused.is_err(), "the old schema has no mention kind");
    }
    let mut db = Db::open_with(&path, MIGRATIONS).unwrap();
    let read = |db: &Db, sql: &str| -> String {
        db.conn()
            .query_row(sql, [], |row| row.get::<_, String>(0))
            .unwrap()
    };
    assert_eq!(
        read(
            &db,
            "SELECT group_concat(id || ':' || COALESCE(mention_id, '-'), ' ') FROM messages"
        ),
        "1:7 2:-"
    );
    assert_eq!(read(&db, "SELECT body FROM replies"), "Gracias");
    db.write(|tx| tx.execute("UPDATE messages SET kind = 'mention' WHERE id = 2", []))
        .unwrap();
    let refused = db.write(|tx| tx.execute("UPDATE messages SET kind = 'tweet' WHERE id = 2", []));
    assert!(refused.is_err(), "the kind is still checked");
    assert_eq!(read(&db, "PRAGMA integrity_check"), "ok");
}

/// Every file in `dir`, by name, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A small cmdeck file with a few rows, closed, in rollback-journal mode (no side files).
fn closed_cmdeck_file(path: &Path) {
    {
        let mut db = Db::open(path).unwrap();
        db.write(|tx| set_setting(tx, "brand_name", "Café La Ñora"))
            .unwrap();
    }
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))
        .unwrap();
}

fn set_user_version(path: &Path, version: i64) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_update(None, "user_version", version).unwrap();
}

#[test]
fn a_negative_schema_version_is_refused_in_one_sentence_and_the_file_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("minus.sqlite3");
    closed_cmdeck_file(&path);
    set_user_version(&path, -1);
    let (before, files) = (bytes(&path), listing(dir.path()));
    let error = Db::open(&path).err().unwrap();
    assert!(
        matches!(error, DbError::UnknownVersion { found: -1, .. }),
        "{error}"
    );
    let message = error.to_string();
    assert!(
        !message.contains('\n') && message.contains("left untouched"),
        "{message}"
    );
    assert_eq!(bytes(&path), before);
    assert_eq!(listing(dir.path()), files);
}

#[test]
fn a_zeroed_schema_version_on_a_file_with_tables_is_refused_without_any_sql_in_the_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("zero.sqlite3");
    closed_cmdeck_file(&path);
    set_user_version(&path, 0);
    let before = bytes(&path);
    let error = Db::open(&path).err().unwrap();
    assert!(
        matches!(error, DbError::UnknownVersion { found: 0, .. }),
        "{error}"
    );
    let message = error.to_string();
    assert!(
        !message.contains("CREATE") && message.lines().count() == 1,
        "{message}"
    );
    assert_eq!(bytes(&path), before);
}

/// Flips one byte in the middle of one page after another, keeping the first flip that makes
/// the file fail SQLite's check while its header still reads as cmdeck's.
fn damage(path: &Path) {
    let original = bytes(path);
    let page = 4096;
    for offset in (page..original.len())
        .step_by(page)
        .map(|start| start + page / 2)
    {
        let mut content = original.clone();
        content[offset] ^= 0xff;
        std::fs::write(path, &content).unwrap();
        let ours = super::backup::verify(path) != Err("it is not a cmdeck database".into())
            && rusqlite::Connection::open_with_flags(
                path,
                rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
            )
            .and_then(|conn| {
                conn.query_row("PRAGMA application_id", [], |row| row.get::<_, i32>(0))
            })
            .is_ok_and(|id| id == APPLICATION_ID);
        if ours && !super::health::check_file(path).is_sound() {
            return;
        }
    }
    panic!("no single flipped byte damaged {}", path.display());
}

#[test]
fn a_damaged_file_is_refused_untouched_with_no_file_beside_it_and_the_newest_good_backup_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite3");
    closed_cmdeck_file(&path);
    let good = dir.path().join("desk.sqlite3.v3.bak");
    Db::open(&path).unwrap().backup_to(&good).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))
        .unwrap();
    drop(conn);
    damage(&path);
    let (before, files) = (bytes(&path), listing(dir.path()));
    for desk in [false, true] {
        let opened = if desk {
            Db::open_for_desk(&path)
        } else {
            Db::open(&path)
        };
        let error = opened.err().unwrap();
        assert!(matches!(error, DbError::Damaged { .. }), "{error}");
        let message = error.to_string();
        assert!(message.contains("left untouched"), "{message}");
        assert!(
            message.contains(&format!("restore {}", good.display())),
            "{message}"
        );
        assert_eq!(bytes(&path), before);
        assert_eq!(listing(dir.path()), files, "a file appeared beside it");
    }
}

#[test]
fn a_backup_left_half_written_by_a_killed_upgrade_never_takes_the_backup_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    {
        let mut db = Db::open_with(&path, &MIGRATIONS[..1]).unwrap();
        db.write(|tx| set_setting(tx, "brand_name", "Café La Ñora"))
            .unwrap();
    }
    // What a kill during the copy leaves: the first pages under the temporary name.
    let partial = dir.path().join("old.sqlite3.v1.bak.partial");
    std::fs::write(&partial, &bytes(&path)[..4096]).unwrap();
    let db = Db::open_with(&path, &[MIGRATIONS[0], EXTRA]).unwrap();
    assert_eq!(db.schema_version().unwrap(), 2);
    let backup = dir.path().join("old.sqlite3.v1.bak");
    assert_eq!(super::backup::verify(&backup), Ok(1));
    assert!(!partial.exists());
    let names = listing(dir.path());
    assert!(
        !names
            .iter()
            .any(|name| name.starts_with("old.sqlite3.v1.bak") && name != "old.sqlite3.v1.bak"),
        "{names:?}"
    );
}

#[test]
fn restoring_refuses_a_damaged_backup_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite3");
    closed_cmdeck_file(&path);
    let bad = dir.path().join("bad.bak");
    std::fs::copy(&path, &bad).unwrap();
    damage(&bad);
    let before = bytes(&path);
    let refusal = super::backup::restore(&path, &bad).unwrap_err();
    assert!(refusal.contains("cannot be restored"), "{refusal}");
    assert_eq!(bytes(&path), before);
    assert!(!dir.path().join("desk.sqlite3.before-restore.bak").exists());
}

#[test]
fn restoring_a_good_backup_keeps_the_current_file_aside_and_brings_the_backup_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite3");
    closed_cmdeck_file(&path);
    let copy = dir.path().join("monday.bak");
    Db::open(&path).unwrap().backup_to(&copy).unwrap();
    {
        let mut db = Db::open(&path).unwrap();
        db.write(|tx| set_setting(tx, "brand_name", "Otro nombre"))
            .unwrap();
    }
    let (version, kept) = super::backup::restore(&path, &copy).unwrap();
    assert_eq!(version, LATEST_VERSION);
    let db = Db::open(&path).unwrap();
    assert_eq!(
        db.setting("brand_name").unwrap().as_deref(),
        Some("Café La Ñora")
    );
    let kept = Db::open(&kept.unwrap()).unwrap();
    assert_eq!(
        kept.setting("brand_name").unwrap().as_deref(),
        Some("Otro nombre")
    );
}

#[test]
fn a_backup_opens_with_no_wal_or_shm_file_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite3");
    closed_cmdeck_file(&path);
    let copy = dir.path().join("copies").join("one.bak");
    std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
    Db::open(&path).unwrap().backup_to(&copy).unwrap();
    assert_eq!(super::backup::verify(&copy), Ok(LATEST_VERSION));
    assert_eq!(listing(copy.parent().unwrap()), vec!["one.bak".to_string()]);
}

#[test]
fn the_daily_backup_is_taken_once_a_day_and_only_the_newest_seven_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite3");
    closed_cmdeck_file(&path);
    let db = Db::open(&path).unwrap();
    let folder = super::backup::rolling_dir(&path);
    std::fs::create_dir_all(&folder).unwrap();
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3 * 24 * 3600);
    for day in 1..=8 {
        let file = folder.join(format!("desk.sqlite3.2026-11-0{day}.bak"));
        db.backup_to(&file).unwrap();
        let stamp = old - std::time::Duration::from_secs(24 * 3600 * (9 - day));
        std::fs::File::options()
            .write(true)
            .open(&file)
            .unwrap()
            .set_modified(stamp)
            .unwrap();
    }
    let taken = db.rolling_backup(&path, "2026-12-02").unwrap();
    assert_eq!(taken, Some(folder.join("desk.sqlite3.2026-12-02.bak")));
    assert_eq!(db.rolling_backup(&path, "2026-12-02-later").unwrap(), None);
    let names = listing(&folder);
    assert_eq!(names.len(), super::backup::ROLLING_KEPT, "{names:?}");
    assert!(names.contains(&"desk.sqlite3.2026-12-02.bak".to_string()));
    assert!(!names.contains(&"desk.sqlite3.2026-11-01.bak".to_string()));
    assert!(!names.contains(&"desk.sqlite3.2026-11-02.bak".to_string()));
}

#[test]
fn a_second_connection_opens_while_the_first_holds_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite3");
    let mut first = Db::open(&path).unwrap();
    first
        .write(|tx| set_setting(tx, "brand_name", "Café La Ñora"))
        .unwrap();
    let second = Db::open(&path).map_err(|e| e.to_string());
    assert!(second.is_ok(), "{second:?}", second = second.err());
}

#[test]
fn a_database_held_by_another_program_says_to_close_it_or_wait() {
    let busy = DbError::Sqlite(rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
        Some("database is locked".into()),
    ));
    let message = busy.to_string();
    assert!(message.contains("another program"), "{message}");
    assert!(message.contains("close that program or wait"), "{message}");
    assert!(message.contains("nothing was changed"), "{message}");
}

#[test]
fn a_file_that_is_not_a_database_is_refused_in_spanish_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notas.sqlite3");
    std::fs::write(&path, "Son mis notas, no una base de datos.\n".repeat(200)).unwrap();
    let error = Db::open(&path).err().unwrap();
    let message = error.message(crate::i18n::Lang::Es);
    assert_eq!(
        message,
        format!(
            "{} no es una base de datos de cmdeck (o está dañada); no se ha tocado — indica otro archivo con --db",
            path.display()
        )
    );
    assert_eq!(error.message(crate::i18n::Lang::En), error.to_string());
}

#[test]
fn a_locked_database_says_in_spanish_to_close_the_other_program_or_wait() {
    let busy = DbError::Sqlite(rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
        Some("database is locked".into()),
    ));
    let message = busy.message(crate::i18n::Lang::Es);
    assert!(
        message.starts_with("la base de datos está ocupada"),
        "{message}"
    );
    assert!(message.contains("más de 5 s"), "{message}");
    assert!(message.contains("no se ha cambiado nada"), "{message}");
}

#[test]
fn a_newer_or_damaged_file_is_refused_in_spanish_with_what_to_do() {
    let newer = DbError::TooNew {
        path: "/srv/marca.sqlite3".into(),
        found: 40,
        known: 12,
    };
    assert_eq!(
        newer.message(crate::i18n::Lang::Es),
        "/srv/marca.sqlite3 usa la versión de esquema 40, más nueva de lo que entiende este cmdeck (versión 12); no se ha tocado — actualiza cmdeck para abrirlo"
    );
    let damaged = DbError::Damaged {
        path: "/srv/marca.sqlite3".into(),
        finding: "database disk image is malformed".into(),
        backup: Some("/srv/backups/marca.sqlite3.2026-12-01.bak".into()),
    };
    let message = damaged.message(crate::i18n::Lang::Es);
    assert!(
        message.starts_with("/srv/marca.sqlite3 está dañado (la comprobación de SQLite dice: database disk image is malformed)"),
        "{message}"
    );
    assert!(
        message.ends_with("restaura su copia de seguridad buena más reciente con `cmdeck --db /srv/marca.sqlite3 restore /srv/backups/marca.sqlite3.2026-12-01.bak`"),
        "{message}"
    );
}

#[test]
fn a_channel_clash_and_a_channel_with_history_are_refused_in_spanish() {
    let mut db = Db::open_in_memory().unwrap();
    let setup =
        crate::domain::channels::ChannelSetup::new(Network::Instagram, "cafelanora").unwrap();
    let id = db.add_channel(&setup).unwrap();
    let clash = db.add_channel(&setup).unwrap_err();
    assert_eq!(
        clash.message(crate::i18n::Lang::Es),
        "el canal instagram:@cafelanora ya existe"
    );
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    db.record_followers(id, day, 1_200).unwrap();
    let history = db.delete_unused_channel(id).unwrap_err();
    assert_eq!(
        history.message(crate::i18n::Lang::Es),
        "instagram:@cafelanora tiene 0 publicaciones, 0 mensajes y 1 cifra de seguidores; archívalo en su lugar, así se conserva su historial"
    );
    assert_eq!(
        history.to_string(),
        "instagram:@cafelanora has 0 posts, 0 messages and 1 follower counts; archive it instead, its history is kept"
    );
    let missing: Vec<_> = crate::i18n::missing_messages()
        .into_iter()
        .filter(|key| key.contains("error-"))
        .collect();
    assert!(missing.is_empty(), "{missing:?}");
}
