//! The desk in Spanish, screen by screen: each translated pane in both faces, its detail, its
//! forms, the help and crisis overlays, on the demo brand and on an empty database, drawn on a 120×40 test backend. Each
//! walk fails when a catalogue lacks a message it asks for, or when an English word of the
//! interface is left on a Spanish screen (words of the brand's own data excepted); the faces are
//! kept as snapshots.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use cmdeck::app::{App, AppEvent};
use cmdeck::i18n::Lang;
use cmdeck::panes::Tab;
use common::{demo_app, empty_app, now, press, screen};
use crossterm::event::KeyCode;
use std::collections::BTreeSet;

/// English words of the interface that Spanish never uses: one on a Spanish screen is a string
/// left untranslated.
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "with",
    "of",
    "to",
    "for",
    "your",
    "from",
    "this",
    "that",
    "is",
    "are",
    "by",
    "at",
    "on",
    "or",
    "not",
    "none",
    "all",
    "new",
    "week",
    "posts",
    "post",
    "messages",
    "message",
    "mentions",
    "mention",
    "waiting",
    "overdue",
    "today",
    "reply",
    "replies",
    "saved",
    "search",
    "filter",
    "press",
    "edit",
    "delete",
    "cancel",
    "save",
    "calendar",
    "inbox",
    "reports",
    "report",
    "strategy",
    "people",
    "name",
    "date",
    "time",
    "channel",
    "channels",
    "status",
    "scheduled",
    "draft",
    "published",
    "negative",
    "positive",
    "neutral",
    "followers",
    "reach",
    "engagement",
    "rate",
    "target",
    "share",
    "voice",
    "open",
    "close",
    "quit",
    "help",
    "undo",
    "redo",
    "loading",
    "data",
    "empty",
    "nothing",
    "yet",
    "here",
    "when",
    "last",
    "next",
    "days",
    "hours",
    "minutes",
    "snooze",
    "snoozed",
    "done",
    "escalated",
    "assign",
    "notes",
    "keys",
];

/// Every word stored in the database's text columns: the brand's own data, shown as typed.
fn data_words(app: &mut App) -> BTreeSet<String> {
    app.db
        .write(|tx| {
            let tables: Vec<String> = tx
                .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")?
                .query_map([], |row| row.get(0))?
                .collect::<Result<_, _>>()?;
            let mut words = BTreeSet::new();
            for table in tables {
                let mut statement = tx.prepare(&format!("SELECT * FROM \"{table}\""))?;
                let columns = statement.column_count();
                let mut rows = statement.query([])?;
                while let Some(row) = rows.next()? {
                    for column in 0..columns {
                        if let Ok(Some(text)) = row.get::<_, Option<String>>(column) {
                            words.extend(words_of(&text));
                        }
                    }
                }
            }
            Ok(words)
        })
        .unwrap()
}

fn words_of(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
}

/// The English interface words on `screen` that the data does not explain. Words cut by an
/// overlay's border (touching a box-drawing character), `code` (command names) and config keys
/// (`snake_case` identifiers, which stay as the config file spells them) are skipped.
fn english_left(screen: &str, data: &BTreeSet<String>) -> BTreeSet<String> {
    let is_border = |c: char| ('\u{2500}'..='\u{257f}').contains(&c);
    let mut left = BTreeSet::new();
    for line in screen.lines() {
        let mut in_code = false;
        let mut word = String::new();
        let mut cut = false;
        for c in line.chars().chain(std::iter::once(' ')) {
            if c.is_alphabetic() || c == '_' {
                word.push(c);
                continue;
            }
            let lower = word.to_lowercase();
            if !word.is_empty()
                && !word.contains('_')
                && !in_code
                && !cut
                && !is_border(c)
                && ENGLISH.contains(&lower.as_str())
                && !data.contains(&lower)
            {
                left.insert(lower);
            }
            word.clear();
            cut = is_border(c);
            if c == '`' {
                in_code = !in_code;
            }
        }
    }
    left
}

