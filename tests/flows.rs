//! Key-script flows through `App::update` on the demo brand at a fixed instant: what a person
//! does with the keyboard, and what the desk then holds.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use cmdeck::app::{AppEvent, Overlay};
use cmdeck::keymap::Layer;
use cmdeck::panes::Tab;
use cmdeck::text::fold;
use common::{demo_app, empty_app, now, press, screen, type_text};
use crossterm::event::KeyCode;

#[test]
fn number_keys_tab_and_shift_tab_switch_panes() {
    let mut app = demo_app();
    assert_eq!(app.tab, Tab::Calendar);
    press(&mut app, KeyCode::Char('3'));
    assert_eq!(app.tab, Tab::Mentions);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.tab, Tab::Prescriptors);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.tab, Tab::Calendar);
    press(&mut app, KeyCode::BackTab);
    assert_eq!(app.tab, Tab::Reports);
}

#[test]
fn the_strategy_key_flips_every_pane_and_each_face_loads_its_plan() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('S'));
    assert!(app.strategy);
    assert!(
        app.panes
            .calendar
            .strategy()
            .data
            .as_ref()
            .is_some_and(|d| !d.campaigns.is_empty())
    );
    press(&mut app, KeyCode::Char('2'));
    assert!(app.strategy, "the mode stays on across panes");
    assert!(
        app.panes
            .inbox
            .strategy()
            .data
            .as_ref()
            .is_some_and(|d| !d.tone_guide.is_empty())
    );
    press(&mut app, KeyCode::Char('3'));
    assert!(
        app.panes
            .mentions
            .strategy()
            .data
            .as_ref()
            .is_some_and(|d| !d.rules.is_empty() && !d.protocol.is_empty())
    );
    press(&mut app, KeyCode::Char('4'));
    assert!(
        app.panes
            .people
            .strategy()
            .is_some_and(|d| !d.personas.is_empty() && !d.tiers.is_empty())
    );
    press(&mut app, KeyCode::Char('5'));
    assert!(
        app.panes
            .reports
            .report()
            .is_some_and(|r| !r.strategy.objectives.is_empty())
    );
    press(&mut app, KeyCode::Char('S'));
    assert!(!app.strategy);
    assert!(screen(&app).contains("posts published"));
}

#[test]
fn moving_through_the_inbox_selects_rows_and_enter_opens_the_message() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('2'));
    let total = app.panes.inbox.queue().total();
    assert_eq!(total, app.counters.messages_waiting as usize);
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Down);
    assert_eq!(app.panes.inbox.queue().selected(), 2);
    press(&mut app, KeyCode::Char('G'));
    assert_eq!(app.panes.inbox.queue().selected(), total - 1);
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(app.panes.inbox.queue().selected(), 0);
    let first = app.panes.inbox.queue().selected_row().cloned().unwrap();
    press(&mut app, KeyCode::Enter);
    assert!(app.panes.inbox.queue().detail);
    let shown = screen(&app);
    assert!(shown.contains("Inbox — message"));
    assert!(shown.contains(first.author.raw()));
    press(&mut app, KeyCode::Esc);
    assert!(!app.panes.inbox.queue().detail);
}

#[test]
fn filtering_narrows_by_typed_words_and_ignores_accents() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('3'));
    let before = app.panes.mentions.triage().total();
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "nora");
    let after = app.panes.mentions.triage().total();
    assert!(after > 0 && after < before, "{after} of {before}");
    let rows: Vec<_> = app
        .panes
        .mentions
        .triage()
        .visible()
        .map(|(_, row)| row.clone())
        .collect();
    assert!(!rows.is_empty());
    assert!(
        rows.iter().any(|row| row.text.raw().contains("Ñora")),
        "an unaccented pattern finds accented text"
    );
    for row in &rows {
        let haystack = fold(&format!(
            "{} {} {} {}",
            row.author,
            row.source,
            row.rule.clone().unwrap_or_default(),
            row.text
        ));
        let mut rest = haystack.as_str();
        for c in "nora".chars() {
            let at = rest
                .find(c)
                .unwrap_or_else(|| panic!("{haystack} does not match"));
            rest = &rest[at + c.len_utf8()..];
        }
    }
    assert!(screen(&app).contains("filter: nora"));
    press(&mut app, KeyCode::Enter);
    assert!(!app.panes.mentions.triage().is_typing());
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(
        app.panes.mentions.triage().selected(),
        1,
        "after Enter, keys move again"
    );
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.panes.mentions.triage().total(), before);
}

