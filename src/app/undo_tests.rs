//! Undo and redo through the app on the demo brand in memory: several changes taken back and put
//! again in order, the redo history cleared by a new change, and a change refused when the data
//! changed since.

use super::{App, HISTORY_LIMIT};
use crate::clock::Clock;
use crate::config::Config;
use crate::db::Db;
use crate::domain::inbox::MessageChange;
use crate::domain::mentions::MentionChange;
use crate::domain::{MentionStatus, MessageStatus};
use crate::panes::{InboxRequest, MentionsRequest, PeopleRequest, Request};
use chrono::{NaiveDate, TimeZone, Utc};

pub(super) fn app() -> App {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
    let mut db = Db::open_in_memory().unwrap();
    crate::demo::populate(&mut db, now).unwrap();
    App::new(db, &Config::default(), Clock::fixed(now), (120, 40))
}

pub(super) fn text(app: &App, sql: &str) -> String {
    app.db
        .conn()
        .query_row(sql, [], |row| row.get::<_, Option<String>>(0))
        .unwrap()
        .unwrap_or_default()
}

pub(super) fn number(app: &App, sql: &str) -> i64 {
    app.db.conn().query_row(sql, [], |row| row.get(0)).unwrap()
}

fn first(app: &App, sql: &str) -> i64 {
    number(app, sql)
}

/// Three changes of three kinds: a message marked done, a mention ignored, a follow-up set.
fn three_changes(app: &mut App) -> (i64, i64, i64) {
    let message = first(app, "SELECT MIN(id) FROM messages WHERE status = 'new'");
    let mention = first(app, "SELECT MIN(id) FROM mentions WHERE status = 'new'");
    let person = first(app, "SELECT MIN(id) FROM people");
    app.perform(Request::Inbox(InboxRequest::ChangeMessages {
        ids: vec![message],
        change: MessageChange::Status(MessageStatus::Done),
        label: "done".into(),
    }));
    app.perform(Request::Mentions(MentionsRequest::ChangeMentions {
        ids: vec![mention],
        change: MentionChange::Status(MentionStatus::Ignored),
        label: "ignore".into(),
    }));
    app.perform(Request::People(PeopleRequest::SetFollowUp {
        id: person,
        date: NaiveDate::from_ymd_opt(2026, 12, 24),
    }));
    (message, mention, person)
}

fn states(app: &App, (message, mention, person): (i64, i64, i64)) -> [String; 3] {
    [
        text(
            app,
            &format!("SELECT status FROM messages WHERE id = {message}"),
        ),
        text(
            app,
            &format!("SELECT status FROM mentions WHERE id = {mention}"),
        ),
        text(
            app,
            &format!("SELECT next_follow_up FROM people WHERE id = {person}"),
        ),
    ]
}

#[test]
fn undoing_three_changes_in_a_row_restores_all_three_and_redo_puts_them_again() {
    let mut app = app();
    let ids = (
        first(&app, "SELECT MIN(id) FROM messages WHERE status = 'new'"),
        first(&app, "SELECT MIN(id) FROM mentions WHERE status = 'new'"),
        first(&app, "SELECT MIN(id) FROM people"),
    );
    let before = states(&app, ids);
    assert_eq!(three_changes(&mut app), ids);
    let after = states(&app, ids);
    assert_eq!(
        after,
        [
            "done".to_string(),
            "ignored".to_string(),
            "2026-12-24".to_string()
        ]
    );
    assert_eq!(app.history.undo_len(), 3);

    app.undo_last();
    assert_eq!(app.message.as_deref(), Some("Undid: follow-up"));
    app.undo_last();
    assert_eq!(app.message.as_deref(), Some("Undid: ignore"));
    app.undo_last();
    assert_eq!(app.message.as_deref(), Some("Undid: done"));
    assert_eq!(states(&app, ids), before, "all three are taken back");
    app.undo_last();
    assert_eq!(app.message.as_deref(), Some("Nothing to undo"));

    for label in ["done", "ignore", "follow-up"] {
        app.redo_last();
        assert_eq!(
            app.message.as_deref(),
            Some(format!("Redid: {label}").as_str())
        );
    }
    assert_eq!(states(&app, ids), after, "all three are put again");
    app.redo_last();
    assert_eq!(app.message.as_deref(), Some("Nothing to redo"));
    assert_eq!(
        app.history.undo_len(),
        3,
        "what was redone can be undone again"
    );
}

