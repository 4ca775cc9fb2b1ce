//! The plan screen's state: moving between parts and entries, forms in and plans out, renames
//! tracked, deletions that would break a reference refused, and the checker's mistakes placed.

use super::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;

const CHANNELS: &[&str] = &[
    "instagram:@cafelanora",
    "x:@cafelanora",
    "mastodon:@cafelanora@mastodon.social",
    "linkedin:cafe-la-nora",
    "tiktok:@cafelanora",
];

fn channels() -> Vec<String> {
    CHANNELS.iter().map(|c| c.to_string()).collect()
}

fn example() -> Plan {
    let text = include_str!("../../../assets/plan.example.toml");
    crate::plan::parse(
        Path::new("plan.example.toml"),
        text,
        &channels(),
        crate::i18n::Lang::En,
    )
    .unwrap()
}

fn screen() -> PlanScreen {
    let monday = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    PlanScreen::new(
        example(),
        channels(),
        Section::Objectives,
        monday,
        monday,
        Lang::En,
    )
}

/// A key press as the default key map reads it in the screen's current layer.
fn input(screen: &PlanScreen, code: KeyCode, modifiers: KeyModifiers) -> crate::keymap::Input {
    let scopes = screen.layer().scopes(crate::keymap::Scope::Reports, false);
    crate::keymap::Keymap::defaults().input(&scopes, KeyEvent::new(code, modifiers))
}

fn press(screen: &mut PlanScreen, code: KeyCode) -> PlanAction {
    let input = input(screen, code, KeyModifiers::NONE);
    screen.handle_key(input)
}

fn type_text(screen: &mut PlanScreen, text: &str) {
    for c in text.chars() {
        press(screen, KeyCode::Char(c));
    }
}

fn save(screen: &mut PlanScreen) -> PlanAction {
    let input = input(screen, KeyCode::Char('s'), KeyModifiers::CONTROL);
    screen.handle_key(input)
}

/// Clears the focused text field.
fn clear(screen: &mut PlanScreen) {
    for _ in 0..80 {
        press(screen, KeyCode::Backspace);
    }
}

fn stored(action: PlanAction) -> Edit {
    match action {
        PlanAction::Store(edit) => *edit,
        other => panic!("expected a plan to store, got {other:?}"),
    }
}

#[test]
fn tab_walks_through_every_part_and_wraps_round() {
    let mut screen = screen();
    for section in Section::ALL.iter().skip(1) {
        press(&mut screen, KeyCode::Tab);
        assert_eq!(screen.section, *section);
    }
    press(&mut screen, KeyCode::Tab);
    assert_eq!(screen.section, Section::Objectives);
    press(&mut screen, KeyCode::BackTab);
    assert_eq!(screen.section, Section::Brand);
}

#[test]
fn every_part_lists_one_line_per_entry_and_details_for_the_selected_one() {
    let mut screen = screen();
    for section in Section::ALL {
        screen.section = section;
        screen.selected = 0;
        let len = section.len(&screen.plan);
        assert_eq!(
            section.lines(&screen.plan, Lang::En).len(),
            len,
            "{section:?}"
        );
        assert!(len > 0, "the example plan fills {section:?}");
        assert!(!screen.details().is_empty(), "{section:?}");
    }
}

#[test]
fn a_new_objective_is_appended_with_its_kpi_and_dates() {
    let mut screen = screen();
    press(&mut screen, KeyCode::Char('n'));
    type_text(&mut screen, "Reservas online");
    press(&mut screen, KeyCode::Tab);
    press(&mut screen, KeyCode::Left);
    for field in ["baseline", "target"] {
        while screen.editing.as_ref().unwrap().form.fields
            [screen.editing.as_ref().unwrap().form.focus]
            .key
            != field
        {
            press(&mut screen, KeyCode::Tab);
        }
        clear(&mut screen);
        type_text(&mut screen, if field == "target" { "40,5" } else { "10" });
    }
    let edit = stored(save(&mut screen));
    let added = edit.plan.objectives.last().unwrap();
    assert_eq!(added.name, "Reservas online");
    assert_eq!(added.kpi, "manual");
    assert_eq!((added.baseline, added.target), (10.0, 40.5));
    assert_eq!(added.starts_on, "2026-11-23");
    assert_eq!(added.deadline, "2027-02-21");
    assert_eq!(edit.index, edit.plan.objectives.len() - 1);
    assert!(edit.renames.is_empty());
}

