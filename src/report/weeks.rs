//! The report's sections across weeks: the eight-week trends, the small victories and notes, and
//! next week's posts. Pure, like [`super::sections`].

use super::cells::{row, share, week_label};
use super::model::{Block, Cell, Column, Items, Line, Piece, Section, Show, Table};
use crate::clock::Clock;
use crate::domain::report::{Report, sparkline};
use crate::i18n::{Arg, Lang, count, dated};

/// The main figures over the last eight weeks, as sparklines with the first and last value.
pub(super) fn trends(r: &Report, lang: Lang) -> Section {
    let weeks = &r.trends.weeks;
    let span = |key: &str| match (weeks.first(), weeks.last()) {
        (Some(a), Some(b)) => format!(
            " ({})",
            lang.text_with(
                key,
                &[
                    ("first", Arg::Text(&week_label(lang, a))),
                    ("last", Arg::Text(&week_label(lang, b))),
                ],
            )
        ),
        _ => " ()".to_string(),
    };
    let mut section = Section::new(lang.text("report-trends"), span("report-trends-span-pane"));
    section.document_aside = span("report-trends-span");
    let show = |v: Option<f64>, rate: bool| match v {
        None => lang.text("no-data"),
        Some(v) if rate => share(lang, Some(v)),
        Some(v) => count(lang, v.round() as i64),
    };
    let rows = r
        .trends
        .series()
        .iter()
        .map(|(name, values, rate)| {
            let trend = sparkline(values);
            let first = show(values.first().copied().flatten(), *rate);
            let last = show(values.last().copied().flatten(), *rate);
            let remark = format!("{trend}  {first} → {last}");
            row(vec![
                Cell::own(trend_name(lang, name)),
                Cell::own(trend),
                Cell::own(first),
                Cell::own(last),
                Cell::own(remark),
            ])
        })
        .collect();
    let columns = vec![
        Column::text(lang.text("report-column-figure")),
        Column::text(lang.text("report-column-trend")).only(Show::Document),
        Column::figure(lang.text("report-column-first-week"), "").only(Show::Document),
        Column::figure(lang.text("report-column-last-week"), "").only(Show::Document),
        Column::remark(),
    ];
    section.push(Block::Table(Show::Both, Table { columns, rows }));
    section
}

/// A trend's name in `lang` (the trends name their series in English).
fn trend_name(lang: Lang, name: &str) -> String {
    match name {
        "posts published" => lang.text("report-trend-posts"),
        "engagement rate" => lang.text("report-trend-engagement"),
        "followers" => lang.text("report-trend-followers"),
        "messages received" => lang.text("report-trend-messages"),
        "median first response (min)" => lang.text("report-trend-response"),
        "mentions" => lang.text("report-trend-mentions"),
        "share of voice" => lang.text("report-trend-voice"),
        other => other.to_string(),
    }
}

/// The small victories and notes written for the weeks of the period.
pub(super) fn notes(r: &Report, lang: Lang) -> Section {
    let mut section = Section::new(
        lang.text("report-notes"),
        format!(" {}", lang.text("report-notes-aside")),
    );
    if r.notes.is_empty() {
        section.nothing(
            &lang.text("report-notes-none"),
            &lang.text("report-notes-none-pane"),
        );
    }
    for (week, victories, notes) in &r.notes {
        section.push(Block::Subheading(Show::Document, week_label(lang, week)));
        for (label, mark, text) in [
            (lang.text("report-small-victories"), "★", victories),
            (lang.text("report-notes-label"), "✎", notes),
        ] {
            let items: Vec<Vec<Piece>> = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(|l| vec![Piece::outside(l)])
                .collect();
            if items.is_empty() {
                continue;
            }
            section.push(Block::Items(
                Show::Both,
                Items {
                    label: Some(label),
                    mark: mark.to_string(),
                    items,
                },
            ));
        }
    }
    section
}

/// The posts scheduled for the seven days after the period.
pub(super) fn next_week(r: &Report, clock: &Clock, lang: Lang) -> Section {
    let total = count(lang, r.next_week_total);
    let mut section = Section::new(
        lang.text("report-next-week"),
        lang.text_with(
            "report-next-week-aside",
            &[
                ("posts", Arg::Text(&total)),
                ("count", Arg::Count(r.next_week_total)),
            ],
        ),
    );
    let shown = r.next_week.len() as i64;
    let more = r.next_week_total - shown;
    let more_shown = count(lang, more);
    if r.next_week.is_empty() {
        section.push(Block::Line(
            Show::Document,
            Line::own(lang.text("report-next-week-none")),
        ));
    } else {
        let rows = r
            .next_week
            .iter()
            .map(|p| {
                let at = p.at.map(|at| clock.local(at));
                let when = |format: &str, none: &str| {
                    at.map_or(none.to_string(), |at| dated(lang, at, format))
                };
                row(vec![
                    Cell::own(when("%a %d %b %H:%M", "—")),
                    Cell::outside(&p.channel),
                    Cell::of(vec![Piece::excerpt(&p.body, 90)]),
                    Cell::of(vec![
                        Piece::own(format!("{} ", when("%a %d %H:%M", ""))),
                        Piece::outside(&p.channel),
                    ]),
                    Cell::of(vec![Piece::excerpt(&p.body, 70)]),
                ])
            })
            .collect();
        let columns = vec![
            Column::text(lang.text("report-column-when")).only(Show::Document),
            Column::text(lang.text("report-column-channel")).only(Show::Document),
            Column::text(lang.text("report-column-post")).only(Show::Document),
            Column::text("").only(Show::Pane),
            Column::remark(),
        ];
        section.push(Block::Table(Show::Both, Table { columns, rows }));
        if more > 0 {
            section.push(Block::Line(
                Show::Document,
                Line::own(lang.text_with(
                    "report-next-week-more",
                    &[
                        ("more", Arg::Text(&more_shown)),
                        ("count", Arg::Count(more)),
                    ],
                )),
            ));
        }
    }
    if more > 0 {
        section.push(Block::Line(
            Show::Pane,
            Line::dim(lang.text_with(
                "report-next-week-more-pane",
                &[
                    ("more", Arg::Text(&more_shown)),
                    ("count", Arg::Count(more)),
                ],
            )),
        ));
    }
    section
}
