//! One input system: every modal layer reads its keys from its own key-map scope, the help key
//! lists the keys of the layer it is pressed in, and a rebound key changes both what happens and
//! the hints on screen. Driven by keys through `App::update` on the demo brand.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use cmdeck::app::{App, AppEvent};
use cmdeck::clock::Clock;
use cmdeck::config::Config;
use cmdeck::db::Db;
use cmdeck::keymap::Layer;
use common::{count, ctrl, demo_app, now, press, screen, type_text};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;

/// The demo desk with `keys` (TOML `[keys.*]` tables) over the default key map.
fn demo_with_keys(keys: &str) -> App {
    let config = match Config::parse(keys, Path::new("test.toml")) {
        Ok(config) => config,
        Err(error) => panic!("the test config should load: {error}"),
    };
    let mut db = Db::open_in_memory().unwrap();
    cmdeck::demo::populate(&mut db, now()).unwrap();
    App::new(db, &config, Clock::fixed(now()), (120, 40))
}

fn f1(app: &mut App) {
    app.update(AppEvent::Key(KeyEvent::new(
        KeyCode::F(1),
        KeyModifiers::NONE,
    )));
}

fn help_layer(app: &App) -> Option<Layer> {
    app.overlay
        .map(|cmdeck::app::Overlay::Help { over, .. }| over)
}

#[test]
fn the_layer_is_derived_from_what_is_open() {
    let mut app = demo_app();
    assert_eq!(app.layer(), Layer::List);
    press(&mut app, KeyCode::Char('/'));
    assert_eq!(app.layer(), Layer::Filter);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.layer(), Layer::Form);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('r'));
    assert_eq!(app.layer(), Layer::Editor);
    ctrl(&mut app, 't');
    assert_eq!(app.layer(), Layer::Picker);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('O'));
    assert_eq!(app.layer(), Layer::Plan);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('C'));
    assert_eq!(app.layer(), Layer::Form, "opening a crisis is a form");
    press(&mut app, KeyCode::Char('?'));
    assert_eq!(app.layer(), Layer::Form, "? is typed in a form, not help");
}

#[test]
fn f1_inside_a_form_lists_the_form_keys_and_question_mark_is_typed() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "¿Sí?");
    assert_eq!(help_layer(&app), None);
    f1(&mut app);
    assert_eq!(help_layer(&app), Some(Layer::Form));
    let text = screen(&app);
    assert!(text.contains("the form's keys from your key map"), "{text}");
    assert!(text.contains("In a form"), "{text}");
    assert!(text.contains("Ctrl-s"), "{text}");
    assert!(
        !text.contains("go to Inbox"),
        "global keys are not in force: {text}"
    );
    press(&mut app, KeyCode::Esc);
    assert_eq!(help_layer(&app), None);
    assert_eq!(
        app.layer(),
        Layer::Form,
        "closing the help returns to the form"
    );
}

#[test]
fn the_help_of_the_reply_editor_the_plan_and_the_crisis_lists_their_keys() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('r'));
    f1(&mut app);
    let text = screen(&app);
    assert!(text.contains("In the reply editor"), "{text}");
    assert!(
        text.contains("search the saved replies and insert one"),
        "{text}"
    );
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);

    press(&mut app, KeyCode::Char('O'));
    press(&mut app, KeyCode::Char('?'));
    let text = screen(&app);
    assert!(text.contains("On the plan screen"), "{text}");
    assert!(
        text.contains("build a UTM link for the selected campaign"),
        "{text}"
    );
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);

    press(&mut app, KeyCode::Char('C'));
    ctrl(&mut app, 's');
    assert_eq!(app.layer(), Layer::Crisis);
    press(&mut app, KeyCode::Char('?'));
    let text = screen(&app);
    assert!(text.contains("In the crisis checklist"), "{text}");
    assert!(
        text.contains("pause or resume the scheduled posts"),
        "{text}"
    );
}

#[test]
fn a_rebound_save_key_saves_the_form_and_every_hint_shows_it() {
    let mut app = demo_with_keys("[keys.form]\nsave = \"ctrl-w\"\n");
    let posts = "SELECT COUNT(*) FROM posts";
    let before = count(&mut app, posts);
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Un post guardado con otra tecla");
    let text = screen(&app);
    assert!(text.contains("Ctrl-w saves"), "{text}");
    assert!(!text.contains("Ctrl-s saves"), "{text}");
    ctrl(&mut app, 's');
    assert_eq!(app.layer(), Layer::Form, "Ctrl-S no longer saves");
    assert_eq!(count(&mut app, posts), before);
    ctrl(&mut app, 'w');
    assert_eq!(app.layer(), Layer::List, "{:?}", app.message);
    assert_eq!(count(&mut app, posts), before + 1);
}

#[test]
fn rebinding_down_on_the_plan_screen_moves_with_the_new_key_only() {
    let mut app = demo_with_keys("[keys.plan]\ndown = \"ctrl-n\"\n");
    press(&mut app, KeyCode::Char('O'));
    let selected = |app: &App| app.plan.as_ref().map(|p| p.selected());
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(selected(&app), Some(0), "j is no longer bound to down");
    ctrl(&mut app, 'n');
    assert_eq!(selected(&app), Some(1));
    let text = screen(&app);
    assert!(text.contains("Ctrl-n/k entry"), "{text}");
}

#[test]
fn a_question_is_answered_by_the_yes_key_of_the_confirm_table() {
    let mut app = demo_with_keys("[keys.confirm]\nyes = \"s\"\n");
    let posts = "SELECT COUNT(*) FROM posts";
    let before = count(&mut app, posts);
    press(&mut app, KeyCode::Char('d'));
    assert_eq!(app.layer(), Layer::Confirm);
    assert!(screen(&app).contains("s: yes"));
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(count(&mut app, posts), before, "y is not yes any more");
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(count(&mut app, posts), before - 1);
}
