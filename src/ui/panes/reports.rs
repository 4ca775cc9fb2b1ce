//! The Reports pane: the week's headline figures against the week before (execution), objectives
//! with traffic lights and campaign money (strategy).

use super::super::Theme;
use super::super::format::{count, delta, euros, kpi_value, minutes, percent};
use super::super::widgets::{face, heading, pane_block};
use crate::app::App;
use crate::domain::strategy::ReportsStrategy;
use crate::domain::week::{TrafficLight, WeekFigures, iso_week_label};
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
        "Reports — {} ({} – {}){current} · h/l week, t this week",
        iso_week_label(first),
        first.format("%a %d %b"),
        last.format("%a %d %b")
    );
    let block = pane_block(&title, app.strategy, theme);
    let (lines, scroll) = if app.strategy {
        let lines = pane
            .strategy
            .data
            .as_ref()
            .map_or_else(|| super::loading(theme), |data| strategy_lines(data, theme));
        (lines, pane.strategy.scroll)
    } else {
        let lines = pane.figures.as_ref().map_or_else(
            || super::loading(theme),
            |(this, before)| week_lines(this, before, app.response_target, theme),
        );
        (lines, pane.scroll)
    };
    face(frame, area, block, lines, scroll);
}

fn row(label: &str, value: String, change: String, theme: &Theme) -> Line<'static> {
    Line::from(vec![
        Span::raw(format!("  {label:<34}")),
        Span::raw(format!("{value:>12}")),
        Span::styled(format!("   {change}"), theme.dim()),
    ])
}

fn formula(text: &str, theme: &Theme) -> Line<'static> {
    Line::styled(format!("    {text}"), theme.dim())
}

fn week_lines(
    this: &WeekFigures,
    before: &WeekFigures,
    target: u32,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let pct_change = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => format!("{:+.1} pts vs last week", (a - b) * 100.0),
        _ => "vs last week: no data".to_string(),
    };
    let vs = |a: i64, b: i64| format!("{} vs last week", delta(a, b));
    let mut lines = vec![heading("Publishing", theme)];
    lines.push(row(
        "posts planned",
        count(this.posts_planned),
        vs(this.posts_planned, before.posts_planned),
        theme,
    ));
    lines.push(row(
        "posts published",
        count(this.posts_published),
        vs(this.posts_published, before.posts_published),
        theme,
    ));
    lines.push(Line::raw(""));
    lines.push(heading(
        "Engagement (posts published this week, latest metrics)",
        theme,
    ));
    lines.push(row(
        "impressions",
        count(this.impressions),
        vs(this.impressions, before.impressions),
        theme,
    ));
    lines.push(row(
        "reach",
        count(this.reach),
        vs(this.reach, before.reach),
        theme,
    ));
    lines.push(row(
        "interactions",
        count(this.interactions),
        vs(this.interactions, before.interactions),
        theme,
    ));
    lines.push(row(
        "engagement rate",
        percent(this.engagement_rate()),
        pct_change(this.engagement_rate(), before.engagement_rate()),
        theme,
    ));
    lines.push(formula("engagement rate = (likes + comments + shares + saves) ÷ impressions (reach when impressions are missing)", theme));
    lines.push(Line::raw(""));
    lines.push(heading("Audience", theme));
    let followers = |v: Option<i64>| v.map_or("no data".to_string(), count);
    lines.push(row(
        "followers at the start",
        followers(this.followers_start),
        String::new(),
        theme,
    ));
    lines.push(row(
        "followers at the end",
        followers(this.followers_end),
        String::new(),
        theme,
    ));
    let growth = this.follower_growth();
    let growth_change = match (growth, before.follower_growth()) {
        (Some(a), Some(b)) => vs(a, b),
        _ => String::new(),
    };
    lines.push(row(
        "growth",
        growth.map_or("no data".to_string(), |g| format!("{g:+}")),
        growth_change,
        theme,
    ));
    lines.push(Line::raw(""));
    lines.push(heading("Community (messages received this week)", theme));
    lines.push(row(
        "messages received",
        count(this.messages_received),
        vs(this.messages_received, before.messages_received),
        theme,
    ));
    lines.push(row(
        "answered",
        count(this.messages_answered),
        vs(this.messages_answered, before.messages_answered),
        theme,
    ));
    lines.push(row(
        "median first response",
        minutes(this.median_response()),
        format!("last week {}", minutes(before.median_response())),
        theme,
    ));
    let within = this.within_target(f64::from(target));
    lines.push(row(
        &format!("answered within {}", minutes(Some(f64::from(target)))),
        percent(within),
        pct_change(within, before.within_target(f64::from(target))),
        theme,
    ));
    lines.push(formula(
        "first response time = first reply − received; median over answered messages",
        theme,
    ));
    lines.push(Line::raw(""));
    lines.push(heading("Listening", theme));
    lines.push(row(
        "mentions",
        count(this.mentions()),
        vs(this.mentions(), before.mentions()),
        theme,
    ));
    lines.push(Line::from(vec![
        Span::raw(format!("  {:<34}", "sentiment")),
        Span::styled(format!("+{} ", this.mentions_positive), theme.good()),
        Span::styled(format!("·{} ", this.mentions_neutral), theme.dim()),
        Span::styled(format!("−{}", this.mentions_negative), theme.alert()),
        Span::styled(
            format!("   positive share {}", percent(this.positive_share())),
            theme.dim(),
        ),
    ]));
    lines.push(row(
        "share of voice",
        percent(this.share_of_voice()),
        pct_change(this.share_of_voice(), before.share_of_voice()),
        theme,
    ));
    lines.push(formula(
        "share of voice = brand mentions ÷ (brand + competitor mentions)",
        theme,
    ));
    lines.push(Line::raw(""));
    lines.push(heading("Prescriptors", theme));
    lines.push(row(
        "active advocates and influencers",
        count(this.active_prescriptors),
        vs(this.active_prescriptors, before.active_prescriptors),
        theme,
    ));
    lines.push(formula(
        "active = an advocate or influencer with a linked message or mention this week",
        theme,
    ));
    lines
}