#[test]
fn a_new_change_after_an_undo_clears_the_redo_history() {
    let mut app = app();
    let ids = three_changes(&mut app);
    app.undo_last();
    app.undo_last();
    assert_eq!(app.history.redo_len(), 2);
    let other = first(&app, "SELECT MAX(id) FROM messages WHERE status = 'new'");
    app.perform(Request::Inbox(InboxRequest::ChangeMessages {
        ids: vec![other],
        change: MessageChange::Status(MessageStatus::Escalated),
        label: "escalate".into(),
    }));
    assert_eq!(app.history.redo_len(), 0);
    app.redo_last();
    assert_eq!(app.message.as_deref(), Some("Nothing to redo"));
    assert_eq!(
        text(
            &app,
            &format!("SELECT status FROM mentions WHERE id = {}", ids.1)
        ),
        "new",
        "the undone change stays undone"
    );
    assert_eq!(app.history.next_undo(), Some("escalate"));
}

#[test]
fn an_undo_over_data_changed_since_is_refused_and_changes_nothing() {
    let mut app = app();
    let follow_up = "SELECT next_follow_up FROM people WHERE id = (SELECT MIN(id) FROM people)";
    let before = text(&app, follow_up);
    let (message, _, _) = three_changes(&mut app);
    // A fetch (another connection in the real desk) answers the message meanwhile.
    app.db
        .write(|tx| {
            tx.execute(
                "UPDATE messages SET status = 'replied' WHERE id = ?1",
                [message],
            )
        })
        .unwrap();
    app.undo_last();
    assert_eq!(app.message.as_deref(), Some("Undid: follow-up"));
    app.undo_last();
    app.undo_last();
    let said = app.message.clone().unwrap_or_default();
    assert!(
        said.starts_with("Could not undo done: the data changed since"),
        "{said}"
    );
    assert_eq!(
        text(
            &app,
            &format!("SELECT status FROM messages WHERE id = {message}")
        ),
        "replied",
        "what the fetch wrote stays"
    );
    assert_eq!(app.history.undo_len(), 0, "the stale change is dropped");
    assert_eq!(
        text(&app, follow_up),
        before,
        "the follow-up undone before stays undone"
    );
}

#[test]
fn a_redo_over_data_changed_since_is_refused_and_changes_nothing() {
    let mut app = app();
    let (_, _, person) = three_changes(&mut app);
    app.undo_last();
    app.db
        .write(|tx| {
            tx.execute(
                "UPDATE people SET next_follow_up = '2027-01-05' WHERE id = ?1",
                [person],
            )
        })
        .unwrap();
    app.redo_last();
    let said = app.message.clone().unwrap_or_default();
    assert!(said.starts_with("Could not redo follow-up"), "{said}");
    assert_eq!(
        text(
            &app,
            &format!("SELECT next_follow_up FROM people WHERE id = {person}")
        ),
        "2027-01-05"
    );
    assert_eq!(app.history.redo_len(), 0);
}

#[test]
fn the_history_keeps_the_newest_hundred_changes() {
    let mut app = app();
    let person = first(&app, "SELECT MIN(id) FROM people");
    for day in 0..(HISTORY_LIMIT as i64 + 5) {
        app.perform(Request::People(PeopleRequest::SetFollowUp {
            id: person,
            date: NaiveDate::from_ymd_opt(2027, 1, 1).map(|d| d + chrono::Duration::days(day)),
        }));
    }
    assert_eq!(app.history.undo_len(), HISTORY_LIMIT);
    for _ in 0..HISTORY_LIMIT {
        app.undo_last();
    }
    assert_eq!(
        text(
            &app,
            &format!("SELECT next_follow_up FROM people WHERE id = {person}")
        ),
        "2027-01-05",
        "the five oldest changes were forgotten"
    );
    app.undo_last();
    assert_eq!(app.message.as_deref(), Some("Nothing to undo"));
}
