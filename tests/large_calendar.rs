//! The calendar on 50,000 posts: every view reads only what it shows (timing is for `cargo bench`).

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use chrono::Duration;
use cmdeck::app::App;
use cmdeck::clock::Clock;
use cmdeck::config::Config;
use cmdeck::db::Db;
use common::{now, press};
use crossterm::event::KeyCode;
use std::time::Instant;

/// 50,000 posts, one every 30 minutes around `now()`, over 5 channels.
fn large_app() -> App {
    let mut db = Db::open_in_memory().unwrap();
    cmdeck::demo::populate(&mut db, now()).unwrap();
    db.write(|tx| {
        tx.execute_batch(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 49999)
             INSERT INTO posts (channel_id, body, status, scheduled_at, created_at, updated_at)
             SELECT 1 + i % 5, 'Post de prueba número ' || i || ' ☕', CASE WHEN i < 25000 THEN 'published' ELSE 'scheduled' END,
                    strftime('%Y-%m-%dT%H:%M:%SZ', '2026-11-23T10:00:00', printf('%+d minutes', (i - 25000) * 30)),
                    '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
             FROM n;",
        )
    })
    .unwrap();
    App::new(db, &Config::default(), Clock::fixed(now()), (120, 40))
}

#[test]
fn the_views_read_only_their_period_from_fifty_thousand_posts() {
    let started = Instant::now();
    let mut app = large_app();
    let opened = started.elapsed();
    let agenda = app.panes.calendar.agenda();
    assert!(
        agenda.total() > 25_000,
        "the agenda knows how long it is: {}",
        agenda.total()
    );
    assert!(
        agenda.loaded_rows() <= 3 * 35,
        "but holds only a window: {}",
        agenda.loaded_rows()
    );
    let keys = Instant::now();
    press(&mut app, KeyCode::Char('G'));
    assert!(app.panes.calendar.agenda().loaded_rows() <= 3 * 35);
    press(&mut app, KeyCode::Char('v'));
    let week = app.panes.calendar.period().cloned().unwrap();
    assert!(
        week.posts.len() <= 7 * 48 + 50,
        "a week holds at most its own posts: {}",
        week.posts.len()
    );
    press(&mut app, KeyCode::Char('v'));
    let month = app.panes.calendar.period().cloned().unwrap();
    assert!(month.posts.len() <= 42 * 48 + 200, "{}", month.posts.len());
    for _ in 0..10 {
        press(&mut app, KeyCode::Char('L'));
    }
    let far = app.panes.calendar.period().cloned().unwrap();
    assert!(far.first > month.first + Duration::days(300));
    eprintln!("opened in {opened:?}; 13 view keys in {:?}", keys.elapsed());
}
