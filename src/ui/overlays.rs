//! The help overlay (generated from the live key map) and the welcome screen of an empty database.

use super::Theme;
use crate::app::App;
use crate::keymap::Scope;
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

/// Every binding of the live key map, grouped by scope, over the screen.
pub fn help(app: &App, theme: &Theme, frame: &mut Frame<'_>, scroll: u16) {
    let area = centered(frame.area(), 72, frame.area().height.saturating_sub(2));
    let mut lines = Vec::new();
    let mut scope = None;
    for binding in app.keymap.bindings() {
        if scope != Some(binding.scope) {
            if scope.is_some() {
                lines.push(Line::raw(""));
            }
            lines.push(Line::styled(scope_title(binding.scope), theme.heading()));
            scope = Some(binding.scope);
        }
        let keys: Vec<String> = binding.keys.iter().map(ToString::to_string).collect();
        lines.push(Line::from(vec![
            Span::styled(
                format!("  {:<18}", keys.join(", ")),
                theme.mode(app.strategy),
            ),
            Span::raw(binding.command.help()),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        "While filtering: type to narrow, Enter keeps the filter, Esc clears it.",
        theme.dim(),
    ));
    let block = Block::default()
        .borders(Borders::ALL)
        .title(" Help — keys from your key map (Esc closes) ");
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(block).scroll((scroll, 0)), area);
}

fn scope_title(scope: Scope) -> String {
    match scope {
        Scope::Global => "Everywhere".to_string(),
        Scope::Strategy => "In strategy mode".to_string(),
        other => format!("In {}", capitalised(other.name())),
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// What to do with an empty database.
pub fn welcome(theme: &Theme, frame: &mut Frame<'_>, area: Rect) {
    let lines = vec![
        Line::styled("Welcome to cmdeck", theme.heading()),
        Line::raw(""),
        Line::raw("This database is empty. To see a populated desk right away:"),
        Line::raw(""),
        Line::styled(
            "  cmdeck --demo                 open a throwaway demo brand",
            theme.mode(false),
        ),
        Line::styled(
            "  cmdeck demo --db FILE         write the demo brand into FILE",
            theme.mode(false),
        ),
        Line::raw(""),
        Line::raw(
            "Everything cmdeck knows lives in this one SQLite file (`--db FILE` picks another).",
        ),
        Line::raw(
            "Forms to add channels, posts, messages and people in each pane, and `cmdeck import`",
        ),
        Line::raw(
            "for files and feeds, are on their way; until then the demo shows every pane at work.",
        ),
        Line::raw(""),
        Line::styled(
            "Press any key to go to the desk, ? for help, q to quit.",
            theme.dim(),
        ),
    ];
    let block = Block::default().borders(Borders::ALL).title(" cmdeck ");
    let inner = centered(area, 96, 16);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        inner,
    );
}

/// A rectangle of at most `width` × `height` in the middle of `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

/// The lines of a fetch under way (or just finished), in a box at the bottom of the screen.
pub fn fetch_log(app: &App, theme: &Theme, frame: &mut Frame<'_>) {
    if app.fetch_log.is_empty() {
        return;
    }
    let full = frame.area();
    let height = (app.fetch_log.len() as u16 + 2).min(full.height / 2).max(3);
    let width = full.width.min(90);
    let area = Rect {
        x: full.x + full.width.saturating_sub(width),
        y: full.y + full.height.saturating_sub(height + 1),
        width,
        height,
    };
    let title = if app.fetching {
        " Fetching feeds… (the desk stays usable) "
    } else {
        " Fetch finished — any key hides this "
    };
    let lines: Vec<Line<'static>> = app
        .fetch_log
        .iter()
        .rev()
        .take(usize::from(height.saturating_sub(2)))
        .rev()
        .map(|line| {
            Line::styled(
                crate::text::sanitize_line(line),
                if line.starts_with('✕') {
                    theme.alert()
                } else {
                    theme.text()
                },
            )
        })
        .collect();
    frame.render_widget(Clear, area);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(theme.heading())
                .title(title),
        ),
        area,
    );
}
