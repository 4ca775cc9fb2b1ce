//! Writing posts: each change is whole or absent, and a saved record puts a post back exactly.

use super::seed::*;
use super::*;
use crate::domain::calendar::{AgendaQuery, PostFilter};
use crate::domain::post::{Metrics, Post};
use crate::domain::*;
use chrono::{DateTime, Duration, TimeZone, Utc};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

fn with_channels() -> (Db, i64, i64) {
    let mut db = Db::open_in_memory().unwrap();
    let (x, ig) = db
        .write(|tx| {
            let x = insert_channel(
                tx,
                &NewChannel {
                    network: Network::X,
                    handle: "@nora".into(),
                    name: String::new(),
                    char_limit: 280,
                },
            )?;
            let ig = insert_channel(
                tx,
                &NewChannel {
                    network: Network::Instagram,
                    handle: "@nora".into(),
                    name: String::new(),
                    char_limit: 2200,
                },
            )?;
            Ok((x, ig))
        })
        .unwrap();
    (db, x, ig)
}

fn input(channel_id: i64, hours: i64) -> Post {
    Post {
        channel_id,
        body: "Tueste nuevo ☕".into(),
        status: PostStatus::Scheduled,
        scheduled_at: Some(now() + Duration::hours(hours)),
        published_at: None,
        url: None,
        campaign_id: None,
        pillar_id: None,
        persona_id: None,
        evergreen: false,
        cooldown_days: 30,
        max_repeats: None,
        until: None,
        notes: String::new(),
        repeat_of: None,
        created_at: now(),
        updated_at: now(),
    }
}

