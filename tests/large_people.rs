//! Prescriptors on 20,000 people and 1,000,000 linked mentions: the list reads a window and a
//! profile reads one person (timing is for `cargo bench`).

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
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 19999)
             INSERT INTO people (name, role, tier, tags, reach, next_follow_up, created_at)
             SELECT 'Persona ' || i, CASE i % 5 WHEN 0 THEN 'advocate' WHEN 1 THEN 'customer' WHEN 2 THEN 'influencer' WHEN 3 THEN 'detractor' ELSE 'other' END,
                    '', 'cliente, valencia', i * 3, CASE WHEN i % 50 = 0 THEN '2026-11-20' END, '2026-01-01T00:00:00Z'
             FROM n;
             WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999999)
             INSERT INTO mentions (source, external_id, author, person_id, text, published_at, reach, sentiment_auto, status)
             SELECT 'twitter', 'p-' || i, '@persona' || (i % 20000), (SELECT MAX(id) FROM people) - (i % 20000),
                    'Mención ' || i, strftime('%Y-%m-%dT%H:%M:%SZ', '2026-11-23T09:00:00', printf('-%d minutes', i)), 10,
                    CASE i % 3 WHEN 0 THEN 'positive' WHEN 1 THEN 'neutral' ELSE 'negative' END, 'reviewed'
             FROM n;",
        )
    })
    .unwrap();
    App::new(db, &Config::default(), Clock::fixed(now()), (120, 40))
}

#[test]
fn the_people_list_and_a_profile_stay_windowed_with_twenty_thousand_people() {
    let mut app = large_app();
    let started = Instant::now();
    press(&mut app, KeyCode::Char('4'));
    assert!(app.panes.people.list().total() > 20_000);
    assert!(app.panes.people.list().loaded_rows() <= 3 * 35);
    press(&mut app, KeyCode::Char('G'));
    assert!(app.panes.people.list().loaded_rows() <= 3 * 35);
    let list = started.elapsed();
    press(&mut app, KeyCode::Enter);
    assert!(app.panes.people.profile().is_some());
    press(&mut app, KeyCode::Esc);
    let sorting = Instant::now();
    press(&mut app, KeyCode::Char('f'));
    for _ in 0..4 {
        press(&mut app, KeyCode::Tab);
    }
    for _ in 0..3 {
        press(&mut app, KeyCode::Right);
    }
    common::ctrl(&mut app, 's');
    assert_eq!(
        app.panes.people.filter().sort,
        cmdeck::domain::people::PeopleSort::Advocacy
    );
    app.update(cmdeck::app::AppEvent::Resize(120, 40));
    assert!(app.panes.people.list().loaded_rows() <= 3 * 35);
    eprintln!(
        "sorting 20,000 people by advocacy over a million mentions took {:?}",
        sorting.elapsed()
    );
    eprintln!(
        "people list and end of list in {list:?}; a profile with its scores by {:?}",
        started.elapsed()
    );
}
