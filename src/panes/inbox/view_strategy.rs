//! The Inbox's strategy face: response-time targets and how the weeks meet them, the volume by
//! channel and kind, the tone of voice and the escalation rules.

use crate::domain::strategy::{InboxStrategy, ResponseStats};
use crate::ui::Theme;
use crate::ui::format::{count, minutes, percent};
use crate::ui::widgets::{heading, push_text};
use ratatui::text::Line;

fn stats_lines(
    label: &str,
    stats: &ResponseStats,
    target: u32,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let met = crate::domain::week::ratio(stats.within_target, stats.answered);
    vec![
        Line::styled(format!("  {label}"), theme.text()),
        Line::raw(format!(
            "    received {}  answered {}  within {} target: {} ({})",
            count(stats.received),
            count(stats.answered),
            minutes(Some(f64::from(target))),
            count(stats.within_target),
            percent(met)
        )),
        Line::raw(format!(
            "    median first response {}  slowest {}",
            minutes(stats.median_minutes),
            minutes(stats.slowest_minutes)
        )),
    ]
}

/// The strategy face's lines: the response-time target against this week and the last, the
/// volume by channel and kind, the tone of voice and the escalation rules.
pub(super) fn strategy_lines(data: &InboxStrategy, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![heading(
        &format!(
            "Response-time target (SLA): first answer within {}",
            minutes(Some(f64::from(data.target_minutes)))
        ),
        theme,
    )];
    lines.extend(stats_lines(
        "This week",
        &data.this_week,
        data.target_minutes,
        theme,
    ));
    lines.extend(stats_lines(
        "Last week",
        &data.last_week,
        data.target_minutes,
        theme,
    ));
    lines.push(Line::styled(
        "    first response time = first reply − received; median of the week's answered messages",
        theme.dim(),
    ));
    lines.push(Line::raw(""));
    lines.push(heading("Volume this week by channel and kind", theme));
    if data.volume.is_empty() {
        lines.push(Line::styled("  no data", theme.dim()));
    }
    for (label, n) in &data.volume {
        lines.push(Line::raw(format!(
            "  {:<24}{:>5}",
            crate::text::sanitize_line(label),
            count(*n)
        )));
    }
    lines.push(Line::raw(""));
    lines.push(heading("Tone of voice", theme));
    push_text(
        &mut lines,
        &data.tone_guide,
        "No tone-of-voice guide in the plan yet.",
        theme,
    );
    lines.push(Line::raw(""));
    lines.push(heading("Escalation rules", theme));
    push_text(
        &mut lines,
        &data.escalation_rules,
        "No escalation rules in the plan yet.",
        theme,
    );
    lines
}
