//! The inbox on 200,000 messages: every view reads only a window (timing is for `cargo bench`).

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
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 199999)
             INSERT INTO messages (channel_id, kind, external_id, author, body, received_at, status, sentiment_auto, priority)
             SELECT 1 + i % 5, 'dm', 'bulk-' || i, '@persona' || (i % 5000), 'Mensaje número ' || i || ': ¿tenéis café de Etiopía? ☕',
                    strftime('%Y-%m-%dT%H:%M:%SZ', '2026-11-23T09:00:00', printf('-%d minutes', i * 7)),
                    CASE WHEN i % 10 = 0 THEN 'new' ELSE 'done' END, 'neutral', 'normal'
             FROM n;",
        )
    })
    .unwrap();
    App::new(db, &Config::default(), Clock::fixed(now()), (120, 40))
}

#[test]
fn every_inbox_view_holds_only_a_window_of_two_hundred_thousand_messages() {
    let mut app = large_app();
    let keys = Instant::now();
    press(&mut app, KeyCode::Char('2'));
    assert!(
        app.panes.inbox.queue().total() > 20_000,
        "{}",
        app.panes.inbox.queue().total()
    );
    assert!(app.panes.inbox.queue().loaded_rows() <= 3 * 35);
    press(&mut app, KeyCode::Char('G'));
    assert!(app.panes.inbox.queue().loaded_rows() <= 3 * 35);
    press(&mut app, KeyCode::Char('v'));
    assert!(app.panes.inbox.queue().total() > 200_000);
    press(&mut app, KeyCode::Char('o'));
    press(&mut app, KeyCode::PageDown);
    assert!(app.panes.inbox.queue().loaded_rows() <= 3 * 35);
    eprintln!("6 inbox keys over 200,000 messages in {:?}", keys.elapsed());
}
