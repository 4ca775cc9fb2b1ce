//! Triage rules typed in the Inbox's strategy face, driven by keys through `App::update` on an
//! empty database: the rule is stored, then triages the messages that arrive — typed by hand or
//! imported — and can be edited, deleted (after a question) and undone.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use cmdeck::app::App;
use common::{count, ctrl, empty_app, press, screen, type_text};
use crossterm::event::KeyCode;

/// Steps past the welcome screen of the empty desk and opens the Inbox's strategy face.
fn inbox_strategy(app: &mut App) {
    assert!(app.welcome);
    press(app, KeyCode::Esc);
    press(app, KeyCode::Char('2'));
    press(app, KeyCode::Char('S'));
    assert!(app.strategy);
}

/// Types a rule on the open form: each value in its field, in the form's order (name, contains,
/// channel, kind, role, priority, sentiment, status, saved reply), then saves.
fn fill_rule(app: &mut App, values: &[&str]) {
    for (index, value) in values.iter().enumerate() {
        if index > 0 {
            press(app, KeyCode::Tab);
        }
        type_text(app, value);
    }
    ctrl(app, 's');
}

/// Gives the empty desk an Instagram channel, as a first set-up would.
fn add_instagram(app: &mut App) {
    app.db
        .write(|tx| {
            tx.execute(
                "INSERT INTO channels (network, handle, name, char_limit) VALUES ('instagram', '@tienda', 'Tienda', 2200)",
                (),
            )
        })
        .unwrap();
}

/// Types a message by hand in the Inbox's execution face.
fn type_message(app: &mut App, author: &str, body: &str) {
    press(app, KeyCode::Char('n'));
    press(app, KeyCode::Tab);
    press(app, KeyCode::Tab);
    type_text(app, author);
    press(app, KeyCode::Tab);
    type_text(app, body);
    ctrl(app, 's');
}

#[test]
fn a_rule_typed_on_an_empty_desk_triages_the_messages_that_arrive_afterwards() {
    let mut app = empty_app();
    inbox_strategy(&mut app);
    press(&mut app, KeyCode::Char('n'));
    fill_rule(
        &mut app,
        &[
            "Reembolsos",
            "reembolso, devolución",
            "",
            "",
            "",
            "urgent",
            "negative",
        ],
    );
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM triage_rules WHERE name = 'Reembolsos' AND contains = 'reembolso\ndevolución' AND priority = 'urgent' AND sentiment = 'negative'"
        ),
        1,
        "{:?}",
        app.message
    );
    assert!(screen(&app).contains("Reembolsos"), "{}", screen(&app));

    add_instagram(&mut app);
    press(&mut app, KeyCode::Char('S'));
    type_message(&mut app, "Lucía", "Quiero la devolucion de mi pedido");
    type_message(&mut app, "Pau", "¿Abrís el domingo?");
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM messages WHERE author = 'Lucía' AND priority = 'urgent' AND sentiment = 'negative' AND rule = 'Reembolsos'"
        ),
        1,
        "{:?}",
        app.message
    );
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM messages WHERE author = 'Pau' AND priority = 'normal' AND rule IS NULL"
        ),
        1
    );

    let file = std::env::temp_dir().join(format!("cmdeck-triage-{}.csv", std::process::id()));
    std::fs::write(
        &file,
        "channel,kind,author,body,received_at,external_id\n\
         instagram,dm,Ana,\"Pido un REEMBOLSO ya\",2026-11-23T09:30:00Z,imp-1\n",
    )
    .unwrap();
    let imported = cmdeck::commands::import::messages(&mut app.db, &file, false, None, &[]);
    std::fs::remove_file(&file).unwrap();
    assert!(imported.is_ok(), "{imported:?}");
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM messages WHERE author = 'Ana' AND priority = 'urgent' AND rule = 'Reembolsos'"
        ),
        1
    );
}

#[test]
fn a_mistyped_field_stays_on_the_form_with_the_config_files_sentence() {
    let mut app = empty_app();
    inbox_strategy(&mut app);
    press(&mut app, KeyCode::Char('n'));
    fill_rule(&mut app, &["Prisa", "ya", "", "", "", "asap"]);
    assert_eq!(count(&mut app, "SELECT COUNT(*) FROM triage_rules"), 0);
    let form = app.panes.inbox.form().expect("the form stays open");
    let error = form
        .fields
        .iter()
        .find(|field| field.key == "priority")
        .and_then(|field| field.error.clone());
    assert_eq!(
        error.as_deref(),
        Some("unknown priority `asap`; use one of: low, normal, high, urgent"),
        "the sentence the config file's `priority = \"asap\"` gets"
    );
}

#[test]
fn editing_deleting_after_the_question_and_undo_put_the_rule_back() {
    let mut app = empty_app();
    inbox_strategy(&mut app);
    press(&mut app, KeyCode::Char('n'));
    fill_rule(&mut app, &["Reseñas", "", "", "review", "", "high"]);
    assert_eq!(
        count(&mut app, "SELECT COUNT(*) FROM triage_rules"),
        1,
        "{:?}",
        app.message
    );
    press(&mut app, KeyCode::Char('e'));
    assert_eq!(
        app.panes.inbox.form().map(|f| f.text("kind")).as_deref(),
        Some("review")
    );
    for _ in 0..5 {
        press(&mut app, KeyCode::Tab);
    }
    for _ in 0.."high".len() {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "urgent");
    ctrl(&mut app, 's');
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM triage_rules WHERE priority = 'urgent'"
        ),
        1,
        "{:?}",
        app.message
    );
    press(&mut app, KeyCode::Char('d'));
    assert_eq!(
        count(&mut app, "SELECT COUNT(*) FROM triage_rules"),
        1,
        "asks first"
    );
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(count(&mut app, "SELECT COUNT(*) FROM triage_rules"), 0);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM triage_rules WHERE name = 'Reseñas' AND kind = 'review' AND priority = 'urgent'"
        ),
        1,
        "{:?}",
        app.message
    );
}
