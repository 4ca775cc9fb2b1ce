//! Inbox flows driven by keys through `App::update` on the demo brand, checked in the database.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{count, ctrl, demo_app, press, screen, type_text};
use crossterm::event::KeyCode;

fn waiting(app: &mut cmdeck::app::App) -> i64 {
    count(
        app,
        "SELECT COUNT(*) FROM messages WHERE status IN ('new', 'open', 'escalated') OR (status = 'snoozed' AND snoozed_until <= '2026-11-23T10:00:00Z')",
    )
}

#[test]
fn replying_records_the_text_and_the_first_response_time() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('2'));
    let id = app
        .panes
        .inbox
        .queue()
        .selected_row()
        .map(|r| r.id)
        .unwrap();
    press(&mut app, KeyCode::Char('r'));
    assert!(screen(&app).contains("publishing it on the network happens there"));
    type_text(&mut app, "¡Hola! Lo revisamos ahora mismo.");
    ctrl(&mut app, 's');
    assert!(app.panes.inbox.reply().is_none(), "{:?}", app.message);
    let sql = format!(
        "SELECT COUNT(*) FROM messages m JOIN replies r ON r.message_id = m.id WHERE m.id = {id} AND m.status = 'replied' AND m.first_response_at = '2026-11-23T10:00:00Z' AND r.body LIKE '¡Hola!%'"
    );
    assert_eq!(count(&mut app, &sql), 1);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(
        count(
            &mut app,
            &format!(
                "SELECT COUNT(*) FROM replies WHERE message_id = {id} AND body LIKE '¡Hola!%'"
            )
        ),
        0
    );
    assert_eq!(
        count(
            &mut app,
            &format!("SELECT COUNT(*) FROM messages WHERE id = {id} AND first_response_at IS NULL")
        ),
        1
    );
}

#[test]
fn a_saved_reply_is_found_without_accents_and_inserted_with_the_name_filled() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('r'));
    ctrl(&mut app, 't');
    let first = app
        .panes
        .inbox
        .reply()
        .and_then(|r| r.picker())
        .map(|p| p.matches().len())
        .unwrap();
    assert!(first > 0);
    press(&mut app, KeyCode::Enter);
    let text = app.panes.inbox.reply().map(|r| r.text()).unwrap();
    assert!(
        !text.contains("{name}") && !text.contains("{today}"),
        "{text}"
    );
}

#[test]
fn the_demo_inbox_can_be_taken_to_zero_and_undo_brings_the_last_batch_back() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('2'));
    let before = waiting(&mut app);
    assert!(before > 0);
    for _ in 0..before {
        press(&mut app, KeyCode::Char(' '));
    }
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(waiting(&mut app), 0, "{:?}", app.message);
    assert!(screen(&app).contains("Inbox zero"));
    assert_eq!(app.counters.messages_waiting, 0);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(waiting(&mut app), before);
}

#[test]
fn snoozing_until_tomorrow_hides_the_message_until_then() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('2'));
    let id = app
        .panes
        .inbox
        .queue()
        .selected_row()
        .map(|r| r.id)
        .unwrap();
    press(&mut app, KeyCode::Char('z'));
    press(&mut app, KeyCode::Right);
    ctrl(&mut app, 's');
    assert_eq!(
        count(
            &mut app,
            &format!(
                "SELECT COUNT(*) FROM messages WHERE id = {id} AND status = 'snoozed' AND snoozed_until = '2026-11-24T09:00:00Z'"
            )
        ),
        1
    );
    assert!(
        app.panes
            .inbox
            .queue()
            .visible()
            .all(|(_, row)| row.id != id)
    );
    app.update(cmdeck::app::AppEvent::Tick(
        chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 11, 24, 9, 1, 0).unwrap(),
    ));
    assert_eq!(
        app.panes
            .inbox
            .queue()
            .visible()
            .next()
            .map(|(_, row)| row.id),
        Some(id),
        "back on top once its time has come"
    );
}

#[test]
fn a_typed_time_in_the_past_is_refused_on_the_form() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('z'));
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "2020-01-01 09:00");
    ctrl(&mut app, 's');
    assert!(screen(&app).contains("already passed"));
}

#[test]
fn correcting_the_sentiment_keeps_the_guess_apart() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('2'));
    let row = app.panes.inbox.queue().selected_row().cloned().unwrap();
    press(&mut app, KeyCode::Char('s'));
    let sql = format!(
        "SELECT (sentiment IS NOT NULL) + (sentiment_auto IS NOT NULL) * 10 FROM messages WHERE id = {}",
        row.id
    );
    assert_eq!(count(&mut app, &sql), 11);
}

#[test]
fn linking_the_sender_to_a_new_person_adds_them_to_prescriptors() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('2'));
    let people = count(&mut app, "SELECT COUNT(*) FROM people");
    press(&mut app, KeyCode::Char('@'));
    for _ in 0..3 {
        press(&mut app, KeyCode::Home);
    }
    while app
        .panes
        .inbox
        .form()
        .is_some_and(|f| f.choice("person").is_some())
    {
        press(&mut app, KeyCode::Left);
    }
    ctrl(&mut app, 's');
    assert_eq!(
        count(&mut app, "SELECT COUNT(*) FROM people"),
        people + 1,
        "{:?}",
        app.message
    );
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(count(&mut app, "SELECT COUNT(*) FROM people"), people);
}

