//! The large-demo generator at a small scale: the same rows on every run, a summary that counts
//! them, a whole search index with its triggers back; and the report's figures — read through the
//! indexes chosen for the large history — equal to the same figures counted in plain Rust from
//! every raw row.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use chrono::{Duration, NaiveDate};
use cmdeck::analytics::response::ResponseCount;
use cmdeck::clock::Clock;
use cmdeck::db::Db;
use cmdeck::demo::{Scale, populate_scaled};
use cmdeck::report::ReportRequest;
use common::now;
use std::collections::{HashMap, HashSet};

fn scale() -> Scale {
    Scale {
        posts: 400,
        messages: 1_500,
        mentions: 6_000,
        people: 300,
    }
}

fn generated() -> (Db, cmdeck::demo::DemoSummary) {
    let mut db = Db::open_in_memory().unwrap();
    let summary = populate_scaled(&mut db, now(), scale()).unwrap();
    (db, summary)
}

fn one<T: rusqlite::types::FromSql>(db: &mut Db, sql: &str) -> T {
    db.write(|tx| tx.query_row(sql, [], |row| row.get(0)))
        .unwrap()
}

/// Every stored row of the generated tables, summed up so that any difference shows.
fn fingerprint(db: &mut Db) -> Vec<String> {
    [
        "SELECT COUNT(*) || ' ' || SUM(length(text)) || ' ' || SUM(reach) || ' ' || MAX(published_at) || ' ' || group_concat(DISTINCT status) FROM mentions",
        "SELECT COUNT(*) || ' ' || SUM(length(body)) || ' ' || MAX(received_at) || ' ' || COUNT(first_response_at) FROM messages",
        "SELECT COUNT(*) || ' ' || SUM(length(body)) || ' ' || MAX(scheduled_at) FROM posts",
        "SELECT COUNT(*) || ' ' || SUM(length(name)) || ' ' || group_concat(DISTINCT role) FROM people",
        "SELECT COUNT(*) || ' ' || SUM(followers) FROM audience_snapshots",
    ]
    .iter()
    .map(|sql| one::<String>(db, sql))
    .collect()
}

#[test]
fn the_generator_writes_the_same_rows_every_time_and_its_summary_counts_them() {
    let (mut first, summary) = generated();
    let (mut second, again) = generated();
    assert_eq!(summary, again);
    assert_eq!(fingerprint(&mut first), fingerprint(&mut second));
    assert_eq!(
        one::<i64>(&mut first, "SELECT COUNT(*) FROM mentions") as usize,
        summary.mentions
    );
    assert_eq!(
        one::<i64>(&mut first, "SELECT COUNT(*) FROM messages") as usize,
        summary.messages
    );
    assert_eq!(
        one::<i64>(&mut first, "SELECT COUNT(*) FROM people") as usize,
        summary.people
    );
    assert!(summary.mentions >= scale().mentions);
    assert_eq!(
        one::<i64>(
            &mut first,
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'mentions_fts_%'"
        ),
        3
    );
    first
        .write(|tx| {
            tx.execute_batch("INSERT INTO mentions_fts (mentions_fts) VALUES ('integrity-check')")
        })
        .unwrap();
}

/// The raw rows a report's mention, message, post and prescriptor figures come from.
struct RawRows {
    mentions: Vec<(String, String, Option<i64>, Option<i64>)>,
    messages: Vec<(String, Option<i64>)>,
    published_posts: Vec<String>,
    rule_kinds: HashMap<i64, (String, String)>,
    prescriptors: HashSet<i64>,
}

