//! The Reports pane: the week's report against the week before (execution), led by the objectives
//! with their traffic lights in strategy mode; the notes form over it when open.

use super::super::Theme;
use super::super::format::{count, euros, kpi_value};
use super::super::widgets::{face, heading, pane_block};
use super::report_lines::{Lines, week_lines};
use crate::app::App;
use crate::domain::report::Report;
use crate::domain::week::{TrafficLight, iso_week_label};
use crate::text::sanitize_line;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// Draws Reports in the current face.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame<'_>, area: Rect) {
    let pane = &app.panes.reports;
    let Some(first) = pane.week_start else {
        return;
    };
    let last = first + chrono::Duration::days(6);
    let current = if pane.current_week == Some(first) {
        " · this week"
    } else {
        ""
    };
    let title = format!(
        "Reports — {} ({} – {}){current} · h/l week, t now, x export, n notes, f formulas",
        iso_week_label(first),
        first.format("%d %b"),
        last.format("%d %b")
    );
    let block = pane_block(&title, app.strategy, theme);
    let (lines, scroll) = match pane.report.as_deref() {
        None => (
            vec![ratatui::text::Line::styled(
                " Gathering the week's figures…",
                theme.dim(),
            )],
            0,
        ),
        Some(report) => {
            let mut out = Lines::new(theme, pane.formulas);
            if app.strategy {
                strategy_lines(report, &mut out);
                out.blank();
                out.heading("The week in figures");
            }
            week_lines(report, &app.clock, &mut out);
            let scroll = if app.strategy {
                pane.strategy.scroll
            } else {
                pane.scroll
            };
            (out.lines, scroll)
        }
    };
    face(frame, area, block, lines, scroll);
    if let Some(form) = &pane.notes {
        super::super::form::render(frame, theme, &app.keymap, form, Vec::new());
    }
}

/// The objectives with KPI actual vs target and the traffic light, then campaign money.
fn strategy_lines(report: &Report, out: &mut Lines<'_>) {
    let theme = out.theme;
    let data = &report.strategy;
    out.lines
        .push(heading("Objectives: KPI actual vs target", theme));
    if data.objectives.is_empty() {
        out.dim("  No objectives in the plan yet: O opens the plan.");
    }
    for objective in &data.objectives {
        let (label, style) = match objective.light {
            Some(TrafficLight::OnTrack) => (TrafficLight::OnTrack.label(), theme.good()),
            Some(TrafficLight::AtRisk) => (TrafficLight::AtRisk.label(), theme.warn()),
            Some(TrafficLight::OffTrack) => (TrafficLight::OffTrack.label(), theme.alert()),
            None => ("○ no data", theme.dim()),
        };
        out.lines.push(Line::from(vec![
            Span::styled(format!("  {label:<13}"), style),
            Span::raw(sanitize_line(&objective.name)),
        ]));
        let actual = objective
            .actual
            .map_or("no data".to_string(), |v| kpi_value(objective.kpi, v));
        out.dim(&format!(
            "      {}: {} actual · baseline {} → target {} by {}",
            objective.kpi.label(),
            actual,
            kpi_value(objective.kpi, objective.baseline),
            kpi_value(objective.kpi, objective.target),
            objective.deadline.format("%d %b %Y")
        ));
        out.formula(objective.kpi.formula());
    }
    out.dim(&format!("  {}", TrafficLight::RULE));
    out.blank();
    out.lines.push(heading(
        "Campaigns: spend, conversions, cost per result, ROI",
        theme,
    ));
    if data.campaigns.is_empty() {
        out.dim("  No campaigns in the plan yet.");
    }
    for campaign in &data.campaigns {
        let cpr = campaign
            .cost_per_result()
            .map_or("no data".to_string(), |v| format!("{v:.2} €"));
        let roi = campaign
            .roi()
            .map_or("no data".to_string(), |v| format!("{:.0}%", v * 100.0));
        out.lines
            .push(Line::raw(format!("  {}", sanitize_line(&campaign.name))));
        out.lines.push(Line::raw(format!(
            "      spent {} of {} · {} conversions · {} revenue · cost per result {cpr} · ROI {roi}",
            euros(campaign.spent_cents),
            euros(campaign.budget_cents),
            count(campaign.conversions),
            euros(campaign.revenue_cents)
        )));
    }
    out.formula("cost per result = spend ÷ conversions; ROI = (revenue − spend) ÷ spend");
}
