//! Calendar flows driven by keys through `App::update` on the demo brand, checked in the database.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{count, ctrl, demo_app, press, screen, type_text};
use crossterm::event::KeyCode;

fn posts(app: &mut cmdeck::app::App) -> i64 {
    count(app, "SELECT COUNT(*) FROM posts")
}

#[test]
fn composing_one_post_for_two_channels_schedules_two_posts_at_the_local_time() {
    let mut app = demo_app();
    let before = posts(&mut app);
    press(&mut app, KeyCode::Char('n'));
    assert!(screen(&app).contains("New post"));
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "¡Cata de Navidad el sábado! ☕🎄");
    assert!(
        screen(&app).contains("/280"),
        "a live counter against X's limit"
    );
    press(&mut app, KeyCode::Tab);
    for _ in 0..10 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "2026-11-28");
    press(&mut app, KeyCode::Tab);
    for _ in 0..5 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "18:30");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Right);
    ctrl(&mut app, 's');
    assert!(
        app.panes.calendar.form().is_none(),
        "the form closes once saved: {:?}",
        app.message
    );
    assert_eq!(posts(&mut app), before + 2);
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM posts WHERE scheduled_at = '2026-11-28T18:30:00Z' AND status = 'scheduled' AND body LIKE '¡Cata%'"
        ),
        2
    );
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(posts(&mut app), before, "undo takes both back");
}

#[test]
fn a_time_out_of_range_keeps_the_form_open_and_saves_nothing() {
    let mut app = demo_app();
    let before = posts(&mut app);
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Hola");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    for _ in 0..5 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "25:61");
    ctrl(&mut app, 's');
    assert!(app.panes.calendar.form().is_some());
    assert!(screen(&app).contains("is not a time"));
    assert_eq!(posts(&mut app), before);
    press(&mut app, KeyCode::Esc);
    assert!(app.panes.calendar.form().is_none());
    assert_eq!(posts(&mut app), before);
}

#[test]
fn a_post_over_the_channel_limit_is_not_scheduled() {
    let mut app = demo_app();
    let before = posts(&mut app);
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, &"ñ".repeat(281));
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Right);
    ctrl(&mut app, 's');
    assert!(screen(&app).contains("over the limit of 280"));
    assert_eq!(posts(&mut app), before);
}

/// Moves down the agenda to the first post planned for later today or after, still scheduled.
fn select_upcoming(app: &mut cmdeck::app::App) -> i64 {
    for _ in 0..20 {
        let row = app.panes.calendar.agenda().selected_row().cloned().unwrap();
        if row.status == cmdeck::domain::PostStatus::Scheduled
            && row.scheduled_at.is_some_and(|t| t > common::now())
        {
            return row.id;
        }
        press(app, KeyCode::Char('j'));
    }
    panic!("no upcoming scheduled post in the agenda");
}

#[test]
fn rescheduling_by_day_and_hour_then_undo_restores_the_time() {
    let mut app = demo_app();
    let id = select_upcoming(&mut app);
    let sql =
        format!("SELECT CAST(strftime('%s', scheduled_at) AS INTEGER) FROM posts WHERE id = {id}");
    let before = count(&mut app, &sql);
    press(&mut app, KeyCode::Char('>'));
    press(&mut app, KeyCode::Char('+'));
    assert_eq!(count(&mut app, &sql), before + 25 * 3600);
    assert_eq!(
        app.panes.calendar.agenda().selected_row().map(|r| r.id),
        Some(id),
        "the moved post stays selected"
    );
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(
        count(&mut app, &sql),
        before + 24 * 3600,
        "undo takes back the last move only"
    );
}

#[test]
fn deleting_asks_first_and_undo_brings_the_post_back() {
    let mut app = demo_app();
    let before = posts(&mut app);
    press(&mut app, KeyCode::Char('d'));
    assert!(screen(&app).contains("Delete this"));
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(posts(&mut app), before);
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(posts(&mut app), before - 1);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(posts(&mut app), before);
}

#[test]
fn publishing_with_a_url_then_entering_metrics_is_recorded() {
    let mut app = demo_app();
    let id = select_upcoming(&mut app);
    press(&mut app, KeyCode::Char('p'));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "javascript:alert(1)");
    ctrl(&mut app, 's');
    assert!(screen(&app).contains("must start with https://"));
    for _ in 0.."javascript:alert(1)".len() {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "https://x.com/cafelanora/status/42");
    ctrl(&mut app, 's');
    assert_eq!(
        count(
            &mut app,
            &format!(
                "SELECT COUNT(*) FROM posts WHERE id = {id} AND status = 'published' AND url LIKE '%/42'"
            )
        ),
        1
    );
    assert_eq!(
        app.panes.calendar.agenda().selected_row().map(|r| r.id),
        Some(id),
        "the published post stays selected"
    );
    press(&mut app, KeyCode::Char('m'));
    type_text(&mut app, "1.500");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "60");
    ctrl(&mut app, 's');
    assert_eq!(
        count(
            &mut app,
            &format!(
                "SELECT impressions * 1000 + likes FROM post_metrics WHERE post_id = {id} ORDER BY id DESC LIMIT 1"
            )
        ),
        1_500_060
    );
}

