//! The data tables read from the schema, their rows in key order, and a restore: all of it in one
//! transaction, the search index rebuilt and the triggers back, or nothing when a row is wrong.

use super::Db;
use super::dump::{Affinity, Table};
use rusqlite::types::Value;

fn table(db: &Db, name: &str) -> Table {
    db.data_tables()
        .unwrap()
        .into_iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("no table {name}"))
}

fn rows(db: &Db, table: &Table) -> Vec<Vec<Value>> {
    let mut rows = Vec::new();
    db.each_row::<super::DbError>(table, |values| {
        rows.push(values.to_vec());
        Ok(())
    })
    .unwrap();
    rows
}

fn count(db: &Db, sql: &str) -> i64 {
    db.conn().query_row(sql, [], |row| row.get(0)).unwrap()
}

#[test]
fn the_data_tables_are_the_ordinary_tables_by_name_without_the_search_index() {
    let db = Db::open_in_memory().unwrap();
    let names: Vec<String> = db
        .data_tables()
        .unwrap()
        .into_iter()
        .map(|t| t.name)
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    for expected in ["channels", "posts", "mentions", "settings", "crisis_checks"] {
        assert!(names.iter().any(|n| n == expected), "{expected}: {names:?}");
    }
    assert!(
        names
            .iter()
            .all(|n| !n.starts_with("mentions_fts") && !n.starts_with("sqlite_")),
        "{names:?}"
    );
    let posts = table(&db, "posts");
    assert_eq!(posts.primary_key, ["id"]);
    assert_eq!(
        posts.columns.last().map(|c| c.name.as_str()),
        Some("network_id")
    );
    assert_eq!(
        table(&db, "audience_snapshots").primary_key,
        ["channel_id", "taken_on"]
    );
}

#[test]
fn a_table_or_column_added_by_a_later_migration_is_found_with_no_code_change() {
    let mut db = Db::open_in_memory().unwrap();
    db.write(|tx| {
        tx.execute_batch(
            "ALTER TABLE channels ADD COLUMN colour TEXT NOT NULL DEFAULT '';
             CREATE TABLE later (label TEXT, weight REAL, at DATE, PRIMARY KEY (weight, label));",
        )
    })
    .unwrap();
    assert_eq!(
        table(&db, "channels")
            .columns
            .last()
            .map(|c| c.name.as_str()),
        Some("colour")
    );
    let later = table(&db, "later");
    assert_eq!(later.primary_key, ["weight", "label"]);
    let affinities: Vec<Affinity> = later.columns.iter().map(|c| c.affinity).collect();
    assert_eq!(
        affinities,
        [Affinity::Text, Affinity::Real, Affinity::Numeric]
    );
}

#[test]
fn declared_types_give_sqlites_affinities() {
    for (declared, affinity) in [
        ("INTEGER", Affinity::Integer),
        ("BIGINT", Affinity::Integer),
        ("TEXT", Affinity::Text),
        ("VARCHAR(20)", Affinity::Text),
        ("", Affinity::Blob),
        ("BLOB", Affinity::Blob),
        ("REAL", Affinity::Real),
        ("DOUBLE", Affinity::Real),
        ("NUMERIC", Affinity::Numeric),
        ("BOOLEAN", Affinity::Numeric),
    ] {
        assert_eq!(Affinity::of(declared), affinity, "{declared}");
    }
}

#[test]
fn rows_come_in_primary_key_order_whatever_order_they_were_stored_in() {
    let mut db = Db::open_in_memory().unwrap();
    db.write(|tx| {
        tx.execute_batch(
            "INSERT INTO settings (key, value) VALUES ('zeta', '1'), ('alpha', '2'), ('mid', '3')",
        )
    })
    .unwrap();
    let keys: Vec<Value> = rows(&db, &table(&db, "settings"))
        .into_iter()
        .map(|row| row[0].clone())
        .collect();
    assert_eq!(
        keys,
        ["alpha", "mid", "zeta"].map(|k| Value::Text(k.into()))
    );
}

/// A mention row of the schema's columns, in order, found by the word `needle`.
fn mention(db: &Db, id: i64, needle: &str) -> Vec<Value> {
    table(db, "mentions")
        .columns
        .iter()
        .map(|column| match column.name.as_str() {
            "id" => Value::Integer(id),
            "source" => Value::Text("blog".into()),
            "text" => Value::Text(format!("hablan del {needle}")),
            "published_at" => Value::Text("2026-11-20T10:00:00Z".into()),
            "reach" | "is_defence" => Value::Integer(0),
            "author" => Value::Text(String::new()),
            "sentiment_auto" => Value::Text("neutral".into()),
            "status" => Value::Text("new".into()),
            _ => Value::Null,
        })
        .collect()
}

#[test]
fn a_restore_stores_the_rows_rebuilds_the_search_index_and_puts_the_triggers_back() {
    let mut db = Db::open_in_memory().unwrap();
    let triggers = count(
        &db,
        "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'trigger'",
    );
    let mentions = table(&db, "mentions");
    let row = mention(&db, 7, "cortado");
    let orphans = db
        .restore::<super::DbError>(|restorer| Ok(restorer.table(&mentions)?.insert(&row)?))
        .unwrap();
    assert!(orphans.is_empty());
    assert_eq!(rows(&db, &mentions), [row]);
    let found = "SELECT COUNT(*) FROM mentions_fts WHERE mentions_fts MATCH ";
    assert_eq!(count(&db, &format!("{found}'cortado'")), 1);
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'trigger'"
        ),
        triggers
    );
    let later = mention(&db, 8, "carajillo");
    db.write(|tx| {
        super::restore::Restorer::for_tests(tx)
            .table(&mentions)?
            .insert(&later)
    })
    .unwrap();
    assert_eq!(
        count(&db, &format!("{found}'carajillo'")),
        1,
        "the insert trigger is back"
    );
}

#[test]
fn a_restore_with_a_row_that_refers_to_a_missing_one_stores_nothing_and_names_it() {
    let mut db = Db::open_in_memory().unwrap();
    let handles = table(&db, "handles");
    let row = [1, 42]
        .map(Value::Integer)
        .into_iter()
        .chain(["x", "@nadie"].map(|t| Value::Text(t.into())));
    let row: Vec<Value> = row.collect();
    let orphans = db
        .restore::<super::DbError>(|restorer| Ok(restorer.table(&handles)?.insert(&row)?))
        .unwrap();
    assert_eq!(orphans.len(), 1);
    assert_eq!(
        (orphans[0].table.as_str(), orphans[0].parent.as_str()),
        ("handles", "people")
    );
    assert_eq!(orphans[0].rowid, Some(1));
    assert_eq!(count(&db, "SELECT COUNT(*) FROM handles"), 0);
}

#[test]
fn a_restore_whose_filling_fails_stores_nothing_and_keeps_the_triggers() {
    let mut db = Db::open_in_memory().unwrap();
    let settings = table(&db, "settings");
    let row = ["tone", "cercano"].map(|t| Value::Text(t.into()));
    let failed = db.restore::<super::DbError>(|restorer| {
        let mut rows = restorer.table(&settings)?;
        rows.insert(&row)?;
        Ok(rows.insert(&row)?)
    });
    assert!(failed.is_err(), "the second row repeats the key");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM settings"), 0);
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'trigger'"
        ),
        3
    );
}
