//! The Mentions pane's strategy face, line by line: share of voice and its trend, sentiment over
//! eight weeks, what the sentiment guess learned, top sources and authors, the listening rules,
//! crisis thresholds, protocol and log.

use crate::domain::strategy::ListeningStrategy;
use crate::text::sanitize_line;
use crate::ui::Theme;
use crate::ui::format::{count, percent};
use crate::ui::widgets::heading;
use ratatui::text::{Line, Span};

/// Eighths of a block, for sparklines.
const SPARK: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

fn bar(value: i64, max: i64, width: usize) -> String {
    if max <= 0 {
        return String::new();
    }
    let filled = ((value as f64 / max as f64) * width as f64).round() as usize;
    "█".repeat(filled.min(width))
}

pub(super) fn strategy_lines(
    data: &ListeningStrategy,
    selected: usize,
    rule_keys: &str,
    lessons: Vec<Line<'static>>,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut lines = vec![heading(
        &format!(
            "Share of voice this week: {}",
            percent(data.share_of_voice())
        ),
        theme,
    )];
    lines.push(Line::styled(
        "  share of voice = brand mentions ÷ (brand + competitor mentions)",
        theme.dim(),
    ));
    let max = data.voices.iter().map(|v| v.1).max().unwrap_or(0);
    for (name, n) in &data.voices {
        lines.push(Line::raw(format!(
            "  {:<20}{:>6}  {}",
            crate::text::truncate(&sanitize_line(name), 20),
            count(*n),
            bar(*n, max, 30)
        )));
    }
    lines.push(Line::raw(""));
    lines.push(heading(
        "Sentiment, last 8 weeks (+ positive · neutral − negative)",
        theme,
    ));
    for week in &data.sentiment_trend {
        let total = week.positive + week.neutral + week.negative;
        lines.push(Line::from(vec![
            Span::raw(format!("  {}  {:>4}  ", week.week, total)),
            Span::styled(format!("+{:<4}", week.positive), theme.good()),
            Span::styled(format!("·{:<4}", week.neutral), theme.dim()),
            Span::styled(format!("−{:<4}", week.negative), theme.alert()),
            Span::raw(format!(
                " negative {}",
                percent(crate::domain::week::ratio(week.negative, total))
            )),
        ]));
    }
    lines.push(Line::raw(""));
    lines.extend(lessons);
    lines.push(Line::raw(""));
    lines.push(heading("Share of voice, last 8 weeks", theme));
    let spark: String = data
        .voice_trend
        .iter()
        .map(|(_, share)| share.map_or(' ', |v| SPARK[((v * 7.0).round() as usize).min(7)]))
        .collect();
    let last = data
        .voice_trend
        .last()
        .map(|(_, v)| percent(*v))
        .unwrap_or_default();
    lines.push(Line::raw(format!(
        "  {spark}  {} → {last}",
        data.voice_trend
            .first()
            .map(|(w, _)| w.clone())
            .unwrap_or_default()
    )));
    for (week, share) in &data.voice_trend {
        lines.push(Line::styled(
            format!("    {week}  {}", percent(*share)),
            theme.dim(),
        ));
    }
    lines.push(Line::raw(""));
    lines.push(heading(
        "Top sources and authors this week, by reach",
        theme,
    ));
    for ((source, reach, n), author) in data.top_sources.iter().zip(
        data.top_authors
            .iter()
            .map(Some)
            .chain(std::iter::repeat(None)),
    ) {
        let author = author
            .map(|(a, r, n)| {
                format!(
                    "{:<22} {:>8} reach  {n} mention{}",
                    crate::text::truncate(&sanitize_line(a), 22),
                    count(*r),
                    if *n == 1 { "" } else { "s" }
                )
            })
            .unwrap_or_default();
        lines.push(Line::raw(format!(
            "  {:<14} {:>8} reach {n:>3} {:<8}   {author}",
            crate::text::truncate(&sanitize_line(source), 14),
            count(*reach),
            if *n == 1 { "mention" } else { "mentions" }
        )));
    }
    if data.top_sources.is_empty() {
        lines.push(Line::styled("  no data", theme.dim()));
    }
    lines.push(Line::raw(""));
    lines.push(heading(&format!("Listening rules ({rule_keys})"), theme));
    if data.rules.is_empty() {
        lines.push(Line::styled(
            "  No rules yet: n adds one (brand terms, a competitor, the sector).",
            theme.dim(),
        ));
    }
    for (index, rule) in data.rules.iter().enumerate() {
        let exclusions = if rule.exclusions.is_empty() {
            String::new()
        } else {
            format!("  not: {}", sanitize_line(&rule.exclusions))
        };
        let marker = if index == selected { "▶" } else { " " };
        let text = format!(
            "{marker} {:<22} {:<10} {:>4} in 7 days  {}{exclusions}",
            crate::text::truncate(&rule.name.line(), 22),
            rule.kind,
            rule.last_7_days,
            sanitize_line(&rule.terms)
        );
        lines.push(if index == selected {
            Line::styled(text, theme.selected())
        } else {
            Line::raw(text)
        });
    }
    lines.push(Line::raw(""));
    lines.push(heading("Crisis thresholds", theme));
    lines.push(Line::styled("  alert when the last 24 h exceed the mean of the previous 7 days + k × standard deviation (k = 1.5 sensitive, 2 balanced, 3 strict) and the minimum count", theme.dim()));
    for threshold in &data.thresholds {
        lines.push(Line::raw(format!(
            "  {:<24} {:<10} min {:>3} in 24 h, cooldown {} h",
            sanitize_line(&threshold.rule),
            threshold.sensitivity,
            threshold.min_count,
            threshold.cooldown_hours
        )));
    }
    lines.push(Line::raw(""));
    lines.push(heading("Crisis protocol", theme));
    if data.protocol.is_empty() {
        lines.push(Line::styled(
            "  No crisis protocol in the plan yet.",
            theme.dim(),
        ));
    }
    let mut level = None;
    for (step_level, step) in &data.protocol {
        if level != Some(*step_level) {
            lines.push(Line::styled(format!("  Level {step_level}"), theme.warn()));
            level = Some(*step_level);
        }
        lines.push(Line::raw(format!("    ☐ {}", sanitize_line(step))));
    }
    lines.push(Line::raw(""));
    lines.push(heading("Crisis log", theme));
    if data.crises.is_empty() {
        lines.push(Line::styled("  No crisis so far.", theme.dim()));
    }
    for crisis in &data.crises {
        let closed = crisis.closed_at.map_or("still open".to_string(), |t| {
            format!("closed {}", t.format("%d %b %H:%M"))
        });
        lines.push(Line::raw(format!(
            "  level {}  opened {}  {closed}  {}",
            crisis.level,
            crisis.opened_at.format("%d %b %H:%M"),
            crisis.note.line()
        )));
    }
    lines
}
