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
    assert!(
        report.rejected[0]
            .reason
            .to_string()
            .contains("“text” is missing")
    );
    assert!(
        report.rejected[4]
            .reason
            .to_string()
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
            .reason
            .to_string()
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
fn a_row_that_is_not_utf8_is_left_out_with_its_line_and_partial_stores_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let path = dir.path().join("latin1.csv");
    std::fs::write(
        &path,
        b"source,text,published_at\nweb,ok,2026-11-20 10:00\nweb,caf\xe9,2026-11-20 11:00\n",
    )
    .unwrap();
    let report = import_mentions(&mut db, &path, true, &classify).unwrap();
    assert_eq!(report.added, 1);
    assert_eq!(report.rejected.len(), 1);
    assert_eq!(report.rejected[0].line, 3);
    assert!(report.rejected[0].reason.to_string().contains("not UTF-8"));
    assert_eq!(report.rejected[0].raw, b"web,caf\xe9,2026-11-20 11:00\n");
    assert_eq!(db.mention_count().unwrap(), 1);
    let refused = import_mentions(&mut db, &path, false, &classify).unwrap();
    assert_eq!((refused.added, refused.rejected.len()), (0, 1));
    assert_eq!(db.mention_count().unwrap(), 1);
}

/// The search triggers on mentions, by name.
fn search_triggers(db: &Db) -> Vec<String> {
    let mut stmt = db
        .conn()
        .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        .unwrap();
    stmt.query_map([], |row| row.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

/// The ids the full-text index finds for `typed` among all mentions.
fn found(db: &Db, typed: &str) -> Vec<i64> {
    let mut ids: Vec<i64> = db
        .mentions_search_candidates(
            crate::domain::mentions::MentionView::All,
            &Default::default(),
            typed,
        )
        .unwrap()
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    ids.sort();
    ids
}

/// How many mentions the full-text index holds for `word`.
fn indexed(db: &Db, word: &str) -> i64 {
    db.conn()
        .query_row(
            "SELECT COUNT(*) FROM mentions_fts WHERE mentions_fts MATCH ?1",
            [word],
            |row| row.get(0),
        )
        .unwrap()
}

/// A CSV of `count` mentions numbered from 1, each with its own url, plus `extra` lines.
fn numbered_csv(count: usize, extra: &str) -> String {
    let mut csv = String::from("source,text,published_at,url\n");
    for n in 1..=count {
        csv.push_str(&format!(
            "web,pedido número{n} en La Ñora,2026-11-20 10:00,https://a.example/{n}\n"
        ));
    }
    csv.push_str(extra);
    csv
}

#[test]
fn a_large_csv_crosses_many_batches_and_every_row_is_searchable_afterwards() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let repeat = "web,otra vez,2026-11-20 10:00,https://a.example/7\n";
    let path = write(dir.path(), "big.csv", &numbered_csv(2_500, repeat));
    let report = import(&mut db, &path, false);
    assert_eq!((report.added, report.duplicates), (2_500, 1));
    assert_eq!(found(&db, "numero2499"), vec![2_499]);
    assert_eq!(indexed(&db, "nora"), 2_500);
    assert_eq!(
        search_triggers(&db),
        [
            "mentions_fts_delete",
            "mentions_fts_insert",
            "mentions_fts_update"
        ]
    );
    db.write(|tx| {
        tx.execute(
            "INSERT INTO mentions (source, text, published_at) VALUES ('web', 'recién llegada', '2026-11-22T10:00:00Z')",
            [],
        )
    })
    .unwrap();
    assert_eq!(
        found(&db, "recien"),
        vec![2_501],
        "a mention stored after the import is indexed by the trigger put back"
    );
    db.conn()
        .execute_batch("INSERT INTO mentions_fts (mentions_fts) VALUES ('integrity-check')")
        .unwrap();
}

#[test]
fn a_bad_row_in_a_late_batch_rolls_back_the_rows_and_leaves_the_index_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let first = write(dir.path(), "first.csv", &numbered_csv(3, ""));
    import(&mut db, &first, false);
    let bad_row = "web,,2026-11-21 11:00,https://a.example/x\n";
    let path = write(dir.path(), "late.csv", &numbered_csv(2_100, bad_row));
    let report = import(&mut db, &path, false);
    assert_eq!(report.rejected[0].line, 2_102);
    assert_eq!(db.mention_count().unwrap(), 3);
    assert_eq!(found(&db, "nora"), vec![1, 2, 3]);
    assert_eq!(search_triggers(&db).len(), 3);
    let report = import(&mut db, &path, true);
    assert_eq!(
        (report.added, report.duplicates, report.bad_rows()),
        (2_097, 3, 1)
    );
    assert_eq!(indexed(&db, "nora"), 2_100);
}

#[test]
fn mentions_without_url_or_id_are_duplicates_only_with_the_same_source_author_time_and_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let path = write(
        dir.path(),
        "plain.csv",
        "source,text,published_at,author\nweb,hola,2026-11-20 10:00,@a\nweb,hola,2026-11-20 10:00,@a\nweb,hola,2026-11-20 10:00,@b\n",
    );
    let report = import(&mut db, &path, false);
    assert_eq!((report.added, report.duplicates), (2, 1));
}