#[test]
fn renaming_an_objective_renames_it_in_its_campaigns_and_asks_for_a_rename() {
    let mut screen = screen();
    let campaign = screen
        .plan
        .campaigns
        .iter()
        .find_map(|c| c.objective.clone())
        .unwrap();
    screen.selected = screen
        .plan
        .objectives
        .iter()
        .position(|o| o.name == campaign)
        .unwrap();
    press(&mut screen, KeyCode::Char('e'));
    clear(&mut screen);
    type_text(&mut screen, "Nuevo nombre");
    let edit = stored(save(&mut screen));
    assert!(
        edit.plan
            .campaigns
            .iter()
            .any(|c| c.objective.as_deref() == Some("Nuevo nombre"))
    );
    assert_eq!(
        edit.renames,
        vec![crate::plan::Rename {
            table: "objectives",
            from: campaign,
            to: "Nuevo nombre".into()
        }]
    );
}

#[test]
fn a_number_that_is_not_one_stays_in_the_form_with_its_field_marked() {
    let mut screen = screen();
    screen.section = Section::Pillars;
    press(&mut screen, KeyCode::Char('e'));
    press(&mut screen, KeyCode::Tab);
    clear(&mut screen);
    type_text(&mut screen, "mucho");
    assert_eq!(save(&mut screen), PlanAction::None);
    let form = &screen.editing.as_ref().unwrap().form;
    let share = form.fields.iter().find(|f| f.key == "share").unwrap();
    assert!(share.error.as_deref().unwrap().contains("not a number"));
}

#[test]
fn the_checkers_mistakes_land_on_the_field_of_the_entry_edited() {
    let mut screen = screen();
    press(&mut screen, KeyCode::Char('e'));
    let edit = stored(save(&mut screen));
    let errors = vec![
        (
            "objectives[1].deadline".to_string(),
            "the deadline is before the start".to_string(),
        ),
        ("pillars[2].share".to_string(), "out of range".to_string()),
    ];
    screen.show_errors(&edit.plan, 0, &errors);
    let form = &screen.editing.as_ref().unwrap().form;
    let deadline = form.fields.iter().find(|f| f.key == "deadline").unwrap();
    assert_eq!(
        deadline.error.as_deref(),
        Some("the deadline is before the start")
    );
    assert_eq!(form.note.as_deref(), Some("pillars[2].share: out of range"));
}

#[test]
fn a_spend_line_moved_to_another_campaign_leaves_the_first_one() {
    let mut screen = screen();
    screen.section = Section::Spend;
    let (from, _) = sections::spend_lines(&screen.plan)[0];
    let before = screen.plan.campaigns[from].spend.len();
    press(&mut screen, KeyCode::Char('e'));
    press(&mut screen, KeyCode::Right);
    let edit = stored(save(&mut screen));
    let to = (from + 1) % screen.plan.campaigns.len();
    assert_eq!(edit.plan.campaigns[from].spend.len(), before - 1);
    assert_eq!(
        edit.plan.campaigns[to].spend.len(),
        screen.plan.campaigns[to].spend.len() + 1
    );
}

#[test]
fn a_crisis_step_moved_to_another_level_joins_the_end_of_that_level() {
    let mut screen = screen();
    screen.section = Section::CrisisSteps;
    let first = screen.plan.crisis.level_1[0].clone();
    press(&mut screen, KeyCode::Char('e'));
    press(&mut screen, KeyCode::Right);
    let edit = stored(save(&mut screen));
    assert!(!edit.plan.crisis.level_1.contains(&first));
    assert_eq!(edit.plan.crisis.level_2.last(), Some(&first));
    let (level, _, text) = sections::crisis_steps(&edit.plan)[edit.index];
    assert_eq!((level, text), (2, first.as_str()));
}