#[test]
fn a_message_typed_by_hand_gets_a_sentiment_guess() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('2'));
    let before = count(&mut app, "SELECT COUNT(*) FROM messages");
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Lucía por teléfono");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "El pedido llegó roto y nadie responde, fatal.");
    ctrl(&mut app, 's');
    assert_eq!(
        count(&mut app, "SELECT COUNT(*) FROM messages"),
        before + 1,
        "{:?}",
        app.message
    );
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM messages WHERE author = 'Lucía por teléfono' AND sentiment_auto = 'negative'"
        ),
        1
    );
}

#[test]
fn the_saved_replies_library_adds_edits_and_deletes() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('2'));
    let before = count(&mut app, "SELECT COUNT(*) FROM saved_replies");
    press(&mut app, KeyCode::Char('R'));
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "Horario de Navidad");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Hola {name}, en Navidad abrimos de 9 a 14.");
    ctrl(&mut app, 's');
    assert_eq!(
        count(&mut app, "SELECT COUNT(*) FROM saved_replies"),
        before + 1,
        "{:?}",
        app.message
    );
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(
        count(&mut app, "SELECT COUNT(*) FROM saved_replies"),
        before
    );
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(
        count(&mut app, "SELECT COUNT(*) FROM saved_replies"),
        before + 1,
        "undo puts the deleted reply back"
    );
}

/// Opens the reply editor on the first message, opens the saved-reply picker and types `search`.
fn search_saved_replies(app: &mut cmdeck::app::App, search: &str) {
    press(app, KeyCode::Char('2'));
    press(app, KeyCode::Char('r'));
    ctrl(app, 't');
    type_text(app, search);
}

#[test]
fn the_picker_lists_only_replies_holding_every_typed_word_and_enter_inserts_nothing_loose() {
    let mut app = demo_app();
    search_saved_replies(&mut app, "incid");
    let reply = app.panes.inbox.reply().unwrap();
    let listed: Vec<String> = reply
        .picker()
        .unwrap()
        .matches()
        .iter()
        .map(|i| {
            let offered = &reply.library()[*i];
            cmdeck::text::fold(&format!("{} {}", offered.name, offered.body))
        })
        .collect();
    assert!(
        listed.iter().all(|text| text.contains("incid")),
        "{listed:?}"
    );
    press(&mut app, KeyCode::Enter);
    let text = app.panes.inbox.reply().map(|r| r.text()).unwrap();
    assert!(!text.contains("office coffee"), "{text}");
}

#[test]
fn enter_in_the_picker_inserts_nothing_when_no_reply_holds_every_word_and_says_so() {
    let mut app = demo_app();
    search_saved_replies(&mut app, "pedido navidad");
    press(&mut app, KeyCode::Enter);
    let reply = app.panes.inbox.reply().unwrap();
    assert_eq!(reply.text(), "");
    assert!(reply.picker().is_some(), "the picker stays open");
    let shown = screen(&app);
    assert!(
        shown.contains("No saved reply matches “pedido navidad”"),
        "{shown}"
    );
}

#[test]
fn an_unaccented_word_finds_the_accented_reply_and_enter_inserts_it() {
    let mut app = demo_app();
    search_saved_replies(&mut app, "cafe preparar");
    press(&mut app, KeyCode::Enter);
    let text = app.panes.inbox.reply().map(|r| r.text()).unwrap();
    assert!(text.contains("15 g de café"), "{text}");
}

#[test]
fn the_holding_statements_are_at_hand_in_the_picker_without_a_crisis() {
    let mut app = demo_app();
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM crises WHERE closed_at IS NULL"
        ),
        0
    );
    search_saved_replies(&mut app, "incid");
    let shown = screen(&app);
    assert!(shown.contains("Holding statements"), "{shown}");
    press(&mut app, KeyCode::Enter);
    let text = app.panes.inbox.reply().map(|r| r.text()).unwrap();
    assert!(text.contains("sentimos mucho lo ocurrido"), "{text}");
}

#[test]
fn the_picker_and_editor_hints_follow_the_key_map_as_rebound() {
    let mut db = cmdeck::db::Db::open_in_memory().unwrap();
    cmdeck::demo::populate(&mut db, common::now()).unwrap();
    let config = cmdeck::config::Config::parse(
        "[keys.editor]\ninsert_saved_reply = \"ctrl-y\"\n[keys.picker]\nopen = \"tab\"\n",
        std::path::Path::new("test.toml"),
    )
    .unwrap();
    let mut app = cmdeck::app::App::new(
        db,
        &config,
        cmdeck::clock::Clock::fixed(common::now()),
        (120, 40),
    );
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('r'));
    let editor = screen(&app);
    assert!(
        editor.contains("Ctrl-s records the reply") && editor.contains("Ctrl-y saved replies"),
        "{editor}"
    );
    ctrl(&mut app, 'y');
    let picker = screen(&app);
    assert!(
        picker.contains("Up/Down choose") && picker.contains("Tab inserts"),
        "{picker}"
    );
    type_text(&mut app, "preparar");
    press(&mut app, KeyCode::Tab);
    let text = app.panes.inbox.reply().map(|r| r.text()).unwrap();
    assert!(text.contains("15 g de café"), "{text}");
}
