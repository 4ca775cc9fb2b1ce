//! The report's sections on the channels' activity: publishing, engagement, audience and
//! community. Pure, like [`super::sections`]: figures formatted once in the report's language,
//! outside text raw.

use super::cells::{channel_table, minutes, row, share, signed, whole_percent};
use super::model::{Block, Cell, Column, Line, Piece, Section, Show, Table};
use crate::clock::Clock;
use crate::domain::report::{Report, bar};
use crate::domain::week::{median, ratio};
use crate::i18n::{Arg, Lang, count, dated, decimal, delta};

/// `▲ 3 vs last week`: a change against the week before, as the pane's remark.
fn versus(lang: Lang, change: &str) -> String {
    lang.text_with("report-vs-last-week", &[("change", Arg::Text(change))])
}

/// Posts planned and published per channel, then per pillar against its target share.
pub(super) fn publishing(r: &Report, lang: Lang) -> Section {
    let mut section = Section::new(
        lang.text("report-publishing"),
        lang.text("report-publishing-aside"),
    );
    let most = r.channels.iter().map(|c| c.published).max().unwrap_or(0);
    let columns = vec![
        Column::text(lang.text("report-column-channel")),
        Column::figure(
            lang.text("report-column-planned"),
            lang.text("report-column-planned-pane"),
        ),
        Column::figure(
            lang.text("report-column-published"),
            lang.text("report-column-published-pane"),
        ),
        Column::figure(lang.text("report-column-change"), "").only(Show::Document),
        Column::remark(),
    ];
    let table = channel_table(
        lang,
        r,
        columns,
        |c| {
            vec![
                Cell::own(count(lang, c.planned)),
                Cell::own(count(lang, c.published)),
                Cell::own(signed(lang, c.published, c.published_before)),
                Cell::own(format!(
                    "{} {}",
                    delta(lang, c.published, c.published_before),
                    bar(c.published, most, 12)
                )),
            ]
        },
        vec![
            Cell::own(count(lang, r.this.posts_planned)),
            Cell::own(count(lang, r.this.posts_published)),
            Cell::own(signed(
                lang,
                r.this.posts_published,
                r.before.posts_published,
            )),
            Cell::own(versus(
                lang,
                &delta(lang, r.this.posts_published, r.before.posts_published),
            )),
        ],
    );
    section.push(Block::Table(Show::Both, table));
    section.push(Block::formula(
        Show::Pane,
        lang.text("report-publishing-formula-pane"),
    ));
    let total: i64 = r.pillars.iter().map(|p| p.posts).sum();
    let rows = r
        .pillars
        .iter()
        .map(|p| {
            let pillar_share = ratio(p.posts, total);
            let gap = match (pillar_share, p.target) {
                (Some(s), Some(t)) if (s - t).abs() >= 0.10 => {
                    if s > t {
                        lang.text("report-pillar-over")
                    } else {
                        lang.text("report-pillar-under")
                    }
                }
                _ => String::new(),
            };
            row(vec![
                Cell::outside(&p.name),
                Cell::own(p.target.map_or("—".to_string(), |t| whole_percent(lang, t))),
                Cell::own(count(lang, p.posts)),
                Cell::own(share(lang, pillar_share)),
                Cell::own(format!("{} {gap}", bar(p.posts, total, 12))),
            ])
        })
        .collect();
    let columns = vec![
        Column::text(lang.text("report-column-pillar")),
        Column::figure(
            lang.text("report-column-target-share"),
            lang.text("report-column-target-share-pane"),
        ),
        Column::figure(
            lang.text("report-column-posts-planned"),
            lang.text("report-column-posts-planned-pane"),
        ),
        Column::figure(
            lang.text("report-column-actual-share"),
            lang.text("report-column-actual-share-pane"),
        ),
        Column::remark(),
    ];
    let show = if r.pillars.is_empty() {
        Show::Document
    } else {
        Show::Both
    };
    section.push(Block::Table(show, Table { columns, rows }));
    section.formulas(
        &lang.text("report-pillar-formula-pane"),
        &lang.text("report-pillar-formula"),
    );
    section
}

