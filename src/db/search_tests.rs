//! The full-text index of mentions: accents and case ignored, words as prefixes, restricted to
//! the view, and kept in step with inserts, edits and deletions by the schema's triggers.

use super::Db;
use super::mention_list::fts_query;
use crate::domain::mentions::MentionFilter;
use crate::domain::mentions::MentionView;

fn db() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    db.write(|tx| {
        tx.execute_batch(
            "INSERT INTO mentions (id, source, url, author, text, published_at, status) VALUES
               (1, 'web', 'https://a/1', '@ana', 'El café de La Ñora es genial', '2026-11-20T10:00:00Z', 'reviewed'),
               (2, 'x', 'https://a/2', '@bea', 'Cafeteria nueva en Russafa', '2026-11-21T10:00:00Z', 'new'),
               (3, 'web', 'https://a/3', '@nora_fan', 'Nada que ver', '2026-11-22T10:00:00Z', 'ignored');",
        )
    })
    .unwrap();
    db
}

fn ids(db: &Db, view: MentionView, typed: &str) -> Vec<i64> {
    let mut found: Vec<i64> = db
        .mentions_search_candidates(view, &MentionFilter::default(), typed)
        .unwrap()
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    found.sort();
    found
}

#[test]
fn typed_words_become_accent_free_quoted_prefixes() {
    assert_eq!(
        fts_query("Ñora café").as_deref(),
        Some("\"nora\"* \"cafe\"*")
    );
    assert_eq!(
        fts_query("\"x\" OR y*").as_deref(),
        Some("\"x\"* \"or\"* \"y\"*")
    );
    assert_eq!(fts_query("  -- "), None);
}

#[test]
fn search_ignores_accents_matches_prefixes_and_keeps_to_the_view() {
    let db = db();
    assert_eq!(ids(&db, MentionView::All, "nora"), vec![1, 3]);
    assert_eq!(ids(&db, MentionView::All, "caf"), vec![1, 2]);
    assert_eq!(ids(&db, MentionView::All, "café ñora"), vec![1]);
    assert_eq!(ids(&db, MentionView::Ignored, "nora"), vec![3]);
    assert_eq!(ids(&db, MentionView::All, ""), Vec::<i64>::new());
}

#[test]
fn the_index_follows_inserts_edits_and_deletions() {
    let mut db = db();
    db.write(|tx| {
        tx.execute_batch(
            "INSERT INTO mentions (id, source, url, author, text, published_at) VALUES
               (4, 'web', 'https://a/4', '@x', 'Tostadero del Norte', '2026-11-22T11:00:00Z');
             UPDATE mentions SET text = 'Otra cosa' WHERE id = 1;
             DELETE FROM mentions WHERE id = 2;",
        )
    })
    .unwrap();
    assert_eq!(ids(&db, MentionView::All, "tostadero"), vec![4]);
    assert_eq!(ids(&db, MentionView::All, "nora"), vec![3]);
    assert_eq!(ids(&db, MentionView::All, "caf"), Vec::<i64>::new());
}

#[test]
fn a_bulk_load_indexes_its_rows_in_one_pass_and_puts_the_trigger_back() {
    let mut db = db();
    db.load_mentions_in_bulk(|db| {
        db.write(|tx| {
            tx.execute_batch(
                "INSERT INTO mentions (id, source, url, author, text, published_at) VALUES
                   (10, 'web', 'https://a/10', '@y', 'Cafés Brío abre', '2026-11-22T12:00:00Z');",
            )
        })
    })
    .unwrap();
    assert_eq!(ids(&db, MentionView::All, "brio"), vec![10]);
    db.write(|tx| {
        tx.execute_batch(
            "INSERT INTO mentions (id, source, url, author, text, published_at) VALUES
               (11, 'web', 'https://a/11', '@z', 'Brío otra vez', '2026-11-22T13:00:00Z');",
        )
    })
    .unwrap();
    assert_eq!(
        ids(&db, MentionView::All, "brio"),
        vec![10, 11],
        "the triggers are back"
    );
}

#[test]
fn the_index_keeps_the_same_mentions_as_the_filter_in_memory() {
    let db = db();
    let texts = [
        (1, "@ana web El café de La Ñora es genial"),
        (2, "@bea x Cafeteria nueva en Russafa"),
        (3, "@nora_fan web Nada que ver"),
    ];
    for typed in [
        "nora",
        "caf",
        "café ñora",
        "CAFE",
        "nueva russ",
        "genial nada",
        "ver fan",
    ] {
        let filter = crate::filter::Filter::new(typed).unwrap();
        let mut in_memory = filter.rank(texts.iter().map(|(id, text)| (*id, (*text).to_string())));
        in_memory.sort();
        assert_eq!(ids(&db, MentionView::All, typed), in_memory, "`{typed}`");
    }
}
