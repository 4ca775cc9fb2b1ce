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