#[test]
fn deleting_asks_first_and_only_y_deletes() {
    let mut screen = screen();
    screen.section = Section::Personas;
    let n = screen.plan.personas.len();
    assert!(matches!(
        press(&mut screen, KeyCode::Char('d')),
        PlanAction::AskDelete(_)
    ));
    assert!(matches!(
        press(&mut screen, KeyCode::Char('n')),
        PlanAction::Message(_)
    ));
    assert!(
        screen.editing.is_none(),
        "n after a refused deletion opens nothing"
    );
    press(&mut screen, KeyCode::Char('d'));
    let edit = stored(press(&mut screen, KeyCode::Char('y')));
    assert_eq!(edit.plan.personas.len(), n - 1);
}

#[test]
fn a_competitor_that_a_rule_watches_cannot_be_deleted() {
    let plan = example();
    let watched = plan
        .competitors
        .iter()
        .position(|c| {
            plan.rules
                .iter()
                .any(|r| r.competitor.as_ref() == Some(&c.name))
        })
        .unwrap();
    let why = delete::delete(&plan, Section::Competitors, watched, Lang::En).unwrap_err();
    assert!(why.contains("watches this competitor"), "{why}");
}

#[test]
fn deleting_an_objective_unlinks_its_campaigns() {
    let plan = example();
    let linked = plan.campaigns[0].objective.clone().unwrap();
    let index = plan
        .objectives
        .iter()
        .position(|o| o.name == linked)
        .unwrap();
    let edit = delete::delete(&plan, Section::Objectives, index, Lang::En).unwrap();
    assert_eq!(edit.plan.campaigns[0].objective, None);
}

#[test]
fn the_brand_is_edited_and_never_deleted() {
    let mut screen = screen();
    screen.section = Section::Brand;
    assert_eq!(press(&mut screen, KeyCode::Char('d')), PlanAction::None);
    press(&mut screen, KeyCode::Char('e'));
    for _ in 0..3 {
        press(&mut screen, KeyCode::Tab);
    }
    clear(&mut screen);
    type_text(&mut screen, "45");
    let edit = stored(save(&mut screen));
    assert_eq!(edit.plan.brand.response_target_minutes, Some(45));
}

#[test]
fn changing_week_asks_for_a_new_measure_and_t_comes_back() {
    let mut screen = screen();
    assert_eq!(press(&mut screen, KeyCode::Char('h')), PlanAction::Measure);
    assert_eq!(
        screen.week_start,
        NaiveDate::from_ymd_opt(2026, 11, 16).unwrap()
    );
    assert_eq!(press(&mut screen, KeyCode::Char('t')), PlanAction::Measure);
    assert_eq!(screen.week_start, screen.current_week);
    assert_eq!(press(&mut screen, KeyCode::Char('t')), PlanAction::None);
}

#[test]
fn the_utm_builder_fills_the_campaigns_tags_and_reports_the_link() {
    let mut screen = screen();
    screen.section = Section::Campaigns;
    press(&mut screen, KeyCode::Char('L'));
    type_text(&mut screen, "cafelanora.es/navidad");
    let action = press(&mut screen, KeyCode::Enter);
    assert_eq!(
        action,
        PlanAction::None,
        "Enter on the first field moves on"
    );
    let link = screen.link.as_ref().unwrap();
    let campaign = &screen.plan.campaigns[0];
    let url = utm::from_form(link, Lang::En).unwrap();
    assert!(
        url.starts_with("https://cafelanora.es/navidad?utm_source=")
            && url.contains(&format!("utm_campaign={}", campaign.utm_campaign)),
        "{url}"
    );
    assert_eq!(link.note, None);
    assert_eq!(save(&mut screen), PlanAction::Copy(url));
    assert!(
        screen.link.is_some(),
        "the builder stays open so the link can be copied"
    );
    press(&mut screen, KeyCode::Esc);
    assert!(screen.link.is_none());
}

