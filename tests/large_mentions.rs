//! Mentions on 1,000,000 rows: the list and its views hold only a window, and the strategy face
//! reads only the weeks it shows (timing is for `cargo bench`).

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use cmdeck::app::App;
use cmdeck::clock::Clock;
use cmdeck::config::Config;
use cmdeck::db::Db;
use common::{now, press};
use crossterm::event::KeyCode;
use std::time::Instant;

fn large_app() -> App {
    let mut db = Db::open_in_memory().unwrap();
    cmdeck::demo::populate(&mut db, now()).unwrap();
    db.write(|tx| {
        tx.execute_batch(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999999)
             INSERT INTO mentions (source, external_id, author, text, published_at, reach, sentiment_auto, rule_id, status)
             SELECT CASE i % 4 WHEN 0 THEN 'twitter' WHEN 1 THEN 'news' WHEN 2 THEN 'reddit' ELSE 'mastodon' END,
                    'bulk-' || i, '@autor' || (i % 20000), 'Mención ' || i || ' sobre el café de especialidad ☕',
                    strftime('%Y-%m-%dT%H:%M:%SZ', '2026-11-23T09:00:00', printf('-%d minutes', i)),
                    i % 5000, CASE i % 3 WHEN 0 THEN 'positive' WHEN 1 THEN 'neutral' ELSE 'negative' END,
                    1 + i % 4, CASE WHEN i < 200 THEN 'new' ELSE 'reviewed' END
             FROM n;",
        )
    })
    .unwrap();
    App::new(db, &Config::default(), Clock::fixed(now()), (120, 40))
}

#[test]
fn the_mentions_list_and_strategy_face_stay_windowed_on_a_million_mentions() {
    let mut app = large_app();
    let started = Instant::now();
    press(&mut app, KeyCode::Char('3'));
    let open = started.elapsed();
    assert!(app.panes.mentions.triage().loaded_rows() <= 3 * 35);
    press(&mut app, KeyCode::Char('v'));
    assert!(app.panes.mentions.triage().total() >= 1_000_000);
    press(&mut app, KeyCode::Char('G'));
    assert!(app.panes.mentions.triage().loaded_rows() <= 3 * 35);
    let keys = started.elapsed();
    press(&mut app, KeyCode::Char('S'));
    assert!(app.panes.mentions.strategy().data.is_some());
    eprintln!(
        "mentions pane in {open:?}; all view and end of list by {keys:?}; strategy face by {:?}",
        started.elapsed()
    );
}