fn key(app: &mut App, code: KeyCode) {
    press(app, code);
    app.update(AppEvent::Tick(now()));
}

/// The screens a community manager passes through on one pane: the list, its detail, its new
/// item form, in the execution face, then the strategy face.
fn walk_pane(app: &mut App, digit: char) -> Vec<(String, String)> {
    let mut screens = Vec::new();
    let mut look = |app: &mut App, what: &str| screens.push((what.to_string(), screen(app)));
    key(app, KeyCode::Char(digit));
    look(app, "list");
    key(app, KeyCode::Enter);
    look(app, "detail");
    key(app, KeyCode::Esc);
    key(app, KeyCode::Char('n'));
    look(app, "new");
    key(app, KeyCode::Esc);
    key(app, KeyCode::Esc);
    key(app, KeyCode::Char('S'));
    look(app, "strategy");
    key(app, KeyCode::Char('S'));
    key(app, KeyCode::Char('/'));
    look(app, "filter");
    key(app, KeyCode::Esc);
    screens
}

/// The panes whose contents are in the catalogue so far (their keys): all five, the Calendar, the
/// Inbox, Mentions, Prescriptors and Reports.
const TRANSLATED_PANES: [char; 5] = ['1', '2', '3', '4', '5'];

/// The Reports pane's second form, the follower count (`a`), which the pane walk's `n` (the
/// week's notes) does not reach.
fn walk_reports_forms(app: &mut App) -> Vec<(String, String)> {
    key(app, KeyCode::Char('5'));
    key(app, KeyCode::Char('a'));
    let screens = vec![("followers".to_string(), screen(app))];
    key(app, KeyCode::Esc);
    screens
}

/// The Inbox's own screens beyond the common walk: the reply editor with its saved-reply search,
/// the saved replies library and its form, the snooze, filter and link-to-person forms, and the
/// triage rule form on the strategy face.
fn walk_inbox(app: &mut App) -> Vec<(String, String)> {
    let mut screens = Vec::new();
    let mut look = |app: &mut App, what: &str| screens.push((what.to_string(), screen(app)));
    key(app, KeyCode::Char('2'));
    key(app, KeyCode::Char('r'));
    look(app, "inbox reply editor");
    let ctrl_t = crossterm::event::KeyEvent::new(
        KeyCode::Char('t'),
        crossterm::event::KeyModifiers::CONTROL,
    );
    app.update(AppEvent::Key(ctrl_t));
    app.update(AppEvent::Tick(now()));
    look(app, "inbox saved-reply search");
    key(app, KeyCode::Esc);
    key(app, KeyCode::Esc);
    key(app, KeyCode::Char('R'));
    look(app, "inbox saved replies");
    key(app, KeyCode::Char('n'));
    look(app, "inbox saved reply form");
    key(app, KeyCode::Esc);
    key(app, KeyCode::Esc);
    key(app, KeyCode::Char('z'));
    look(app, "inbox snooze form");
    key(app, KeyCode::Esc);
    key(app, KeyCode::Char('f'));
    look(app, "inbox filter form");
    key(app, KeyCode::Esc);
    key(app, KeyCode::Char('@'));
    look(app, "inbox link form");
    key(app, KeyCode::Esc);
    key(app, KeyCode::Char('v'));
    look(app, "inbox all messages");
    key(app, KeyCode::Char('S'));
    key(app, KeyCode::Char('n'));
    look(app, "inbox triage rule form");
    key(app, KeyCode::Esc);
    key(app, KeyCode::Char('S'));
    screens
}

