//! The Calendar's strategy face: campaigns on a timeline, the pillar mix of the visible period
//! against the targets, and posts this week per channel against the channel plan.

use crate::domain::strategy::CalendarStrategy;
use crate::ui::Theme;
use crate::ui::format::{euros, percent};
use crate::ui::widgets::heading;
use ratatui::text::{Line, Span};

/// The lines of the strategy face.
pub fn strategy_lines(data: &CalendarStrategy, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![heading("Campaigns", theme)];
    if data.campaigns.is_empty() {
        lines.push(Line::styled("  No campaigns in the plan.", theme.dim()));
    }
    if let Some((first, _)) = data.period {
        lines.extend(timeline(data, first, theme));
    }
    for campaign in &data.campaigns {
        let used = crate::domain::week::ratio(campaign.spent_cents, campaign.budget_cents);
        lines.push(Line::from(vec![
            Span::raw(format!(
                "  {:<28}",
                crate::text::truncate(&campaign.name.line(), 28)
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
                crate::text::truncate(&pillar.name.line(), 26)
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

/// Days each character of the timeline stands for.
const DAYS_PER_CELL: i64 = 2;
/// Characters of the timeline: 12 weeks, from 4 weeks before the visible period.
const TIMELINE_CELLS: i64 = 42;

/// Campaigns as bars on a 12-week axis that starts 4 weeks before the visible period (`▼`).
fn timeline(
    data: &CalendarStrategy,
    first: chrono::NaiveDate,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let start = first - chrono::Duration::days(28);
    let end = start + chrono::Duration::days(TIMELINE_CELLS * DAYS_PER_CELL);
    let mut axis = String::new();
    for cell in 0..TIMELINE_CELLS {
        let day = start + chrono::Duration::days(cell * DAYS_PER_CELL);
        axis.push(
            if (day..day + chrono::Duration::days(DAYS_PER_CELL)).contains(&first) {
                '▼'
            } else {
                ' '
            },
        );
    }
    let mut lines = vec![Line::styled(
        format!(
            "  {:<28}{axis}",
            format!("{} → {}", start.format("%d %b"), end.format("%d %b"))
        ),
        theme.dim(),
    )];
    for campaign in &data.campaigns {
        let bar: String = (0..TIMELINE_CELLS)
            .map(|cell| {
                let day = start + chrono::Duration::days(cell * DAYS_PER_CELL);
                let covered = campaign.starts_on <= day + chrono::Duration::days(DAYS_PER_CELL - 1)
                    && day <= campaign.ends_on;
                if covered { '█' } else { '·' }
            })
            .collect();
        let name = crate::text::truncate(&campaign.name.line(), 26);
        lines.push(Line::from(vec![
            Span::raw(format!("  {name:<28}")),
            Span::styled(bar, theme.warn()),
        ]));
    }
    lines.push(Line::raw(""));
    lines
}
