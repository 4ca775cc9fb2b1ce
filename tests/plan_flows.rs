//! Key-script flows through the plan screen: opened from any pane, every part created, edited and
//! deleted from the keyboard, each change stored in the database, undone with `u`, refused with a
//! clear message when wrong, and the result exported and imported back unchanged.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use cmdeck::app::App;
use cmdeck::panes::Tab;
use cmdeck::panes::plan::Section;
use common::{count, ctrl, demo_app, press, screen, type_text};
use crossterm::event::KeyCode;
use std::path::Path;

fn open_plan(app: &mut App) {
    press(app, KeyCode::Char('O'));
    assert!(app.plan.is_some(), "O opens the plan screen");
}

fn go_to(app: &mut App, section: Section) {
    for _ in 0..Section::ALL.len() {
        if app.plan.as_ref().unwrap().section() == section {
            return;
        }
        press(app, KeyCode::Tab);
    }
    panic!("{section:?} not reached");
}

/// Focuses field `key` of the open form, empties it and types `text`.
fn fill(app: &mut App, key: &str, text: &str) {
    for _ in 0..20 {
        let form = &app.plan.as_ref().unwrap().editing().unwrap().form;
        if form.fields[form.focus].key == key {
            for _ in 0..60 {
                press(app, KeyCode::Backspace);
            }
            type_text(app, text);
            return;
        }
        press(app, KeyCode::Tab);
    }
    panic!("no field {key}");
}

/// A part of the plan, the fields to type for a new entry, and the table that gains a row.
type Recipe = (
    Section,
    &'static [(&'static str, &'static str)],
    &'static str,
);

fn form_open(app: &App) -> bool {
    app.plan.as_ref().unwrap().editing().is_some()
}

/// Exports the stored plan, imports the text back, and checks nothing changed.
fn assert_round_trip(app: &mut App) {
    let before = app.db.read_plan().unwrap();
    let text = cmdeck::plan::to_toml(&before);
    let channels = app.db.channel_labels().unwrap();
    let parsed = cmdeck::plan::parse(Path::new("plan.toml"), &text, &channels)
        .unwrap_or_else(|errors| panic!("the exported plan does not import: {errors:?}"));
    app.db.replace_plan(&parsed).unwrap();
    let after = app.db.read_plan().unwrap();
    assert_eq!(after, before);
    assert_eq!(cmdeck::plan::to_toml(&after), text);
}

#[test]
fn the_plan_screen_opens_from_any_pane_and_esc_closes_it() {
    let mut app = demo_app();
    for tab in [
        Tab::Calendar,
        Tab::Inbox,
        Tab::Mentions,
        Tab::Prescriptors,
        Tab::Reports,
    ] {
        app.tab = tab;
        open_plan(&mut app);
        assert!(screen(&app).contains("◆ STRATEGY · Plan"));
        press(&mut app, KeyCode::Esc);
        assert!(app.plan.is_none());
    }
}

