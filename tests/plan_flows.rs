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

/// Focuses field `key` of the open form.
fn focus(app: &mut App, key: &str) {
    for _ in 0..20 {
        let form = &app.plan.as_ref().unwrap().editing().unwrap().form;
        if form.fields[form.focus].key == key {
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
    let parsed = cmdeck::plan::parse(
        Path::new("plan.toml"),
        &text,
        &channels,
        cmdeck::i18n::Lang::En,
    )
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
            Section::Channels,
            &[("channel", "cafenuevo"), ("role", "Pruebas")],
            "channels",
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
        if section == Section::Channels {
            press(&mut app, KeyCode::Char('d'));
            press(&mut app, KeyCode::Char('y'));
            let why = app.message.clone().unwrap_or_default();
            assert!(why.contains("set In use to no"), "{why}");
            assert_eq!(section.len(&app.db.read_plan().unwrap()), before);
            continue;
        }
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
fn a_channel_set_up_on_the_plan_screen_of_an_empty_database_is_offered_renamed_and_archived() {
    let mut app = common::empty_app();
    press(&mut app, KeyCode::Esc);
    open_plan(&mut app);
    go_to(&mut app, Section::Channels);
    press(&mut app, KeyCode::Char('n'));
    fill(&mut app, "channel", "mimarca");
    fill(&mut app, "name", "Mi Marca");
    ctrl(&mut app, 's');
    assert!(!form_open(&app), "{:?}", app.message);
    let channels = app.db.channels().unwrap();
    assert_eq!(channels.len(), 1);
    assert_eq!(channels[0].handle, "@mimarca");
    assert_eq!(channels[0].char_limit, 2_200, "Instagram's default limit");
    let id = channels[0].id;
    app.db
        .write(|tx| {
            tx.execute(
                "INSERT INTO posts (channel_id, body, status, created_at, updated_at)
                 VALUES (?1, 'Hola', 'draft', '2026-11-23T09:00:00Z', '2026-11-23T09:00:00Z')",
                [id],
            )
        })
        .unwrap();
    press(&mut app, KeyCode::Char('e'));
    fill(&mut app, "channel", "@mimarca_es");
    fill(&mut app, "char_limit", "1.000");
    ctrl(&mut app, 's');
    assert!(!form_open(&app), "{:?}", app.message);
    let record = app.db.channel_record(id).unwrap().unwrap();
    assert_eq!(record.setup.handle, "@mimarca_es", "renamed in place");
    assert_eq!(record.setup.char_limit, 1_000);
    assert_eq!(record.posts, 1, "its post stays with it");
    press(&mut app, KeyCode::Char('e'));
    focus(&mut app, "archived");
    press(&mut app, KeyCode::Right);
    ctrl(&mut app, 's');
    assert!(
        app.db.channels().unwrap().is_empty(),
        "archived: out of the forms"
    );
    assert!(
        app.db
            .channel_record(id)
            .unwrap()
            .unwrap()
            .archived_on
            .is_some()
    );
    assert!(screen(&app).contains("(archived)"));
    assert_round_trip(&mut app);
}

#[test]
fn the_welcome_screen_sets_up_the_brand_and_its_channels_then_lands_on_the_calendar() {
    let mut app = common::empty_app();
    assert!(app.welcome);
    press(&mut app, KeyCode::Enter);
    assert!(form_open(&app), "Enter opens the brand's form");
    assert!(screen(&app).contains("Setup 1 of 2"), "{}", screen(&app));
    fill(&mut app, "name", "Mi Marca");
    fill(&mut app, "time_zone", "Europe/Madird");
    ctrl(&mut app, 's');
    assert!(form_open(&app), "a misspelt zone is refused on its field");
    assert!(
        screen(&app).contains("not a time zone name"),
        "{}",
        screen(&app)
    );
    fill(&mut app, "time_zone", "Europe/Madrid");
    focus(&mut app, "week_start");
    press(&mut app, KeyCode::Left);
    ctrl(&mut app, 's');
    assert!(screen(&app).contains("Setup 2 of 2"), "{}", screen(&app));
    fill(&mut app, "channel", "mimarca");
    ctrl(&mut app, 's');
    assert!(screen(&app).contains("1 set up so far"), "{}", screen(&app));
    focus(&mut app, "network");
    for _ in 0..4 {
        press(&mut app, KeyCode::Left);
    }
    fill(&mut app, "channel", "@mimarca");
    ctrl(&mut app, 's');
    press(&mut app, KeyCode::Esc);
    assert!(app.plan.is_none(), "Esc on the next channel ends the setup");
    assert_eq!(app.tab, Tab::Calendar);
    let message = app.message.clone().unwrap_or_default();
    assert!(message.contains("Set up with 2 channels"), "{message}");
    let plan = app.db.read_plan().unwrap();
    assert_eq!(plan.brand.name, "Mi Marca");
    assert_eq!(plan.brand.time_zone, "Europe/Madrid");
    assert_eq!(plan.brand.week_start, "sunday");
    assert_eq!(
        app.week_start,
        chrono::Weekday::Sun,
        "the desk takes the week start"
    );
    assert_eq!(
        app.clock.zone,
        cmdeck::clock::Zone::Named(chrono_tz::Europe::Madrid),
        "the desk shows times in the brand's zone"
    );
    let keys: Vec<String> = app
        .db
        .channels()
        .unwrap()
        .iter()
        .map(|c| format!("{}:{}", c.network, c.handle))
        .collect();
    assert_eq!(keys, ["instagram:@mimarca", "x:@mimarca"]);
}

#[test]
fn the_setup_can_be_skipped_and_opened_again_later() {
    let mut app = common::empty_app();
    press(&mut app, KeyCode::Char('j'));
    assert!(!app.welcome && app.plan.is_none(), "any other key skips it");
    press(&mut app, KeyCode::Char('W'));
    assert!(screen(&app).contains("Setup 1 of 2"), "{}", screen(&app));
    press(&mut app, KeyCode::Esc);
    assert!(
        screen(&app).contains("Setup 2 of 2"),
        "Esc skips the brand step"
    );
    press(&mut app, KeyCode::Esc);
    assert!(app.plan.is_none());
    let message = app.message.clone().unwrap_or_default();
    assert!(
        message.contains("No channel yet: W opens the setup again"),
        "{message}"
    );
}

#[test]
fn amounts_are_typed_in_either_convention_and_an_ambiguous_one_says_how_it_was_read() {
    let mut app = demo_app();
    open_plan(&mut app);
    go_to(&mut app, Section::Campaigns);
    let budget = |app: &App| {
        app.db
            .read_plan()
            .unwrap()
            .campaigns
            .iter()
            .find(|c| c.name == "Rebajas de enero")
            .map(|c| c.budget)
    };
    press(&mut app, KeyCode::Char('n'));
    fill(&mut app, "name", "Rebajas de enero");
    fill(&mut app, "budget", "1.200,50");
    ctrl(&mut app, 's');
    assert!(!form_open(&app), "{}", screen(&app));
    assert_eq!(budget(&app), Some(1200.5));
    press(&mut app, KeyCode::Char('e'));
    fill(&mut app, "budget", "1,200.50");
    ctrl(&mut app, 's');
    assert_eq!(budget(&app), Some(1200.5));
    press(&mut app, KeyCode::Char('e'));
    fill(&mut app, "budget", "1.200");
    ctrl(&mut app, 's');
    assert_eq!(budget(&app), Some(1200.0));
    let message = app.message.clone().unwrap_or_default();
    assert!(
        message.contains("“1.200” was read as 1200 (the dot groups thousands)"),
        "{message}"
    );
    press(&mut app, KeyCode::Char('e'));
    fill(&mut app, "budget", "1.20.0");
    ctrl(&mut app, 's');
    assert!(form_open(&app));
    assert!(
        screen(&app).contains("“1.20.0” is not a number"),
        "the mistake quotes the text as typed: {}",
        screen(&app)
    );
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

#[test]
fn undoing_a_channel_added_on_the_plan_screen_removes_it_and_redo_brings_it_back() {
    let mut app = demo_app();
    open_plan(&mut app);
    go_to(&mut app, Section::Channels);
    let channels = "SELECT COUNT(*) FROM channels";
    let before = count(&mut app, channels);
    press(&mut app, KeyCode::Char('n'));
    fill(&mut app, "channel", "nuevacuenta");
    ctrl(&mut app, 's');
    assert_eq!(count(&mut app, channels), before + 1);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(
        count(&mut app, channels),
        before,
        "undo removes the unused channel"
    );
    ctrl(&mut app, 'r');
    assert_eq!(
        count(&mut app, channels),
        before + 1,
        "redo creates it again"
    );
    assert_round_trip(&mut app);
}

#[test]
fn clearing_the_brands_time_zone_puts_the_desk_back_on_the_zone_it_started_in() {
    let mut app = demo_app();
    let started = app.clock.zone;
    open_plan(&mut app);
    go_to(&mut app, Section::Brand);
    press(&mut app, KeyCode::Char('e'));
    fill(&mut app, "time_zone", "America/Mexico_City");
    ctrl(&mut app, 's');
    assert_eq!(
        app.clock.zone,
        cmdeck::clock::Zone::Named(chrono_tz::America::Mexico_City)
    );
    press(&mut app, KeyCode::Char('e'));
    fill(&mut app, "time_zone", "");
    ctrl(&mut app, 's');
    assert_eq!(app.clock.zone, started);
}
