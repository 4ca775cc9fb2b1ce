//! The mention importer on an in-memory database with two listening rules: CSV and JSON, good,
//! bad and duplicate rows, rule names and the listening rules deciding.

use super::mentions::import_mentions;
use super::messages::{Format, ImportReport};
use crate::db::Db;
use crate::domain::Sentiment;
use std::path::{Path, PathBuf};

fn db() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    db.write(|tx| {
        tx.execute_batch(
            "INSERT INTO listening_rules (id, name, kind, terms) VALUES
               (1, 'Marca: Café La Ñora', 'brand', 'la ñora'),
               (2, 'Competidor: Brío', 'competitor', 'brío');",
        )
    })
    .unwrap();
    db
}

fn write(dir: &Path, name: &str, content: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

/// The rules' own matcher: "ñora" is rule 1, nothing else matches.
fn classify(text: &str, _source: &str, _language: Option<&str>) -> Option<i64> {
    crate::text::fold(text).contains("nora").then_some(1)
}

fn import(db: &mut Db, path: &Path, partial: bool) -> ImportReport {
    import_mentions(db, path, partial, &classify).unwrap()
}

fn rows(db: &Db) -> Vec<crate::domain::rows::MentionRow> {
    let mut rows = db.new_mentions_page(0, 100).unwrap().rows;
    rows.sort_by_key(|m| m.id);
    rows
}

const CSV: &str = "source,url,external_id,author,text,published_at,reach,sentiment,rule\n\
    reddit,https://r.example/1,r1,@ana,\"La Ñora, qué rico\",2026-11-20 10:00,120,,\n\
    news,https://n.example/2,,Diario,Brío baja precios,2026-11-21T09:00:00Z,,negative,competidor: brio\n\
    x,,x9,@luis,nada de nada,2026-11-22 08:00,,,\n";

#[test]
fn a_good_mentions_csv_is_stored_with_rules_by_name_or_by_matching() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let report = import(&mut db, &write(dir.path(), "m.csv", CSV), false);
    assert_eq!(
        (report.added, report.duplicates, report.format),
        (3, 0, Format::Csv)
    );
    let rows = rows(&db);
    assert_eq!(rows[0].rule.as_deref(), Some("Marca: Café La Ñora"));
    assert_eq!(rows[0].reach, 120);
    assert_eq!(rows[1].rule.as_deref(), Some("Competidor: Brío"));
    assert_eq!(rows[1].sentiment, Sentiment::Negative);
    assert!(rows[1].sentiment_corrected);
    assert_eq!(
        rows[2].rule, None,
        "given on purpose, stored without a rule"
    );
}

#[test]
fn a_mentions_file_with_bad_rows_stores_nothing_and_names_every_bad_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let bad =
        format!("{CSV}news,,,,,2026-11-22 08:00,,,\nnews,,,,texto,ayer,-3,feliz,Desconocida\n");
    let path = write(dir.path(), "m.csv", &bad);
    let report = import(&mut db, &path, false);
    assert_eq!(report.added, 0);
    let lines: Vec<usize> = report.rejected.iter().map(|e| e.line).collect();
    assert_eq!(lines, [5, 6, 6, 6, 6]);
    assert!(report.rejected[0].message.contains("“text” is missing"));
    assert!(
        report.rejected[4]
            .message
            .contains("unknown rule “Desconocida”")
    );
    assert_eq!(db.mention_count().unwrap(), 0);
    let partial = import(&mut db, &path, true);
    assert_eq!((partial.added, partial.bad_rows()), (3, 2));
}

#[test]
fn duplicate_mentions_are_skipped_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let twice =
        format!("{CSV}reddit,https://r.example/1,other,@ana,otra vez,2026-11-20 10:00,,,\n");
    let path = write(dir.path(), "m.csv", &twice);
    assert_eq!(import(&mut db, &path, false).duplicates, 1);
    let again = import(&mut db, &path, false);
    assert_eq!((again.added, again.duplicates), (0, 4));
    assert_eq!(db.mention_count().unwrap(), 3);
}

#[test]
fn a_json_object_with_a_mentions_array_is_read_and_unknown_keys_are_row_errors() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let json = r#"{"mentions": [
        {"source": "mastodon", "url": "https://m.example/1", "text": "Me encanta La Ñora", "published_at": "2026-11-20T10:00:00Z", "reach": 5},
        {"source": "mastodon", "text": "x", "published_at": "2026-11-20T10:00:00Z", "likes": 3}
    ]}"#;
    let path = write(dir.path(), "m.json", json);
    let report = import(&mut db, &path, false);
    assert_eq!(report.format, Format::Json);
    assert_eq!(report.rejected.len(), 1);
    assert_eq!(report.rejected[0].line, 2);
    assert!(
        report.rejected[0]
            .message
            .contains("“likes” is not a field of mentions")
    );
    let report = import(&mut db, &path, true);
    assert_eq!(report.added, 1);
    assert_eq!(rows(&db)[0].sentiment_auto, Sentiment::Positive);
}

#[test]
fn a_csv_is_read_row_by_row_with_its_bom_and_a_bad_row_rolls_every_row_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let good = write(
        dir.path(),
        "bom.csv",
        "\u{FEFF}source,text,published_at,url\nweb,La Ñora mola,2026-11-20 10:00,https://a.example/1\nweb,otra,2026-11-20 11:00,https://a.example/2\n",
    );
    let report = import(&mut db, &good, false);
    assert_eq!(
        (report.added, report.duplicates, report.bad_rows()),
        (2, 0, 0)
    );
    let bad = write(
        dir.path(),
        "bad.csv",
        "source,text,published_at,url\nweb,nueva,2026-11-21 10:00,https://a.example/3\nweb,,2026-11-21 11:00,https://a.example/4\nweb,La Ñora,2026-11-20 10:00,https://a.example/1\n",
    );
    let report = import(&mut db, &bad, false);
    assert_eq!((report.added, report.duplicates), (0, 0));
    assert_eq!(report.rejected[0].line, 3);
    assert_eq!(
        db.mention_count().unwrap(),
        2,
        "the good row before the bad one was rolled back"
    );
    let report = import(&mut db, &bad, true);
    assert_eq!(
        (report.added, report.duplicates, report.bad_rows()),
        (1, 1, 1)
    );
    assert_eq!(db.mention_count().unwrap(), 3);
}

#[test]
fn a_csv_that_is_not_utf8_names_its_line_and_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let path = dir.path().join("latin1.csv");
    std::fs::write(
        &path,
        b"source,text,published_at\nweb,ok,2026-11-20 10:00\nweb,caf\xe9,2026-11-20 11:00\n",
    )
    .unwrap();
    let error = import_mentions(&mut db, &path, true, &classify).unwrap_err();
    assert!(error.to_string().contains("line 3"), "{error}");
    assert_eq!(db.mention_count().unwrap(), 0);
}
