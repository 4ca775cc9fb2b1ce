//! The report's sections on the channels' activity: publishing, engagement, audience and
//! community. Pure, like [`super::sections`]: figures formatted once, outside text raw.

use super::cells::{channel_table, row, signed};
use super::model::{Block, Cell, Column, Line, Piece, Section, Show, Table};
use crate::clock::Clock;
use crate::domain::report::{Report, bar};
use crate::domain::week::{median, ratio};
use crate::format::{count, delta, minutes, percent};

/// Posts planned and published per channel, then per pillar against its target share.
pub(super) fn publishing(r: &Report) -> Section {
    let mut section = Section::new("Publishing", ": posts planned and published per channel");
    let most = r.channels.iter().map(|c| c.published).max().unwrap_or(0);
    let columns = vec![
        Column::text("Channel"),
        Column::figure("Planned", "planned"),
        Column::figure("Published", "published"),
        Column::figure("Change", "").only(Show::Document),
        Column::remark(),
    ];
    let table = channel_table(
        r,
        columns,
        |c| {
            vec![
                Cell::own(count(c.planned)),
                Cell::own(count(c.published)),
                Cell::own(signed(c.published, c.published_before)),
                Cell::own(format!(
                    "{} {}",
                    delta(c.published, c.published_before),
                    bar(c.published, most, 12)
                )),
            ]
        },
        vec![
            Cell::own(count(r.this.posts_planned)),
            Cell::own(count(r.this.posts_published)),
            Cell::own(signed(r.this.posts_published, r.before.posts_published)),
            Cell::own(format!(
                "{} vs last week",
                delta(r.this.posts_published, r.before.posts_published)
            )),
        ],
    );
    section.push(Block::Table(Show::Both, table));
    section.push(Block::formula(
        Show::Pane,
        "planned = scheduled in the week, any status but cancelled; published = published in the week",
    ));
    let total: i64 = r.pillars.iter().map(|p| p.posts).sum();
    let rows = r
        .pillars
        .iter()
        .map(|p| {
            let share = ratio(p.posts, total);
            let gap = match (share, p.target) {
                (Some(s), Some(t)) if (s - t).abs() >= 0.10 => {
                    if s > t {
                        "▲ over target"
                    } else {
                        "▼ under target"
                    }
                }
                _ => "",
            };
            row(vec![
                Cell::outside(&p.name),
                Cell::own(
                    p.target
                        .map_or("—".to_string(), |t| format!("{:.0}%", t * 100.0)),
                ),
                Cell::own(count(p.posts)),
                Cell::own(percent(share)),
                Cell::own(format!("{} {gap}", bar(p.posts, total, 12))),
            ])
        })
        .collect();
    let columns = vec![
        Column::text("Pillar"),
        Column::figure("Target share", "target"),
        Column::figure("Posts planned", "posts"),
        Column::figure("Actual share", "share"),
        Column::remark(),
    ];
    let show = if r.pillars.is_empty() {
        Show::Document
    } else {
        Show::Both
    };
    section.push(Block::Table(show, Table { columns, rows }));
    section.formulas(
        "pillar share = the pillar's posts planned ÷ all posts planned in the week",
        "Planned = posts scheduled in the period, any status but cancelled; actual share = the pillar's posts ÷ all posts planned.",
    );
    section
}

/// The change of a rate in points: `+0.4 pts`, or `None` without both rates.
fn points(now: Option<f64>, before: Option<f64>) -> Option<String> {
    match (now, before) {
        (Some(a), Some(b)) => Some(format!("{:+.1} pts", (a - b) * 100.0)),
        _ => None,
    }
}

