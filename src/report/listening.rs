//! The report's sections on what is said and done around the brand: listening (rules,
//! sentiment, share of voice, spikes and crises), prescriptors and the period's campaigns. Pure,
//! like [`super::sections`].

use super::cells::{cost, roi, row, signed};
use super::model::{Block, Cell, Column, Items, Line, Meaning, Piece, Section, Show, Table};
use crate::clock::Clock;
use crate::domain::report::{Report, bar};
use crate::domain::week::ratio;
use crate::format::{count, delta, euros, percent};

/// Mentions per rule, the sentiment split, share of voice, then spikes and crises.
pub(super) fn listening(r: &Report, clock: &Clock) -> Section {
    let mut section = Section::new("Listening", ": mentions by rule, sentiment, share of voice");
    let rows = r
        .rules
        .iter()
        .map(|l| {
            row(vec![
                Cell::outside(&l.name).on_pane_as(vec![
                    Piece::outside(&l.name),
                    Piece::own(format!(" ({})", l.kind)),
                ]),
                Cell::own(&l.kind),
                Cell::own(count(l.mentions)),
                Cell::own(count(l.before)),
                Cell::own(signed(l.mentions, l.before)),
                Cell::own(delta(l.mentions, l.before)),
            ])
        })
        .collect();
    let columns = vec![
        Column::text("Rule"),
        Column::text("Kind").only(Show::Document),
        Column::figure("Mentions", "mentions"),
        Column::figure("Period before", "last week"),
        Column::figure("Change", "").only(Show::Document),
        Column::remark(),
    ];
    section.push(Block::Table(Show::Both, Table { columns, rows }));
    sentiment(r, &mut section);
    let total: i64 = r.voices.iter().map(|(_, n)| n).sum();
    let rows = r
        .voices
        .iter()
        .map(|(name, n)| {
            row(vec![
                Cell::outside(name).on_pane_as(vec![Piece::own("voice: "), Piece::outside(name)]),
                Cell::own(count(*n)),
                Cell::own(percent(ratio(*n, total))),
                Cell::own(bar(*n, total, 20)),
            ])
        })
        .collect();
    let columns = vec![
        Column::text("Voice"),
        Column::figure("Mentions", ""),
        Column::figure("Share of voice", ""),
        Column::remark(),
    ];
    section.push(Block::Table(Show::Both, Table { columns, rows }));
    section.formulas(
        "share of voice = brand mentions ÷ (brand + competitor mentions); corrected sentiment wins",
        "Share of voice = brand mentions ÷ (brand + competitor mentions); a corrected sentiment wins over the automatic one.",
    );
    alerts(r, clock, &mut section);
    section
}

/// The sentiment split: a table in the document, one coloured line on the pane.
fn sentiment(r: &Report, section: &mut Section) {
    let t = &r.this;
    let share = |n: i64| Cell::own(percent(ratio(n, t.mentions())));
    let rows = vec![
        row(vec![
            Cell::own("Positive"),
            Cell::own(count(t.mentions_positive)),
            share(t.mentions_positive),
        ]),
        row(vec![
            Cell::own("Neutral"),
            Cell::own(count(t.mentions_neutral)),
            share(t.mentions_neutral),
        ]),
        row(vec![
            Cell::own("Negative"),
            Cell::own(count(t.mentions_negative)),
            share(t.mentions_negative),
        ]),
    ];
    let columns = vec![
        Column::text("Sentiment"),
        Column::figure("Mentions", ""),
        Column::figure("Share", ""),
    ];
    section.push(Block::Table(Show::Document, Table { columns, rows }));
    section.push(Block::Line(
        Show::Pane,
        Line {
            lead: Some("sentiment".to_string()),
            ..Line::of(vec![
                Piece::own(format!("+{} ", t.mentions_positive)).meaning(Meaning::Good),
                Piece::own(format!("·{} ", t.mentions_neutral)).meaning(Meaning::Dim),
                Piece::own(format!("−{}", t.mentions_negative)).meaning(Meaning::Bad),
                Piece::own(format!("   positive share {}", percent(t.positive_share())))
                    .meaning(Meaning::Dim),
            ])
        },
    ));
}