fn count(db: &Db) -> i64 {
    db.conn()
        .query_row("SELECT COUNT(*) FROM posts", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_post_for_two_channels_is_saved_as_two_posts_in_one_go() {
    let (mut db, x, ig) = with_channels();
    let ids = db.insert_posts(&[input(x, 2), input(ig, 2)]).unwrap();
    assert_eq!(ids.len(), 2);
    assert_eq!(count(&db), 2);
}

#[test]
fn a_batch_with_one_bad_post_saves_none_of_them() {
    let (mut db, x, _) = with_channels();
    assert!(db.insert_posts(&[input(x, 2), input(999, 2)]).is_err());
    assert_eq!(count(&db), 0);
}

#[test]
fn a_restored_record_is_the_post_exactly_as_it_was_metrics_included() {
    let (mut db, x, _) = with_channels();
    let id = db.insert_posts(&[input(x, -5)]).unwrap()[0];
    db.publish_post(
        id,
        now() - Duration::hours(5),
        Some("https://x.com/nora/1"),
        now(),
    )
    .unwrap();
    db.add_metrics(
        id,
        now(),
        &Metrics {
            impressions: Some(1000),
            likes: 40,
            ..Default::default()
        },
    )
    .unwrap();
    let before = db.post_snapshot(id).unwrap().unwrap();
    assert_eq!(before.metrics.len(), 1);
    db.delete_posts(&[id]).unwrap();
    assert_eq!(db.post_snapshot(id).unwrap(), None);
    let metrics: i64 = db
        .conn()
        .query_row("SELECT COUNT(*) FROM post_metrics", [], |r| r.get(0))
        .unwrap();
    assert_eq!(metrics, 0, "metrics go with their post");
    db.restore_posts(&[], std::slice::from_ref(&before))
        .unwrap();
    assert_eq!(db.post_snapshot(id).unwrap(), Some(before));
}

#[test]
fn moving_cancelling_and_duplicating_change_only_what_they_say() {
    let (mut db, x, _) = with_channels();
    let id = db.insert_posts(&[input(x, 2)]).unwrap()[0];
    db.move_post(id, now() + Duration::days(1), now()).unwrap();
    db.set_post_status(id, PostStatus::Cancelled, now())
        .unwrap();
    let record = db.post_snapshot(id).unwrap().unwrap();
    assert_eq!(record.post.scheduled_at, Some(now() + Duration::days(1)));
    assert_eq!(record.post.status, PostStatus::Cancelled);
    assert_eq!(record.post.body, "Tueste nuevo ☕");
    let copy = db
        .duplicate_post(id, record.post.scheduled_at, None, PostStatus::Draft, now())
        .unwrap();
    let copied = db.post_snapshot(copy).unwrap().unwrap();
    assert_eq!(copied.post.status, PostStatus::Draft);
    assert_eq!(copied.post.body, record.post.body);
    assert!(
        db.move_post(4242, now(), now()).is_err(),
        "moving a post that is gone fails"
    );
}

#[test]
fn undo_of_a_new_batch_removes_it_in_one_transaction() {
    let (mut db, x, ig) = with_channels();
    let ids = db.insert_posts(&[input(x, 2), input(ig, 2)]).unwrap();
    db.restore_posts(&ids, &[]).unwrap();
    assert_eq!(count(&db), 0);
}

#[test]
fn the_period_query_reads_only_the_range_and_respects_the_filter() {
    let (mut db, x, ig) = with_channels();
    db.insert_posts(&[input(x, 2), input(ig, 3), input(x, 24 * 40)])
        .unwrap();
    let day = db
        .posts_between(now(), now() + Duration::days(1), &PostFilter::default())
        .unwrap();
    assert_eq!(day.len(), 2);
    let only_x = db
        .posts_between(
            now(),
            now() + Duration::days(1),
            &PostFilter {
                channel_id: Some(x),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(only_x.len(), 1);
    assert_eq!(only_x[0].channel_id, x);
    let drafts = db
        .posts_between(
            now(),
            now() + Duration::days(1),
            &PostFilter {
                status: Some(PostStatus::Draft),
                ..Default::default()
            },
        )
        .unwrap();
    assert!(drafts.is_empty());
}

#[test]
fn evergreen_copies_count_as_repeats_and_move_the_last_run_forward() {
    let (mut db, x, _) = with_channels();
    let id = db
        .insert_posts(&[Post {
            evergreen: true,
            max_repeats: Some(2),
            ..input(x, -24 * 40)
        }])
        .unwrap()[0];
    let before = db.evergreen_posts().unwrap();
    assert_eq!(before.len(), 1);
    assert_eq!(before[0].repeats, 0);
    let copies = db
        .insert_repeats(&[(id, now() + Duration::days(2))], now())
        .unwrap();
    let after = db.evergreen_posts().unwrap();
    assert_eq!(after[0].repeats, 1);
    assert_eq!(after[0].last_scheduled, Some(now() + Duration::days(2)));
    let copy = db.post_snapshot(copies[0]).unwrap().unwrap();
    assert_eq!(copy.post.repeat_of, Some(id));
    assert_eq!(copy.post.status, PostStatus::Scheduled);
    assert!(
        !copy.post.evergreen,
        "a copy is not itself an evergreen original"
    );
}

#[test]
fn an_agenda_position_counts_the_posts_before_it() {
    let (mut db, x, ig) = with_channels();
    let ids = db
        .insert_posts(&[input(x, 5), input(ig, 1), input(x, 3)])
        .unwrap();
    let query = AgendaQuery {
        from: now(),
        overdue: false,
        filter: PostFilter::default(),
    };
    assert_eq!(db.agenda_position(&query, ids[0]).unwrap(), Some(2));
    assert_eq!(db.agenda_position(&query, ids[1]).unwrap(), Some(0));
    assert_eq!(db.agenda_position(&query, 999).unwrap(), None);
}

#[test]
fn a_version_1_file_upgrades_to_version_2_keeping_its_posts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.sqlite3");
    {
        let mut db = Db::open_with(&path, &MIGRATIONS[..1]).unwrap();
        db.write(|tx| {
            let channel = insert_channel(tx, &NewChannel { network: Network::X, handle: "@nora".into(), name: String::new(), char_limit: 280 })?;
            tx.execute(
                "INSERT INTO posts (channel_id, body, status, evergreen, created_at, updated_at) VALUES (?1, 'hola', 'idea', 1, 'x', 'x')",
                [channel],
            )
        })
        .unwrap();
    }
    let db = Db::open(&path).unwrap();
    assert_eq!(db.schema_version().unwrap(), LATEST_VERSION);
    assert!(dir.path().join("v1.sqlite3.v1.bak").exists());
    let evergreen = db.evergreen_posts().unwrap();
    assert_eq!(evergreen.len(), 1);
    assert_eq!(evergreen[0].cooldown_days, 30);
}

#[test]
fn the_agenda_counts_and_places_exactly_the_posts_it_lists_with_and_without_overdue_posts() {
    let (mut db, x, ig) = with_channels();
    let draft_in_the_past = Post {
        status: PostStatus::Draft,
        ..input(ig, -30)
    };
    let published_in_the_past = Post {
        status: PostStatus::Published,
        ..input(x, -50)
    };
    db.insert_posts(&[
        input(x, -48),
        input(ig, -2),
        draft_in_the_past,
        published_in_the_past,
        input(x, 0),
        input(ig, 3),
        input(x, 200),
    ])
    .unwrap();
    let filters = [
        PostFilter::default(),
        PostFilter {
            channel_id: Some(x),
            ..PostFilter::default()
        },
        PostFilter {
            status: Some(PostStatus::Scheduled),
            ..PostFilter::default()
        },
    ];
    let mut totals = Vec::new();
    for overdue in [false, true] {
        for filter in filters {
            let query = AgendaQuery {
                from: now(),
                overdue,
                filter,
            };
            let page = db.agenda_page(&query, 0, 100).unwrap();
            assert_eq!(page.total, page.rows.len(), "{overdue} {filter:?}");
            for (index, post) in page.rows.iter().enumerate() {
                assert_eq!(
                    db.agenda_position(&query, post.id).unwrap(),
                    Some(index),
                    "each listed post is found where it is listed"
                );
            }
            totals.push(page.total);
        }
    }
    assert_eq!(
        totals,
        [3, 2, 3, 5, 3, 5],
        "two scheduled posts are overdue, one on X"
    );
}

#[test]
fn the_agenda_count_and_page_read_index_ranges_not_every_post() {
    let (db, _, _) = with_channels();
    for sql in [super::calendar::AGENDA_COUNT, super::calendar::AGENDA_PAGE] {
        let mut stmt = db
            .conn()
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap();
        let plan: Vec<String> = stmt
            .query_map(
                rusqlite::params![
                    "2026-11-23T00:00:00Z",
                    30,
                    0,
                    None::<i64>,
                    None::<String>,
                    None::<i64>,
                    None::<i64>,
                    true
                ],
                |row| row.get(3),
            )
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(
            plan.iter().all(|step| !step.starts_with("SCAN p")),
            "{plan:#?}"
        );
        assert!(
            plan.iter()
                .any(|step| step.contains("posts_scheduled_by_time (scheduled_at<?)")),
            "overdue posts come from the index: {plan:#?}"
        );
        assert!(
            plan.iter()
                .any(|step| step.contains("posts_by_time (scheduled_at>?)")),
            "posts from today on come from the index: {plan:#?}"
        );
    }
}
