//! Snapshots of the Calendar pane's view drawn alone, from hand-written posts, lookups and
//! figures: no app and no database.

#![allow(clippy::unwrap_used)]

use super::{CalendarData, CalendarPane, CalendarPaneView};
use crate::clock::Clock;
use crate::domain::calendar::Lookups;
use crate::domain::post::ChannelInfo;
use crate::domain::rows::PostRow;
use crate::domain::strategy::{CalendarStrategy, CampaignLine, ChannelPace, PillarLine};
use crate::domain::{Network, PostStatus};
use crate::panes::Context;
use chrono::{NaiveDate, TimeZone, Utc};
use ratatui::widgets::Widget;

fn clock() -> Clock {
    Clock::fixed(Utc.with_ymd_and_hms(2026, 11, 23, 8, 30, 0).unwrap())
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

fn post(id: i64, d: u32, hour: u32, status: PostStatus, body: &str) -> PostRow {
    PostRow {
        id,
        channel_id: 1,
        network: Network::X,
        channel: "@nora".into(),
        body: body.into(),
        status,
        scheduled_at: Some(Utc.with_ymd_and_hms(2026, 11, d, hour, 0, 0).unwrap()),
        published_at: None,
        url: None,
        campaign: Some("Winter menu".into()),
        pillar: Some("Behind the bar".into()),
        persona: None,
        evergreen: id == 2,
        notes: String::new(),
        impressions: None,
        reach: None,
        interactions: None,
    }
}

fn lookups() -> Lookups {
    Lookups {
        channels: vec![ChannelInfo {
            id: 1,
            network: Network::X,
            handle: "@nora".into(),
            char_limit: 280,
            slots: String::new(),
        }],
        campaigns: vec![(1, "Winter menu".into())],
        pillars: vec![(1, "Behind the bar".into())],
        personas: vec![(1, "Regulars".into())],
    }
}

fn pane() -> CalendarPane {
    let ctx = Context {
        clock: clock(),
        page: 20,
        lang: crate::i18n::Lang::En,
    };
    let mut pane = CalendarPane::default();
    pane.set_height(20);
    pane.set_today(day(23));
    pane.agenda_mut().receive(
        3,
        0,
        vec![
            post(1, 23, 10, PostStatus::Scheduled, "Hot chocolate is back"),
            post(2, 24, 12, PostStatus::Draft, "Meet our new barista"),
            post(3, 26, 18, PostStatus::Idea, "Quiz night recap"),
        ],
    );
    pane.receive(
        CalendarData::Strategy(CalendarStrategy {
            campaigns: vec![CampaignLine {
                name: "Winter menu".into(),
                starts_on: day(1),
                ends_on: day(30),
                budget_cents: 50_000,
                spent_cents: 12_000,
                conversions: 14,
                revenue_cents: 90_000,
                posts: 6,
                objective_id: None,
            }],
            pillars: vec![PillarLine {
                name: "Behind the bar".into(),
                colour: "amber".into(),
                target_share: 0.4,
                posts: 3,
            }],
            period: Some((day(23), day(29))),
            channels: vec![ChannelPace {
                network: Network::X,
                channel: "@nora".into(),
                role: "news".into(),
                planned_per_week: 3.0,
                this_week: 1,
                tone: "warm".into(),
            }],
        }),
        &ctx,
    );
    pane
}

fn render(pane: &CalendarPane, strategy: bool, height: u16) -> String {
    crate::ui::testing::screen(100, height, clock(), strategy, |ctx, area, buf| {
        CalendarPaneView::new(pane, ctx).render(area, buf)
    })
}

#[test]
fn the_agenda_lists_each_post_with_its_time_channel_and_status() {
    insta::assert_snapshot!(render(&pane(), false, 24));
}

#[test]
fn the_strategy_face_shows_campaigns_pillar_mix_and_channel_pace() {
    insta::assert_snapshot!(render(&pane(), true, 24));
}

#[test]
fn the_composer_opens_on_the_next_hour_with_the_best_time_note() {
    let mut pane = pane();
    let ctx = Context {
        clock: clock(),
        page: 20,
        lang: crate::i18n::Lang::En,
    };
    pane.receive(
        CalendarData::Composer {
            lookups: lookups(),
            note: "Best free times: Tue 24 12:00".into(),
        },
        &ctx,
    );
    insta::assert_snapshot!(render(&pane, false, 34));
}

fn render_es(pane: &CalendarPane, strategy: bool, height: u16) -> String {
    crate::ui::testing::screen_in(
        crate::i18n::Lang::Es,
        100,
        height,
        clock(),
        strategy,
        |ctx, area, buf| CalendarPaneView::new(pane, ctx).render(area, buf),
    )
}

fn spanish_context() -> Context {
    Context {
        clock: clock(),
        page: 20,
        lang: crate::i18n::Lang::Es,
    }
}

/// The pane in the week or month view, with the agenda's posts (and one overdue) loaded.
fn pane_in(view: super::View) -> CalendarPane {
    let mut pane = pane();
    pane.view = view;
    let (first, last) = pane.visible_range().unwrap();
    pane.period = Some(super::Period {
        first,
        last,
        posts: vec![
            post(4, 23, 7, PostStatus::Scheduled, "Breakfast menu"),
            post(1, 23, 10, PostStatus::Scheduled, "Hot chocolate is back"),
            post(2, 24, 12, PostStatus::Draft, "Meet our new barista"),
            post(5, 24, 12, PostStatus::Scheduled, "Lunch special"),
            post(3, 26, 18, PostStatus::Idea, "Quiz night recap"),
        ],
    });
    pane
}

fn spanish_agenda() -> String {
    render_es(&pane(), false, 24)
}

fn spanish_week() -> String {
    render_es(&pane_in(super::View::Week), false, 30)
}

fn spanish_month() -> String {
    render_es(&pane_in(super::View::Month), false, 34)
}

fn spanish_detail() -> String {
    let mut pane = pane();
    let mut published = post(6, 20, 9, PostStatus::Published, "Pumpkin latte is here");
    published.published_at = published.scheduled_at;
    published.url = Some("https://x.com/nora/status/1".into());
    published.impressions = Some(12_480);
    published.reach = Some(9_310);
    published.interactions = Some(275);
    published.notes = "Repeat in spring".into();
    pane.agenda_mut().receive(1, 0, vec![published]);
    pane.agenda_mut().detail = true;
    render_es(&pane, false, 24)
}

fn spanish_composer() -> String {
    let mut pane = pane();
    pane.receive(
        CalendarData::Composer {
            lookups: lookups(),
            note: "Mejores horas libres: mar 24 12:00".into(),
        },
        &spanish_context(),
    );
    render_es(&pane, false, 34)
}

fn spanish_metrics_form() -> String {
    let mut pane = pane();
    pane.receive(
        CalendarData::Metrics {
            id: 1,
            latest: None,
        },
        &spanish_context(),
    );
    render_es(&pane, false, 24)
}

fn spanish_strategy() -> String {
    render_es(&pane(), true, 24)
}

#[test]
fn the_agenda_reads_in_spanish() {
    insta::assert_snapshot!(spanish_agenda());
}

#[test]
fn the_week_grid_reads_in_spanish() {
    insta::assert_snapshot!(spanish_week());
}

#[test]
fn the_month_grid_reads_in_spanish() {
    insta::assert_snapshot!(spanish_month());
}

#[test]
fn a_post_detail_reads_in_spanish_with_its_figures_in_spanish_format() {
    insta::assert_snapshot!(spanish_detail());
}

#[test]
fn the_composer_reads_in_spanish() {
    insta::assert_snapshot!(spanish_composer());
}

#[test]
fn the_metrics_form_reads_in_spanish() {
    insta::assert_snapshot!(spanish_metrics_form());
}

#[test]
fn the_strategy_face_reads_in_spanish() {
    insta::assert_snapshot!(spanish_strategy());
}

#[test]
fn drawing_the_calendar_in_spanish_asks_for_no_missing_calendar_message() {
    for screen in [
        spanish_agenda(),
        spanish_week(),
        spanish_month(),
        spanish_detail(),
        spanish_composer(),
        spanish_metrics_form(),
        spanish_strategy(),
    ] {
        assert!(!screen.is_empty());
    }
    let missing: Vec<String> = crate::i18n::missing_messages()
        .into_iter()
        .filter(|m| m.contains("calendar-"))
        .collect();
    assert!(missing.is_empty(), "{missing:?}");
}

fn spanish_heatmap() -> String {
    use crate::analytics::best_time::Cell;
    let mut cells = [[None; 24]; 7];
    cells[0][9] = Some(Cell {
        rate: 0.042,
        posts: 3,
    });
    cells[2][13] = Some(Cell {
        rate: 0.031,
        posts: 1,
    });
    cells[4][18] = Some(Cell {
        rate: 0.055,
        posts: 4,
    });
    let mut pane = pane();
    pane.show_heatmap = true;
    pane.receive(
        CalendarData::Heatmap(Box::new(crate::analytics::Heatmap {
            cells,
            posts_used: 8,
            weeks: 16,
            min_posts: 1,
        })),
        &spanish_context(),
    );
    render_es(&pane, false, 24)
}

#[test]
fn the_best_time_map_reads_in_spanish() {
    insta::assert_snapshot!(spanish_heatmap());
    let missing: Vec<String> = crate::i18n::missing_messages()
        .into_iter()
        .filter(|m| m.contains("calendar-"))
        .collect();
    assert!(missing.is_empty(), "{missing:?}");
}

#[test]
fn the_filter_form_reads_in_spanish() {
    let mut pane = pane();
    pane.receive(CalendarData::Filter(lookups()), &spanish_context());
    insta::assert_snapshot!(render_es(&pane, false, 16));
}
