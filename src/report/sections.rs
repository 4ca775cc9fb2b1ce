//! The report gathered into sections, once, for both the Markdown writer and the Reports pane:
//! the summary, the objectives and the plan's campaigns here, the week's areas in [`super::activity`],
//! [`super::listening`] and [`super::weeks`]. Pure: it formats figures in the report's language
//! and never escapes, sanitizes or lays out text.

use super::cells::{cost, euros, kpi_value, minutes, roi, row, share, signed};
use super::model::{Block, Cell, Column, Line, Meaning, Piece, Section, Show, Table};
use crate::clock::Clock;
use crate::domain::report::Report;
use crate::domain::week::TrafficLight;
use crate::i18n::{Arg, Lang, count, dated};

/// The whole report as sections, in the document's order, in English; times on `clock`'s local
/// time (see [`sections_in`]).
pub fn sections(report: &Report, clock: &Clock) -> Vec<Section> {
    sections_in(report, clock, Lang::En)
}

/// The whole report as sections, in the document's order, worded and numbered in `lang`; times
/// on `clock`'s local time.
pub fn sections_in(report: &Report, clock: &Clock, lang: Lang) -> Vec<Section> {
    vec![
        summary(report, lang),
        objectives(report, lang),
        plan_campaigns(report, lang),
        super::activity::publishing(report, lang),
        super::activity::engagement(report, clock, lang),
        super::activity::audience(report, lang),
        super::activity::community(report, lang),
        super::listening::listening(report, clock, lang),
        super::listening::prescriptors(report, lang),
        super::listening::campaigns(report, lang),
        super::weeks::trends(report, lang),
        super::weeks::notes(report, lang),
        super::weeks::next_week(report, clock, lang),
    ]
}

/// The document's opening paragraph: the headline figures and the objectives' lights.
fn summary(r: &Report, lang: Lang) -> Section {
    let (this, before) = (&r.this, &r.before);
    let lights = |wanted: TrafficLight| {
        r.strategy
            .objectives
            .iter()
            .filter(|o| o.light == Some(wanted))
            .count() as i64
    };
    let (on, risk, off) = (
        lights(TrafficLight::OnTrack),
        lights(TrafficLight::AtRisk),
        lights(TrafficLight::OffTrack),
    );
    let shown = [
        count(lang, this.posts_published),
        signed(lang, this.posts_published, before.posts_published),
        share(lang, this.engagement_rate()),
        count(lang, this.messages_received),
        count(lang, this.messages_answered),
        minutes(lang, this.median_response()),
        count(lang, this.mentions()),
        share(lang, this.share_of_voice()),
        count(lang, on),
        count(lang, risk),
        count(lang, off),
    ];
    let text = lang.text_with(
        "report-summary",
        &[
            ("posts", Arg::Text(&shown[0])),
            ("posts_count", Arg::Count(this.posts_published)),
            ("change", Arg::Text(&shown[1])),
            ("rate", Arg::Text(&shown[2])),
            ("received", Arg::Text(&shown[3])),
            ("received_count", Arg::Count(this.messages_received)),
            ("answered", Arg::Text(&shown[4])),
            ("median", Arg::Text(&shown[5])),
            ("mentions", Arg::Text(&shown[6])),
            ("mentions_count", Arg::Count(this.mentions())),
            ("voice", Arg::Text(&shown[7])),
            ("on_track", Arg::Text(&shown[8])),
            ("at_risk", Arg::Text(&shown[9])),
            ("off_track", Arg::Text(&shown[10])),
            ("off_track_count", Arg::Count(off)),
        ],
    );
    let mut section = Section::new("", "");
    section.show = Show::Document;
    section.push(Block::Line(
        Show::Document,
        Line {
            lead: Some(lang.text("report-summary-lead")),
            ..Line::own(text)
        },
    ));
    section
}

