//! Undo and redo of each kind of data through the app on the demo brand: a mention typed by hand
//! (with its search index), a merge, the week notes, a crisis, a new rule and saved reply.

use super::undo_tests::{app, number, text};
use crate::domain::mentions::MentionByHand;
use crate::panes::{InboxRequest, MentionsRequest, PeopleRequest, Request};
use chrono::{NaiveDate, TimeZone, Utc};

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
    let id = number(&app, "SELECT MAX(id) FROM mentions");
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
    let kept = number(&app, "SELECT MIN(id) FROM people");
    let removed = number(&app, "SELECT MAX(id) FROM people");
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
