//! The report's sections on what is said and done around the brand: listening (rules,
//! sentiment, share of voice, spikes and crises), prescriptors and the period's campaigns. Pure,
//! like [`super::sections`].

use super::cells::{cost, euros, roi, row, share, signed, unnamed_brand};
use super::model::{Block, Cell, Column, Items, Line, Meaning, Piece, Section, Show, Table};
use crate::clock::Clock;
use crate::domain::RuleKind;
use crate::domain::report::{Report, bar};
use crate::domain::week::ratio;
use crate::i18n::{Arg, Lang, count, dated, delta};

/// Mentions per rule, the sentiment split, share of voice, then spikes and crises.
pub(super) fn listening(r: &Report, clock: &Clock, lang: Lang) -> Section {
    let mut section = Section::new(
        lang.text("report-listening"),
        lang.text("report-listening-aside"),
    );
    let rows = r
        .rules
        .iter()
        .map(|l| {
            let kind = RuleKind::parse(&l.kind).map_or_else(|| l.kind.clone(), |k| k.word(lang));
            row(vec![
                Cell::outside(&l.name).on_pane_as(vec![
                    Piece::outside(&l.name),
                    Piece::own(format!(" ({kind})")),
                ]),
                Cell::own(kind),
                Cell::own(count(lang, l.mentions)),
                Cell::own(count(lang, l.before)),
                Cell::own(signed(lang, l.mentions, l.before)),
                Cell::own(delta(lang, l.mentions, l.before)),
            ])
        })
        .collect();
    let columns = vec![
        Column::text(lang.text("report-column-rule")),
        Column::text(lang.text("report-column-kind")).only(Show::Document),
        Column::figure(
            lang.text("report-column-mentions"),
            lang.text("report-column-mentions-pane"),
        ),
        Column::figure(
            lang.text("report-column-period-before"),
            lang.text("report-column-last-week-pane"),
        ),
        Column::figure(lang.text("report-column-change"), "").only(Show::Document),
        Column::remark(),
    ];
    section.push(Block::Table(Show::Both, Table { columns, rows }));
    sentiment(r, &mut section, lang);
    let total: i64 = r.voices.iter().map(|(_, n)| n).sum();
    let rows = r
        .voices
        .iter()
        .enumerate()
        .map(|(i, (name, n))| {
            let piece = unnamed_brand(r, i, lang).map_or_else(|| Piece::outside(name), Piece::own);
            row(vec![
                Cell::of(vec![piece.clone()]).on_pane_as(vec![
                    Piece::own(format!("{} ", lang.text("report-voice-lead"))),
                    piece,
                ]),
                Cell::own(count(lang, *n)),
                Cell::own(share(lang, ratio(*n, total))),
                Cell::own(bar(*n, total, 20)),
            ])
        })
        .collect();
    let columns = vec![
        Column::text(lang.text("report-column-voice")),
        Column::figure(lang.text("report-column-mentions"), ""),
        Column::figure(lang.text("report-column-share-of-voice"), ""),
        Column::remark(),
    ];
    section.push(Block::Table(Show::Both, Table { columns, rows }));
    section.formulas(
        &lang.text("report-voice-formula-pane"),
        &lang.text("report-voice-formula"),
    );
    alerts(r, clock, &mut section, lang);
    section
}

/// The sentiment split: a table in the document, one coloured line on the pane.
fn sentiment(r: &Report, section: &mut Section, lang: Lang) {
    let t = &r.this;
    let part = |n: i64| Cell::own(share(lang, ratio(n, t.mentions())));
    let rows = vec![
        row(vec![
            Cell::own(lang.text("report-positive")),
            Cell::own(count(lang, t.mentions_positive)),
            part(t.mentions_positive),
        ]),
        row(vec![
            Cell::own(lang.text("report-neutral")),
            Cell::own(count(lang, t.mentions_neutral)),
            part(t.mentions_neutral),
        ]),
        row(vec![
            Cell::own(lang.text("report-negative")),
            Cell::own(count(lang, t.mentions_negative)),
            part(t.mentions_negative),
        ]),
    ];
    let columns = vec![
        Column::text(lang.text("report-column-sentiment")),
        Column::figure(lang.text("report-column-mentions"), ""),
        Column::figure(lang.text("report-column-share"), ""),
    ];
    section.push(Block::Table(Show::Document, Table { columns, rows }));
    let positive_share = share(lang, t.positive_share());
    section.push(Block::Line(
        Show::Pane,
        Line {
            lead: Some(lang.text("report-sentiment-pane")),
            ..Line::of(vec![
                Piece::own(format!("+{} ", count(lang, t.mentions_positive)))
                    .meaning(Meaning::Good),
                Piece::own(format!("·{} ", count(lang, t.mentions_neutral))).meaning(Meaning::Dim),
                Piece::own(format!("−{}", count(lang, t.mentions_negative))).meaning(Meaning::Bad),
                Piece::own(format!(
                    "   {}",
                    lang.text_with(
                        "report-positive-share",
                        &[("share", Arg::Text(&positive_share))]
                    )
                ))
                .meaning(Meaning::Dim),
            ])
        },
    ));
}

