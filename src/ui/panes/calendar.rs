//! The Calendar pane: the agenda from today (execution) and campaigns, pillar mix and channel pace (strategy).

use super::super::Theme;
use super::super::format::{count, euros, percent};
use super::super::widgets::{
    Column, ListLook, cell, detail, field, heading, list_table, pane_block, strategy_face,
};
use crate::app::App;
use crate::domain::rows::PostRow;
use crate::domain::strategy::CalendarStrategy;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// Draws the Calendar in the current face.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame<'_>, area: Rect) {
    let pane = &app.panes.calendar;
    if app.strategy {
        strategy_face(
            frame,
            area,
            "Calendar — campaigns, pillar mix, channel pace",
            &pane.strategy,
            theme,
            strategy_lines,
        );
        return;
    }
    let list = &pane.agenda;
    if list.detail
        && let Some(post) = list.selected_row()
    {
        detail(
            frame,
            area,
            pane_block("Calendar — post", false, theme),
            post_detail(app, post, theme),
        );
        return;
    }
    let columns = [
        Column::fixed("When", 16),
        Column::fixed("Channel", 22),
        Column::fixed("Status", 12),
        Column::fixed("Pillar", 18),
        Column::fill("Post", 1),
    ];
    let block = pane_block("Calendar — agenda from today", false, theme);
    let empty = "No posts planned from today on.";
    list_table(
        frame,
        area,
        ListLook {
            block,
            columns: &columns,
            empty,
        },
        list,
        theme,
        |post| {
            let when = post
                .scheduled_at
                .map(|at| app.clock.local(at).format("%a %d %b %H:%M").to_string())
                .unwrap_or_default();
            let status = if post.is_overdue(app.clock.now) {
                Span::styled("⚠ overdue", theme.alert())
            } else {
                Span::styled(
                    format!("{} {}", post.status.symbol(), post.status),
                    theme.post_status(post.status),
                )
            };
            vec![
                Span::raw(when),
                cell(&format!("{} {}", post.network.short(), post.channel)),
                status,
                cell(post.pillar.as_deref().unwrap_or("—")),
                cell(&post.body),
            ]
        },
    );
}

fn post_detail(app: &App, post: &PostRow, theme: &Theme) -> Vec<Line<'static>> {
    let time = |at: Option<chrono::DateTime<chrono::Utc>>| {
        at.map(|t| app.clock.local(t).format("%A %d %B %Y, %H:%M").to_string())
            .unwrap_or_else(|| "—".into())
    };
    let status = if post.is_overdue(app.clock.now) {
        format!("{} {} — overdue", post.status.symbol(), post.status)
    } else {
        format!("{} {}", post.status.symbol(), post.status)
    };
    let mut lines = vec![
        field(
            "channel",
            &format!("{} {}", post.network, post.channel),
            theme,
        ),
        field("status", &status, theme),
        field("scheduled", &time(post.scheduled_at), theme),
        field("published", &time(post.published_at), theme),
        field("url", post.url.as_deref().unwrap_or("—"), theme),
        field("campaign", post.campaign.as_deref().unwrap_or("—"), theme),
        field("pillar", post.pillar.as_deref().unwrap_or("—"), theme),
        field("persona", post.persona.as_deref().unwrap_or("—"), theme),
        field(
            "evergreen",
            if post.evergreen { "yes" } else { "no" },
            theme,
        ),
    ];
    if let Some(impressions) = post.impressions.or(post.reach) {
        let interactions = post.interactions.unwrap_or(0);
        let rate = crate::domain::week::ratio(interactions, impressions);
        lines.push(field(
            "metrics",
            &format!(
                "{} impressions · {} reach · {} interactions · engagement {}",
                count(post.impressions.unwrap_or(0)),
                count(post.reach.unwrap_or(0)),
                count(interactions),
                percent(rate)
            ),
            theme,
        ));
        lines.push(Line::styled("              engagement = (likes + comments + shares + saves) ÷ impressions (reach when missing)", theme.dim()));
    }
    lines.push(Line::raw(""));
    lines.extend(
        crate::text::sanitize_block(&post.body)
            .lines()
            .map(|l| Line::raw(l.to_string())),
    );
    if !post.notes.is_empty() {
        lines.push(Line::raw(""));
        lines.push(field("notes", &post.notes, theme));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled("Esc goes back.", theme.dim()));
    lines
}