/// Impressions, reach, interactions and the engagement rate against the period before, then
/// the top and bottom posts.
pub(super) fn engagement(r: &Report, clock: &Clock) -> Section {
    let mut section = Section::new("Engagement", ": posts published this week, latest metrics");
    let (t, b) = (&r.this, &r.before);
    let figure = |name: &str, now: i64, before: i64| {
        row(vec![
            Cell::own(name).on_pane(name.to_lowercase()),
            Cell::own(count(now)),
            Cell::own(count(before)),
            Cell::own(signed(now, before)),
            Cell::own(format!("{} vs last week", delta(now, before))),
        ])
    };
    let change = points(t.engagement_rate(), b.engagement_rate());
    let rows = vec![
        figure("Impressions", t.impressions, b.impressions),
        figure("Reach", t.reach, b.reach),
        figure("Interactions", t.interactions, b.interactions),
        row(vec![
            Cell::own("Engagement rate").on_pane("engagement rate"),
            Cell::own(percent(t.engagement_rate())),
            Cell::own(percent(b.engagement_rate())),
            Cell::own(change.clone().unwrap_or_else(|| "no data".to_string())),
            Cell::own(change.map_or("vs last week: no data".to_string(), |c| {
                format!("{c} vs last week")
            })),
        ]),
    ];
    let columns = vec![
        Column::text("Figure"),
        Column::figure("This period", ""),
        Column::figure("Period before", "").only(Show::Document),
        Column::figure("Change", "").only(Show::Document),
        Column::remark(),
    ];
    section.push(Block::Table(Show::Both, Table { columns, rows }));
    section.formulas(
        "engagement rate = (likes + comments + shares + saves) ÷ impressions (reach when impressions are missing)",
        "Engagement rate = (likes + comments + shares + saves) ÷ impressions (reach when impressions are missing), latest metrics of the posts published in the period.",
    );
    for (title, pane_title, posts) in [
        ("Top posts", "top 3", &r.top_posts),
        ("Bottom posts", "bottom 3", &r.bottom_posts),
    ] {
        section.push(Block::Subheading(Show::Document, title.to_string()));
        if posts.is_empty() {
            section.push(Block::Line(
                Show::Document,
                Line::own("No published posts with metrics."),
            ));
            continue;
        }
        section.push(Block::Line(Show::Pane, Line::dim(pane_title)));
        let rows = posts
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let at = p.published_at.map(|at| clock.local(at));
                let rate = percent(p.rate);
                let link = p.url.as_deref().map_or(Cell::own("—"), |url| {
                    Cell::of(vec![Piece::link("open", url)])
                });
                row(vec![
                    Cell::own((i + 1).to_string()),
                    Cell::outside(&p.channel),
                    Cell::own(at.map_or("—".to_string(), |at| {
                        at.format("%a %d %b %H:%M").to_string()
                    })),
                    Cell::of(vec![Piece::excerpt(&p.body, 80)]),
                    Cell::own(count(p.interactions)),
                    Cell::own(rate.clone()),
                    link,
                    Cell::of(vec![
                        Piece::own(format!("{rate} ")),
                        Piece::outside(&p.channel),
                        Piece::own(format!(
                            " {}",
                            at.map_or(String::new(), |at| at.format("%a %H:%M").to_string())
                        )),
                    ]),
                    Cell::of(vec![Piece::excerpt(&p.body, 70)]),
                ])
            })
            .collect();
        let columns = vec![
            Column::figure("#", "").only(Show::Document),
            Column::text("Channel").only(Show::Document),
            Column::text("Published").only(Show::Document),
            Column::text("Post").only(Show::Document),
            Column::figure("Interactions", "").only(Show::Document),
            Column::figure("Engagement", "").only(Show::Document),
            Column::text("Link").only(Show::Document),
            Column::text("").only(Show::Pane),
            Column::remark(),
        ];
        section.push(Block::Table(Show::Both, Table { columns, rows }));
    }
    if r.top_posts.is_empty() {
        section.push(Block::Line(
            Show::Pane,
            Line::dim("No published posts with metrics this week."),
        ));
    }
    section
}

/// Followers per channel at the start and end of the period.
pub(super) fn audience(r: &Report) -> Section {
    let mut section = Section::new("Audience", ": followers per channel");
    let show = |f: Option<i64>| Cell::own(f.map_or("no data".to_string(), count));
    let growth = |start: Option<i64>, end: Option<i64>| match (start, end) {
        (Some(s), Some(e)) => Cell::own(signed(e, s)).on_pane(format!("{:+}", e - s)),
        _ => Cell::own("no data"),
    };
    let columns = vec![
        Column::text("Channel"),
        Column::figure("Followers at start", "start"),
        Column::figure("At end", "end"),
        Column::figure("Growth", "growth"),
    ];
    let t = &r.this;
    let table = channel_table(
        r,
        columns,
        |c| {
            vec![
                show(c.followers_start),
                show(c.followers_end),
                growth(c.followers_start, c.followers_end),
            ]
        },
        vec![
            show(t.followers_start),
            show(t.followers_end),
            growth(t.followers_start, t.followers_end),
        ],
    );
    section.push(Block::Table(Show::Both, table));
    section.push(Block::formula(
        Show::Pane,
        "followers = latest audience snapshot on or before the day; start = the day before the week",
    ));
    section
}

/// Messages received and answered per channel, with first-response times against the target.
pub(super) fn community(r: &Report) -> Section {
    let target = f64::from(r.target_minutes);
    let mut section = Section::new(
        "Community",
        format!(
            ": messages and first responses (target {})",
            minutes(Some(target))
        ),
    );
    let within = |m: &[f64]| {
        ratio(
            m.iter().filter(|v| **v <= target).count() as i64,
            m.len() as i64,
        )
    };
    let slowest = |m: &[f64]| m.iter().copied().reduce(f64::max);
    let figures = |received: i64, answered: i64, m: &[f64], remark: String| {
        vec![
            Cell::own(count(received)),
            Cell::own(count(answered)),
            Cell::own(minutes(median(m))),
            Cell::own(minutes(slowest(m))),
            Cell::own(percent(within(m))),
            Cell::own(remark),
        ]
    };
    let columns = vec![
        Column::text("Channel"),
        Column::figure("Received", "received"),
        Column::figure("Answered", "answered"),
        Column::figure("Median first response", "median"),
        Column::figure("Slowest", "slowest"),
        Column::figure(format!("Within {}", minutes(Some(target))), "in target"),
        Column::remark(),
    ];
    let remark = format!(
        "{} received vs last week",
        delta(r.this.messages_received, r.before.messages_received)
    );
    let table = channel_table(
        r,
        columns,
        |c| {
            let m = &c.response_minutes;
            figures(c.received, m.len() as i64, m, String::new())
        },
        figures(
            r.this.messages_received,
            r.this.messages_answered,
            &r.this.response_minutes,
            remark,
        ),
    );
    section.push(Block::Table(Show::Both, table));
    section.formulas(
        "first response = first reply − received (open hours only with business hours); over messages received this week",
        "First response = first reply − received (open hours only when business hours are set), over the messages received in the period and answered.",
    );
    section
}