fn strategy_lines(data: &ReportsStrategy, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![heading("Objectives: KPI actual vs target", theme)];
    if data.objectives.is_empty() {
        lines.push(Line::styled(
            "  No objectives in the plan yet.",
            theme.dim(),
        ));
    }
    for objective in &data.objectives {
        let (label, style) = match objective.light {
            Some(TrafficLight::OnTrack) => (TrafficLight::OnTrack.label(), theme.good()),
            Some(TrafficLight::AtRisk) => (TrafficLight::AtRisk.label(), theme.warn()),
            Some(TrafficLight::OffTrack) => (TrafficLight::OffTrack.label(), theme.alert()),
            None => ("○ no data", theme.dim()),
        };
        lines.push(Line::from(vec![
            Span::styled(format!("  {label:<13}"), style),
            Span::raw(sanitize_line(&objective.name)),
        ]));
        let actual = objective
            .actual
            .map_or("no data".to_string(), |v| kpi_value(objective.kpi, v));
        lines.push(Line::styled(
            format!(
                "      {}: {} actual · baseline {} → target {} by {}",
                objective.kpi.as_str().replace('_', " "),
                actual,
                kpi_value(objective.kpi, objective.baseline),
                kpi_value(objective.kpi, objective.target),
                objective.deadline.format("%d %b %Y")
            ),
            theme.dim(),
        ));
    }
    lines.push(Line::styled(
        format!("  {}", TrafficLight::RULE),
        theme.dim(),
    ));
    lines.push(Line::raw(""));
    lines.push(heading(
        "Campaigns: spend, conversions, cost per result, ROI",
        theme,
    ));
    if data.campaigns.is_empty() {
        lines.push(Line::styled("  No campaigns in the plan yet.", theme.dim()));
    }
    for campaign in &data.campaigns {
        let cpr = campaign
            .cost_per_result()
            .map_or("no data".to_string(), |v| format!("{v:.2} €"));
        let roi = campaign
            .roi()
            .map_or("no data".to_string(), |v| format!("{:.0}%", v * 100.0));
        lines.push(Line::raw(format!("  {}", sanitize_line(&campaign.name))));
        lines.push(Line::raw(format!(
            "      spent {} of {} · {} conversions · {} revenue · cost per result {cpr} · ROI {roi}",
            euros(campaign.spent_cents),
            euros(campaign.budget_cents),
            count(campaign.conversions),
            euros(campaign.revenue_cents)
        )));
    }
    lines.push(Line::styled(
        "  cost per result = spend ÷ conversions; ROI = (revenue − spend) ÷ spend",
        theme.dim(),
    ));
    lines
}
