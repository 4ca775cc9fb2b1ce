//! Sentiment that learns, driven by keys through `App::update` on a database set up from
//! nothing: two corrections teach a word, a mention typed later is guessed with it and says
//! why, the strategy face lists the word, and forgetting it (with undo and redo) changes the
//! guesses again.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{ctrl, empty_app, press, screen, type_text};
use crossterm::event::KeyCode;

/// Types a mention by hand in the Mentions pane's form and saves it.
fn add_mention(app: &mut cmdeck::app::App, url: &str, text: &str) {
    press(app, KeyCode::Char('n'));
    press(app, KeyCode::Tab);
    type_text(app, url);
    press(app, KeyCode::Tab);
    type_text(app, "Ana");
    press(app, KeyCode::Tab);
    type_text(app, text);
    ctrl(app, 's');
    assert!(app.panes.mentions.form().is_none(), "{:?}", app.message);
}

/// The automatic guess stored for the mention at `url`.
fn stored_guess(app: &mut cmdeck::app::App, url: &str) -> String {
    app.db
        .write(|tx| {
            tx.query_row(
                "SELECT sentiment_auto FROM mentions WHERE url = ?1",
                [url],
                |row| row.get::<_, String>(0),
            )
        })
        .unwrap()
}

#[test]
fn two_corrections_teach_a_word_that_decides_a_later_guess_with_its_reason_until_it_is_forgotten() {
    let mut app = empty_app();
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('3'));
    add_mention(
        &mut app,
        "https://a.example/1",
        "Probé el croquetón del mercado",
    );
    add_mention(
        &mut app,
        "https://a.example/2",
        "Otro croquetón para la mesa",
    );
    assert_eq!(stored_guess(&mut app, "https://a.example/1"), "neutral");

    // Both corrected from neutral to negative with `s`, one after the other.
    press(&mut app, KeyCode::Char('s'));
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char('s'));
    let corrected = common::count(
        &mut app,
        "SELECT COUNT(*) FROM mentions WHERE sentiment_corrected = 'negative'",
    );
    assert_eq!(corrected, 2, "{:?}", app.message);

    add_mention(&mut app, "https://a.example/3", "Hoy toca croquetón");
    assert_eq!(
        stored_guess(&mut app, "https://a.example/3"),
        "negative",
        "the learned word decides the guess of a mention that comes in later"
    );
    press(&mut app, KeyCode::Char('g'));
    press(&mut app, KeyCode::Enter);
    let detail = screen(&app);
    assert!(
        detail.contains("learned: you marked 2 texts with it negative"),
        "the detail says why: {detail}"
    );
    press(&mut app, KeyCode::Esc);

    press(&mut app, KeyCode::Char('S'));
    let face = screen(&app);
    assert!(
        face.contains(
            "What the sentiment guess learned from your corrections (2 corrected texts teach)"
        ),
        "{face}"
    );
    assert!(face.contains("counts negative: croqueton -1 (2)"), "{face}");
    assert!(face.contains("L forgets these words"), "{face}");

    press(&mut app, KeyCode::Char('L'));
    let asked = screen(&app);
    assert!(asked.contains("Forget the words"), "asks first: {asked}");
    press(&mut app, KeyCode::Char('y'));
    let message = app.message.clone().unwrap_or_default();
    assert!(
        message.contains("Forgot the 1 word 2 corrected texts taught"),
        "{message}"
    );
    let face = screen(&app);
    assert!(face.contains("nothing yet"), "{face}");
    assert_eq!(
        common::count(
            &mut app,
            "SELECT COUNT(*) FROM mentions WHERE sentiment_corrected = 'negative'"
        ),
        2,
        "the corrections themselves stay"
    );

    press(&mut app, KeyCode::Char('u'));
    assert!(
        screen(&app).contains("croqueton"),
        "undo brings the lesson back: {:?}",
        app.message
    );
    ctrl(&mut app, 'r');
    assert!(screen(&app).contains("nothing yet"), "{:?}", app.message);

    press(&mut app, KeyCode::Char('S'));
    add_mention(&mut app, "https://a.example/4", "Un croquetón más");
    assert_eq!(
        stored_guess(&mut app, "https://a.example/4"),
        "neutral",
        "once forgotten, the word no longer decides"
    );
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "hoy toca");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    let detail = screen(&app);
    assert!(
        detail.contains("guessed negative when it came in, neutral with what you taught since"),
        "the earlier guess is explained against what the desk knows now: {detail}"
    );
}