#[test]
fn an_entry_is_created_in_every_part_of_the_plan_and_the_result_round_trips() {
    let mut app = demo_app();
    open_plan(&mut app);
    let recipes: &[Recipe] = &[
        (
            Section::Objectives,
            &[("name", "Reservas online"), ("target", "40")],
            "objectives",
        ),
        (
            Section::WeeklyValues,
            &[("value", "12")],
            "manual_kpi_values",
        ),
        (
            Section::Personas,
            &[("name", "Turista gastronómico")],
            "personas",
        ),
        (
            Section::Pillars,
            &[("name", "Sostenibilidad"), ("share", "10")],
            "pillars",
        ),
        (
            Section::Campaigns,
            &[("name", "Rebajas de enero")],
            "campaigns",
        ),
        (
            Section::Spend,
            &[("amount", "25,50"), ("note", "Anuncio")],
            "campaign_spend",
        ),
        (
            Section::Competitors,
            &[("name", "Café Nuevo")],
            "competitors",
        ),
        (
            Section::Rules,
            &[("name", "Café Nuevo"), ("terms", "cafe nuevo")],
            "listening_rules",
        ),
        (
            Section::CrisisSteps,
            &[("step", "Avisar a todo el equipo")],
            "crisis_steps",
        ),
        (
            Section::Contacts,
            &[("name", "Laura Gil"), ("phone", "+34 600 000 000")],
            "crisis_contacts",
        ),
        (
            Section::Statements,
            &[
                ("title", "Retraso en pedidos"),
                ("body", "Estamos en ello."),
            ],
            "holding_statements",
        ),
        (
            Section::Tiers,
            &[("name", "Embajador de honor")],
            "advocacy_tiers",
        ),
    ];
    for (section, fields, table) in recipes {
        let sql = format!("SELECT COUNT(*) FROM {table}");
        let before = count(&mut app, &sql);
        go_to(&mut app, *section);
        press(&mut app, KeyCode::Char('n'));
        for (key, text) in *fields {
            fill(&mut app, key, text);
        }
        ctrl(&mut app, 's');
        assert!(
            !form_open(&app),
            "{section:?}: {:?}",
            app.plan.as_ref().unwrap().editing().map(|e| &e.form)
        );
        assert_eq!(
            count(&mut app, &sql),
            before + 1,
            "{section:?} adds a row to {table}"
        );
    }
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM campaign_spend WHERE amount_cents = 2550"
        ),
        1
    );
    assert!(app.message.as_deref().unwrap_or("").contains("Saved"));
    assert_round_trip(&mut app);
}

#[test]
fn the_brand_and_a_channel_plan_are_edited_and_stored() {
    let mut app = demo_app();
    open_plan(&mut app);
    go_to(&mut app, Section::Brand);
    press(&mut app, KeyCode::Char('e'));
    fill(&mut app, "response_target_minutes", "45");
    ctrl(&mut app, 's');
    assert_eq!(
        app.db.read_plan().unwrap().brand.response_target_minutes,
        Some(45)
    );
    assert_eq!(
        app.panes.inbox.service().target,
        45,
        "the inbox uses the plan's target at once"
    );
    press(&mut app, KeyCode::Char('e'));
    fill(&mut app, "business_hours", "mon-fri 25:00-18:00");
    ctrl(&mut app, 's');
    assert!(
        form_open(&app),
        "impossible hours are refused on their field"
    );
    assert!(screen(&app).contains("25:00"));
    fill(&mut app, "business_hours", "lun-vie 09:00-18:00");
    ctrl(&mut app, 's');
    assert!(!form_open(&app));
    assert_eq!(
        app.db.read_plan().unwrap().brand.business_hours,
        "lun-vie 09:00-18:00"
    );
    assert!(
        app.panes.inbox.service().hours.is_some(),
        "response times count open hours at once"
    );
    go_to(&mut app, Section::Channels);
    press(&mut app, KeyCode::Char('e'));
    fill(&mut app, "posts_per_week", "6");
    ctrl(&mut app, 's');
    assert_eq!(app.db.read_plan().unwrap().channels[0].posts_per_week, 6.0);
    assert_round_trip(&mut app);
}

#[test]
fn renaming_an_objective_keeps_its_id_and_the_campaign_that_serves_it() {
    let mut app = demo_app();
    let linked = "SELECT COUNT(*) FROM campaigns WHERE objective_id IS NOT NULL";
    let before = count(&mut app, linked);
    assert!(before > 0);
    let plan = app.db.read_plan().unwrap();
    let served = plan
        .campaigns
        .iter()
        .find_map(|c| c.objective.clone())
        .unwrap();
    let index = plan
        .objectives
        .iter()
        .position(|o| o.name == served)
        .unwrap();
    let id_sql = format!("SELECT id FROM objectives WHERE name = '{served}'");
    let id = count(&mut app, &id_sql);
    open_plan(&mut app);
    for _ in 0..index {
        press(&mut app, KeyCode::Char('j'));
    }
    press(&mut app, KeyCode::Char('e'));
    fill(&mut app, "name", "Objetivo renombrado");
    ctrl(&mut app, 's');
    assert_eq!(
        count(
            &mut app,
            "SELECT id FROM objectives WHERE name = 'Objetivo renombrado'"
        ),
        id
    );
    assert_eq!(count(&mut app, linked), before);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(
        count(&mut app, &id_sql),
        id,
        "undo renames it back, same id"
    );
    assert_eq!(count(&mut app, linked), before);
}

