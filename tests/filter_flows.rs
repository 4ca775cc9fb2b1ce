//! The `/` filter means the same in every pane: typed on the demo brand it narrows the list to
//! the rows where every typed word begins a word (accents and case ignored), best fit first.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use cmdeck::app::App;
use cmdeck::panes::list::ListPane;
use cmdeck::text::fold;
use common::{demo_app, press, type_text};
use crossterm::event::KeyCode;

/// The words of `text`, folded: runs of letters and digits.
fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether every word of `typed` begins a word of `text`, accents and case ignored.
fn holds_every_word(text: &str, typed: &str) -> bool {
    let text = words(text);
    words(typed)
        .iter()
        .all(|typed| text.iter().any(|word| word.starts_with(typed.as_str())))
}

/// Opens the filter on the pane's list, reads how many rows it has, types `typed`, and gives
/// back (rows before, rows after).
fn filter<R: cmdeck::domain::rows::Row>(
    app: &mut App,
    typed: &str,
    list: fn(&App) -> &ListPane<R>,
) -> (usize, usize) {
    press(app, KeyCode::Char('/'));
    let before = list(app).total();
    type_text(app, typed);
    (before, list(app).total())
}

fn visible<R: Clone + cmdeck::domain::rows::Row>(list: &ListPane<R>) -> Vec<R> {
    list.visible().map(|(_, row)| row.clone()).collect()
}

#[test]
fn slash_canela_in_the_calendar_shows_only_the_posts_that_contain_it() {
    let mut app = demo_app();
    let (before, after) = filter(&mut app, "canela", |app| app.panes.calendar.agenda());
    assert!(after > 0 && after < before, "{after} of {before}");
    for post in visible(app.panes.calendar.agenda()) {
        assert!(
            fold(post.body.raw()).contains("canela"),
            "{} does not say canela",
            post.body
        );
    }
}

#[test]
fn slash_word_in_the_inbox_keeps_only_the_messages_with_that_word() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('2'));
    let (before, after) = filter(&mut app, "moka", |app| app.panes.inbox.queue());
    assert!(after > 0 && after < before, "{after} of {before}");
    for message in visible(app.panes.inbox.queue()) {
        assert!(
            holds_every_word(message.body.raw(), "moka"),
            "{}",
            message.body
        );
    }
}

#[test]
fn slash_two_words_in_the_inbox_needs_both_of_them() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('2'));
    let (_, one) = filter(&mut app, "sabado", |app| app.panes.inbox.queue());
    type_text(&mut app, " servicio");
    let both = app.panes.inbox.queue().total();
    assert!(both > 0 && both < one, "{both} of {one}");
    for message in visible(app.panes.inbox.queue()) {
        assert!(
            holds_every_word(message.body.raw(), "sabado servicio"),
            "{}",
            message.body
        );
    }
}

#[test]
fn slash_word_in_the_mentions_keeps_only_the_mentions_with_that_word() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('3'));
    let (before, after) = filter(&mut app, "nora", |app| app.panes.mentions.triage());
    assert!(after > 0 && after < before, "{after} of {before}");
    for mention in visible(app.panes.mentions.triage()) {
        let text = format!(
            "{} {} {} {}",
            mention.author,
            mention.source,
            mention.rule.clone().unwrap_or_default(),
            mention.text
        );
        assert!(holds_every_word(&text, "nora"), "{text}");
    }
}

#[test]
fn slash_word_in_the_full_text_view_of_mentions_keeps_only_the_mentions_with_that_word() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('v'));
    assert!(app.panes.mentions.filter_searches_the_index());
    let (before, after) = filter(&mut app, "cafe nora", |app| app.panes.mentions.triage());
    assert!(after > 0 && after < before, "{after} of {before}");
    for mention in visible(app.panes.mentions.triage()) {
        let text = format!("{} {} {}", mention.author, mention.source, mention.text);
        assert!(holds_every_word(&text, "cafe nora"), "{text}");
    }
}

#[test]
fn slash_a_name_in_prescriptors_keeps_the_people_it_names_first() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('4'));
    let (before, after) = filter(&mut app, "marta", |app| app.panes.people.list());
    assert!(after > 0 && after < before, "{after} of {before}");
    let first = app
        .panes
        .people
        .list()
        .visible()
        .next()
        .map(|(_, p)| p.name.raw().to_string());
    assert_eq!(first.as_deref(), Some("Marta Llorens"));
}

#[test]
fn slash_cafe_finds_cafe_with_its_accent() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('2'));
    let (before, after) = filter(&mut app, "cafe", |app| app.panes.inbox.queue());
    assert!(after > 0 && after < before, "{after} of {before}");
    let messages = visible(app.panes.inbox.queue());
    assert!(
        messages.iter().any(|m| m.body.raw().contains("café")),
        "an unaccented word finds the accented one"
    );
    for message in &messages {
        let text = format!("{} {}", message.author, message.body);
        assert!(holds_every_word(&text, "cafe"), "{text}");
    }
    press(&mut app, KeyCode::Esc);
    let (_, accented) = filter(&mut app, "CAFÉ", |app| app.panes.inbox.queue());
    assert_eq!(accented, after, "accents and case typed change nothing");
}