/// Spike alerts and crises: a list in the document, rows on the pane.
fn alerts(r: &Report, clock: &Clock, section: &mut Section) {
    section.push(Block::Subheading(
        Show::Document,
        "Spikes and crises".to_string(),
    ));
    if r.spikes.is_empty() && r.crises.is_empty() {
        section.nothing(
            "No spike alert and no crisis in the period.",
            "No spike alert and no crisis this week.",
        );
    }
    let mut items = Vec::new();
    let mut rows = Vec::new();
    for (day, label, n) in &r.spikes {
        items.push(vec![
            Piece::own(format!("Spike on {day}: ")),
            Piece::outside(label),
            Piece::own(format!(" ({n} mentions in 24 h)")),
        ]);
        rows.push(row(vec![
            Cell::own(format!("⚠ spike {}", day.format("%a %d"))),
            Cell::of(vec![
                Piece::outside(label),
                Piece::own(format!(" ({n} in 24 h)")),
            ]),
        ]));
    }
    for c in &r.crises {
        let opened = c.opened_at.map(|t| clock.local(t));
        let closed = c.closed_at.map(|t| clock.local(t));
        let long = |t: Option<chrono::NaiveDateTime>| {
            t.map_or("still open".to_string(), |t| {
                t.format("%Y-%m-%d %H:%M").to_string()
            })
        };
        items.push(vec![
            Piece::own(format!(
                "Crisis level {}: opened {}, closed {} — ",
                c.level,
                long(opened),
                long(closed)
            )),
            Piece::outside(&c.note),
        ]);
        let short = |t: chrono::NaiveDateTime| t.format("%a %d %H:%M").to_string();
        rows.push(row(vec![
            Cell::own(format!(
                "⛑ crisis level {} {}",
                c.level,
                opened.map_or(String::new(), short)
            )),
            Cell::of(vec![
                Piece::own(format!(
                    "{} — ",
                    closed.map_or("still open".to_string(), |t| format!("closed {}", short(t)))
                )),
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
pub(super) fn prescriptors(r: &Report) -> Section {
    let mut section = Section::new("Prescriptors", "");
    let p = &r.prescriptors;
    let figure = |document: &str, pane: &str, value: i64, remark: String| {
        row(vec![
            Cell::own(document).on_pane(pane),
            Cell::own(count(value)),
            Cell::own(remark),
        ])
    };
    let rows = vec![
        figure(
            "Active advocates and influencers",
            "active advocates and influencers",
            p.active,
            format!(
                "{} vs last week",
                delta(p.active, r.before.active_prescriptors)
            ),
        ),
        figure(
            "New advocates and influencers",
            "new advocates and influencers",
            p.new_candidates,
            String::new(),
        ),
        figure(
            "Follow-ups done (interactions logged)",
            "follow-ups done",
            p.follow_ups_done,
            "interactions logged".to_string(),
        ),
        figure(
            "Follow-ups overdue at the end of the period",
            "follow-ups overdue",
            p.follow_ups_overdue,
            "at the end of the week".to_string(),
        ),
        figure(
            "Watchlist activity (messages and mentions)",
            "watchlist activity",
            p.watchlist_activity,
            "messages and mentions from detractors and trolls".to_string(),
        ),
    ];
    let columns = vec![
        Column::text("Figure"),
        Column::figure("Value", ""),
        Column::remark(),
    ];
    section.push(Block::Table(Show::Both, Table { columns, rows }));
    section.push(Block::formula(
        Show::Pane,
        "active = an advocate or influencer with a linked message or mention this week",
    ));
    section
}

/// Campaigns running in the period: spend in the period and to date, conversions, returns.
pub(super) fn campaigns(r: &Report) -> Section {
    let mut section = Section::new("Campaigns", " running this week");
    let formula = Block::formula(
        Show::Pane,
        "cost per result = spend ÷ conversions; ROI = (revenue − spend) ÷ spend",
    );
    if r.campaigns.is_empty() {
        section.nothing(
            "No campaign running in the period.",
            "No campaign runs this week.",
        );
        section.push(formula);
        return section;
    }
    let rows = r
        .campaigns
        .iter()
        .map(|c| {
            let l = &c.line;
            let (spent, budget) = (euros(l.spent_cents), euros(l.budget_cents));
            let (conversions, cpr, roi) = (
                count(l.conversions),
                cost(l.cost_per_result()),
                roi(l.roi()),
            );
            let remark = format!(
                "this week · {spent} of {budget} to date · {conversions} conversions · cost per result {cpr} · ROI {roi}"
            );
            row(vec![
                Cell::outside(l.name.raw()),
                Cell::own(euros(c.spent_in_period_cents)),
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
        Column::text("Campaign"),
        Column::figure("Spent in period", ""),
        Column::figure("Spent to date", "").only(Show::Document),
        Column::figure("Budget", "").only(Show::Document),
        Column::figure("Conversions", "").only(Show::Document),
        Column::figure("Cost per result", "").only(Show::Document),
        Column::figure("ROI", "").only(Show::Document),
        Column::remark(),
    ];
    section.push(Block::Table(Show::Both, Table { columns, rows }));
    section.push(formula);
    section.push(Block::formula(
        Show::Document,
        "Cost per result = spend to date ÷ conversions; ROI = (revenue − spend) ÷ spend.",
    ));
    section
}
