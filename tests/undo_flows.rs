//! Multi-level undo and redo driven by keys: several changes taken back one after the other with
//! `u`, put again with `ctrl-r`, each named in the status line.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{count, ctrl, demo_app, press};
use crossterm::event::KeyCode;

/// Moves down the agenda to the first post planned for later, still scheduled.
fn select_upcoming(app: &mut cmdeck::app::App) -> i64 {
    for _ in 0..20 {
        let row = app.panes.calendar.agenda().selected_row().cloned().unwrap();
        if row.status == cmdeck::domain::PostStatus::Scheduled
            && row.scheduled_at.is_some_and(|t| t > common::now())
        {
            return row.id;
        }
        press(app, KeyCode::Char('j'));
    }
    panic!("no upcoming scheduled post in the agenda");
}

fn message(app: &cmdeck::app::App) -> String {
    app.message.clone().unwrap_or_default()
}

#[test]
fn three_changes_are_undone_one_by_one_and_redone_in_order() {
    let mut app = demo_app();
    let id = select_upcoming(&mut app);
    let time =
        format!("SELECT CAST(strftime('%s', scheduled_at) AS INTEGER) FROM posts WHERE id = {id}");
    let posts = "SELECT COUNT(*) FROM posts";
    let start = count(&mut app, &time);
    let all = count(&mut app, posts);

    press(&mut app, KeyCode::Char('>'));
    press(&mut app, KeyCode::Char('+'));
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(count(&mut app, &time), start + 25 * 3600);
    assert_eq!(count(&mut app, posts), all + 1, "the duplicate is stored");

    press(&mut app, KeyCode::Char('u'));
    assert_eq!(
        count(&mut app, posts),
        all,
        "the first undo removes the duplicate"
    );
    assert_eq!(message(&app), "Undid: duplicate");
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(
        count(&mut app, &time),
        start + 24 * 3600,
        "the second undo takes back the hour"
    );
    assert!(message(&app).starts_with("Undid: "), "{}", message(&app));

    ctrl(&mut app, 'r');
    assert_eq!(
        count(&mut app, &time),
        start + 25 * 3600,
        "redo puts the hour again"
    );
    assert!(message(&app).starts_with("Redid: "), "{}", message(&app));
    ctrl(&mut app, 'r');
    assert_eq!(
        count(&mut app, posts),
        all + 1,
        "redo stores the duplicate again"
    );
    assert_eq!(message(&app), "Redid: duplicate");
    ctrl(&mut app, 'r');
    assert_eq!(message(&app), "Nothing to redo");

    for _ in 0..3 {
        press(&mut app, KeyCode::Char('u'));
    }
    assert_eq!(
        count(&mut app, &time),
        start,
        "three undos restore the first state"
    );
    assert_eq!(count(&mut app, posts), all);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(message(&app), "Nothing to undo");
}

#[test]
fn a_new_change_after_an_undo_clears_what_could_be_redone() {
    let mut app = demo_app();
    let id = select_upcoming(&mut app);
    let time =
        format!("SELECT CAST(strftime('%s', scheduled_at) AS INTEGER) FROM posts WHERE id = {id}");
    let start = count(&mut app, &time);
    press(&mut app, KeyCode::Char('>'));
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(count(&mut app, &time), start);
    let total = "SELECT SUM(CAST(strftime('%s', scheduled_at) AS INTEGER)) FROM posts";
    let moved = count(&mut app, total);
    press(&mut app, KeyCode::Char('+'));
    assert_eq!(count(&mut app, total), moved + 3600, "a post moved an hour");
    ctrl(&mut app, 'r');
    assert_eq!(message(&app), "Nothing to redo");
    assert_eq!(
        count(&mut app, &time),
        start + 3600,
        "the day taken back stays taken back; only the hour applies (the cursor followed the post)"
    );
    assert_eq!(count(&mut app, total), moved + 3600);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(
        count(&mut app, total),
        moved,
        "undo takes the new change back"
    );
}

#[test]
fn changes_in_two_panes_are_undone_newest_first() {
    let mut app = demo_app();
    let id = select_upcoming(&mut app);
    let time =
        format!("SELECT CAST(strftime('%s', scheduled_at) AS INTEGER) FROM posts WHERE id = {id}");
    let start = count(&mut app, &time);
    let done = "SELECT COUNT(*) FROM messages WHERE status = 'done'";
    press(&mut app, KeyCode::Char('>'));
    press(&mut app, KeyCode::Char('2'));
    let done_before = count(&mut app, done);
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(count(&mut app, done), done_before + 1);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(count(&mut app, done), done_before);
    assert_eq!(
        count(&mut app, &time),
        start + 24 * 3600,
        "only the newest change went back"
    );
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(count(&mut app, &time), start);
    ctrl(&mut app, 'r');
    ctrl(&mut app, 'r');
    assert_eq!(count(&mut app, &time), start + 24 * 3600);
    assert_eq!(count(&mut app, done), done_before + 1);
}

#[test]
fn opening_a_message_after_changing_its_priority_does_not_block_the_undo() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('2'));
    let mut row = app.panes.inbox.queue().selected_row().cloned().unwrap();
    for _ in 0..30 {
        if row.status == cmdeck::domain::MessageStatus::New {
            break;
        }
        press(&mut app, KeyCode::Char('j'));
        row = app.panes.inbox.queue().selected_row().cloned().unwrap();
    }
    assert_eq!(
        row.status,
        cmdeck::domain::MessageStatus::New,
        "one waits unread"
    );
    let field = |app: &mut cmdeck::app::App, column: &str| {
        count(
            app,
            &format!(
                "SELECT CASE {column} WHEN 'new' THEN 0 WHEN 'open' THEN 1 WHEN 'low' THEN 10 WHEN 'normal' THEN 11 WHEN 'high' THEN 12 WHEN 'urgent' THEN 13 ELSE 99 END FROM messages WHERE id = {}",
                row.id
            ),
        )
    };
    let priority = field(&mut app, "priority");
    press(&mut app, KeyCode::Char('P'));
    assert_ne!(field(&mut app, "priority"), priority);
    press(&mut app, KeyCode::Enter);
    assert_eq!(field(&mut app, "status"), 1, "opening it marks it open");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(message(&app), "Undid: priority");
    assert_eq!(
        field(&mut app, "priority"),
        priority,
        "the priority is back"
    );
    assert_eq!(field(&mut app, "status"), 1, "and it stays opened");
    ctrl(&mut app, 'r');
    assert_eq!(message(&app), "Redid: priority");
    assert_ne!(field(&mut app, "priority"), priority);
}