#[test]
fn every_section_reads_back_the_values_its_form_was_built_with_in_both_languages() {
    let (plan, channels) = (example(), channels());
    for lang in Lang::ALL {
        let ctx = ctx_in(&plan, &channels, lang);
        for section in Section::ALL {
            let len = section.len(&plan);
            assert!(len > 0, "the example plan fills {section:?}");
            for i in 0..len {
                let index = section.is_list().then_some(i);
                let form = entries::form(&ctx, section, index);
                let mut keys: Vec<&str> = form.fields.iter().map(|f| f.key).collect();
                keys.sort_unstable();
                keys.dedup();
                assert_eq!(keys.len(), form.fields.len(), "{section:?} repeats a key");
                let edit = entries::apply(&ctx, section, index, &form).unwrap_or_else(|errors| {
                    panic!("{lang:?} {section:?} #{i} unchanged: {errors:?}")
                });
                assert_eq!(
                    edit.plan, plan,
                    "{lang:?} {section:?} #{i} submitted unchanged"
                );
                assert_eq!(edit.index, i, "{section:?} #{i} stays where it was");
                assert!(edit.renames.is_empty(), "{section:?} #{i} renames nothing");
            }
        }
    }
}

#[test]
fn every_form_label_and_option_of_the_plan_is_in_both_catalogues() {
    let (plan, channels) = (example(), channels());
    for lang in Lang::ALL {
        let ctx = ctx_in(&plan, &channels, lang);
        for section in Section::ALL {
            let form = entries::form(&ctx, section, None);
            for field in &form.fields {
                assert!(
                    !field.label.starts_with("plan-field-"),
                    "{lang:?} {section:?}: `{}` has no label",
                    field.key
                );
            }
        }
    }
    let missing: Vec<String> = crate::i18n::missing_messages()
        .into_iter()
        .filter(|m| m.contains("plan-"))
        .collect();
    assert!(missing.is_empty(), "missing from a catalogue: {missing:?}");
}

#[test]
fn a_spanish_form_shows_numbers_the_spanish_way_and_words_its_mistakes_in_spanish() {
    let (plan, channels) = (example(), channels());
    let ctx = ctx_in(&plan, &channels, Lang::Es);
    let mut form = entries::form(&ctx, Section::Campaigns, Some(0));
    assert_eq!(form.fields[0].label, "Nombre");
    let budget = form.text("budget");
    assert!(budget.contains(',') && !budget.contains('.'), "{budget}");
    retype(&mut form, "budget", "doce");
    retype(&mut form, "conversions", "1,5");
    let errors = entries::apply(&ctx, Section::Campaigns, Some(0), &form).unwrap_err();
    assert_eq!(
        errors,
        vec![
            (
                "budget",
                "«doce» no es un número (como 1.234,5 o 1,234.5)".to_string()
            ),
            (
                "conversions",
                "«1,5» no es un número entero (como 1.200 o 1200)".to_string()
            ),
        ]
    );
    retype(&mut form, "budget", "1.200");
    retype(&mut form, "conversions", "7");
    let edit = entries::apply(&ctx, Section::Campaigns, Some(0), &form).unwrap();
    assert_eq!(edit.plan.campaigns[0].budget, 1200.0);
    assert_eq!(
        edit.notes,
        vec!["Presupuesto (€): «1.200» se ha leído como 1200 (el punto separa los miles)"]
    );
}

/// Replaces what field `key` of `form` holds, as if the user had typed `text` in it.
fn retype(form: &mut Form, key: &str, text: &str) {
    let field = form.fields.iter_mut().find(|f| f.key == key).unwrap();
    field.kind = crate::panes::form::FieldKind::Text(text.to_string());
}

/// What the entry forms read on Monday 23 November 2026, in `lang`.
fn ctx_in<'a>(plan: &'a Plan, channels: &'a [String], lang: Lang) -> entries::Ctx<'a> {
    entries::Ctx {
        plan,
        channels,
        today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        lang,
    }
}
