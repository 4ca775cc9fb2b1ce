//! The triage rules on the Inbox's strategy face, without an App or a database: the form built
//! from a rule reads back the same rule, mistakes land on their fields in the config file's
//! words, config rules are read-only, and the list is drawn with its origin.

#![allow(clippy::unwrap_used)]

use super::triage_rules::read;
use super::*;
use crate::analytics::triage::{Actions, Conditions, TriageRule};
use crate::clock::Clock;
use crate::domain::{MessageKind, Network, Priority};
use crate::panes::form::FieldKind;
use chrono::TimeZone;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::widgets::Widget;

fn rule(name: &str) -> TriageRule {
    TriageRule {
        name: name.into(),
        when: Conditions {
            contains: vec!["reembolso".into(), "no funciona".into()],
            channel: Some(Network::Instagram),
            kind: Some(MessageKind::Dm),
            role: None,
        },
        then: Actions {
            priority: Some(Priority::Urgent),
            sentiment: None,
            status: Some(MessageStatus::Escalated),
            saved_reply: Some("Devoluciones".into()),
        },
    }
}

fn context() -> Context {
    Context {
        clock: Clock::fixed(Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()),
        page: 20,
        lang: crate::i18n::Lang::En,
    }
}

fn pane_with_rules() -> InboxPane {
    let mut pane = InboxPane::default();
    pane.receive(
        InboxData::TriageRules(vec![
            TriageRuleEntry {
                id: None,
                rule: rule("desde config"),
            },
            TriageRuleEntry {
                id: Some(7),
                rule: rule("tecleada"),
            },
        ]),
        &context(),
    );
    pane
}

fn set(form: &mut InboxForm, key: &str, value: &str) {
    let field = form.form.fields.iter_mut().find(|f| f.key == key).unwrap();
    field.kind = FieldKind::Text(value.into());
}

#[test]
fn the_form_built_from_a_stored_rule_reads_back_the_same_rule() {
    let form = InboxForm::triage_rule(Some(7), Some(&rule("refunds")), Lang::En);
    assert_eq!(form.purpose, InboxFormPurpose::TriageRule(Some(7)));
    assert_eq!(form.form.text("contains"), "reembolso, no funciona");
    assert_eq!(form.form.text("channel"), "instagram");
    assert_eq!(form.form.text("role"), "");
    assert_eq!(read(&form.form, Lang::En), Ok(rule("refunds")));
}

#[test]
fn typed_values_are_read_like_the_config_file_reads_them() {
    let mut form = InboxForm::triage_rule(None, None, Lang::En);
    set(&mut form, "name", "  Reseñas ");
    set(&mut form, "kind", "Review");
    set(&mut form, "priority", " HIGH ");
    let read = read(&form.form, Lang::En).unwrap();
    assert_eq!(read.name, "Reseñas");
    assert_eq!(read.when.kind, Some(MessageKind::Review));
    assert_eq!(read.then.priority, Some(Priority::High));
    assert!(read.when.contains.is_empty());
}

#[test]
fn mistakes_land_on_their_fields_in_the_config_files_words() {
    let mut form = InboxForm::triage_rule(None, None, Lang::En);
    set(&mut form, "contains", "a, , b");
    set(&mut form, "channel", "myspace");
    set(&mut form, "priority", "asap");
    let errors = read(&form.form, Lang::En).unwrap_err();
    assert_eq!(
        errors,
        vec![
            ("name", "the rule name is empty: name the rule, it is shown on the messages it touches".to_string()),
            ("contains", "rule `` has a blank word: remove it from the list".to_string()),
            ("channel", "unknown network `myspace`; use one of: x, bluesky, mastodon, threads, instagram, linkedin, facebook, tiktok, youtube, email, web, other".to_string()),
            ("priority", "unknown priority `asap`; use one of: low, normal, high, urgent".to_string()),
        ]
    );
    let mut idle = InboxForm::triage_rule(None, None, Lang::En);
    set(&mut idle, "name", "idle");
    set(&mut idle, "channel", "x");
    assert_eq!(
        read(&idle.form, Lang::En).unwrap_err(),
        vec![("priority", "rule `idle` has no action: give at least one of priority, sentiment, status, saved_reply".to_string())]
    );
}

#[test]
fn saving_the_rule_form_asks_the_app_to_store_the_checked_rule() {
    let mut pane = InboxPane::default();
    pane.receive(
        InboxData::TriageRuleToEdit {
            id: Some(7),
            rule: Some(rule("refunds")),
        },
        &context(),
    );
    assert_eq!(pane.layer(), Layer::Form);
    let ctrl_s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
    let save = Input::new(Some(Command::Save), ctrl_s);
    assert_eq!(
        pane.form_key(save, &context()),
        Outcome::Request(InboxRequest::SaveTriageRule {
            id: Some(7),
            rule: rule("refunds")
        })
    );
}