fn strategy_lines(data: &CalendarStrategy, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![heading("Campaigns", theme)];
    if data.campaigns.is_empty() {
        lines.push(Line::styled("  No campaigns in the plan.", theme.dim()));
    }
    for campaign in &data.campaigns {
        let used = crate::domain::week::ratio(campaign.spent_cents, campaign.budget_cents);
        lines.push(Line::from(vec![
            Span::raw(format!(
                "  {:<28}",
                crate::text::truncate(&crate::text::sanitize_line(&campaign.name), 28)
            )),
            Span::raw(format!(
                "{} → {}  ",
                campaign.starts_on.format("%d %b"),
                campaign.ends_on.format("%d %b %Y")
            )),
            Span::raw(format!(
                "budget {}  spent {} ({})  {} posts",
                euros(campaign.budget_cents),
                euros(campaign.spent_cents),
                percent(used),
                campaign.posts
            )),
        ]));
    }
    lines.push(Line::raw(""));
    let period = data
        .period
        .map(|(a, b)| format!(" ({} – {})", a.format("%d %b"), b.format("%d %b")))
        .unwrap_or_default();
    lines.push(heading(
        &format!("Content-pillar mix, planned vs target{period}"),
        theme,
    ));
    let total: i64 = data.pillars.iter().map(|p| p.posts).sum();
    for pillar in &data.pillars {
        let share = crate::domain::week::ratio(pillar.posts, total);
        let gap = share.map(|s| s - pillar.target_share);
        let style = match gap {
            Some(g) if g < -0.05 => theme.alert(),
            Some(g) if g > 0.05 => theme.warn(),
            _ => theme.good(),
        };
        let verdict = match gap {
            Some(g) if g < -0.05 => "▼ under",
            Some(g) if g > 0.05 => "▲ over",
            Some(_) => "● on target",
            None => "no data",
        };
        lines.push(Line::from(vec![
            Span::raw(format!(
                "  {:<26}",
                crate::text::truncate(&crate::text::sanitize_line(&pillar.name), 26)
            )),
            Span::raw(format!(
                "{:>4} posts  {:>7} of plan  target {:>6}  ",
                pillar.posts,
                percent(share),
                percent(Some(pillar.target_share))
            )),
            Span::styled(verdict, style),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(heading(
        "Posting frequency this week vs the channel plan",
        theme,
    ));
    for channel in &data.channels {
        let planned = channel.planned_per_week;
        let (verdict, style) = if (channel.this_week as f64) < planned - 0.5 {
            ("▼ under-served", theme.alert())
        } else if (channel.this_week as f64) > planned + 0.5 {
            ("▲ over-served", theme.warn())
        } else {
            ("● on plan", theme.good())
        };
        lines.push(Line::from(vec![
            Span::raw(format!(
                "  {:<5} {:<26}",
                channel.network.short(),
                crate::text::truncate(&crate::text::sanitize_line(&channel.channel), 26)
            )),
            Span::raw(format!(
                "{:>3} planned this week / {:>4.1} in plan  ",
                channel.this_week, planned
            )),
            Span::styled(verdict, style),
        ]));
        if !channel.role.is_empty() {
            lines.push(Line::styled(
                format!(
                    "        role: {} · tone: {}",
                    crate::text::sanitize_line(&channel.role),
                    crate::text::sanitize_line(&channel.tone)
                ),
                theme.dim(),
            ));
        }
    }
    lines
}