/// The Prescriptors' own screens beyond the common walk: the suggestions, the follow-up,
/// interaction, merge and filter forms, and the edit form of a chosen person.
fn walk_people(app: &mut App) -> Vec<(String, String)> {
    let mut screens = Vec::new();
    let mut look = |app: &mut App, what: &str| screens.push((what.to_string(), screen(app)));
    key(app, KeyCode::Char('4'));
    for (letter, what) in [
        ('c', "people suggestions"),
        ('w', "people follow-up form"),
        ('l', "people interaction form"),
        ('M', "people merge form"),
        ('f', "people filter form"),
        ('e', "people edit form"),
        ('d', "people delete question"),
    ] {
        key(app, KeyCode::Char(letter));
        look(app, what);
        key(app, KeyCode::Esc);
    }
    screens
}

/// The plan screen, part by part: each part's list with its selected entry, its new-entry form
/// (the brand's edit form), the question before a deletion and the UTM link builder.
fn walk_plan(app: &mut App) -> Vec<(String, String)> {
    let mut screens = Vec::new();
    let mut look = |app: &mut App, what: String| screens.push((what, screen(app)));
    key(app, KeyCode::Char('1'));
    key(app, KeyCode::Char('O'));
    for part in 0..14 {
        look(app, format!("plan part {part}"));
        key(app, KeyCode::Char('n'));
        key(app, KeyCode::Char('e'));
        look(app, format!("plan part {part} form"));
        key(app, KeyCode::Esc);
        key(app, KeyCode::Char('d'));
        look(app, format!("plan part {part} delete question"));
        key(app, KeyCode::Esc);
        key(app, KeyCode::Char('L'));
        look(app, format!("plan part {part} link builder"));
        key(app, KeyCode::Esc);
        key(app, KeyCode::Tab);
    }
    key(app, KeyCode::Esc);
    screens
}

/// The setup of the brand and its channels: the brand's step, a channel's step, and what the
/// desk says when it is over.
fn walk_setup(app: &mut App) -> Vec<(String, String)> {
    let mut screens = Vec::new();
    let mut look = |app: &mut App, what: &str| screens.push((what.to_string(), screen(app)));
    key(app, KeyCode::Char('1'));
    key(app, KeyCode::Char('W'));
    look(app, "setup: the brand");
    key(app, KeyCode::Esc);
    look(app, "setup: a channel");
    key(app, KeyCode::Esc);
    look(app, "setup: done");
    screens
}

/// The overlays over the whole desk: help and crisis.
fn walk_overlays(app: &mut App) -> Vec<(String, String)> {
    let mut screens = Vec::new();
    key(app, KeyCode::Char('1'));
    key(app, KeyCode::Char('?'));
    screens.push(("help".to_string(), screen(app)));
    key(app, KeyCode::Esc);
    key(app, KeyCode::Char('C'));
    screens.push(("crisis".to_string(), screen(app)));
    key(app, KeyCode::Esc);
    screens
}

fn spanish(mut app: App) -> App {
    app.set_lang(Lang::Es);
    app.update(AppEvent::Tick(now()));
    app
}

fn check(screens: &[(String, String)], data: &BTreeSet<String>) {
    let mut left = Vec::new();
    for (what, text) in screens {
        let words = english_left(text, data);
        if !words.is_empty() {
            left.push(format!("{what}: {words:?}\n{text}"));
        }
    }
    assert!(
        left.is_empty(),
        "English left on Spanish screens:\n{}",
        left.join("\n\n")
    );
    let missing = cmdeck::i18n::missing_messages();
    assert!(
        missing.is_empty(),
        "messages missing from a catalogue: {missing:?}"
    );
}

#[test]
fn every_screen_of_the_demo_desk_reads_in_spanish_with_no_message_missing() {
    let mut app = spanish(demo_app());
    let data = data_words(&mut app);
    let mut screens = Vec::new();
    for digit in TRANSLATED_PANES {
        screens.extend(walk_pane(&mut app, digit));
    }
    screens.extend(walk_reports_forms(&mut app));
    screens.extend(walk_inbox(&mut app));
    screens.extend(walk_people(&mut app));
    screens.extend(walk_plan(&mut app));
    screens.extend(walk_setup(&mut app));
    screens.extend(walk_overlays(&mut app));
    check(&screens, &data);
}