#[test]
fn a_config_rule_is_read_only_and_a_typed_one_is_deleted_after_a_question() {
    let mut pane = pane_with_rules();
    assert!(matches!(
        pane.handle_strategy(Command::Edit, 10),
        Outcome::Message(text) if text.contains("config file")
    ));
    assert!(matches!(
        pane.handle_strategy(Command::Delete, 10),
        Outcome::Message(_)
    ));
    pane.handle_strategy(Command::Down, 10);
    assert_eq!(
        pane.handle_strategy(Command::Edit, 10),
        Outcome::Request(InboxRequest::TriageRuleToEdit(Some(7)))
    );
    assert!(matches!(
        pane.handle_strategy(Command::Delete, 10),
        Outcome::Confirm(question, InboxRequest::DeleteTriageRule(7)) if question.contains("tecleada")
    ));
    assert_eq!(
        pane.handle_strategy(Command::New, 10),
        Outcome::Request(InboxRequest::TriageRuleToEdit(None))
    );
}

#[test]
fn the_strategy_face_lists_the_config_rules_first_marked_from_config() {
    let mut pane = pane_with_rules();
    pane.handle_strategy(Command::Down, 10);
    pane.receive(
        InboxData::Strategy(crate::domain::strategy::InboxStrategy {
            target_minutes: 60,
            this_week: Default::default(),
            last_week: Default::default(),
            volume: Vec::new(),
            tone_guide: String::new(),
            escalation_rules: String::new(),
        }),
        &context(),
    );
    let shown = crate::ui::testing::screen(120, 30, context().clock, true, |ctx, area, buf| {
        InboxPaneView::new(&pane, ctx).render(area, buf)
    });
    insta::assert_snapshot!(shown);
    let config = shown
        .lines()
        .position(|l| l.contains("desde config"))
        .unwrap();
    let typed = shown
        .lines()
        .position(|l| l.contains("▶ tecleada"))
        .unwrap();
    assert!(config < typed);
    assert!(shown.lines().nth(config).unwrap().contains("(from config)"));
    assert!(!shown.lines().nth(typed).unwrap().contains("(from config)"));
}

#[test]
fn the_triage_rules_read_in_spanish_with_their_values_in_words() {
    let spanish = Context {
        lang: Lang::Es,
        ..context()
    };
    let mut pane = InboxPane::default();
    pane.receive(
        InboxData::TriageRules(vec![
            TriageRuleEntry {
                id: None,
                rule: rule("desde config"),
            },
            TriageRuleEntry {
                id: Some(7),
                rule: rule("tecleada"),
            },
        ]),
        &spanish,
    );
    pane.receive(
        InboxData::Strategy(crate::domain::strategy::InboxStrategy {
            target_minutes: 60,
            this_week: Default::default(),
            last_week: Default::default(),
            volume: Vec::new(),
            tone_guide: String::new(),
            escalation_rules: String::new(),
        }),
        &spanish,
    );
    let shown =
        crate::ui::testing::screen_in(Lang::Es, 120, 30, spanish.clock, true, |ctx, area, buf| {
            InboxPaneView::new(&pane, ctx).render(area, buf)
        });
    insta::assert_snapshot!(shown);
    assert!(shown.contains("estado escalado"), "{shown}");
    assert!(shown.contains("(configuración) si contiene"), "{shown}");
    assert!(matches!(
        pane.handle_strategy(Command::Edit, 10),
        Outcome::Message(text) if text.contains("archivo de configuración")
    ));
}

#[test]
fn a_mistyped_rule_is_refused_in_spanish_on_its_field() {
    let mut form = InboxForm::triage_rule(None, None, Lang::Es);
    set(&mut form, "name", "envíos");
    set(&mut form, "contains", "retraso");
    set(&mut form, "priority", "urgente");
    let errors = read(&form.form, Lang::Es).unwrap_err();
    assert_eq!(
        errors,
        vec![(
            "priority",
            "«urgente» no vale como prioridad; usa uno de estos valores: `low, normal, high, urgent`"
                .to_string()
        )]
    );
    let shown = form
        .form
        .fields
        .iter()
        .map(|f| f.label.as_ref())
        .collect::<Vec<_>>();
    assert_eq!(shown.first(), Some(&"Nombre (`name`)"));
}