/// The change of a rate in points: `+0.4 pts`, or `None` without both rates.
fn points(lang: Lang, now: Option<f64>, before: Option<f64>) -> Option<String> {
    match (now, before) {
        (Some(a), Some(b)) => {
            let change = (a - b) * 100.0;
            let number = decimal(lang, change, 1);
            let signed = if number.starts_with('-') {
                number
            } else {
                format!("+{number}")
            };
            Some(lang.text_with("report-points", &[("points", Arg::Text(&signed))]))
        }
        _ => None,
    }
}

/// Impressions, reach, interactions and the engagement rate against the period before, then
/// the top and bottom posts.
pub(super) fn engagement(r: &Report, clock: &Clock, lang: Lang) -> Section {
    let mut section = Section::new(
        lang.text("report-engagement"),
        lang.text("report-engagement-aside"),
    );
    let (t, b) = (&r.this, &r.before);
    let figure = |name: String, pane: String, now: i64, before: i64| {
        row(vec![
            Cell::own(name).on_pane(pane),
            Cell::own(count(lang, now)),
            Cell::own(count(lang, before)),
            Cell::own(signed(lang, now, before)),
            Cell::own(versus(lang, &delta(lang, now, before))),
        ])
    };
    let change = points(lang, t.engagement_rate(), b.engagement_rate());
    let no_data = lang.text("no-data");
    let rows = vec![
        figure(
            lang.text("report-impressions"),
            lang.text("report-impressions-pane"),
            t.impressions,
            b.impressions,
        ),
        figure(
            lang.text("report-reach"),
            lang.text("report-reach-pane"),
            t.reach,
            b.reach,
        ),
        figure(
            lang.text("report-interactions"),
            lang.text("report-interactions-pane"),
            t.interactions,
            b.interactions,
        ),
        row(vec![
            Cell::own(lang.text("report-engagement-rate"))
                .on_pane(lang.text("report-engagement-rate-pane")),
            Cell::own(share(lang, t.engagement_rate())),
            Cell::own(share(lang, b.engagement_rate())),
            Cell::own(change.clone().unwrap_or_else(|| no_data.clone())),
            Cell::own(change.map_or_else(
                || lang.text("report-vs-last-week-no-data"),
                |c| versus(lang, &c),
            )),
        ]),
    ];
    let columns = vec![
        Column::text(lang.text("report-column-figure")),
        Column::figure(lang.text("report-column-this-period"), ""),
        Column::figure(lang.text("report-column-period-before"), "").only(Show::Document),
        Column::figure(lang.text("report-column-change"), "").only(Show::Document),
        Column::remark(),
    ];
    section.push(Block::Table(Show::Both, Table { columns, rows }));
    section.formulas(
        &lang.text("report-engagement-formula-pane"),
        &lang.text("report-engagement-formula"),
    );
    for (title, pane_title, posts) in [
        (
            lang.text("report-top-posts"),
            lang.text("report-top-posts-pane"),
            &r.top_posts,
        ),
        (
            lang.text("report-bottom-posts"),
            lang.text("report-bottom-posts-pane"),
            &r.bottom_posts,
        ),
    ] {
        section.push(Block::Subheading(Show::Document, title));
        if posts.is_empty() {
            section.push(Block::Line(
                Show::Document,
                Line::own(lang.text("report-no-posts-with-metrics")),
            ));
            continue;
        }
        section.push(Block::Line(Show::Pane, Line::dim(pane_title)));
        let rows = posts
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let at = p.published_at.map(|at| clock.local(at));
                let rate = share(lang, p.rate);
                let link = p.url.as_deref().map_or(Cell::own("—"), |url| {
                    Cell::of(vec![Piece::link(lang.text("report-open-link"), url)])
                });
                row(vec![
                    Cell::own((i + 1).to_string()),
                    Cell::outside(&p.channel),
                    Cell::own(at.map_or("—".to_string(), |at| dated(lang, at, "%a %d %b %H:%M"))),
                    Cell::of(vec![Piece::excerpt(&p.body, 80)]),
                    Cell::own(count(lang, p.interactions)),
                    Cell::own(rate.clone()),
                    link,
                    Cell::of(vec![
                        Piece::own(format!("{rate} ")),
                        Piece::outside(&p.channel),
                        Piece::own(format!(
                            " {}",
                            at.map_or(String::new(), |at| dated(lang, at, "%a %H:%M"))
                        )),
                    ]),
                    Cell::of(vec![Piece::excerpt(&p.body, 70)]),
                ])
            })
            .collect();
        let columns = vec![
            Column::figure("#", "").only(Show::Document),
            Column::text(lang.text("report-column-channel")).only(Show::Document),
            Column::text(lang.text("report-column-published-at")).only(Show::Document),
            Column::text(lang.text("report-column-post")).only(Show::Document),
            Column::figure(lang.text("report-interactions"), "").only(Show::Document),
            Column::figure(lang.text("report-column-engagement"), "").only(Show::Document),
            Column::text(lang.text("report-column-link")).only(Show::Document),
            Column::text("").only(Show::Pane),
            Column::remark(),
        ];
        section.push(Block::Table(Show::Both, Table { columns, rows }));
    }
    if r.top_posts.is_empty() {
        section.push(Block::Line(
            Show::Pane,
            Line::dim(lang.text("report-no-posts-with-metrics-pane")),
        ));
    }
    section
}

