//! The report gathered into sections, once, for both the Markdown writer and the Reports pane:
//! the summary, the objectives and the plan's campaigns here, the week's areas in [`super::activity`],
//! [`super::listening`] and [`super::weeks`]. Pure: it formats figures and never escapes,
//! sanitizes or lays out text.

use super::cells::{cost, roi, row, signed};
use super::model::{Block, Cell, Column, Line, Meaning, Piece, Section, Show, Table};
use crate::clock::Clock;
use crate::domain::report::Report;
use crate::domain::week::TrafficLight;
use crate::format::{count, euros, kpi_value, minutes, percent};

/// The whole report as sections, in the document's order; times on `clock`'s local time.
pub fn sections(report: &Report, clock: &Clock) -> Vec<Section> {
    vec![
        summary(report),
        objectives(report),
        plan_campaigns(report),
        super::activity::publishing(report),
        super::activity::engagement(report, clock),
        super::activity::audience(report),
        super::activity::community(report),
        super::listening::listening(report, clock),
        super::listening::prescriptors(report),
        super::listening::campaigns(report),
        super::weeks::trends(report),
        super::weeks::notes(report),
        super::weeks::next_week(report, clock),
    ]
}

/// The document's opening paragraph: the headline figures and the objectives' lights.
fn summary(r: &Report) -> Section {
    let (this, before) = (&r.this, &r.before);
    let lights = |wanted: TrafficLight| {
        r.strategy
            .objectives
            .iter()
            .filter(|o| o.light == Some(wanted))
            .count()
    };
    let text = format!(
        "{} posts published ({} against the period before), engagement rate {}, \
{} messages received and {} answered (median first response {}), {} mentions with a share of voice of {}. \
Objectives: {} on track, {} at risk, {} off track.",
        count(this.posts_published),
        signed(this.posts_published, before.posts_published),
        percent(this.engagement_rate()),
        count(this.messages_received),
        count(this.messages_answered),
        minutes(this.median_response()),
        count(this.mentions()),
        percent(this.share_of_voice()),
        lights(TrafficLight::OnTrack),
        lights(TrafficLight::AtRisk),
        lights(TrafficLight::OffTrack),
    );
    let mut section = Section::new("", "");
    section.show = Show::Document;
    section.push(Block::Line(
        Show::Document,
        Line {
            lead: Some("Summary.".to_string()),
            ..Line::own(text)
        },
    ));
    section
}

/// The objectives with their KPI measured: a table in the document, a traffic light and a
/// detail line each on the pane (strategy face).
fn objectives(r: &Report) -> Section {
    let mut section = Section::new("Objectives", ": KPI actual vs target");
    section.strategy = true;
    let objectives = &r.strategy.objectives;
    if objectives.is_empty() {
        section.nothing(
            "No objectives in the plan.",
            "No objectives in the plan yet: O opens the plan.",
        );
    }
    let mut rows = Vec::new();
    for o in objectives {
        let baseline = kpi_value(o.kpi, o.baseline);
        let actual = o
            .actual
            .map_or("no data".to_string(), |v| kpi_value(o.kpi, v));
        let target = kpi_value(o.kpi, o.target);
        let (status, meaning) = match o.light {
            Some(light @ TrafficLight::OnTrack) => (light.label(), Meaning::Good),
            Some(light @ TrafficLight::AtRisk) => (light.label(), Meaning::Warn),
            Some(light @ TrafficLight::OffTrack) => (light.label(), Meaning::Bad),
            None => ("○ no data".to_string(), Meaning::Dim),
        };
        section.push(Block::Line(
            Show::Pane,
            Line::of(vec![
                Piece::own(status.clone()).meaning(meaning).padded(13),
                Piece::outside(o.name.raw()),
            ]),
        ));
        section.push(Block::Line(
            Show::Pane,
            Line::dim(format!(
                "{}: {actual} actual · baseline {baseline} → target {target} by {}",
                o.kpi.label(),
                o.deadline.format("%d %b %Y")
            ))
            .as_detail(),
        ));
        section.push(Block::formula(
            Show::Pane,
            o.kpi.formula(crate::i18n::Lang::En),
        ));
        rows.push(row(vec![
            Cell::outside(o.name.raw()),
            Cell::own(o.kpi.label()),
            Cell::own(baseline),
            Cell::own(actual),
            Cell::own(target),
            Cell::own(o.deadline.to_string()),
            Cell::own(status),
        ]));
    }
    if !objectives.is_empty() {
        let columns = vec![
            Column::text("Objective"),
            Column::text("KPI"),
            Column::figure("Baseline", ""),
            Column::figure("Actual", ""),
            Column::figure("Target", ""),
            Column::text("Deadline"),
            Column::text("Status"),
        ];
        section.push(Block::Table(Show::Document, Table { columns, rows }));
        section.push(Block::Formula {
            show: Show::Document,
            label: Some("Traffic light:".to_string()),
            text: format!("{}.", TrafficLight::rule(crate::i18n::Lang::En)),
        });
    }
    section.push(Block::Line(
        Show::Pane,
        Line::dim(TrafficLight::rule(crate::i18n::Lang::En)),
    ));
    section
}

/// The plan's campaigns with their money to date (pane, strategy face).
fn plan_campaigns(r: &Report) -> Section {
    let mut section = Section::new("Campaigns", ": spend, conversions, cost per result, ROI");
    section.show = Show::Pane;
    section.strategy = true;
    let campaigns = &r.strategy.campaigns;
    if campaigns.is_empty() {
        section.push(Block::Line(
            Show::Pane,
            Line::dim("No campaigns in the plan yet."),
        ));
    }
    for c in campaigns {
        section.push(Block::Line(
            Show::Pane,
            Line::of(vec![Piece::outside(c.name.raw())]),
        ));
        section.push(Block::Line(
            Show::Pane,
            Line::own(format!(
                "spent {} of {} · {} conversions · {} revenue · cost per result {} · ROI {}",
                euros(c.spent_cents),
                euros(c.budget_cents),
                count(c.conversions),
                euros(c.revenue_cents),
                cost(c.cost_per_result()),
                roi(c.roi())
            ))
            .as_detail(),
        ));
    }
    section.push(Block::formula(
        Show::Pane,
        "cost per result = spend ÷ conversions; ROI = (revenue − spend) ÷ spend",
    ));
    section
}
