//! Undo and redo through the app on the demo brand in memory: several changes taken back and put
//! again in order, the redo history cleared by a new change, and a change refused when the data
//! changed since.

use super::{App, HISTORY_LIMIT};
use crate::clock::Clock;
use crate::config::Config;
use crate::db::Db;
use crate::domain::inbox::MessageChange;
use crate::domain::mentions::{MentionByHand, MentionChange};
use crate::domain::{MentionStatus, MessageStatus};
use crate::panes::{InboxRequest, MentionsRequest, PeopleRequest, Request};
use chrono::{NaiveDate, TimeZone, Utc};

fn app() -> App {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
    let mut db = Db::open_in_memory().unwrap();
    crate::demo::populate(&mut db, now).unwrap();
    App::new(db, &Config::default(), Clock::fixed(now), (120, 40))
}

fn text(app: &App, sql: &str) -> String {
    app.db
        .conn()
        .query_row(sql, [], |row| row.get::<_, Option<String>>(0))
        .unwrap()
        .unwrap_or_default()
}

fn number(app: &App, sql: &str) -> i64 {
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
        label: "done",
    }));
    app.perform(Request::Mentions(MentionsRequest::ChangeMentions {
        ids: vec![mention],
        change: MentionChange::Status(MentionStatus::Ignored),
        label: "ignore",
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
        label: "escalate",
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

#[test]
fn a_mention_typed_by_hand_is_removed_and_put_back_with_its_id_and_search_index() {
    let mut app = app();
    let found = "SELECT COUNT(*) FROM mentions_fts WHERE mentions_fts MATCH 'zarzaparrilla'";
    app.perform(Request::Mentions(MentionsRequest::AddMention(
        MentionByHand {
            source: "blog".into(),
            url: Some("https://example.org/zarza".into()),
            author: "Lola".into(),
            text: "La zarzaparrilla de la casa es otra cosa".into(),
            published_at: Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap(),
            reach: 40,
        },
    )));
    let id = first(&app, "SELECT MAX(id) FROM mentions");
    assert_eq!(number(&app, found), 1);
    app.undo_last();
    assert_eq!(number(&app, found), 0, "the index forgets it with the row");
    assert_eq!(
        number(
            &app,
            &format!("SELECT COUNT(*) FROM mentions WHERE id = {id}")
        ),
        0
    );
    app.redo_last();
    assert_eq!(app.message.as_deref(), Some("Redid: new mention"));
    assert_eq!(
        number(
            &app,
            &format!("SELECT COUNT(*) FROM mentions WHERE id = {id} AND author = 'Lola'")
        ),
        1,
        "the same row comes back"
    );
    assert_eq!(number(&app, found), 1, "and the index finds it again");
}

#[test]
fn a_merge_is_split_by_undo_and_made_again_by_redo() {
    let mut app = app();
    let kept = first(&app, "SELECT MIN(id) FROM people");
    let removed = first(&app, "SELECT MAX(id) FROM people");
    let people = "SELECT COUNT(*) FROM people";
    let all = number(&app, people);
    app.perform(Request::People(PeopleRequest::MergePeople {
        kept,
        removed,
    }));
    assert_eq!(number(&app, people), all - 1);
    app.undo_last();
    assert_eq!(number(&app, people), all);
    app.redo_last();
    assert_eq!(app.message.as_deref(), Some("Redid: merge"));
    assert_eq!(number(&app, people), all - 1);
    app.undo_last();
    assert_eq!(
        number(
            &app,
            &format!("SELECT COUNT(*) FROM people WHERE id = {removed}")
        ),
        1,
        "the second split brings the same person back"
    );
}

#[test]
fn the_week_notes_written_are_taken_back_and_written_again() {
    let mut app = app();
    let first = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let stored =
        "SELECT COALESCE((SELECT victories FROM week_notes WHERE iso_week = '2026-W48'), '')";
    let before = text(&app, stored);
    app.perform(Request::Reports(
        crate::panes::ReportsRequest::SaveWeekNotes {
            first,
            victories: "Cien seguidores nuevos".into(),
            notes: String::new(),
        },
    ));
    assert_eq!(text(&app, stored), "Cien seguidores nuevos");
    app.undo_last();
    assert_eq!(text(&app, stored), before);
    app.redo_last();
    assert_eq!(text(&app, stored), "Cien seguidores nuevos");
}

#[test]
fn a_crisis_opened_and_closed_is_reopened_then_removed_by_undo_and_put_back_by_redo() {
    let mut app = app();
    let open = "SELECT COUNT(*) FROM crises WHERE closed_at IS NULL";
    let all = "SELECT COUNT(*) FROM crises";
    let (open_before, all_before) = (number(&app, open), number(&app, all));
    let now = app.clock.now;
    let id = app.db.start_crisis(2, "spike", now).unwrap();
    app.record(super::Undo::rows(
        "open crisis",
        Vec::new(),
        vec![(crate::db::undo_rows::Table::Crises, id)],
    ));
    let before = app
        .db
        .row_images(&[(crate::db::undo_rows::Table::Crises, id)])
        .unwrap();
    app.db.close_crisis(id, now).unwrap();
    app.record(super::Undo::rows("close crisis", before, Vec::new()));
    assert_eq!(number(&app, open), open_before);
    app.undo_last();
    assert_eq!(number(&app, open), open_before + 1, "undo reopens it");
    app.undo_last();
    assert_eq!(number(&app, all), all_before, "undo removes it");
    app.redo_last();
    app.redo_last();
    assert_eq!(app.message.as_deref(), Some("Redid: close crisis"));
    assert_eq!(number(&app, all), all_before + 1);
    assert_eq!(
        number(
            &app,
            &format!("SELECT COUNT(*) FROM crises WHERE id = {id} AND closed_at IS NOT NULL")
        ),
        1,
        "the same crisis is back, closed"
    );
}

#[test]
fn a_new_rule_and_a_new_saved_reply_come_back_with_their_ids_on_redo() {
    let mut app = app();
    app.perform(Request::Mentions(MentionsRequest::SaveRule {
        id: None,
        rule: crate::domain::listening::RuleInput {
            name: "Horchata".into(),
            kind: crate::domain::RuleKind::Sector,
            competitor: String::new(),
            terms: "horchata".into(),
            exclusions: String::new(),
            source: String::new(),
            language: String::new(),
            sensitivity: "balanced".into(),
            min_count: 5,
            cooldown_hours: 12,
        },
    }));
    app.perform(Request::Inbox(InboxRequest::SaveSavedReply {
        id: None,
        name: "Gracias".into(),
        body: "¡Gracias por escribirnos!".into(),
    }));
    let rule = number(
        &app,
        "SELECT id FROM listening_rules WHERE name = 'Horchata'",
    );
    let reply = number(&app, "SELECT id FROM saved_replies WHERE name = 'Gracias'");
    app.undo_last();
    app.undo_last();
    assert_eq!(
        number(
            &app,
            "SELECT (SELECT COUNT(*) FROM listening_rules WHERE name = 'Horchata') + (SELECT COUNT(*) FROM saved_replies WHERE name = 'Gracias')"
        ),
        0
    );
    app.redo_last();
    app.redo_last();
    assert_eq!(app.message.as_deref(), Some("Redid: saved reply"));
    assert_eq!(
        number(
            &app,
            "SELECT id FROM listening_rules WHERE name = 'Horchata'"
        ),
        rule
    );
    assert_eq!(
        number(&app, "SELECT id FROM saved_replies WHERE name = 'Gracias'"),
        reply
    );
}
