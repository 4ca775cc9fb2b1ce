//! The Prescriptors pane on its own: keys, forms, suggestions and what it asks the app.

use super::forms::PeopleFormPurpose;
use super::*;

fn person(id: i64) -> PersonRow {
    PersonRow {
        id,
        name: format!("Persona {id}").into(),
        role: Role::Customer,
        tier: String::new(),
        tags: "valencia".into(),
        reach: 100,
        next_follow_up: NaiveDate::from_ymd_opt(2026, 11, 20),
        handles: Default::default(),
    }
}

fn pane() -> PeoplePane {
    let mut pane = PeoplePane {
        today: NaiveDate::from_ymd_opt(2026, 11, 23),
        page_height: 10,
        ..Default::default()
    };
    pane.people.set_height(10);
    pane.people.receive(2, 0, vec![person(1), person(2)]);
    pane
}

#[test]
fn follow_up_and_log_keys_open_their_forms_for_the_selected_person() {
    let mut pane = pane();
    assert_eq!(pane.handle(Command::FollowUp), Outcome::Handled);
    assert!(matches!(
        pane.form.as_ref().map(|f| f.purpose),
        Some(PeopleFormPurpose::FollowUp(1))
    ));
    assert_eq!(
        pane.form.as_ref().map(|f| f.form.text("date")),
        Some("2026-11-20".to_string())
    );
    pane.form = None;
    pane.handle(Command::Down);
    pane.handle(Command::LogInteraction);
    assert!(matches!(
        pane.form.as_ref().map(|f| f.purpose),
        Some(PeopleFormPurpose::Interaction(2))
    ));
}

#[test]
fn merge_filter_and_suggestions_ask_the_app() {
    let mut pane = pane();
    assert_eq!(
        pane.handle(Command::Merge),
        Outcome::Request(PeopleRequest::OpenMerge(1))
    );
    assert_eq!(
        pane.handle(Command::FilterPeople),
        Outcome::Request(PeopleRequest::OpenPeopleFilter)
    );
    assert_eq!(
        pane.handle(Command::Suggestions),
        Outcome::Request(PeopleRequest::OpenSuggestions)
    );
}

#[test]
fn an_open_suggestion_list_takes_movement_and_enter_accepts_the_highlighted_one() {
    let mut pane = pane();
    pane.suggestions = Some(vec![
        crate::domain::people::Suggestion {
            person_id: 7,
            name: "Ana".into(),
            kind: crate::domain::people::SuggestionKind::Candidate,
            score: 6.0,
            evidence: String::new(),
        },
        crate::domain::people::Suggestion {
            person_id: 8,
            name: "Troll".into(),
            kind: crate::domain::people::SuggestionKind::Watchlist,
            score: 5.0,
            evidence: String::new(),
        },
    ]);
    pane.handle(Command::Down);
    assert_eq!(
        pane.handle(Command::Open),
        Outcome::Request(PeopleRequest::AcceptSuggestion {
            id: 8,
            role: Role::Detractor
        })
    );
    pane.handle(Command::Back);
    assert!(pane.suggestions.is_none());
}

fn form_input(code: crossterm::event::KeyCode, ctrl: bool) -> Input {
    let modifiers = if ctrl {
        crossterm::event::KeyModifiers::CONTROL
    } else {
        crossterm::event::KeyModifiers::NONE
    };
    crate::keymap::Keymap::defaults().input(
        &[crate::keymap::Scope::Form],
        crossterm::event::KeyEvent::new(code, modifiers),
    )
}

fn ctx() -> Context {
    Context {
        clock: crate::clock::Clock::fixed(
            chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 11, 23, 10, 0, 0).unwrap(),
        ),
        page: 10,
    }
}

#[test]
fn a_follow_up_date_that_does_not_exist_stays_on_the_form_and_a_good_one_is_a_date_request() {
    use crossterm::event::KeyCode;
    let mut pane = pane();
    pane.handle(Command::FollowUp);
    for _ in 0..2 {
        pane.form_key(form_input(KeyCode::Backspace, false), &ctx());
    }
    for c in "31".chars() {
        pane.form_key(form_input(KeyCode::Char(c), false), &ctx());
    }
    assert_eq!(
        pane.form_key(form_input(KeyCode::Char('s'), true), &ctx()),
        Outcome::Handled
    );
    assert!(pane.form.is_some(), "2026-11-31 is refused on the form");
    for _ in 0..2 {
        pane.form_key(form_input(KeyCode::Backspace, false), &ctx());
    }
    for c in "30".chars() {
        pane.form_key(form_input(KeyCode::Char(c), false), &ctx());
    }
    assert_eq!(
        pane.form_key(form_input(KeyCode::Char('s'), true), &ctx()),
        Outcome::Request(PeopleRequest::SetFollowUp {
            id: 1,
            date: NaiveDate::from_ymd_opt(2026, 11, 30)
        })
    );
    pane.receive(PeopleData::Saved, &ctx());
    assert!(pane.form.is_none());
}