/// Followers per channel at the start and end of the period.
pub(super) fn audience(r: &Report, lang: Lang) -> Section {
    let mut section = Section::new(
        lang.text("report-audience"),
        lang.text("report-audience-aside"),
    );
    let show =
        |f: Option<i64>| Cell::own(f.map_or_else(|| lang.text("no-data"), |f| count(lang, f)));
    let growth = |start: Option<i64>, end: Option<i64>| match (start, end) {
        (Some(s), Some(e)) => Cell::own(signed(lang, e, s)).on_pane(if e >= s {
            format!("+{}", count(lang, e - s))
        } else {
            count(lang, e - s)
        }),
        _ => Cell::own(lang.text("no-data")),
    };
    let columns = vec![
        Column::text(lang.text("report-column-channel")),
        Column::figure(
            lang.text("report-column-followers-start"),
            lang.text("report-column-followers-start-pane"),
        ),
        Column::figure(
            lang.text("report-column-followers-end"),
            lang.text("report-column-followers-end-pane"),
        ),
        Column::figure(
            lang.text("report-column-growth"),
            lang.text("report-column-growth-pane"),
        ),
    ];
    let t = &r.this;
    let table = channel_table(
        lang,
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
        lang.text("report-audience-formula-pane"),
    ));
    section
}

/// Messages received and answered per channel, with first-response times against the target.
pub(super) fn community(r: &Report, lang: Lang) -> Section {
    let target = f64::from(r.target_minutes);
    let target_shown = minutes(lang, Some(target));
    let mut section = Section::new(
        lang.text("report-community"),
        lang.text_with(
            "report-community-aside",
            &[("target", Arg::Text(&target_shown))],
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
            Cell::own(count(lang, received)),
            Cell::own(count(lang, answered)),
            Cell::own(minutes(lang, median(m))),
            Cell::own(minutes(lang, slowest(m))),
            Cell::own(share(lang, within(m))),
            Cell::own(remark),
        ]
    };
    let columns = vec![
        Column::text(lang.text("report-column-channel")),
        Column::figure(
            lang.text("report-column-received"),
            lang.text("report-column-received-pane"),
        ),
        Column::figure(
            lang.text("report-column-answered"),
            lang.text("report-column-answered-pane"),
        ),
        Column::figure(
            lang.text("report-column-median-response"),
            lang.text("report-column-median-response-pane"),
        ),
        Column::figure(
            lang.text("report-column-slowest"),
            lang.text("report-column-slowest-pane"),
        ),
        Column::figure(
            lang.text_with(
                "report-column-within",
                &[("target", Arg::Text(&target_shown))],
            ),
            lang.text("report-column-within-pane"),
        ),
        Column::remark(),
    ];
    let remark = lang.text_with(
        "report-received-vs-last-week",
        &[(
            "change",
            Arg::Text(&delta(
                lang,
                r.this.messages_received,
                r.before.messages_received,
            )),
        )],
    );
    let table = channel_table(
        lang,
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
        &lang.text("report-community-formula-pane"),
        &lang.text("report-community-formula"),
    );
    section
}
