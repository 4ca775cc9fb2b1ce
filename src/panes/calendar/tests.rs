//! Calendar pane state: views, the cursor, selection and the requests its keys make.

use super::*;
use crate::domain::Network;
use chrono::{TimeZone, Utc};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

fn post(id: i64, day: u32, hour: u32, status: PostStatus) -> PostRow {
    PostRow {
        id,
        channel_id: 1,
        network: Network::X,
        channel: "@nora".into(),
        body: format!("post {id}").into(),
        status,
        scheduled_at: Some(Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()),
        published_at: None,
        url: None,
        campaign: None,
        pillar: None,
        persona: None,
        evergreen: false,
        notes: String::new(),
        impressions: None,
        reach: None,
        interactions: None,
    }
}

fn local(post: &PostRow) -> Option<NaiveDate> {
    post.scheduled_at.map(|t| t.date_naive())
}

fn pane_on(view: View) -> CalendarPane {
    let mut pane = CalendarPane {
        view,
        today: Some(day(23)),
        agenda_page_height: 10,
        ..Default::default()
    };
    pane.set_cursor(day(23));
    pane
}

#[test]
fn the_view_key_cycles_agenda_week_and_month() {
    let mut pane = pane_on(View::Agenda);
    pane.handle(Command::CycleView, local);
    assert_eq!(pane.view, View::Week);
    pane.handle(Command::CycleView, local);
    assert_eq!(pane.view, View::Month);
    pane.handle(Command::CycleView, local);
    assert_eq!(pane.view, View::Agenda);
}

