//! Prescriptors flows driven by keys: adding, editing and deleting a person, filter, follow-ups,
//! the interaction log and merging.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{count, ctrl, demo_app, press, screen, type_text};
use crossterm::event::KeyCode;

#[test]
fn a_follow_up_is_set_and_undone() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('4'));
    let id = app
        .panes
        .people
        .list()
        .selected_row()
        .map(|p| p.id)
        .unwrap();
    press(&mut app, KeyCode::Char('w'));
    for _ in 0..12 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "2026-12-01");
    ctrl(&mut app, 's');
    assert_eq!(
        count(
            &mut app,
            &format!(
                "SELECT COUNT(*) FROM people WHERE id = {id} AND next_follow_up = '2026-12-01'"
            )
        ),
        1,
        "{:?}",
        app.message
    );
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(
        count(
            &mut app,
            &format!(
                "SELECT COUNT(*) FROM people WHERE id = {id} AND next_follow_up = '2026-12-01'"
            )
        ),
        0
    );
}

#[test]
fn a_date_that_does_not_exist_is_refused_on_the_follow_up_form() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('4'));
    press(&mut app, KeyCode::Char('w'));
    for _ in 0..12 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "2026-02-30");
    ctrl(&mut app, 's');
    assert!(screen(&app).contains("not a date that exists"));
}

#[test]
fn logging_an_interaction_sets_the_next_follow_up_and_shows_in_the_profile() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('4'));
    let id = app
        .panes
        .people
        .list()
        .selected_row()
        .map(|p| p.id)
        .unwrap();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('l'));
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Le enviamos el microlote de Etiopía");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "2026-12-07");
    ctrl(&mut app, 's');
    assert_eq!(
        count(
            &mut app,
            &format!(
                "SELECT COUNT(*) FROM interactions WHERE person_id = {id} AND kind = 'call' AND note LIKE 'Le enviamos%'"
            )
        ),
        1,
        "{:?}",
        app.message
    );
    assert_eq!(
        count(
            &mut app,
            &format!(
                "SELECT COUNT(*) FROM people WHERE id = {id} AND next_follow_up = '2026-12-07'"
            )
        ),
        1
    );
    assert!(
        screen(&app).contains("Le enviamos el microlote"),
        "the profile shows the new entry"
    );
}

#[test]
fn two_records_of_one_person_are_merged_without_losing_anything_and_undo_splits_them() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('4'));
    let people = count(&mut app, "SELECT COUNT(*) FROM people");
    let links = count(
        &mut app,
        "SELECT (SELECT COUNT(*) FROM handles) + (SELECT COUNT(*) FROM messages WHERE person_id IS NOT NULL) + (SELECT COUNT(*) FROM mentions WHERE person_id IS NOT NULL) + (SELECT COUNT(*) FROM interactions)",
    );
    press(&mut app, KeyCode::Char('M'));
    ctrl(&mut app, 's');
    assert_eq!(
        count(&mut app, "SELECT COUNT(*) FROM people"),
        people - 1,
        "{:?}",
        app.message
    );
    let after = count(
        &mut app,
        "SELECT (SELECT COUNT(*) FROM handles) + (SELECT COUNT(*) FROM messages WHERE person_id IS NOT NULL) + (SELECT COUNT(*) FROM mentions WHERE person_id IS NOT NULL) + (SELECT COUNT(*) FROM interactions)",
    );
    assert_eq!(after, links, "no handle, link or interaction was lost");
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(count(&mut app, "SELECT COUNT(*) FROM people"), people);
}

#[test]
fn the_filter_keeps_one_role_and_the_follow_ups_due() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('4'));
    press(&mut app, KeyCode::Char('f'));
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char(' '));
    ctrl(&mut app, 's');
    let rows: Vec<_> = app
        .panes
        .people
        .list()
        .visible()
        .map(|(_, p)| p.clone())
        .collect();
    assert!(!rows.is_empty());
    assert!(
        rows.iter().all(|p| p.role == cmdeck::domain::Role::Advocate
            && p.follow_up_due(common::now().date_naive())),
        "{rows:?}"
    );
    assert!(screen(&app).contains("only advocate · follow-ups due"));
}

#[test]
fn the_profile_shows_both_scores_with_their_formula_and_the_numbers_behind_them() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('4'));
    press(&mut app, KeyCode::Enter);
    let text = screen(&app);
    assert!(text.contains("Advocacy score"), "{text}");
    assert!(text.contains("Risk score"));
    assert!(text.contains("positive mentions"));
}