/// Spike alerts and crises: a list in the document, rows on the pane.
fn alerts(r: &Report, clock: &Clock, section: &mut Section, lang: Lang) {
    section.push(Block::Subheading(
        Show::Document,
        lang.text("report-spikes-and-crises"),
    ));
    if r.spikes.is_empty() && r.crises.is_empty() {
        section.nothing(
            &lang.text("report-no-alerts"),
            &lang.text("report-no-alerts-pane"),
        );
    }
    let mut items = Vec::new();
    let mut rows = Vec::new();
    for (day, label, n) in &r.spikes {
        let shown = count(lang, i64::from(*n));
        let day_text = day.to_string();
        items.push(vec![
            Piece::own(format!(
                "{} ",
                lang.text_with("report-spike-on", &[("day", Arg::Text(&day_text))])
            )),
            Piece::outside(label),
            Piece::own(format!(
                " {}",
                lang.text_with(
                    "report-spike-mentions",
                    &[
                        ("mentions", Arg::Text(&shown)),
                        ("count", Arg::Count(i64::from(*n)))
                    ],
                )
            )),
        ]);
        let short_day = dated(lang, day, "%a %d");
        rows.push(row(vec![
            Cell::own(lang.text_with("report-spike-pane", &[("day", Arg::Text(&short_day))])),
            Cell::of(vec![
                Piece::outside(label),
                Piece::own(format!(
                    " {}",
                    lang.text_with(
                        "report-spike-mentions-pane",
                        &[("mentions", Arg::Text(&shown))],
                    )
                )),
            ]),
        ]));
    }
    for c in &r.crises {
        let opened = c.opened_at.map(|t| clock.local(t));
        let closed = c.closed_at.map(|t| clock.local(t));
        let long = |t: Option<chrono::NaiveDateTime>| {
            t.map_or_else(
                || lang.text("report-crisis-still-open"),
                |t| t.format("%Y-%m-%d %H:%M").to_string(),
            )
        };
        let level = c.level.to_string();
        let (opened_long, closed_long) = (long(opened), long(closed));
        items.push(vec![
            Piece::own(format!(
                "{} ",
                lang.text_with(
                    "report-crisis",
                    &[
                        ("level", Arg::Text(&level)),
                        ("opened", Arg::Text(&opened_long)),
                        ("closed", Arg::Text(&closed_long)),
                    ],
                )
            )),
            Piece::outside(&c.note),
        ]);
        let short = |t: chrono::NaiveDateTime| dated(lang, t, "%a %d %H:%M");
        let opened_short = opened.map_or(String::new(), short);
        let closed_short = closed.map_or_else(
            || lang.text("report-crisis-still-open"),
            |t| {
                lang.text_with(
                    "report-crisis-closed-pane",
                    &[("closed", Arg::Text(&short(t)))],
                )
            },
        );
        rows.push(row(vec![
            Cell::own(lang.text_with(
                "report-crisis-pane",
                &[
                    ("level", Arg::Text(&level)),
                    ("opened", Arg::Text(&opened_short)),
                ],
            )),
            Cell::of(vec![
                Piece::own(format!("{closed_short} — ")),
                Piece::excerpt(&c.note, 45),
            ]),
        ]));
    }
    section.push(Block::Items(
        Show::Document,
        Items {
            label: None,
            mark: String::new(),
            items,
        },
    ));
    let columns = vec![Column::text(""), Column::remark()];
    section.push(Block::Table(Show::Pane, Table { columns, rows }));
}

