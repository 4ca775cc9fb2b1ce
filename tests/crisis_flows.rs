//! The crisis protocol driven by keys: open a crisis, tick steps, pause the posts, close it.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{count, ctrl, demo_app, press, screen};
use crossterm::event::KeyCode;

#[test]
fn a_crisis_is_opened_worked_through_paused_and_closed_with_every_step_logged() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('C'));
    assert!(screen(&app).contains("Open a crisis"));
    ctrl(&mut app, 's');
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM crises WHERE closed_at IS NULL AND level = 1 AND opened_at = '2026-11-23T10:00:00Z'"
        ),
        1,
        "{:?}",
        app.message
    );
    let text = screen(&app);
    assert!(text.contains("☐"), "{text}");
    assert!(text.contains("Contacts"));
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM crisis_checks c JOIN crises k ON k.id = c.crisis_id WHERE k.closed_at IS NULL"
        ),
        1
    );
    assert!(screen(&app).contains("☑"));
    press(&mut app, KeyCode::Char('p'));
    assert_eq!(
        count(
            &mut app,
            "SELECT pause_posts FROM crises WHERE closed_at IS NULL"
        ),
        1
    );
    press(&mut app, KeyCode::Esc);
    let desk = screen(&app);
    assert!(desk.contains("CRISIS level 1, posts paused"), "{desk}");
    assert!(
        desk.contains("⏸ paused"),
        "scheduled posts show as paused in the calendar"
    );
    press(&mut app, KeyCode::Char('C'));
    press(&mut app, KeyCode::Char('X'));
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM crises WHERE closed_at = '2026-11-23T10:00:00Z' AND pause_posts = 0"
        ),
        1
    );
    assert!(!screen(&app).contains("CRISIS level"));
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM crises WHERE closed_at IS NULL"
        ),
        1,
        "undo reopens it"
    );
}

#[test]
fn holding_statements_are_at_hand_in_the_reply_editor_during_a_crisis() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('C'));
    ctrl(&mut app, 's');
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('r'));
    let names: Vec<String> = app
        .panes
        .inbox
        .reply()
        .unwrap()
        .library()
        .iter()
        .map(|r| r.name.clone())
        .collect();
    assert!(names.iter().any(|n| n.starts_with("Crisis: ")), "{names:?}");
}

#[test]
fn during_a_crisis_its_holding_statements_lead_the_picker_and_enter_inserts_the_first() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('C'));
    ctrl(&mut app, 's');
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('r'));
    ctrl(&mut app, 't');
    let reply = app.panes.inbox.reply().unwrap();
    let first = reply.picker().unwrap().matches()[0];
    assert!(
        reply.library()[first].name.starts_with("Crisis: "),
        "{:?}",
        reply.library()[first]
    );
    assert!(screen(&app).contains("a crisis is open"));
    press(&mut app, KeyCode::Enter);
    let text = app.panes.inbox.reply().map(|r| r.text()).unwrap();
    assert!(text.contains("sentimos mucho lo ocurrido"), "{text}");
}
