//! Key-script flows through the Reports pane: the week's notes written and kept per week, the
//! report exported as Markdown into the report folder, formulas shown on demand, follower counts
//! recorded by hand (and undone) on an empty database; and snapshots of
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

#[test]
fn a_follower_count_recorded_with_keys_on_an_empty_database_shows_in_the_audience_section_and_undoes()
 {
    let mut app = common::empty_app();
    let setup =
        cmdeck::domain::channels::ChannelSetup::new(cmdeck::domain::Network::Instagram, "mimarca")
            .unwrap();
    let channel = app.db.add_channel(&setup).unwrap();
    press(&mut app, KeyCode::Esc);
    assert!(
        !app.welcome,
        "the welcome screen of an empty database steps aside"
    );
    press(&mut app, KeyCode::Char('5'));
    assert!(screen(&app).contains("a followers"), "{}", screen(&app));
    press(&mut app, KeyCode::Char('?'));
    let help = screen(&app);
    assert!(
        help.contains("record a channel's follower count for a day"),
        "{help}"
    );
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('a'));
    let form = app.panes.reports.followers_form().unwrap();
    assert_eq!(form.choice("channel"), Some(channel));
    assert_eq!(form.text("date"), "2026-11-23");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "1.250");
    ctrl(&mut app, 's');
    assert!(app.panes.reports.followers_form().is_none());
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .starts_with("Recorded 1,250 followers for IG @mimarca on 2026-11-23"),
        "{:?}",
        app.message
    );
    assert_eq!(
        common::count(
            &mut app,
            "SELECT followers FROM audience_snapshots WHERE taken_on = '2026-11-23'"
        ),
        1_250
    );
    let audience = |app: &cmdeck::app::App| {
        let report = app.panes.reports.report().unwrap();
        let line = report
            .channels
            .iter()
            .find(|c| c.label.contains("@mimarca"))
            .unwrap();
        line.followers_end
    };
    assert_eq!(audience(&app), Some(1_250));
    let shown = screen(&app);
    let row = shown
        .lines()
        .skip_while(|l| !l.contains("Audience"))
        .find(|l| l.contains("@mimarca"))
        .unwrap_or_else(|| panic!("no audience row for the channel:\n{shown}"));
    assert!(row.contains("1,250"), "{row}");

    press(&mut app, KeyCode::Char('u'));
    assert_eq!(
        common::count(&mut app, "SELECT COUNT(*) FROM audience_snapshots"),
        0
    );
    assert_eq!(audience(&app), None);
}

#[test]
fn a_follower_count_that_is_not_a_number_keeps_the_form_open_and_stores_nothing() {
    let mut app = common::empty_app();
    let setup =
        cmdeck::domain::channels::ChannelSetup::new(cmdeck::domain::Network::X, "mimarca").unwrap();
    app.db.add_channel(&setup).unwrap();
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('5'));
    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "mucho");
    ctrl(&mut app, 's');
    let form = app.panes.reports.followers_form().unwrap();
    let error = form.fields.iter().find(|f| f.key == "followers").unwrap();
    assert!(
        error
            .error
            .as_deref()
            .unwrap()
            .contains("not a follower count"),
        "{error:?}"
    );
    assert!(screen(&app).contains("not a follower count"));
    assert_eq!(
        common::count(&mut app, "SELECT COUNT(*) FROM audience_snapshots"),
        0
    );
    press(&mut app, KeyCode::Esc);
    assert!(app.panes.reports.followers_form().is_none());
}

#[test]
fn recording_followers_without_channels_says_how_to_add_one() {
    let mut app = common::empty_app();
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('5'));
    press(&mut app, KeyCode::Char('a'));
    assert!(app.panes.reports.followers_form().is_none());
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .contains("cmdeck channel add"),
        "{:?}",
        app.message
    );
}
