//! Rendering snapshots of the plan screen on a fixed 120×40 test backend over the demo brand:
//! the objectives overview, a list part with the selected entry, an open form, and no colour.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use cmdeck::app::App;
use cmdeck::panes::plan::Section;
use common::{demo_app, press, screen};
use crossterm::event::KeyCode;

fn plan_on(section: Section) -> App {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('O'));
    while app.plan.as_ref().unwrap().section() != section {
        press(&mut app, KeyCode::Tab);
    }
    app
}

#[test]
fn plan_overview_with_objectives_measured() {
    insta::assert_snapshot!(screen(&plan_on(Section::Objectives)));
}

#[test]
fn plan_overview_on_the_week_before() {
    let mut app = plan_on(Section::Objectives);
    press(&mut app, KeyCode::Char('h'));
    press(&mut app, KeyCode::Char('j'));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn plan_campaigns_with_the_selected_campaign() {
    insta::assert_snapshot!(screen(&plan_on(Section::Campaigns)));
}

#[test]
fn plan_pillars_with_the_share_warning() {
    let mut app = plan_on(Section::Pillars);
    press(&mut app, KeyCode::Char('e'));
    press(&mut app, KeyCode::Tab);
    for _ in 0..5 {
        press(&mut app, KeyCode::Backspace);
    }
    common::type_text(&mut app, "5");
    common::ctrl(&mut app, 's');
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn plan_objective_form() {
    let mut app = plan_on(Section::Objectives);
    press(&mut app, KeyCode::Char('e'));
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn plan_utm_link_builder() {
    let mut app = plan_on(Section::Campaigns);
    press(&mut app, KeyCode::Char('L'));
    common::type_text(&mut app, "cafelanora.es/navidad");
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn plan_crisis_steps_and_brand() {
    let steps = screen(&plan_on(Section::CrisisSteps));
    let brand = screen(&plan_on(Section::Brand));
    insta::assert_snapshot!(format!("{steps}\n\n{brand}"));
}

#[test]
fn hostile_text_in_the_plan_never_reaches_the_screen_raw() {
    let mut app = demo_app();
    let mut plan = app.db.read_plan().unwrap();
    plan.objectives[0].name = "Crecer\u{1b}[2J\u{1b}]52;c;aGk=\u{7} ya\u{202e}".into();
    plan.personas[0].description = "línea\nnueva\u{9b}31m roja".into();
    app.db.replace_plan(&plan).unwrap();
    press(&mut app, KeyCode::Char('O'));
    let overview = screen(&app);
    while app.plan.as_ref().unwrap().section() != Section::Personas {
        press(&mut app, KeyCode::Tab);
    }
    let personas = screen(&app);
    for text in [&overview, &personas] {
        assert!(
            !text.contains(['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}']),
            "{text}"
        );
    }
    assert!(overview.contains("Crecer"));
    assert!(personas.contains("línea"));
}
