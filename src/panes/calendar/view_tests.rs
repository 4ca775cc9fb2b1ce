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