/// The prescriptor programme's activity.
pub(super) fn prescriptors(r: &Report, lang: Lang) -> Section {
    let mut section = Section::new(lang.text("report-prescriptors"), "");
    let p = &r.prescriptors;
    let figure = |document: String, pane: String, value: i64, remark: String| {
        row(vec![
            Cell::own(document).on_pane(pane),
            Cell::own(count(lang, value)),
            Cell::own(remark),
        ])
    };
    let rows = vec![
        figure(
            lang.text("report-prescriptors-active"),
            lang.text("report-prescriptors-active-pane"),
            p.active,
            lang.text_with(
                "report-vs-last-week",
                &[(
                    "change",
                    Arg::Text(&delta(lang, p.active, r.before.active_prescriptors)),
                )],
            ),
        ),
        figure(
            lang.text("report-prescriptors-new"),
            lang.text("report-prescriptors-new-pane"),
            p.new_candidates,
            String::new(),
        ),
        figure(
            lang.text("report-follow-ups-done"),
            lang.text("report-follow-ups-done-pane"),
            p.follow_ups_done,
            lang.text("report-follow-ups-done-remark"),
        ),
        figure(
            lang.text("report-follow-ups-overdue"),
            lang.text("report-follow-ups-overdue-pane"),
            p.follow_ups_overdue,
            lang.text("report-follow-ups-overdue-remark"),
        ),
        figure(
            lang.text("report-watchlist"),
            lang.text("report-watchlist-pane"),
            p.watchlist_activity,
            lang.text("report-watchlist-remark"),
        ),
    ];
    let columns = vec![
        Column::text(lang.text("report-column-figure")),
        Column::figure(lang.text("report-column-value"), ""),
        Column::remark(),
    ];
    section.push(Block::Table(Show::Both, Table { columns, rows }));
    section.push(Block::formula(
        Show::Pane,
        lang.text("report-prescriptors-formula-pane"),
    ));
    section
}

/// Campaigns running in the period: spend in the period and to date, conversions, returns.
pub(super) fn campaigns(r: &Report, lang: Lang) -> Section {
    let mut section = Section::new(
        lang.text("report-campaigns"),
        format!(" {}", lang.text("report-campaigns-running-aside")),
    );
    let formula = Block::formula(Show::Pane, lang.text("report-campaigns-formula-pane"));
    if r.campaigns.is_empty() {
        section.nothing(
            &lang.text("report-campaigns-none"),
            &lang.text("report-campaigns-none-pane"),
        );
        section.push(formula);
        return section;
    }
    let rows = r
        .campaigns
        .iter()
        .map(|c| {
            let l = &c.line;
            let (spent, budget) = (euros(lang, l.spent_cents), euros(lang, l.budget_cents));
            let (conversions, cpr, roi) = (
                count(lang, l.conversions),
                cost(lang, l.cost_per_result()),
                roi(lang, l.roi()),
            );
            let remark = lang.text_with(
                "report-campaign-remark",
                &[
                    ("spent", Arg::Text(&spent)),
                    ("budget", Arg::Text(&budget)),
                    ("conversions", Arg::Text(&conversions)),
                    ("conversions_count", Arg::Count(l.conversions)),
                    ("cost", Arg::Text(&cpr)),
                    ("roi", Arg::Text(&roi)),
                ],
            );
            row(vec![
                Cell::outside(l.name.raw()),
                Cell::own(euros(lang, c.spent_in_period_cents)),
                Cell::own(spent),
                Cell::own(budget),
                Cell::own(conversions),
                Cell::own(cpr),
                Cell::own(roi),
                Cell::own(remark),
            ])
        })
        .collect();
    let columns = vec![
        Column::text(lang.text("report-column-campaign")),
        Column::figure(lang.text("report-column-spent-in-period"), ""),
        Column::figure(lang.text("report-column-spent-to-date"), "").only(Show::Document),
        Column::figure(lang.text("report-column-budget"), "").only(Show::Document),
        Column::figure(lang.text("report-column-conversions"), "").only(Show::Document),
        Column::figure(lang.text("report-column-cost-per-result"), "").only(Show::Document),
        Column::figure("ROI", "").only(Show::Document),
        Column::remark(),
    ];
    section.push(Block::Table(Show::Both, Table { columns, rows }));
    section.push(formula);
    section.push(Block::formula(
        Show::Document,
        lang.text("report-campaigns-formula"),
    ));
    section
}
