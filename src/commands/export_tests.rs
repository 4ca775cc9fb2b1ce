//! `cmdeck export` then `cmdeck import all` on in-memory databases: values of every kind, in
//! columns of every affinity, come back identical, and the second export is the same bytes.

use super::export::tables;
use super::import_all::all;
use crate::cli::ExportFormat;
use crate::db::Db;
use std::collections::BTreeMap;
use std::path::Path;

/// A table of every affinity, as a later migration could add one.
const LATER_TABLE: &str = "CREATE TABLE later (id INTEGER PRIMARY KEY, i INTEGER, r REAL,
                                               t TEXT, n NUMERIC, b BLOB)";

fn db_with_later_table() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    db.write(|tx| tx.execute_batch(LATER_TABLE)).unwrap();
    db
}

/// Stored the way cmdeck stores them: bound values, converted by each column's affinity.
fn tricky_rows(db: &mut Db) {
    use rusqlite::types::Value as V;
    let texts = [
        "",
        "\\N",
        "\\x00",
        "inf",
        "dos\nlíneas, \"comillas\"\r\n☕ 😀",
        "=1+1",
        "-1+2",
        "'=x",
        "@SUM(A1)",
        "\t=1",
        "\u{1b}[31mrojo\u{7}",
        "uno\u{2028}dos \\ fin",
    ];
    let mut rows: Vec<[V; 5]> = vec![
        [V::Null, V::Null, V::Null, V::Null, V::Null],
        [
            V::Integer(i64::MIN),
            V::Real(0.1),
            V::Text("12".into()),
            V::Text("1.50".into()),
            V::Blob(vec![0, 0xff]),
        ],
        [
            V::Real(2.5),
            V::Integer(3),
            V::Real(1.0 / 3.0),
            V::Real(4.0),
            V::Integer(7),
        ],
        [
            V::Real(f64::INFINITY),
            V::Real(5e-324),
            V::Text(String::new()),
            V::Real(1e20),
            V::Text("texto".into()),
        ],
    ];
    rows.extend(texts.iter().map(|t| {
        let text = || V::Text((*t).into());
        [text(), text(), text(), text(), text()]
    }));
    db.write(|tx| {
        for row in &rows {
            tx.execute(
                "INSERT INTO later (i, r, t, n, b) VALUES (?1, ?2, ?3, ?4, ?5)",
                rusqlite::params_from_iter(row),
            )?;
        }
        Ok(())
    })
    .unwrap();
}

/// Every file of `dir` by name, with its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            (name, std::fs::read(entry.path()).unwrap())
        })
        .collect()
}

/// Every value of the later table, with its SQLite type.
fn stored(db: &mut Db) -> Vec<(String, String)> {
    db.write(|tx| {
        tx.prepare(
            "SELECT typeof(i) || typeof(r) || typeof(t) || typeof(n) || typeof(b),
                    quote(i) || ' ' || quote(r) || ' ' || quote(t) || ' ' || quote(n) || ' ' || quote(b)
             FROM later ORDER BY id",
        )?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect()
    })
    .unwrap()
}

#[test]
fn values_of_every_kind_come_back_identical_through_csv_and_the_second_export_is_the_same() {
    let mut first = db_with_later_table();
    tricky_rows(&mut first);
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    tables(&first, ExportFormat::Csv, &a, crate::i18n::Lang::En).unwrap();
    let mut second = db_with_later_table();
    let said = all(&mut second, &a, crate::i18n::Lang::En).unwrap();
    assert!(said.starts_with("Imported "), "{said}");
    assert_eq!(stored(&mut second), stored(&mut first));
    tables(&second, ExportFormat::Csv, &b, crate::i18n::Lang::En).unwrap();
    assert_eq!(files(&a), files(&b));
    let csv = String::from_utf8(files(&a)["later.csv"].clone()).unwrap();
    assert!(
        csv.starts_with("id,i,r,t,n,b\n1,\\N,\\N,\\N,\\N,\\N\n"),
        "{csv}"
    );
    assert!(csv.contains(",'=1+1,") && csv.contains(",''=x,"), "{csv}");
    assert!(!csv.contains(['\u{1b}', '\u{7}', '\u{2028}']), "{csv}");
}

#[test]
fn values_come_back_identical_through_raw_csv_whose_texts_are_as_stored() {
    let mut first = db_with_later_table();
    tricky_rows(&mut first);
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    tables(&first, ExportFormat::RawCsv, &a, crate::i18n::Lang::En).unwrap();
    let manifest = String::from_utf8(files(&a)["cmdeck-export.json"].clone()).unwrap();
    assert!(manifest.contains("\"format\": \"raw-csv\""), "{manifest}");
    let csv = String::from_utf8(files(&a)["later.csv"].clone()).unwrap();
    assert!(
        csv.contains(",=1+1,") && csv.contains("\u{1b}[31m"),
        "{csv}"
    );
    let mut second = db_with_later_table();
    all(&mut second, &a, crate::i18n::Lang::En).unwrap();
    assert_eq!(stored(&mut second), stored(&mut first));
    tables(&second, ExportFormat::RawCsv, &b, crate::i18n::Lang::En).unwrap();
    assert_eq!(files(&a), files(&b));
}

#[test]
fn values_of_every_kind_but_an_infinite_real_come_back_identical_through_json() {
    let mut first = db_with_later_table();
    tricky_rows(&mut first);
    let dir = tempfile::tempdir().unwrap();
    let refused = tables(
        &first,
        ExportFormat::Json,
        &dir.path().join("x"),
        crate::i18n::Lang::En,
    );
    let Err(super::CommandError::Usage(lines)) = refused else {
        panic!("an infinite real is refused in JSON: {refused:?}");
    };
    assert!(
        lines[0].starts_with("later: row 4, column “i”"),
        "{lines:?}"
    );
    first
        .write(|tx| tx.execute_batch("UPDATE later SET i = 0 WHERE id = 4"))
        .unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    tables(&first, ExportFormat::Json, &a, crate::i18n::Lang::En).unwrap();
    let mut second = db_with_later_table();
    all(&mut second, &a, crate::i18n::Lang::En).unwrap();
    assert_eq!(stored(&mut second), stored(&mut first));
    tables(&second, ExportFormat::Json, &b, crate::i18n::Lang::En).unwrap();
    assert_eq!(files(&a), files(&b));
    let json = String::from_utf8(files(&a)["later.json"].clone()).unwrap();
    assert!(
        json.starts_with("[\n{\"id\":1,\"i\":null,\"r\":null,\"t\":null,\"n\":null,\"b\":null},\n"),
        "{json}"
    );
}

#[test]
fn import_all_refuses_a_database_that_already_holds_data() {
    let mut db = db_with_later_table();
    let dir = tempfile::tempdir().unwrap();
    tables(&db, ExportFormat::Csv, dir.path(), crate::i18n::Lang::En).unwrap();
    tricky_rows(&mut db);
    let before = stored(&mut db);
    let refused = all(&mut db, dir.path(), crate::i18n::Lang::En);
    let Err(super::CommandError::Usage(lines)) = refused else {
        panic!("a database with data is refused: {refused:?}");
    };
    assert!(
        lines[0].starts_with("the database already holds data (later: 16 rows)"),
        "{lines:?}"
    );
    assert_eq!(stored(&mut db), before);
}