#[test]
fn a_wrong_date_is_shown_on_its_field_and_nothing_is_stored() {
    let mut app = demo_app();
    open_plan(&mut app);
    let plan_before = app.db.read_plan().unwrap();
    press(&mut app, KeyCode::Char('e'));
    fill(&mut app, "deadline", "2026-02-30");
    ctrl(&mut app, 's');
    assert!(form_open(&app));
    let form = &app.plan.as_ref().unwrap().editing().unwrap().form;
    let deadline = form.fields.iter().find(|f| f.key == "deadline").unwrap();
    assert!(
        deadline
            .error
            .as_deref()
            .unwrap()
            .contains("not a date that exists")
    );
    assert!(screen(&app).contains("not a date that exists"));
    assert_eq!(app.db.read_plan().unwrap(), plan_before);
    press(&mut app, KeyCode::Esc);
    assert!(!form_open(&app));
}

#[test]
fn deleting_asks_first_and_undo_brings_the_entry_back() {
    let mut app = demo_app();
    open_plan(&mut app);
    go_to(&mut app, Section::Personas);
    let personas = "SELECT COUNT(*) FROM personas";
    let before = count(&mut app, personas);
    press(&mut app, KeyCode::Char('d'));
    assert!(app.message.as_deref().unwrap().contains("y deletes"));
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(count(&mut app, personas), before);
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(count(&mut app, personas), before - 1);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(count(&mut app, personas), before);
    assert_round_trip(&mut app);
}

#[test]
fn one_entry_of_every_part_is_deleted_and_the_rest_round_trips() {
    let mut app = demo_app();
    open_plan(&mut app);
    for section in Section::ALL.into_iter().filter(|s| s.is_list()) {
        go_to(&mut app, section);
        let before = section.len(&app.db.read_plan().unwrap());
        if section == Section::Competitors {
            let why = {
                press(&mut app, KeyCode::Char('d'));
                press(&mut app, KeyCode::Char('y'));
                app.message.clone().unwrap_or_default()
            };
            if section.len(&app.db.read_plan().unwrap()) == before {
                assert!(why.contains("watches this competitor"), "{why}");
                continue;
            }
        } else {
            press(&mut app, KeyCode::Char('d'));
            press(&mut app, KeyCode::Char('y'));
        }
        let after = section.len(&app.db.read_plan().unwrap());
        assert_eq!(after, before - 1, "{section:?}: {:?}", app.message);
    }
    assert_round_trip(&mut app);
}

#[test]
fn moving_the_week_measures_the_objectives_again() {
    let mut app = demo_app();
    open_plan(&mut app);
    assert!(screen(&app).contains("2026-W48"));
    press(&mut app, KeyCode::Char('h'));
    let plan = app.plan.as_ref().unwrap();
    assert!(
        plan.week_to_measure().is_none(),
        "the app measured the week before"
    );
    assert!(screen(&app).contains("2026-W47"));
    press(&mut app, KeyCode::Char('t'));
    assert!(screen(&app).contains("this week"));
}

#[test]
fn two_deletions_in_the_plan_are_undone_one_by_one_and_redone_with_ctrl_r() {
    let mut app = demo_app();
    open_plan(&mut app);
    go_to(&mut app, Section::Personas);
    let personas = "SELECT COUNT(*) FROM personas";
    let before = count(&mut app, personas);
    for _ in 0..2 {
        press(&mut app, KeyCode::Char('d'));
        press(&mut app, KeyCode::Char('y'));
    }
    assert_eq!(count(&mut app, personas), before - 2);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(count(&mut app, personas), before - 1);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(count(&mut app, personas), before, "{:?}", app.message);
    assert_eq!(
        app.message.as_deref(),
        Some("Undid: change to Personas"),
        "the status line names what was undone"
    );
    ctrl(&mut app, 'r');
    assert_eq!(count(&mut app, personas), before - 1);
    assert_eq!(app.message.as_deref(), Some("Redid: change to Personas"));
    assert_eq!(
        app.plan
            .as_ref()
            .map(|screen| screen.plan().personas.len() as i64),
        Some(before - 1),
        "the open screen shows the plan redone"
    );
    assert_round_trip(&mut app);
}