#[test]
fn a_desk_set_up_from_nothing_speaks_spanish_from_its_welcome_screen_on() {
    let mut app = spanish(empty_app());
    let mut screens = vec![("welcome".to_string(), screen(&app))];
    key(&mut app, KeyCode::Esc);
    for digit in TRANSLATED_PANES {
        screens.extend(walk_pane(&mut app, digit));
    }
    screens.extend(walk_reports_forms(&mut app));
    screens.extend(walk_inbox(&mut app));
    screens.extend(walk_people(&mut app));
    screens.extend(walk_plan(&mut app));
    screens.extend(walk_setup(&mut app));
    screens.extend(walk_overlays(&mut app));
    let data = data_words(&mut app);
    check(&screens, &data);
}

fn face(tab: Tab, strategy: bool) -> String {
    let mut app = spanish(demo_app());
    app.tab = tab;
    app.strategy = strategy;
    app.update(AppEvent::Tick(now()));
    screen(&app)
}

#[test]
fn the_calendar_in_spanish_shows_its_execution_face() {
    insta::assert_snapshot!(face(Tab::Calendar, false));
}

#[test]
fn the_calendar_in_spanish_shows_its_strategy_face() {
    insta::assert_snapshot!(face(Tab::Calendar, true));
}

#[test]
fn mentions_in_spanish_show_their_execution_face() {
    insta::assert_snapshot!(face(Tab::Mentions, false));
}

#[test]
fn mentions_in_spanish_show_their_strategy_face() {
    insta::assert_snapshot!(face(Tab::Mentions, true));
}

#[test]
fn the_inbox_in_spanish_shows_its_execution_face() {
    insta::assert_snapshot!(face(Tab::Inbox, false));
}

#[test]
fn the_inbox_in_spanish_shows_its_strategy_face() {
    insta::assert_snapshot!(face(Tab::Inbox, true));
}

#[test]
fn prescriptors_in_spanish_show_their_execution_face() {
    insta::assert_snapshot!(face(Tab::Prescriptors, false));
}

#[test]
fn prescriptors_in_spanish_show_their_strategy_face() {
    insta::assert_snapshot!(face(Tab::Prescriptors, true));
}

/// The plan screen in Spanish on the demo, open on the part `tabs` presses of Tab away from the
/// objectives, with the keys of `then` pressed.
fn plan_screen(tabs: usize, then: &[KeyCode]) -> String {
    let mut app = spanish(demo_app());
    key(&mut app, KeyCode::Char('O'));
    for _ in 0..tabs {
        key(&mut app, KeyCode::Tab);
    }
    for code in then {
        key(&mut app, *code);
    }
    screen(&app)
}

#[test]
fn the_plan_in_spanish_measures_its_objectives() {
    insta::assert_snapshot!(plan_screen(0, &[]));
}

#[test]
fn the_plan_in_spanish_lists_its_campaigns_with_their_results() {
    insta::assert_snapshot!(plan_screen(5, &[]));
}

#[test]
fn the_plan_in_spanish_edits_a_channel() {
    insta::assert_snapshot!(plan_screen(4, &[KeyCode::Char('e')]));
}

#[test]
fn the_plan_in_spanish_builds_a_utm_link() {
    insta::assert_snapshot!(plan_screen(5, &[KeyCode::Char('L')]));
}

#[test]
fn the_setup_in_spanish_starts_with_the_brand_and_goes_on_to_a_channel() {
    let mut app = spanish(empty_app());
    key(&mut app, KeyCode::Enter);
    let brand = screen(&app);
    key(&mut app, KeyCode::Esc);
    let channel = screen(&app);
    insta::assert_snapshot!("setup_brand_step_in_spanish", brand);
    insta::assert_snapshot!("setup_channel_step_in_spanish", channel);
}
