//! The Mentions pane: new mentions to triage (execution) and rules, share of voice, sentiment trend,
//! crisis thresholds and protocol (strategy).

use super::MentionsPane;
use crate::clock::short_age;
use crate::command::Command;
use crate::domain::rows::MentionRow;
use crate::domain::strategy::ListeningStrategy;
use crate::keymap::Scope;
use crate::panes::form::FormView;
use crate::panes::list_view::{list_table, strategy_face};
use crate::text::sanitize_line;
use crate::ui::PaneView;
use crate::ui::Theme;
use crate::ui::format::{count, percent};
use crate::ui::hints::{Hints, key};
use crate::ui::widgets::sentiment_span;
use crate::ui::widgets::{Column, ListLook, cell, detail, field, heading, pane_block};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// The Mentions pane's view, drawn in the face the context asks for, with its forms and overlays.
pub type MentionsPaneView<'a> = PaneView<'a, MentionsPane>;

impl Widget for MentionsPaneView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        draw(&self, self.ctx.theme, buf, area);
    }
}

/// Draws Mentions in the current face.
fn draw(view: &MentionsPaneView<'_>, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let pane = view.pane;
    if view.ctx.strategy {
        let selected = pane.rule_selected;
        let rule_keys = Hints::new(view.ctx.keys, Scope::Global)
            .keys(&[Command::Down, Command::Up], "choose")
            .scope(Scope::Mentions)
            .key(Command::New, "new")
            .key(Command::Edit, "edit")
            .key(Command::Delete, "delete")
            .join(" · ");
        strategy_face(
            buf,
            area,
            &format!("Mentions — share of voice, sentiment, rules ({rule_keys}), crisis protocol"),
            &pane.strategy,
            theme,
            |data, theme| {
                let lessons =
                    super::view_lessons::lessons_lines(view.ctx.sentiment, view.ctx.keys, theme);
                strategy_lines(data, selected, &rule_keys, lessons, theme)
            },
        );
        if let Some(open) = &pane.form {
            FormView::new(&open.form, theme, view.ctx.keys).render(buf.area, buf);
        }
        return;
    }
    let list = &pane.triage;
    if list.detail
        && let Some(mention) = list.selected_row()
    {
        detail(
            buf,
            area,
            pane_block("Mentions — mention", false, theme),
            mention_detail(view, mention, theme),
        );
        return;
    }
    let columns = [
        Column::fixed("Age", 5),
        Column::fixed("Tone", 4),
        Column::fixed("Source", 13).narrows_to(6),
        Column::fixed("Author", 18).narrows_to(12),
        Column::fixed("Reach", 7),
        Column::fixed("Rule", 16).narrows_to(8).drops(1),
        Column::fill("Mention", 1),
    ];
    let filter = if pane.filter_label.is_empty() {
        String::new()
    } else {
        format!(" · only {}", pane.filter_label)
    };
    let keys = Hints::new(view.ctx.keys, Scope::Mentions)
        .key(Command::MarkDone, "reviewed")
        .key(Command::Ignore, "ignore")
        .key(Command::Reply, "to inbox")
        .key(Command::Curate, "post idea")
        .key(Command::LinkPerson, "person")
        .key(Command::CycleView, "view")
        .scope(Scope::Global)
        .key(Command::Help, "keys")
        .join(", ");
    let title = format!("Mentions — {}{filter} · {keys}", pane.view.label());
    let block = pane_block(&title, false, theme);
    list_table(
        buf,
        area,
        ListLook {
            block,
            columns: &columns,
            empty: if pane.view == crate::domain::mentions::MentionView::New {
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
                mention.author.line()
            };
            vec![
                Span::raw(short_age(mention.published_at, view.ctx.clock.now)),
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
        FormView::new(&open.form, theme, view.ctx.keys).render(buf.area, buf);
    }
}

fn mention_detail(
    view: &MentionsPaneView<'_>,
    mention: &MentionRow,
    theme: &Theme,
) -> Vec<Line<'static>> {
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
                .as_ref()
                .map_or("not linked to a person".into(), |p| p.line()),
            theme,
        ),
        field("source", &mention.source, theme),
        field(
            "url",
            mention.url.as_ref().map_or("—".into(), |u| u.line()),
            theme,
        ),
        field(
            "published",
            view.ctx
                .clock
                .local(mention.published_at)
                .format("%A %d %B %Y, %H:%M")
                .to_string(),
            theme,
        ),
        field("reach", count(mention.reach), theme),
        field(
            "sentiment",
            format!(
                "{} {}{correction}",
                mention.sentiment.symbol(),
                mention.sentiment
            ),
            theme,
        ),
        field("why", sentiment_evidence(view, mention), theme),
        field("rule", &rule, theme),
        field("status", mention.status.to_string(), theme),
    ];
    if mention.on_watchlist {
        lines.push(Line::styled(
            "              ⚑ the author is on the watchlist",
            theme.alert(),
        ));
    }
    lines.push(Line::raw(""));
    lines.extend(
        mention
            .text
            .block()
            .lines()
            .map(|l| Line::raw(l.to_string())),
    );
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!(
            "{} goes back.",
            key(view.ctx.keys, Scope::Global, Command::Back)
        ),
        theme.dim(),
    ));
    lines
}

/// The words and rules behind the automatic guess, scored again with what the brand's terms and
/// corrections say now (and said so when that changes the stored guess).
fn sentiment_evidence(view: &MentionsPaneView<'_>, mention: &MentionRow) -> String {
    let score =
        crate::analytics::sentiment::score_for(mention.text.raw(), None, view.ctx.sentiment);
    sanitize_line(&score.evidence_against(mention.sentiment_auto))
}

/// Eighths of a block, for sparklines.
const SPARK: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

fn bar(value: i64, max: i64, width: usize) -> String {
    if max <= 0 {
        return String::new();
    }
    let filled = ((value as f64 / max as f64) * width as f64).round() as usize;
    "█".repeat(filled.min(width))
}

fn strategy_lines(
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
