//! The Mentions pane: new mentions to triage (execution) and rules, share of voice, sentiment trend,
//! crisis thresholds and protocol (strategy).

use super::super::Theme;
use super::super::format::{count, percent};
use super::super::widgets::{
    Column, ListLook, cell, detail, field, heading, list_table, pane_block, strategy_face,
};
use super::inbox::sentiment_span;
use crate::app::App;
use crate::clock::short_age;
use crate::domain::rows::MentionRow;
use crate::domain::strategy::ListeningStrategy;
use crate::text::sanitize_line;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// Draws Mentions in the current face.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame<'_>, area: Rect) {
    let pane = &app.panes.mentions;
    if app.strategy {
        strategy_face(
            frame,
            area,
            "Mentions — listening rules, share of voice, crisis protocol",
            &pane.strategy,
            theme,
            strategy_lines,
        );
        return;
    }
    let list = &pane.triage;
    if list.detail
        && let Some(mention) = list.selected_row()
    {
        detail(
            frame,
            area,
            pane_block("Mentions — mention", false, theme),
            mention_detail(app, mention, theme),
        );
        return;
    }
    let columns = [
        Column::fixed("Age", 5),
        Column::fixed("Tone", 4),
        Column::fixed("Source", 13),
        Column::fixed("Author", 18),
        Column::fixed("Reach", 7),
        Column::fixed("Rule", 16),
        Column::fill("Mention", 1),
    ];
    let filter = if pane.filter_label.is_empty() {
        String::new()
    } else {
        format!(" · only {}", pane.filter_label)
    };
    let title = format!(
        "Mentions — {}{filter} · x reviewed, i ignore, r to inbox, c post idea, @ person, v view, ? keys",
        pane.view.label()
    );
    let block = pane_block(&title, false, theme);
    list_table(
        frame,
        area,
        ListLook {
            block,
            columns: &columns,
            empty: if pane.view == crate::db::mention_list::MentionView::New {
                "No new mentions to review."
            } else {
                "Nothing here."
            },
        },
        list,
        theme,
        |mention| {
            let author = if mention.on_watchlist {
                format!("⚑ {}", mention.author)
            } else {
                mention.author.clone()
            };
            vec![
                Span::raw(short_age(mention.published_at, app.clock.now)),
                sentiment_span(Some(mention.sentiment), mention.sentiment_corrected, theme),
                cell(&mention.source),
                cell(&author),
                Span::raw(format!("{:>7}", count(mention.reach))),
                cell(mention.rule.as_deref().unwrap_or("—")),
                cell(&mention.text),
            ]
        },
    );
    if let Some(open) = &pane.form {
        super::super::form::render(frame, theme, &open.form, Vec::new());
    }
}

fn mention_detail(app: &App, mention: &MentionRow, theme: &Theme) -> Vec<Line<'static>> {
    let correction = if mention.sentiment_corrected {
        format!(
            " (corrected; the automatic guess was {})",
            mention.sentiment_auto
        )
    } else {
        " (automatic)".to_string()
    };
    let rule = match (&mention.rule, mention.rule_kind) {
        (Some(name), Some(kind)) => format!("{name} ({kind})"),
        (Some(name), None) => name.clone(),
        _ => "—".to_string(),
    };
    let mut lines = vec![
        field("author", &mention.author, theme),
        field(
            "person",
            mention
                .person
                .as_deref()
                .unwrap_or("not linked to a person"),
            theme,
        ),
        field("source", &mention.source, theme),
        field("url", mention.url.as_deref().unwrap_or("—"), theme),
        field(
            "published",
            &app.clock
                .local(mention.published_at)
                .format("%A %d %B %Y, %H:%M")
                .to_string(),
            theme,
        ),
        field("reach", &count(mention.reach), theme),
        field(
            "sentiment",
            &format!(
                "{} {}{correction}",
                mention.sentiment.symbol(),
                mention.sentiment
            ),
            theme,
        ),
        field("rule", &rule, theme),
        field("status", &mention.status.to_string(), theme),
    ];
    if mention.on_watchlist {
        lines.push(Line::styled(
            "              ⚑ the author is on the watchlist",
            theme.alert(),
        ));
    }
    lines.push(Line::raw(""));
    lines.extend(
        crate::text::sanitize_block(&mention.text)
            .lines()
            .map(|l| Line::raw(l.to_string())),
    );
    lines.push(Line::raw(""));
    lines.push(Line::styled("Esc goes back.", theme.dim()));
    lines
}

fn bar(value: i64, max: i64, width: usize) -> String {
    if max <= 0 {
        return String::new();
    }
    let filled = ((value as f64 / max as f64) * width as f64).round() as usize;
    "█".repeat(filled.min(width))
}

fn strategy_lines(data: &ListeningStrategy, theme: &Theme) -> Vec<Line<'static>> {
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
    lines.push(heading("Listening rules", theme));
    for rule in &data.rules {
        let exclusions = if rule.exclusions.is_empty() {
            String::new()
        } else {
            format!("  not: {}", sanitize_line(&rule.exclusions))
        };
        lines.push(Line::raw(format!(
            "  {:<22} {:<10} {:>4} in 7 days  {}{exclusions}",
            crate::text::truncate(&sanitize_line(&rule.name), 22),
            rule.kind,
            rule.last_7_days,
            sanitize_line(&rule.terms)
        )));
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
    lines
}