#[test]
fn a_filter_can_be_corrected_with_backspace_and_cancelled_with_escape() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('4'));
    let everyone = app.panes.people.list().total();
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "xqzw");
    assert_eq!(app.panes.people.list().total(), 0);
    assert!(screen(&app).contains("Nothing matches the filter."));
    for _ in 0..4 {
        press(&mut app, KeyCode::Backspace);
    }
    assert_eq!(app.panes.people.list().total(), everyone);
    type_text(&mut app, "q");
    assert!(!app.quit, "q is typed into the filter, not a quit");
    press(&mut app, KeyCode::Esc);
    assert!(app.panes.people.list().filter.is_none());
    assert_eq!(app.panes.people.list().total(), everyone);
}

#[test]
fn opening_a_person_loads_the_profile_with_their_log() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('4'));
    press(&mut app, KeyCode::Enter);
    let profile = app.panes.people.profile().expect("the profile is loaded");
    assert_eq!(
        Some(profile.person.id),
        app.panes.people.list().selected_row().map(|p| p.id)
    );
    assert!(!profile.handles.is_empty());
    press(&mut app, KeyCode::Esc);
    assert!(app.panes.people.profile().is_none());
}

#[test]
fn reports_move_week_by_week_and_back_to_this_week() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('5'));
    let this_week = app.panes.reports.report().cloned().unwrap();
    press(&mut app, KeyCode::Char('h'));
    let last_week = app.panes.reports.report().cloned().unwrap();
    assert_eq!(
        last_week.this, this_week.before,
        "last week's figures are this week's comparison"
    );
    assert!(screen(&app).contains("2026-W47"));
    press(&mut app, KeyCode::Char('t'));
    assert_eq!(
        app.panes.reports.report().cloned().unwrap().this,
        this_week.this
    );
    assert!(screen(&app).contains("2026-W48"));
}

#[test]
fn help_opens_from_anywhere_and_escape_closes_it() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('?'));
    assert_eq!(
        app.overlay,
        Some(Overlay::Help {
            scroll: 0,
            over: Layer::List
        })
    );
    assert!(screen(&app).contains("toggle strategy mode"));
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(
        app.overlay,
        Some(Overlay::Help {
            scroll: 1,
            over: Layer::List
        })
    );
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.overlay, None);
    assert_eq!(app.tab, Tab::Mentions);
}

#[test]
fn q_quits_and_a_signal_quits_too() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
    let mut app = demo_app();
    app.update(AppEvent::Quit);
    assert!(app.quit);
}

#[test]
fn the_welcome_screen_gives_way_to_the_desk_on_any_key() {
    let mut app = empty_app();
    assert!(app.welcome);
    assert!(screen(&app).contains("Welcome to cmdeck"));
    press(&mut app, KeyCode::Char('x'));
    assert!(!app.welcome);
    assert!(screen(&app).contains("No posts planned from this day on."));
}

#[test]
fn a_minute_tick_refreshes_the_counters_from_the_database() {
    let mut app = demo_app();
    let waiting = app.counters.messages_waiting;
    app.db
        .write(|tx| {
            tx.execute(
                "UPDATE messages SET status = 'done' WHERE status = 'new'",
                [],
            )
        })
        .unwrap();
    assert_eq!(
        app.counters.messages_waiting, waiting,
        "nothing is re-read between events"
    );
    app.update(AppEvent::Tick(now() + chrono::Duration::minutes(1)));
    assert!(app.counters.messages_waiting < waiting);
}

#[test]
fn a_resize_changes_how_many_rows_a_page_holds() {
    let mut app = demo_app();
    app.update(AppEvent::Resize(120, 20));
    press(&mut app, KeyCode::PageDown);
    assert_eq!(app.panes.calendar.agenda().selected(), 15);
    assert_eq!(app.panes.calendar.agenda().visible().count(), 15);
}
