//! The report's sections across weeks: the eight-week trends, the small victories and notes, and
//! next week's posts. Pure, like [`super::sections`].

use super::cells::row;
use super::model::{Block, Cell, Column, Items, Line, Piece, Section, Show, Table};
use crate::clock::Clock;
use crate::domain::report::{Report, sparkline};
use crate::format::count;

/// The main figures over the last eight weeks, as sparklines with the first and last value.
pub(super) fn trends(r: &Report) -> Section {
    let weeks = &r.trends.weeks;
    let span = |between: &str| match (weeks.first(), weeks.last()) {
        (Some(a), Some(b)) => format!(" ({a} {between} {b})"),
        _ => " ()".to_string(),
    };
    let mut section = Section::new("Trends, last 8 weeks", span("→"));
    section.document_aside = span("to");
    let show = |v: Option<f64>, rate: bool| match v {
        None => "no data".to_string(),
        Some(v) if rate => format!("{:.1}%", v * 100.0),
        Some(v) => count(v.round() as i64),
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
                Cell::own(*name),
                Cell::own(trend),
                Cell::own(first),
                Cell::own(last),
                Cell::own(remark),
            ])
        })
        .collect();
    let columns = vec![
        Column::text("Figure"),
        Column::text("Trend").only(Show::Document),
        Column::figure("First week", "").only(Show::Document),
        Column::figure("Last week", "").only(Show::Document),
        Column::remark(),
    ];
    section.push(Block::Table(Show::Both, Table { columns, rows }));
    section
}

/// The small victories and notes written for the weeks of the period.
pub(super) fn notes(r: &Report) -> Section {
    let mut section = Section::new("Small victories and notes", " (n writes them)");
    if r.notes.is_empty() {
        section.nothing(
            "Nothing written for this period.",
            "Nothing written for this week yet.",
        );
    }
    for (week, victories, notes) in &r.notes {
        section.push(Block::Subheading(Show::Document, week.clone()));
        for (label, mark, text) in [("Small victories", "★", victories), ("Notes", "✎", notes)]
        {
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
                    label: Some(label.to_string()),
                    mark: mark.to_string(),
                    items,
                },
            ));
        }
    }
    section
}

/// The posts scheduled for the seven days after the period.
pub(super) fn next_week(r: &Report, clock: &Clock) -> Section {
    let mut section = Section::new(
        "Next week",
        format!(": {} posts scheduled", count(r.next_week_total)),
    );
    let shown = r.next_week.len() as i64;
    let more = r.next_week_total - shown;
    if r.next_week.is_empty() {
        section.push(Block::Line(
            Show::Document,
            Line::own("Nothing scheduled for the next seven days."),
        ));
    } else {
        let rows = r
            .next_week
            .iter()
            .map(|p| {
                let at = p.at.map(|at| clock.local(at));
                let when = |format: &str, none: &str| {
                    at.map_or(none.to_string(), |at| at.format(format).to_string())
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
            Column::text("When").only(Show::Document),
            Column::text("Channel").only(Show::Document),
            Column::text("Post").only(Show::Document),
            Column::text("").only(Show::Pane),
            Column::remark(),
        ];
        section.push(Block::Table(Show::Both, Table { columns, rows }));
        if more > 0 {
            section.push(Block::Line(
                Show::Document,
                Line::own(format!("…and {more} more scheduled posts.")),
            ));
        }
    }
    if more > 0 {
        section.push(Block::Line(
            Show::Pane,
            Line::dim(format!("…and {more} more")),
        ));
    }
    section
}