#[test]
fn a_suggested_candidate_is_accepted_with_one_key_and_undo_takes_it_back() {
    let mut db = cmdeck::db::Db::open_in_memory().unwrap();
    cmdeck::demo::populate(&mut db, common::now()).unwrap();
    let mut config = cmdeck::config::Config::default();
    config.scores.candidate_threshold = 0.5;
    config.scores.watchlist_threshold = 0.5;
    let mut app = cmdeck::app::App::new(
        db,
        &config,
        cmdeck::clock::Clock::fixed(common::now()),
        (120, 40),
    );
    press(&mut app, KeyCode::Char('4'));
    press(&mut app, KeyCode::Char('c'));
    let list = app
        .panes
        .people
        .suggestions()
        .map(<[_]>::to_vec)
        .expect("suggestions with low thresholds");
    assert!(screen(&app).contains("Suggestions"));
    let first = list[0].clone();
    assert_ne!(first.evidence, cmdeck::analytics::Activity::default());
    let before = count(
        &mut app,
        &format!(
            "SELECT role FROM people WHERE id = {} AND role IN ('advocate', 'detractor')",
            first.person_id
        )
        .replace("SELECT role", "SELECT COUNT(*)"),
    );
    assert_eq!(
        before, 0,
        "a suggestion is not yet a prescriptor or on the watchlist"
    );
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        count(
            &mut app,
            &format!(
                "SELECT COUNT(*) FROM people WHERE id = {} AND role IN ('advocate', 'detractor')",
                first.person_id
            )
        ),
        1,
        "{:?}",
        app.message
    );
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(
        count(
            &mut app,
            &format!(
                "SELECT COUNT(*) FROM people WHERE id = {} AND role IN ('advocate', 'detractor')",
                first.person_id
            )
        ),
        0
    );
}

#[test]
fn sorting_by_advocacy_puts_the_highest_score_first() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('4'));
    press(&mut app, KeyCode::Char('f'));
    for _ in 0..4 {
        press(&mut app, KeyCode::Tab);
    }
    for _ in 0..3 {
        press(&mut app, KeyCode::Right);
    }
    ctrl(&mut app, 's');
    assert!(screen(&app).contains("by advocacy score"));
    let ids: Vec<i64> = app
        .panes
        .people
        .list()
        .visible()
        .map(|(_, p)| p.id)
        .take(5)
        .collect();
    assert_eq!(ids.len(), 5);
    let weights = cmdeck::config::Config::default().scores.weights;
    let scores: Vec<f64> = ids
        .iter()
        .map(|id| {
            cmdeck::analytics::scores::advocacy(
                &app.db.activity(*id, common::now()).unwrap(),
                &weights,
            )
            .value
        })
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    assert!(scores[0] > 0.0);
}

/// Clears the focused text field of a form (its text is shorter than 40 characters).
fn clear_field(app: &mut cmdeck::app::App) {
    for _ in 0..40 {
        press(app, KeyCode::Backspace);
    }
}

#[test]
fn a_person_is_added_on_an_empty_desk_with_keys_only_then_edited_deleted_and_brought_back() {
    let mut app = common::empty_app();
    assert!(screen(&app).contains("Welcome to cmdeck"));
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('4'));
    assert!(screen(&app).contains("No people yet. n adds one."));
    press(&mut app, KeyCode::Char('n'));
    assert!(screen(&app).contains("New person"), "{}", screen(&app));
    type_text(&mut app, "Ana Vidal");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "instagram:@ana, x:@ana_v");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "12,400");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "barista, valencia");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "2026-12-01");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Viene los sábados.");
    ctrl(&mut app, 's');
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM people WHERE name = 'Ana Vidal' AND role = 'influencer' AND reach = 12400
               AND tags = 'barista, valencia' AND next_follow_up = '2026-12-01' AND notes = 'Viene los sábados.'"
        ),
        1,
        "{:?}",
        app.message
    );
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM handles WHERE (network, handle) IN (VALUES ('instagram', '@ana'), ('x', '@ana_v'))"
        ),
        2
    );
    let id = count(&mut app, "SELECT id FROM people");
    assert!(screen(&app).contains("Ana Vidal"), "{}", screen(&app));

    press(&mut app, KeyCode::Char('e'));
    assert!(screen(&app).contains("Edit person"), "{}", screen(&app));
    for _ in 0..4 {
        press(&mut app, KeyCode::Tab);
    }
    clear_field(&mut app);
    type_text(&mut app, "12k");
    ctrl(&mut app, 's');
    assert_eq!(
        count(&mut app, "SELECT reach FROM people"),
        12000,
        "{:?}",
        app.message
    );
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(count(&mut app, "SELECT reach FROM people"), 12400);

    press(&mut app, KeyCode::Char('d'));
    let text = screen(&app);
    assert!(
        text.contains("Delete “Ana Vidal”, their handles and interactions?"),
        "{text}"
    );
    assert!(text.contains("any other key: no"), "{text}");
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(
        count(&mut app, "SELECT COUNT(*) FROM people"),
        0,
        "{:?}",
        app.message
    );
    assert_eq!(count(&mut app, "SELECT COUNT(*) FROM handles"), 0);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(
        count(
            &mut app,
            &format!(
                "SELECT COUNT(*) FROM people WHERE id = {id} AND name = 'Ana Vidal' AND reach = 12400"
            )
        ),
        1,
        "{:?}",
        app.message
    );
    assert_eq!(
        count(
            &mut app,
            &format!("SELECT COUNT(*) FROM handles WHERE person_id = {id}")
        ),
        2
    );
    assert!(screen(&app).contains("Ana Vidal"));
}

