//! Slow figures gathered off the key path: with a worker, opening Reports or the Mentions strategy
//! face draws at once and the figures arrive through the event channel; an answer for a week or
//! data left behind is dropped; a minute's tick keeps the figures on screen while the next ones
//! are gathered.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use cmdeck::app::{App, AppEvent};
use cmdeck::clock::Clock;
use cmdeck::config::Config;
use cmdeck::db::Db;
use common::{demo_app, now, press, screen};
use crossterm::event::KeyCode;
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

/// The demo in a file, on a desk whose worker reports into the returned channel.
fn desk_with_worker() -> (App, Receiver<AppEvent>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.sqlite3");
    let mut db = Db::open(&path).unwrap();
    cmdeck::demo::populate(&mut db, now()).unwrap();
    let mut app = App::new(db, &Config::default(), Clock::fixed(now()), (120, 40));
    let (sender, events) = channel();
    app.worker = Some((sender, path));
    (app, events, dir)
}

/// Hands the app the worker's next answer (waiting for it, as the event loop would).
fn next_answer(app: &mut App, events: &Receiver<AppEvent>) {
    let event = events
        .recv_timeout(Duration::from_secs(60))
        .expect("the gatherer answers");
    assert!(matches!(event, AppEvent::Gathered(_)), "{event:?}");
    app.update(event);
}

#[test]
fn opening_reports_draws_at_once_and_the_report_arrives_from_the_gatherer() {
    let (mut app, events, _dir) = desk_with_worker();
    press(&mut app, KeyCode::Char('5'));
    assert!(app.panes.reports.report().is_none());
    assert!(screen(&app).contains("Gathering the week's figures…"));
    next_answer(&mut app, &events);
    let inline = {
        let mut inline = demo_app();
        press(&mut inline, KeyCode::Char('5'));
        inline.panes.reports.report().cloned()
    };
    assert!(inline.is_some());
    assert_eq!(
        app.panes.reports.report().cloned(),
        inline,
        "the worker gathers the same report as the inline path"
    );
    assert!(!screen(&app).contains("Gathering"));
}

#[test]
fn an_answer_for_a_week_left_behind_is_dropped_and_the_new_week_is_gathered() {
    let (mut app, events, _dir) = desk_with_worker();
    press(&mut app, KeyCode::Char('5'));
    let this_week = app.panes.reports.week_start().unwrap();
    press(&mut app, KeyCode::Char('h'));
    let stale = cmdeck::app::Gathered {
        generation: 0,
        answer: cmdeck::app::Answer::Report(Err("an old answer".into())),
    };
    app.update(AppEvent::Gathered(stale));
    assert!(app.message.is_none(), "an old answer is dropped unread");
    while app.panes.reports.needs_report() {
        next_answer(&mut app, &events);
    }
    let report = app.panes.reports.report().unwrap();
    assert_eq!(report.first, this_week - chrono::Duration::days(7));
}

#[test]
fn a_minute_tick_keeps_the_report_on_screen_while_the_next_one_is_gathered() {
    let (mut app, events, _dir) = desk_with_worker();
    press(&mut app, KeyCode::Char('5'));
    next_answer(&mut app, &events);
    app.update(AppEvent::Tick(now() + chrono::Duration::minutes(1)));
    assert!(app.panes.reports.needs_report());
    assert!(app.panes.reports.report().is_some());
    assert!(!screen(&app).contains("Gathering"), "{}", screen(&app));
    press(&mut app, KeyCode::Char('x'));
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.contains("still being gathered")),
        "an out-of-date report is not exported: {:?}",
        app.message
    );
    next_answer(&mut app, &events);
    assert!(!app.panes.reports.needs_report());
}

#[test]
fn the_mentions_strategy_face_draws_at_once_and_its_figures_arrive_from_the_gatherer() {
    let (mut app, events, _dir) = desk_with_worker();
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('S'));
    assert!(app.panes.mentions.strategy().data.is_none());
    assert!(
        screen(&app).contains("Reading the plan…"),
        "{}",
        screen(&app)
    );
    next_answer(&mut app, &events);
    let inline = {
        let mut inline = demo_app();
        press(&mut inline, KeyCode::Char('3'));
        press(&mut inline, KeyCode::Char('S'));
        inline.panes.mentions.strategy().data.clone()
    };
    assert!(inline.is_some());
    assert_eq!(
        app.panes.mentions.strategy().data,
        inline,
        "the worker reads the same face as the inline path"
    );
    assert!(screen(&app).contains("Share of voice"), "{}", screen(&app));
}

#[test]
fn a_change_keeps_the_mentions_strategy_face_on_screen_and_drops_the_older_answer() {
    let (mut app, events, _dir) = desk_with_worker();
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('S'));
    next_answer(&mut app, &events);
    let shown = app.panes.mentions.strategy().data.clone();
    let asked_before = app.panes.mentions.strategy().fresh.generation;
    app.update(AppEvent::Tick(now() + chrono::Duration::minutes(1)));
    assert!(app.panes.mentions.strategy().is_stale());
    assert_eq!(
        app.panes.mentions.strategy().data,
        shown,
        "the face stays on screen"
    );
    assert!(!screen(&app).contains("Reading the plan…"));
    let old = cmdeck::app::Gathered {
        generation: asked_before,
        answer: cmdeck::app::Answer::Listening(Err("an old answer".into())),
    };
    app.update(AppEvent::Gathered(old));
    assert!(app.message.is_none(), "an old answer is dropped unread");
    while app.panes.mentions.strategy().is_stale() {
        next_answer(&mut app, &events);
    }
    assert!(app.panes.mentions.strategy().data.is_some());
}
