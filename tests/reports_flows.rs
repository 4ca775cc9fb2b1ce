//! Key-script flows through the Reports pane: the week's notes written and kept per week, the
//! report exported as Markdown into the report folder, formulas shown on demand; and snapshots of
//! the Markdown and of the pane with formulas, on the demo's last complete week.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{ctrl, demo_app, now, press, screen, type_text};
use crossterm::event::KeyCode;

#[test]
fn the_weeks_notes_are_written_kept_per_week_and_shown() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('5'));
    press(&mut app, KeyCode::Char('n'));
    assert!(app.panes.reports.notes().is_some());
    type_text(&mut app, "Inbox a cero el lunes");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Probar reels los jueves");
    ctrl(&mut app, 's');
    assert!(app.panes.reports.notes().is_none());
    assert_eq!(
        common::count(
            &mut app,
            "SELECT COUNT(*) FROM week_notes WHERE iso_week = '2026-W48' AND victories = 'Inbox a cero el lunes' AND notes = 'Probar reels los jueves'"
        ),
        1
    );
    for _ in 0..60 {
        press(&mut app, KeyCode::Char('j'));
    }
    assert!(
        screen(&app).contains("★ Inbox a cero el lunes"),
        "{}",
        screen(&app)
    );
    press(&mut app, KeyCode::Char('h'));
    press(&mut app, KeyCode::Char('n'));
    let form = app.panes.reports.notes().unwrap();
    assert!(
        form.text("victories").contains("Pasamos de 4.700"),
        "last week keeps its own notes"
    );
    press(&mut app, KeyCode::Esc);
    assert!(app.panes.reports.notes().is_none());
}

#[test]
fn x_exports_the_week_shown_into_the_report_folder() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo_app();
    app.reports_dir = Some(dir.path().join("reports"));
    press(&mut app, KeyCode::Char('5'));
    press(&mut app, KeyCode::Char('h'));
    press(&mut app, KeyCode::Char('x'));
    let file = dir.path().join("reports").join("cmdeck-report-2026-W47.md");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.starts_with("# Café La Ñora — report for 2026-W47"));
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .contains("cmdeck-report-2026-W47.md")
    );
}

#[test]
fn f_shows_the_formula_under_each_figure() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('5'));
    assert!(!screen(&app).contains("= planned = scheduled"));
    press(&mut app, KeyCode::Char('f'));
    assert!(screen(&app).contains("= planned = scheduled in the week"));
}

#[test]
fn reports_pane_with_formulas_on_the_week_before() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('5'));
    press(&mut app, KeyCode::Char('h'));
    press(&mut app, KeyCode::Char('f'));
    for _ in 0..30 {
        press(&mut app, KeyCode::Char('j'));
    }
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn reports_markdown_of_the_demo_week() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('5'));
    press(&mut app, KeyCode::Char('h'));
    let report = app.panes.reports.report().unwrap();
    assert_eq!(report.first.to_string(), "2026-11-16");
    let clock = cmdeck::clock::Clock::fixed(now());
    insta::assert_snapshot!(cmdeck::report::to_markdown(report, &clock));
}