#[test]
fn add_to_queue_schedules_a_draft_in_its_channels_next_free_slot() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('f'));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    ctrl(&mut app, 's');
    let draft = app
        .panes
        .calendar
        .agenda()
        .selected_row()
        .cloned()
        .expect("a draft");
    assert_eq!(draft.status, cmdeck::domain::PostStatus::Draft);
    press(&mut app, KeyCode::Char('a'));
    assert!(
        app.message
            .as_deref()
            .unwrap_or_default()
            .starts_with("Queued for"),
        "{:?}",
        app.message
    );
    let slots = count(&mut app, &format!(
        "SELECT COUNT(*) FROM posts p JOIN channel_plan cp ON cp.channel_id = p.channel_id
         WHERE p.id = {} AND p.status = 'scheduled'
           AND instr(cp.slots, lower(substr('SunMonTueWedThuFriSat', 1 + 3 * CAST(strftime('%w', p.scheduled_at) AS INTEGER), 3)) || ' ' || strftime('%H:%M', p.scheduled_at)) > 0",
        draft.id
    ));
    assert_eq!(slots, 1, "the post sits on one of its channel's slots");
}

#[test]
fn evergreen_refill_fills_empty_slots_and_undo_removes_the_copies() {
    let mut app = demo_app();
    let before = posts(&mut app);
    press(&mut app, KeyCode::Char('E'));
    let copies = count(
        &mut app,
        "SELECT COUNT(*) FROM posts WHERE repeat_of IS NOT NULL",
    );
    assert!(copies > 0, "{:?}", app.message);
    assert_eq!(posts(&mut app), before + copies);
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(posts(&mut app), before);
}

#[test]
fn the_best_time_heat_map_reads_the_brands_history() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('b'));
    let map = app
        .panes
        .calendar
        .heatmap()
        .cloned()
        .expect("the heat map is computed");
    assert!(!map.is_thin());
    assert!(screen(&app).contains("Best:"));
    press(&mut app, KeyCode::Esc);
    assert!(!app.panes.calendar.shows_heatmap());
}

#[test]
fn the_week_and_month_views_load_only_their_period() {
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('v'));
    let week = app
        .panes
        .calendar
        .period()
        .cloned()
        .expect("the week is loaded");
    assert_eq!((week.last - week.first).num_days(), 6);
    assert!(week.posts.iter().all(|p| {
        p.scheduled_at
            .is_some_and(|t| t.date_naive() >= week.first && t.date_naive() <= week.last)
    }));
    press(&mut app, KeyCode::Char('v'));
    let month = app
        .panes
        .calendar
        .period()
        .cloned()
        .expect("the month is loaded");
    assert_eq!((month.last - month.first).num_days(), 41);
    press(&mut app, KeyCode::Char('L'));
    let next = app.panes.calendar.period().cloned().unwrap();
    assert!(next.first > month.first);
}

#[test]
fn with_evergreen_auto_on_the_desk_refills_empty_slots_when_it_opens_and_says_so() {
    let mut db = cmdeck::db::Db::open_in_memory().unwrap();
    cmdeck::demo::populate(&mut db, common::now()).unwrap();
    let mut config = cmdeck::config::Config::default();
    config.calendar.evergreen_auto = true;
    let mut app = cmdeck::app::App::new(
        db,
        &config,
        cmdeck::clock::Clock::fixed(common::now()),
        (120, 40),
    );
    assert!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM posts WHERE repeat_of IS NOT NULL"
        ) > 0
    );
    assert!(
        app.message
            .as_deref()
            .unwrap_or_default()
            .starts_with("Automatically: Re-queued"),
        "{:?}",
        app.message
    );
    let copies = count(
        &mut app,
        "SELECT COUNT(*) FROM posts WHERE repeat_of IS NOT NULL",
    );
    app.update(cmdeck::app::AppEvent::Tick(
        common::now() + chrono::Duration::minutes(1),
    ));
    assert_eq!(
        count(
            &mut app,
            "SELECT COUNT(*) FROM posts WHERE repeat_of IS NOT NULL"
        ),
        copies,
        "not again within the same day"
    );
}

#[test]
fn in_spanish_the_composer_and_its_mistakes_read_in_spanish() {
    let mut db = cmdeck::db::Db::open_in_memory().unwrap();
    cmdeck::demo::populate(&mut db, common::now()).unwrap();
    let mut config = cmdeck::config::Config::default();
    config.general.language = Some(cmdeck::i18n::Lang::Es);
    let mut app = cmdeck::app::App::new(
        db,
        &config,
        cmdeck::clock::Clock::fixed(common::now()),
        (120, 40),
    );
    assert!(screen(&app).contains("Calendario — agenda desde lun 23 nov 2026"));
    press(&mut app, KeyCode::Char('n'));
    assert!(screen(&app).contains("Nueva publicación"));
    ctrl(&mut app, 's');
    let shown = screen(&app);
    assert!(shown.contains("elige al menos un canal"), "{shown}");
    assert!(!shown.contains("choose at least one channel"), "{shown}");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('v'));
    assert!(screen(&app).contains("Calendario — semana desde"));
}
