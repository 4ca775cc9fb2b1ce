//! The Mentions pane's strategy face, line by line: share of voice and its trend, sentiment over
//! eight weeks, what the sentiment guess learned, top sources and authors, the listening rules,
//! crisis thresholds, protocol and log.

use super::forms::sensitivity_word;
use crate::domain::strategy::ListeningStrategy;
use crate::i18n::{self, Arg, Lang};
use crate::text::sanitize_line;
use crate::ui::Theme;
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
    lang: Lang,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let count = |n: i64| i18n::count(lang, n);
    let percent = |share: Option<f64>| i18n::share(lang, share);
    let mut lines = vec![heading(
        &lang.text_with(
            "mentions-sov-this-week",
            &[("share", Arg::Text(&percent(data.share_of_voice())))],
        ),
        theme,
    )];
    lines.push(Line::styled(
        format!("  {}", lang.text("mentions-sov-formula")),
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
    lines.push(heading(&lang.text("mentions-sentiment-heading"), theme));
    for week in &data.sentiment_trend {
        let total = week.positive + week.neutral + week.negative;
        lines.push(Line::from(vec![
            Span::raw(format!("  {}  {:>4}  ", week.week, total)),
            Span::styled(format!("+{:<4}", week.positive), theme.good()),
            Span::styled(format!("·{:<4}", week.neutral), theme.dim()),
            Span::styled(format!("−{:<4}", week.negative), theme.alert()),
            Span::raw(format!(
                " {}",
                lang.text_with(
                    "mentions-sentiment-negative-share",
                    &[(
                        "share",
                        Arg::Text(&percent(crate::domain::week::ratio(week.negative, total)))
                    )],
                )
            )),
        ]));
    }
    lines.push(Line::raw(""));
    lines.extend(lessons);
    lines.push(Line::raw(""));
    lines.push(heading(&lang.text("mentions-sov-trend-heading"), theme));
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
    lines.push(heading(&lang.text("mentions-top-heading"), theme));
    for ((source, reach, n), author) in data.top_sources.iter().zip(
        data.top_authors
            .iter()
            .map(Some)
            .chain(std::iter::repeat(None)),
    ) {
        let author = author
            .map(|(a, r, n)| {
                format!(
                    "{:<22} {:>8} {}  {}",
                    crate::text::truncate(&sanitize_line(a), 22),
                    count(*r),
                    lang.text("mentions-top-reach"),
                    mentions_count(lang, *n)
                )
            })
            .unwrap_or_default();
        lines.push(Line::raw(format!(
            "  {:<14} {:>8} {} {:>3} {:<8}   {author}",
            crate::text::truncate(&sanitize_line(source), 14),
            count(*reach),
            lang.text("mentions-top-reach"),
            count(*n),
            lang.text_with("mentions-top-mentions", &[("count", Arg::Count(*n))])
        )));
    }
    if data.top_sources.is_empty() {
        lines.push(Line::styled(
            format!("  {}", lang.text("no-data")),
            theme.dim(),
        ));
    }
    lines.push(Line::raw(""));
    lines.push(heading(
        &lang.text_with("mentions-rules-heading", &[("keys", Arg::Text(rule_keys))]),
        theme,
    ));
    if data.rules.is_empty() {
        lines.push(Line::styled(
            format!("  {}", lang.text("mentions-rules-none")),
            theme.dim(),
        ));
    }
    for (index, rule) in data.rules.iter().enumerate() {
        let exclusions = if rule.exclusions.is_empty() {
            String::new()
        } else {
            format!(
                "  {}",
                lang.text_with(
                    "mentions-rules-not",
                    &[("exclusions", Arg::Text(&sanitize_line(&rule.exclusions)))],
                )
            )
        };
        let marker = if index == selected { "▶" } else { " " };
        let text = format!(
            "{marker} {:<22} {:<10} {:>4} {}  {}{exclusions}",
            crate::text::truncate(&rule.name.line(), 22),
            rule.kind.word(lang),
            count(rule.last_7_days),
            lang.text("mentions-rules-in-7-days"),
            sanitize_line(&rule.terms)
        );
        lines.push(if index == selected {
            Line::styled(text, theme.selected())
        } else {
            Line::raw(text)
        });
    }
    lines.push(Line::raw(""));
    lines.push(heading(&lang.text("mentions-thresholds-heading"), theme));
    lines.push(Line::styled(
        format!("  {}", lang.text("mentions-thresholds-formula")),
        theme.dim(),
    ));
    for threshold in &data.thresholds {
        lines.push(Line::raw(format!(
            "  {:<24} {:<10} {}",
            sanitize_line(&threshold.rule),
            sensitivity_word(lang, &threshold.sensitivity),
            lang.text_with(
                "mentions-threshold-line",
                &[
                    ("min", Arg::Text(&format!("{:>3}", threshold.min_count))),
                    ("hours", Arg::Text(&threshold.cooldown_hours.to_string())),
                ],
            )
        )));
    }
    lines.push(Line::raw(""));
    lines.push(heading(&lang.text("mentions-protocol-heading"), theme));
    if data.protocol.is_empty() {
        lines.push(Line::styled(
            format!("  {}", lang.text("mentions-protocol-none")),
            theme.dim(),
        ));
    }
    let mut level = None;
    for (step_level, step) in &data.protocol {
        if level != Some(*step_level) {
            lines.push(Line::styled(
                format!(
                    "  {}",
                    lang.text_with(
                        "mentions-protocol-level",
                        &[("level", Arg::Text(&step_level.to_string()))],
                    )
                ),
                theme.warn(),
            ));
            level = Some(*step_level);
        }
        lines.push(Line::raw(format!("    ☐ {}", sanitize_line(step))));
    }
    lines.push(Line::raw(""));
    lines.push(heading(&lang.text("mentions-crises-heading"), theme));
    if data.crises.is_empty() {
        lines.push(Line::styled(
            format!("  {}", lang.text("mentions-crises-none")),
            theme.dim(),
        ));
    }
    let crisis_date = lang.text("mentions-crisis-date-pattern");
    for crisis in &data.crises {
        let closed = crisis
            .closed_at
            .map_or(lang.text("mentions-crisis-open"), |t| {
                lang.text_with(
                    "mentions-crisis-closed",
                    &[("when", Arg::Text(&i18n::dated(lang, t, &crisis_date)))],
                )
            });
        lines.push(Line::raw(format!(
            "  {}  {closed}  {}",
            lang.text_with(
                "mentions-crisis-opened",
                &[
                    ("level", Arg::Text(&crisis.level.to_string())),
                    (
                        "when",
                        Arg::Text(&i18n::dated(lang, crisis.opened_at, &crisis_date))
                    ),
                ],
            ),
            crisis.note.line()
        )));
    }
    lines
}

/// `1 mention`, `3 mentions` in `lang`.
fn mentions_count(lang: Lang, n: i64) -> String {
    lang.text_with(
        "mentions-count",
        &[
            ("count", Arg::Count(n)),
            ("shown", Arg::Text(&i18n::count(lang, n))),
        ],
    )
}
