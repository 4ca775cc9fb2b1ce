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
            evidence: Activity::default(),
        },
        crate::domain::people::Suggestion {
            person_id: 8,
            name: "Troll".into(),
            kind: crate::domain::people::SuggestionKind::Watchlist,
            score: 5.0,
            evidence: Activity::default(),
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
        lang: crate::i18n::Lang::En,
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

fn ana() -> crate::domain::person::PersonDraft {
    crate::domain::person::PersonDraft {
        name: "Ana Vidal".into(),
        role: Role::Influencer,
        tier: "Oro".into(),
        tags: "barista, valencia".into(),
        notes: "Viene los sábados.\nPrefiere DM.".into(),
        reach: 12_400,
        handles: vec![
            (crate::domain::Network::Instagram, "@ana".into()),
            (crate::domain::Network::X, "@ana_v".into()),
        ],
        next_follow_up: NaiveDate::from_ymd_opt(2026, 12, 1),
    }
}

fn error_on(pane: &PeoplePane, key: &str) -> Option<String> {
    pane.form
        .as_ref()
        .and_then(|open| open.form.fields.iter().find(|f| f.key == key))
        .and_then(|field| field.error.clone())
}

fn type_into(pane: &mut PeoplePane, text: &str) {
    use crossterm::event::KeyCode;
    for c in text.chars() {
        pane.form_key(form_input(KeyCode::Char(c), false), &ctx());
    }
}

#[test]
fn new_edit_and_delete_ask_the_app_and_delete_asks_first_naming_the_person() {
    let mut pane = pane();
    assert_eq!(
        pane.handle(Command::New),
        Outcome::Request(PeopleRequest::OpenPersonForm(None))
    );
    pane.handle(Command::Down);
    assert_eq!(
        pane.handle(Command::Edit),
        Outcome::Request(PeopleRequest::OpenPersonForm(Some(2)))
    );
    match pane.handle(Command::Delete) {
        Outcome::Confirm(question, PeopleRequest::DeletePerson(2)) => {
            assert_eq!(
                question,
                "Delete “Persona 2”, their handles and interactions?"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn edit_and_delete_with_nobody_listed_say_to_select_a_person() {
    let mut pane = PeoplePane::default();
    assert_eq!(
        pane.handle(Command::Edit),
        Outcome::Message("Select a person first.".into())
    );
    assert_eq!(
        pane.handle(Command::Delete),
        Outcome::Message("Select a person first.".into())
    );
}

#[test]
fn the_person_form_shows_every_stored_value_and_reads_them_back_unchanged() {
    let mut pane = pane();
    let tiers = vec!["Embajador".to_string()];
    pane.receive(
        PeopleData::Person {
            id: Some(1),
            draft: ana(),
            tiers,
        },
        &ctx(),
    );
    let open = pane.form.as_ref().unwrap();
    assert_eq!(open.form.title, "Edit person");
    let form = &open.form;
    assert_eq!(form.text("name"), "Ana Vidal");
    assert_eq!(form.choice_label("role"), "influencer");
    assert_eq!(
        form.choice_label("tier"),
        "Oro",
        "a tier outside the plan is kept"
    );
    assert_eq!(form.text("handles"), "instagram:@ana, x:@ana_v");
    assert_eq!(form.text("reach"), "12400");
    assert_eq!(form.text("tags"), "barista, valencia");
    assert_eq!(form.text("follow_up"), "2026-12-01");
    assert_eq!(form.text("notes"), "Viene los sábados.\nPrefiere DM.");
    assert_eq!(
        pane.form_key(
            form_input(crossterm::event::KeyCode::Char('s'), true),
            &ctx()
        ),
        Outcome::Request(PeopleRequest::SavePerson {
            id: Some(1),
            person: ana()
        })
    );
}

#[test]
fn a_new_person_form_reads_typed_values_into_domain_values() {
    use crossterm::event::KeyCode;
    let mut pane = pane();
    pane.receive(
        PeopleData::Person {
            id: None,
            draft: Default::default(),
            tiers: vec!["Embajador".into()],
        },
        &ctx(),
    );
    assert_eq!(pane.form.as_ref().unwrap().form.title, "New person");
    type_into(&mut pane, "  Bea Soler ");
    let tab = |pane: &mut PeoplePane| pane.form_key(form_input(KeyCode::Tab, false), &ctx());
    tab(&mut pane);
    tab(&mut pane);
    pane.form_key(form_input(KeyCode::Right, false), &ctx());
    tab(&mut pane);
    type_into(&mut pane, "bluesky:@bea.bsky.social tiktok:@bea");
    tab(&mut pane);
    type_into(&mut pane, "1.5k");
    tab(&mut pane);
    type_into(&mut pane, "cerámica,, valencia ");
    tab(&mut pane);
    type_into(&mut pane, "2026-12-07");
    let saved = pane.form_key(form_input(KeyCode::Char('s'), true), &ctx());
    assert_eq!(
        saved,
        Outcome::Request(PeopleRequest::SavePerson {
            id: None,
            person: crate::domain::person::PersonDraft {
                name: "Bea Soler".into(),
                role: Role::Advocate,
                tier: "Embajador".into(),
                tags: "cerámica, valencia".into(),
                notes: String::new(),
                reach: 1_500,
                handles: vec![
                    (crate::domain::Network::Bluesky, "@bea.bsky.social".into()),
                    (crate::domain::Network::TikTok, "@bea".into()),
                ],
                next_follow_up: NaiveDate::from_ymd_opt(2026, 12, 7),
            }
        })
    );
}

#[test]
fn each_value_that_does_not_check_out_is_refused_on_its_own_field() {
    use crossterm::event::KeyCode;
    let mut pane = pane();
    pane.receive(
        PeopleData::Person {
            id: None,
            draft: Default::default(),
            tiers: Vec::new(),
        },
        &ctx(),
    );
    for _ in 0..3 {
        pane.form_key(form_input(KeyCode::Tab, false), &ctx());
    }
    type_into(&mut pane, "@ana");
    pane.form_key(form_input(KeyCode::Tab, false), &ctx());
    type_into(&mut pane, "12,40");
    pane.form_key(form_input(KeyCode::Tab, false), &ctx());
    pane.form_key(form_input(KeyCode::Tab, false), &ctx());
    type_into(&mut pane, "2026-13-01");
    assert_eq!(
        pane.form_key(form_input(KeyCode::Char('s'), true), &ctx()),
        Outcome::Handled
    );
    assert_eq!(
        error_on(&pane, "name").as_deref(),
        Some("give the person a name")
    );
    assert!(error_on(&pane, "handles").is_some_and(|e| e.contains("“@ana” is not network:handle")));
    assert!(error_on(&pane, "reach").is_some_and(|e| e.contains("“12,40” is not a number")));
    assert!(error_on(&pane, "follow_up").is_some_and(|e| e.contains("not a date that exists")));
    assert!(error_on(&pane, "tags").is_none());
}

#[test]
fn a_refusal_from_the_app_lands_on_its_field_and_keeps_the_form_open() {
    let mut pane = pane();
    pane.receive(
        PeopleData::Person {
            id: None,
            draft: ana(),
            tiers: Vec::new(),
        },
        &ctx(),
    );
    pane.receive(
        PeopleData::Refused(vec![(
            "handles",
            "instagram:@ana already belongs to Ana Ruiz".into(),
        )]),
        &ctx(),
    );
    assert_eq!(
        error_on(&pane, "handles").as_deref(),
        Some("instagram:@ana already belongs to Ana Ruiz")
    );
    assert_eq!(pane.layer(), Layer::Form);
}
