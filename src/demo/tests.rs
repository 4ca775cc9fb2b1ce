//! Tests of the demo brand: complete, deterministic, relative to now, and consistent.

use super::*;
use chrono::TimeZone;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

fn demo() -> (Db, DemoSummary) {
    let mut db = Db::open_in_memory().unwrap();
    let summary = populate(&mut db, now()).unwrap();
    (db, summary)
}

fn count(db: &Db, sql: &str) -> i64 {
    db.conn().query_row(sql, [], |row| row.get(0)).unwrap()
}

fn dump(db: &Db, sql: &str) -> Vec<String> {
    let mut statement = db.conn().prepare(sql).unwrap();
    let rows = statement
        .query_map([], |row| {
            let columns = row.as_ref().column_count();
            let mut line = Vec::new();
            for index in 0..columns {
                let value: rusqlite::types::Value = row.get(index)?;
                line.push(format!("{value:?}"));
            }
            Ok(line.join("|"))
        })
        .unwrap();
    rows.map(Result::unwrap).collect()
}

#[test]
fn the_embedded_texts_parse() {
    let texts = texts::load().unwrap();
    assert_eq!(texts.brand.name, "Café La Ñora");
    let shares: f64 = texts.pillars.iter().map(|p| p.share).sum();
    assert!((shares - 1.0).abs() < 1e-9, "pillar shares sum to {shares}");
}

#[test]
fn the_demo_fills_every_table_of_the_schema() {
    let (db, _) = demo();
    let tables = dump(
        &db,
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    );
    assert!(tables.len() > 20);
    for table in tables {
        let name = table.trim_start_matches("Text(\"").trim_end_matches("\")");
        if name == "sentiment_forgotten" {
            // Written only when the person asks to forget what corrections taught.
            continue;
        }
        let rows = count(&db, &format!("SELECT COUNT(*) FROM \"{name}\""));
        assert!(rows >= 1, "table {name} is empty");
    }
}

#[test]
fn the_demo_is_deterministic_for_the_same_now() {
    let (first, a) = demo();
    let (second, b) = demo();
    assert_eq!(a, b);
    for sql in [
        "SELECT * FROM posts ORDER BY id",
        "SELECT * FROM mentions ORDER BY id",
        "SELECT * FROM messages ORDER BY id",
        "SELECT * FROM post_metrics ORDER BY id",
    ] {
        assert_eq!(dump(&first, sql), dump(&second, sql), "{sql}");
    }
}

#[test]
fn the_demo_is_dated_relative_to_now() {
    let (db, _) = demo();
    let later_today = count(
        &db,
        "SELECT COUNT(*) FROM posts WHERE status = 'scheduled'
           AND scheduled_at > '2026-11-23T10:00:00Z' AND scheduled_at < '2026-11-24T00:00:00Z'",
    );
    assert!(
        (2..=3).contains(&later_today),
        "{later_today} posts later today"
    );
    let overdue = count(
        &db,
        "SELECT COUNT(*) FROM posts WHERE status = 'scheduled' AND scheduled_at < '2026-11-23T10:00:00Z'",
    );
    assert_eq!(overdue, 2);
    let last_day = count(
        &db,
        "SELECT COUNT(*) FROM mentions WHERE published_at > '2026-11-22T10:00:00Z'
           AND published_at <= '2026-11-23T10:00:00Z'",
    );
    assert!(last_day > 0);
    let future = count(
        &db,
        "SELECT COUNT(*) FROM mentions WHERE published_at > '2026-11-23T10:00:00Z'",
    );
    assert_eq!(future, 0, "no mention comes from the future");
    let due_today = count(
        &db,
        "SELECT COUNT(*) FROM people WHERE next_follow_up = '2026-11-23'",
    );
    assert_eq!(due_today, 2);
}

#[test]
fn every_post_body_fits_its_channel_limit() {
    let (db, _) = demo();
    let mut statement = db
        .conn()
        .prepare("SELECT p.body, c.char_limit FROM posts p JOIN channels c ON c.id = p.channel_id")
        .unwrap();
    let rows = statement
        .query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?))
        })
        .unwrap();
    for row in rows {
        let (body, limit) = row.unwrap();
        assert!(body.chars().count() as i64 <= limit, "{body}");
        assert!(!body.contains('{'), "unfilled placeholder in {body}");
    }
}

#[test]
fn foreign_keys_hold_after_the_demo() {
    let (db, _) = demo();
    let broken = dump(&db, "PRAGMA foreign_key_check");
    assert!(broken.is_empty(), "{broken:?}");
}

#[test]
fn the_demo_has_the_promised_shape() {
    let (db, summary) = demo();
    assert_eq!(summary.channels, 5);
    assert!(
        (150..=250).contains(&summary.posts),
        "{} posts",
        summary.posts
    );
    assert!((70..=90).contains(&summary.messages));
    assert!((300..=400).contains(&summary.mentions));
    assert!((25..=35).contains(&summary.people));
    let waiting = count(
        &db,
        "SELECT COUNT(*) FROM messages WHERE status IN ('new','open','escalated')",
    );
    assert!((18..=22).contains(&waiting), "{waiting} waiting");
    let snoozed = count(
        &db,
        "SELECT COUNT(*) FROM messages WHERE status = 'snoozed'",
    );
    assert_eq!(snoozed, 3);
    let unanswered = count(
        &db,
        "SELECT COUNT(*) FROM messages m WHERE m.status IN ('replied','done')
           AND (m.first_response_at IS NULL OR NOT EXISTS (SELECT 1 FROM replies r WHERE r.message_id = m.id))",
    );
    assert_eq!(unanswered, 0);
    let new_mentions = count(&db, "SELECT COUNT(*) FROM mentions WHERE status = 'new'");
    assert_eq!(new_mentions as usize, mentions::RECENT_FOR_TESTS);
}

#[test]
fn late_at_night_the_posts_due_today_still_fall_before_midnight() {
    let mut db = Db::open_in_memory().unwrap();
    let late = Utc.with_ymd_and_hms(2027, 2, 28, 23, 50, 0).unwrap();
    populate(&mut db, late).unwrap();
    let later_today = count(
        &db,
        "SELECT COUNT(*) FROM posts WHERE status = 'scheduled'
           AND scheduled_at > '2027-02-28T23:50:00Z' AND scheduled_at < '2027-03-01T00:00:00Z'",
    );
    assert_eq!(later_today, 3);
    let overdue = count(
        &db,
        "SELECT COUNT(*) FROM posts WHERE status = 'scheduled' AND scheduled_at < '2027-02-28T23:50:00Z'",
    );
    assert_eq!(overdue, 2);
}

#[test]
fn a_second_demo_into_the_same_database_is_refused_whole() {
    let (mut db, _) = demo();
    assert!(populate(&mut db, now()).is_err());
    assert_eq!(count(&db, "SELECT COUNT(*) FROM channels"), 5);
}
