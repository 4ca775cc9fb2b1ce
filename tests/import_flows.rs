//! The import screen as a community manager uses it, key by key on a 120×40 desk with a fixed
//! clock: `I` on the Calendar or the Reports pane, the path of a network's export, the dry run's
//! preview, then the import (inline here: the tests have no worker thread).

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use cmdeck::app::{App, ImportScreen};
use cmdeck::domain::Network;
use cmdeck::domain::channels::ChannelSetup;
use common::{count, ctrl, empty_app, press, screen, type_text};
use crossterm::event::KeyCode;

fn fixture(name: &str) -> String {
    format!("{}/tests/data/exports/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// An empty desk with the X channel `@cafelanora`, past its welcome screen.
fn desk_with_x_channel() -> App {
    let mut app = empty_app();
    app.db
        .add_channel(&ChannelSetup::new(Network::X, "@cafelanora").unwrap())
        .unwrap();
    press(&mut app, KeyCode::Char('j'));
    app
}

#[test]
fn the_calendars_import_key_previews_the_archive_then_imports_it_when_confirmed() {
    let mut app = desk_with_x_channel();
    press(&mut app, KeyCode::Char('I'));
    assert!(
        screen(&app).contains("Export file (path)"),
        "{}",
        screen(&app)
    );
    type_text(&mut app, &fixture("x/tweets.js"));
    ctrl(&mut app, 's');
    let preview = screen(&app);
    assert!(
        preview.contains("Import posts — preview of what would come in"),
        "{preview}"
    );
    assert!(preview.contains("Dry run, nothing stored"), "{preview}");
    // The summary wraps where the path's length puts it, so it is read from the screen's state.
    let Some(ImportScreen::Preview { lines, .. }) = &app.import else {
        panic!("no preview: {preview}");
    };
    assert!(
        lines[0].contains("3 posts from 2026-11-23 to 2026-11-26 on x:@cafelanora — 3 new"),
        "{lines:?}"
    );
    assert!(preview.contains("import these posts"), "{preview}");
    assert_eq!(count(&mut app, "SELECT COUNT(*) FROM posts"), 0);
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM posts WHERE status = 'published'"
        ),
        3
    );
    let after = screen(&app);
    assert!(
        after.contains("Imported tweets.js: 3 new, 0 matched to posts already here; 3 snapshots"),
        "{after}"
    );
    assert!(!after.contains("preview of what would come in"), "{after}");
}

#[test]
fn a_preview_answered_with_any_other_key_stores_nothing() {
    let mut app = desk_with_x_channel();
    press(&mut app, KeyCode::Char('5'));
    press(&mut app, KeyCode::Char('I'));
    type_text(&mut app, &fixture("x/tweets.js"));
    ctrl(&mut app, 's');
    press(&mut app, KeyCode::Esc);
    assert_eq!(count(&mut app, "SELECT COUNT(*) FROM posts"), 0);
    assert!(
        screen(&app).contains("Nothing was imported."),
        "{}",
        screen(&app)
    );
}

#[test]
fn a_file_that_is_no_export_is_refused_in_full_naming_it_until_a_key_closes_it() {
    let mut app = desk_with_x_channel();
    press(&mut app, KeyCode::Char('I'));
    type_text(&mut app, &fixture("x/README.md"));
    ctrl(&mut app, 's');
    let shown = screen(&app);
    assert!(
        shown.contains("Import posts — refused, nothing was stored"),
        "{shown}"
    );
    let Some(ImportScreen::Refused(lines)) = &app.import else {
        panic!("not refused: {shown}");
    };
    assert!(
        lines[0]
            .contains("README.md was not imported: its format is not one cmdeck reads posts from"),
        "{lines:?}"
    );
    assert!(shown.contains("any key closes"), "{shown}");
    assert_eq!(count(&mut app, "SELECT COUNT(*) FROM posts"), 0);
    press(&mut app, KeyCode::Char('j'));
    assert!(
        !screen(&app).contains("refused, nothing was stored"),
        "{}",
        screen(&app)
    );
}

#[test]
fn an_empty_path_is_asked_for_again_and_escape_closes_the_form() {
    let mut app = desk_with_x_channel();
    press(&mut app, KeyCode::Char('I'));
    ctrl(&mut app, 's');
    assert!(
        screen(&app).contains("Type the path of the export file"),
        "{}",
        screen(&app)
    );
    press(&mut app, KeyCode::Esc);
    assert!(
        !screen(&app).contains("Export file (path)"),
        "{}",
        screen(&app)
    );
}