/// The objectives with their KPI measured: a table in the document, a traffic light and a
/// detail line each on the pane (strategy face).
fn objectives(r: &Report, lang: Lang) -> Section {
    let mut section = Section::new(
        lang.text("report-objectives"),
        lang.text("report-objectives-aside"),
    );
    section.strategy = true;
    let objectives = &r.strategy.objectives;
    if objectives.is_empty() {
        section.nothing(
            &lang.text("report-objectives-none"),
            &lang.text("report-objectives-none-pane"),
        );
    }
    let mut rows = Vec::new();
    for o in objectives {
        let baseline = kpi_value(lang, o.kpi, o.baseline);
        let actual = o
            .actual
            .map_or_else(|| lang.text("no-data"), |v| kpi_value(lang, o.kpi, v));
        let target = kpi_value(lang, o.kpi, o.target);
        let (status, meaning) = match o.light {
            Some(light @ TrafficLight::OnTrack) => (light.label_in(lang), Meaning::Good),
            Some(light @ TrafficLight::AtRisk) => (light.label_in(lang), Meaning::Warn),
            Some(light @ TrafficLight::OffTrack) => (light.label_in(lang), Meaning::Bad),
            None => (format!("○ {}", lang.text("no-data")), Meaning::Dim),
        };
        section.push(Block::Line(
            Show::Pane,
            Line::of(vec![
                Piece::own(status.clone()).meaning(meaning).padded(13),
                Piece::outside(o.name.raw()),
            ]),
        ));
        let kpi = o.kpi.word(lang);
        let deadline = dated(lang, o.deadline, "%d %b %Y");
        section.push(Block::Line(
            Show::Pane,
            Line::dim(lang.text_with(
                "report-objective-detail",
                &[
                    ("kpi", Arg::Text(&kpi)),
                    ("actual", Arg::Text(&actual)),
                    ("baseline", Arg::Text(&baseline)),
                    ("target", Arg::Text(&target)),
                    ("deadline", Arg::Text(&deadline)),
                ],
            ))
            .as_detail(),
        ));
        section.push(Block::formula(Show::Pane, o.kpi.formula(lang)));
        rows.push(row(vec![
            Cell::outside(o.name.raw()),
            Cell::own(kpi),
            Cell::own(baseline),
            Cell::own(actual),
            Cell::own(target),
            Cell::own(o.deadline.to_string()),
            Cell::own(status),
        ]));
    }
    if !objectives.is_empty() {
        let columns = vec![
            Column::text(lang.text("report-column-objective")),
            Column::text("KPI"),
            Column::figure(lang.text("report-column-baseline"), ""),
            Column::figure(lang.text("report-column-actual"), ""),
            Column::figure(lang.text("report-column-target"), ""),
            Column::text(lang.text("report-column-deadline")),
            Column::text(lang.text("report-column-status")),
        ];
        section.push(Block::Table(Show::Document, Table { columns, rows }));
        section.push(Block::Formula {
            show: Show::Document,
            label: Some(lang.text("report-traffic-light")),
            text: format!("{}.", TrafficLight::rule(lang)),
        });
    }
    section.push(Block::Line(Show::Pane, Line::dim(TrafficLight::rule(lang))));
    section
}

/// The plan's campaigns with their money to date (pane, strategy face).
fn plan_campaigns(r: &Report, lang: Lang) -> Section {
    let mut section = Section::new(
        lang.text("report-campaigns"),
        lang.text("report-plan-campaigns-aside"),
    );
    section.show = Show::Pane;
    section.strategy = true;
    let campaigns = &r.strategy.campaigns;
    if campaigns.is_empty() {
        section.push(Block::Line(
            Show::Pane,
            Line::dim(lang.text("report-plan-campaigns-none")),
        ));
    }
    for c in campaigns {
        section.push(Block::Line(
            Show::Pane,
            Line::of(vec![Piece::outside(c.name.raw())]),
        ));
        let shown = [
            euros(lang, c.spent_cents),
            euros(lang, c.budget_cents),
            count(lang, c.conversions),
            euros(lang, c.revenue_cents),
            cost(lang, c.cost_per_result()),
            roi(lang, c.roi()),
        ];
        section.push(Block::Line(
            Show::Pane,
            Line::own(lang.text_with(
                "report-plan-campaign-detail",
                &[
                    ("spent", Arg::Text(&shown[0])),
                    ("budget", Arg::Text(&shown[1])),
                    ("conversions", Arg::Text(&shown[2])),
                    ("conversions_count", Arg::Count(c.conversions)),
                    ("revenue", Arg::Text(&shown[3])),
                    ("cost", Arg::Text(&shown[4])),
                    ("roi", Arg::Text(&shown[5])),
                ],
            ))
            .as_detail(),
        ));
    }
    section.push(Block::formula(
        Show::Pane,
        lang.text("report-campaigns-formula-pane"),
    ));
    section
}
