//! The tab bar (panes, strategy marker) and the status line (today's counters or a message).

use crate::app::App;
use crate::clock::short_age;
use crate::command::Command;
use crate::keymap::Scope;
use crate::panes::Tab;
use crate::text::sanitize_line;
use crate::ui::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::widgets::Widget;

/// The top line: the panes with their keys, and the strategy toggle with its state.
pub fn tab_bar(app: &App, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let mut spans = vec![
        Span::styled(" cmdeck ", theme.mode(app.strategy)),
        Span::raw("│"),
    ];
    let go = [
        Command::GoCalendar,
        Command::GoInbox,
        Command::GoMentions,
        Command::GoPrescriptors,
        Command::GoReports,
    ];
    for (tab, command) in Tab::ALL.iter().zip(go) {
        let key = app.keymap.label_for(Scope::Global, command);
        let label = format!(" {key} {} ", tab.title());
        if *tab == app.tab {
            spans.push(Span::styled(
                format!("[{}]", label.trim_end()),
                theme.selected(),
            ));
            spans.push(Span::raw(" "));
        } else {
            spans.push(Span::styled(label, theme.dim()));
        }
    }
    spans.push(Span::raw("│ "));
    let toggle = app.keymap.label_for(Scope::Global, Command::ToggleStrategy);
    if app.strategy {
        spans.push(Span::styled(
            format!(" ◆ STRATEGY ({toggle}) "),
            theme.strategy_badge(),
        ));
    } else {
        spans.push(Span::styled(format!("{toggle} strategy"), theme.dim()));
    }
    Widget::render(Paragraph::new(Line::from(spans)), area, buf);
}

/// The bottom line: a message when there is one, else today's counters and the help key.
pub fn status_line(app: &App, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let help = app.keymap.label_for(Scope::Global, Command::Help);
    let line = match &app.message {
        Some(message) => Line::from(Span::styled(
            format!(" {} ", sanitize_line(message)),
            theme.alert(),
        )),
        None => counters_line(app, theme, &help),
    };
    Widget::render(Paragraph::new(line), area, buf);
}

fn counters_line<'a>(app: &App, theme: &Theme, help: &str) -> Line<'a> {
    let c = &app.counters;
    let crisis_key = app.keymap.label_for(Scope::Global, Command::Crisis);
    let mut spans = Vec::new();
    if let Some((level, paused)) = c.crisis {
        let paused = if paused { ", posts paused" } else { "" };
        spans.push(Span::styled(
            format!(" ⛑ CRISIS level {level}{paused} ({crisis_key}) "),
            theme.strategy_badge(),
        ));
        spans.push(Span::raw(" "));
    }
    if let Some((label, count)) = c.spikes.first() {
        let more = if c.spikes.len() > 1 {
            format!(" (+{} more)", c.spikes.len() - 1)
        } else {
            String::new()
        };
        spans.push(Span::styled(
            format!(
                " ⚠ SPIKE: {} — {count} in 24 h{more} ({crisis_key}: crisis protocol) ",
                sanitize_line(label)
            ),
            theme.strategy_badge(),
        ));
        spans.push(Span::raw(" "));
    }
    spans.push(Span::styled(
        format!(" ◷ {} due today", c.posts_due_today),
        theme.text(),
    ));
    if c.posts_overdue > 0 {
        spans.push(Span::styled(
            format!(" ({} overdue)", c.posts_overdue),
            theme.alert(),
        ));
    }
    spans.push(Span::raw(" │ "));
    let oldest = c
        .oldest_waiting
        .map(|at| format!(", oldest {}", short_age(at, app.clock.now)))
        .unwrap_or_default();
    spans.push(Span::raw(format!(
        "✉ {} waiting{oldest}",
        c.messages_waiting
    )));
    spans.push(Span::raw(" │ "));
    spans.push(Span::raw(format!("◎ {} new mentions", c.new_mentions)));
    if c.new_negative > 0 {
        spans.push(Span::styled(
            format!(" ({} negative)", c.new_negative),
            theme.alert(),
        ));
    }
    spans.push(Span::raw(" │ "));
    let follow = Span::styled(
        format!("☺ {} follow-ups due", c.follow_ups_due),
        if c.follow_ups_due > 0 {
            theme.warn()
        } else {
            theme.text()
        },
    );
    spans.push(follow);
    spans.push(Span::styled(format!(" │ {help} help"), theme.dim()));
    Line::from(spans)
}
