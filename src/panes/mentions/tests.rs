//! The Mentions pane's forms on their own: built from the data handed back, checked before they
//! ask, closed or marked by how the app's answer turned out.

#![allow(clippy::unwrap_used, clippy::panic)]

use super::{MentionsData, MentionsPane, MentionsRequest};
use crate::clock::Clock;
use crate::command::Command;
use crate::domain::RuleKind;
use crate::keymap::{Input, Layer};
use crate::panes::{Context, Outcome};
use chrono::{TimeZone, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn context() -> Context {
    Context {
        clock: Clock::fixed(Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()),
        page: 20,
        lang: crate::i18n::Lang::En,
    }
}

fn key(command: Option<Command>, code: KeyCode) -> Input {
    Input::new(command, KeyEvent::new(code, KeyModifiers::NONE))
}

fn type_text(pane: &mut MentionsPane, text: &str) {
    for c in text.chars() {
        pane.form_key(key(None, KeyCode::Char(c)), &context());
    }
}

fn save(pane: &mut MentionsPane) -> Outcome<MentionsRequest> {
    pane.form_key(key(Some(Command::Save), KeyCode::Char('s')), &context())
}

fn new_rule_form() -> MentionsPane {
    let mut pane = MentionsPane::default();
    pane.receive(
        MentionsData::RuleToEdit {
            id: None,
            rule: None,
        },
        &context(),
    );
    pane
}

#[test]
fn a_rule_without_terms_is_refused_on_the_form_without_asking_the_app() {
    let mut pane = new_rule_form();
    type_text(&mut pane, "Vacía");
    assert_eq!(save(&mut pane), Outcome::Handled);
    let form = pane.form().unwrap();
    assert!(
        form.fields
            .iter()
            .any(|f| f.key == "terms" && f.error.is_some())
    );
}

#[test]
fn a_complete_rule_is_asked_for_as_a_parsed_rule_with_the_default_threshold() {
    let mut pane = new_rule_form();
    type_text(&mut pane, " Sector ");
    for _ in 0..3 {
        pane.form_key(key(Some(Command::NextField), KeyCode::Tab), &context());
    }
    type_text(&mut pane, "barista, latte art");
    let Outcome::Request(MentionsRequest::SaveRule { id, rule }) = save(&mut pane) else {
        panic!("the rule was not asked for");
    };
    assert_eq!(id, None);
    assert_eq!(rule.name, "Sector");
    assert_eq!(rule.kind, RuleKind::Brand);
    assert_eq!(rule.terms, "barista, latte art");
    assert_eq!((rule.min_count, rule.cooldown_hours), (5, 12));
    assert_eq!(rule.sensitivity, "balanced");
}

#[test]
fn a_refusal_lands_on_the_field_and_saved_closes_the_form() {
    let mut pane = new_rule_form();
    assert_eq!(pane.layer(), Layer::Form);
    pane.receive(
        MentionsData::Refused(vec![("name", "another rule has that name".into())]),
        &context(),
    );
    let form = pane.form().unwrap();
    assert!(
        form.fields
            .iter()
            .any(|f| f.key == "name" && f.error.as_deref() == Some("another rule has that name"))
    );
    pane.receive(MentionsData::Saved, &context());
    assert!(pane.form().is_none());
    assert_eq!(pane.layer(), Layer::List);
}

#[test]
fn a_mention_typed_without_a_time_is_dated_now_by_the_clock() {
    let mut pane = MentionsPane::default();
    assert_eq!(
        pane.handle(Command::New, crate::i18n::Lang::En),
        Outcome::Handled
    );
    for _ in 0..3 {
        pane.form_key(key(Some(Command::NextField), KeyCode::Tab), &context());
    }
    type_text(&mut pane, "Great coffee");
    let Outcome::Request(MentionsRequest::AddMention(mention)) = save(&mut pane) else {
        panic!("the mention was not asked for");
    };
    assert_eq!(mention.published_at, context().clock.now);
    assert_eq!(mention.source, "news");
    assert_eq!(mention.url, None);
    assert_eq!(mention.text, "Great coffee");
}