#[test]
fn days_and_periods_move_the_cursor_and_t_comes_back_to_today() {
    let mut pane = pane_on(View::Week);
    pane.handle(Command::NextDay, local);
    assert_eq!(pane.cursor, Some(day(24)));
    pane.handle(Command::NextPeriod, local);
    assert_eq!(
        pane.cursor,
        Some(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
    );
    pane.handle(Command::ThisPeriod, local);
    assert_eq!(pane.cursor, Some(day(23)));
    pane.handle(Command::PrevDay, local);
    assert_eq!(pane.cursor, Some(day(22)));
}

#[test]
fn the_month_view_covers_six_weeks_from_the_monday_before_the_first() {
    let pane = pane_on(View::Month);
    let (first, last) = pane.visible_range().unwrap();
    assert_eq!(first, NaiveDate::from_ymd_opt(2026, 10, 26).unwrap());
    assert_eq!(last, NaiveDate::from_ymd_opt(2026, 12, 6).unwrap());
    assert_eq!(pane.wanted_period(), Some((first, last)));
}

#[test]
fn the_week_view_starts_on_sunday_when_the_week_does() {
    let mut pane = pane_on(View::Week);
    pane.week_starts_sunday = true;
    assert_eq!(pane.visible_range().unwrap().0, day(22));
}

#[test]
fn in_the_week_view_j_and_k_choose_among_the_cursor_days_posts() {
    let mut pane = pane_on(View::Week);
    let (first, last) = pane.visible_range().unwrap();
    pane.period = Some(Period {
        first,
        last,
        posts: vec![
            post(1, 23, 9, PostStatus::Scheduled),
            post(2, 23, 12, PostStatus::Draft),
            post(3, 24, 9, PostStatus::Idea),
        ],
    });
    assert_eq!(
        pane.wanted_period(),
        None,
        "a loaded period is not asked for again"
    );
    assert_eq!(pane.selected_post(local).map(|p| p.id), Some(1));
    pane.handle(Command::Down, local);
    pane.handle(Command::Down, local);
    assert_eq!(
        pane.selected_post(local).map(|p| p.id),
        Some(2),
        "the selection stops at the last post of the day"
    );
    pane.handle(Command::NextDay, local);
    assert_eq!(pane.selected_post(local).map(|p| p.id), Some(3));
}

#[test]
fn post_keys_ask_the_app_to_act_on_the_selected_post() {
    let mut pane = pane_on(View::Week);
    let (first, last) = pane.visible_range().unwrap();
    pane.period = Some(Period {
        first,
        last,
        posts: vec![post(7, 23, 9, PostStatus::Scheduled)],
    });
    assert_eq!(
        pane.handle(Command::LaterDay, local),
        Outcome::Request(CalendarRequest::MovePost {
            id: 7,
            days: 1,
            hours: 0
        })
    );
    assert_eq!(
        pane.handle(Command::EarlierHour, local),
        Outcome::Request(CalendarRequest::MovePost {
            id: 7,
            days: 0,
            hours: -1
        })
    );
    assert_eq!(
        pane.handle(Command::Duplicate, local),
        Outcome::Request(CalendarRequest::DuplicatePost(7))
    );
    assert_eq!(
        pane.handle(Command::CancelPost, local),
        Outcome::Request(CalendarRequest::CancelPost(7))
    );
    assert_eq!(
        pane.handle(Command::AddToQueue, local),
        Outcome::Request(CalendarRequest::AddToQueue(7))
    );
    assert!(matches!(
        pane.handle(Command::Delete, local),
        Outcome::Confirm(_, CalendarRequest::DeletePost(7))
    ));
    assert_eq!(
        pane.handle(Command::Metrics, local),
        Outcome::Message("Metrics go on published posts; publish it first.".into())
    );
    assert_eq!(pane.handle(Command::Publish, local), Outcome::Handled);
    assert!(matches!(
        pane.form.as_ref().map(|f| f.purpose),
        Some(FormPurpose::Publish(7))
    ));
}

#[test]
fn post_keys_without_a_post_say_so_instead_of_acting() {
    let mut pane = pane_on(View::Week);
    let (first, last) = pane.visible_range().unwrap();
    pane.period = Some(Period {
        first,
        last,
        posts: Vec::new(),
    });
    assert_eq!(
        pane.handle(Command::Edit, local),
        Outcome::Message("Select a post first.".into())
    );
    assert_eq!(
        pane.handle(Command::New, local),
        Outcome::Request(CalendarRequest::OpenComposer)
    );
}

#[test]
fn moving_the_cursor_restarts_the_agenda_from_that_day() {
    let mut pane = pane_on(View::Agenda);
    pane.agenda
        .receive(1, 0, vec![post(1, 23, 9, PostStatus::Scheduled)]);
    assert_eq!(pane.agenda.wanted(), None);
    pane.handle(Command::NextDay, local);
    assert!(pane.agenda.wanted().is_some());
}

#[test]
fn in_spanish_post_keys_say_so_and_ask_in_spanish() {
    let mut pane = pane_on(View::Week);
    pane.set_lang(Lang::Es);
    let (first, last) = pane.visible_range().unwrap();
    pane.period = Some(Period {
        first,
        last,
        posts: Vec::new(),
    });
    assert_eq!(
        pane.handle(Command::Edit, local),
        Outcome::Message("Selecciona primero una publicación.".into())
    );
    pane.period = Some(Period {
        first,
        last,
        posts: vec![post(7, 23, 10, PostStatus::Scheduled)],
    });
    assert!(matches!(
        pane.handle(Command::Delete, local),
        Outcome::Confirm(question, CalendarRequest::DeletePost(7))
            if question == "¿Borrar esta publicación (programada)?"
    ));
    assert_eq!(pane.handle(Command::Publish, local), Outcome::Handled);
    assert_eq!(
        pane.form.as_ref().map(|f| f.form.title.as_str()),
        Some("Marcar como publicada")
    );
}

#[test]
fn a_cursor_left_on_today_moves_on_with_the_day_and_one_moved_away_stays() {
    let mut pane = pane_on(View::Agenda);
    pane.set_today(day(24));
    assert_eq!(
        pane.cursor(),
        Some(day(24)),
        "past midnight the cursor follows today"
    );
    pane.handle(Command::NextDay, local);
    pane.set_today(day(25));
    assert_eq!(
        pane.cursor(),
        Some(day(25)),
        "the next day is today now: it stays"
    );
    pane.handle(Command::NextDay, local);
    pane.set_today(day(26));
    assert_eq!(pane.cursor(), Some(day(26)), "it was on today again");
    pane.handle(Command::NextDay, local);
    pane.handle(Command::NextDay, local);
    pane.set_today(day(27));
    assert_eq!(pane.cursor(), Some(day(28)), "a day the user chose is kept");
}

#[test]
fn a_post_written_late_in_the_evening_starts_at_the_first_hour_of_tomorrow() {
    let pane = pane_on(View::Agenda);
    let late = Utc.with_ymd_and_hms(2026, 11, 23, 23, 20, 0).unwrap();
    let ctx = Context {
        clock: crate::clock::Clock::fixed(late),
        page: 20,
        lang: crate::i18n::Lang::En,
    };
    assert_eq!(
        pane.composer_time(&ctx),
        Some(day(24).and_hms_opt(0, 0, 0).unwrap()),
        "not 00:00 of the day that is ending"
    );
    let afternoon = Context {
        clock: crate::clock::Clock::fixed(Utc.with_ymd_and_hms(2026, 11, 23, 15, 20, 0).unwrap()),
        ..ctx
    };
    assert_eq!(
        pane.composer_time(&afternoon),
        Some(day(23).and_hms_opt(16, 0, 0).unwrap())
    );
}