#[test]
fn a_reach_that_is_not_a_number_and_a_handle_someone_else_has_are_refused_on_the_form() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('4'));
    let people = count(&mut app, "SELECT COUNT(*) FROM people");
    let owner = app
        .db
        .write(|tx| {
            tx.query_row(
                "SELECT p.name, h.network || ':' || h.handle FROM handles h JOIN people p ON p.id = h.person_id ORDER BY h.id LIMIT 1",
                [],
                |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)),
            )
        })
        .unwrap();
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "Alguien Nuevo");
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    type_text(&mut app, &owner.1);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "mucho");
    ctrl(&mut app, 's');
    let text = screen(&app);
    assert!(
        text.contains("“mucho” is not a number of followers"),
        "{text}"
    );
    assert_eq!(count(&mut app, "SELECT COUNT(*) FROM people"), people);
    clear_field(&mut app);
    type_text(&mut app, "1.200");
    ctrl(&mut app, 's');
    let text = screen(&app);
    assert!(
        text.contains(&format!("{} already belongs to {}", owner.1, owner.0)),
        "{text}"
    );
    assert_eq!(count(&mut app, "SELECT COUNT(*) FROM people"), people);
}

#[test]
fn the_help_on_prescriptors_lists_the_keys_that_add_edit_and_delete_a_person() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('4'));
    press(&mut app, KeyCode::Char('?'));
    let text = screen(&app);
    for line in [
        "add a person",
        "edit the selected person",
        "delete the selected person",
    ] {
        assert!(
            text.lines()
                .any(|l| l.contains(line)
                    && l.split_whitespace().any(|w| ["n", "e", "d"].contains(&w))),
            "{line}: {text}"
        );
    }
}

#[test]
fn deleting_a_linked_person_says_what_goes_and_undo_links_their_messages_and_mentions_again() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('4'));
    let linked = "SELECT (SELECT COUNT(*) FROM messages WHERE person_id IS NOT NULL) * 1000 + (SELECT COUNT(*) FROM mentions WHERE person_id IS NOT NULL)";
    let before = count(&mut app, linked);
    let everything = "SELECT (SELECT COUNT(*) FROM people) * 1000000 + (SELECT COUNT(*) FROM handles) * 1000 + (SELECT COUNT(*) FROM interactions)";
    let all = count(&mut app, everything);
    let ids: Vec<i64> = app
        .panes
        .people
        .list()
        .visible()
        .map(|(_, p)| p.id)
        .collect();
    let id = ids
        .into_iter()
        .find(|id| {
            count(
                &mut app,
                &format!("SELECT COUNT(*) FROM messages WHERE person_id = {id}"),
            ) > 0
        })
        .expect("a demo person with messages");
    while app.panes.people.list().selected_row().map(|p| p.id) != Some(id) {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Char('y'));
    let message = app.message.clone().unwrap_or_default();
    assert!(message.starts_with("Deleted “"), "{message}");
    assert!(message.contains("kept, unlinked — u undoes."), "{message}");
    assert!(count(&mut app, linked) < before);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(count(&mut app, linked), before, "{:?}", app.message);
    assert_eq!(count(&mut app, everything), all);
}