/// Every row `sql` answers, read by `read`.
fn rows<T>(
    db: &mut Db,
    sql: &str,
    read: impl Fn(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Vec<T> {
    db.write(|tx| tx.prepare(sql)?.query_map([], &read)?.collect())
        .unwrap()
}

fn raw_rows(db: &mut Db) -> RawRows {
    RawRows {
        mentions: rows(
            db,
            "SELECT published_at, COALESCE(sentiment_corrected, sentiment_auto), rule_id, person_id FROM mentions",
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        ),
        messages: rows(db, "SELECT received_at, person_id FROM messages", |r| {
            Ok((r.get(0)?, r.get(1)?))
        }),
        published_posts: rows(
            db,
            "SELECT published_at FROM posts WHERE status = 'published' AND published_at IS NOT NULL",
            |r| r.get(0),
        ),
        rule_kinds: rows(db, "SELECT id, name, kind FROM listening_rules", |r| {
            Ok((r.get(0)?, (r.get(1)?, r.get(2)?)))
        })
        .into_iter()
        .collect(),
        prescriptors: rows(
            db,
            "SELECT id FROM people WHERE role IN ('advocate', 'influencer')",
            |r| r.get(0),
        )
        .into_iter()
        .collect(),
    }
}

/// Checks the report of `first..=last` against the raw rows, counted here without SQL filters.
fn check_period(db: &Db, raw: &RawRows, first: NaiveDate, last: NaiveDate) {
    let clock = Clock::fixed(now());
    let report = db
        .report(&ReportRequest {
            first,
            last,
            today: clock.today(),
            count: ResponseCount { hours: None, clock },
            target_minutes: 120,
        })
        .unwrap();
    let (from, to) = clock.day_range(first, last);
    let (from, to) = (
        from.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        to.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
    );
    let inside = |at: &str| at >= from.as_str() && at < to.as_str();
    let week = &report.this;
    let in_period: Vec<_> = raw.mentions.iter().filter(|m| inside(&m.0)).collect();
    assert!(!in_period.is_empty(), "the period has mentions to count");
    let by_sentiment = |s: &str| in_period.iter().filter(|m| m.1 == s).count() as i64;
    let by_kind = |k: &str| {
        in_period
            .iter()
            .filter(|m| {
                m.2.and_then(|r| raw.rule_kinds.get(&r))
                    .is_some_and(|(_, kind)| kind == k)
            })
            .count() as i64
    };
    assert_eq!(
        (
            week.mentions_positive,
            week.mentions_neutral,
            week.mentions_negative
        ),
        (
            by_sentiment("positive"),
            by_sentiment("neutral"),
            by_sentiment("negative")
        )
    );
    assert_eq!(
        (week.brand_mentions, week.competitor_mentions),
        (by_kind("brand"), by_kind("competitor"))
    );
    for line in &report.rules {
        let counted = in_period
            .iter()
            .filter(|m| {
                m.2.and_then(|r| raw.rule_kinds.get(&r))
                    .is_some_and(|(name, _)| *name == line.name)
            })
            .count() as i64;
        assert_eq!(line.mentions, counted, "rule {}", line.name);
    }
    assert_eq!(
        week.messages_received,
        raw.messages.iter().filter(|m| inside(&m.0)).count() as i64
    );
    assert_eq!(
        week.posts_published,
        raw.published_posts.iter().filter(|at| inside(at)).count() as i64
    );
    let active: HashSet<i64> = in_period
        .iter()
        .filter_map(|m| m.3)
        .chain(
            raw.messages
                .iter()
                .filter(|m| inside(&m.0))
                .filter_map(|m| m.1),
        )
        .filter(|id| raw.prescriptors.contains(id))
        .collect();
    assert_eq!(week.active_prescriptors, active.len() as i64);
}

#[test]
fn the_reports_figures_equal_the_figures_counted_from_the_raw_rows() {
    let (mut db, _) = generated();
    let raw = raw_rows(&mut db);
    let monday = NaiveDate::from_ymd_opt(2026, 11, 16).unwrap();
    check_period(&db, &raw, monday, monday + Duration::days(6));
    let quarter = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
    check_period(
        &db,
        &raw,
        quarter,
        NaiveDate::from_ymd_opt(2026, 9, 30).unwrap(),
    );
    let years_ago = NaiveDate::from_ymd_opt(2024, 3, 4).unwrap();
    check_period(&db, &raw, years_ago, years_ago + Duration::days(6));
}
