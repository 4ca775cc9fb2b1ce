//! The help overlay (generated from the live key map of the layer in force) and the welcome
//! screen of an empty database.

use crate::app::App;
use crate::command::Command;
use crate::keymap::{Layer, Scope, help_in};
use crate::ui::{Theme, centered};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

/// The bindings of the scopes in force in the layer the help was opened over, from the live key
/// map, over the screen.
pub fn help(app: &App, theme: &Theme, buf: &mut Buffer, scroll: u16, over: Layer) {
    let area = centered(buf.area, 80, buf.area.height.saturating_sub(2));
    let mut lines = Vec::new();
    for scope in over.scopes(app.tab.scope(), app.strategy) {
        let bindings = app.keymap.bindings_of(scope);
        if bindings.is_empty() {
            continue;
        }
        if !lines.is_empty() {
            lines.push(Line::raw(""));
        }
        lines.push(Line::styled(scope_title(scope), theme.heading()));
        for binding in bindings {
            let keys: Vec<String> = binding.keys.iter().map(ToString::to_string).collect();
            lines.push(Line::from(vec![
                Span::styled(
                    format!("  {:<18}", keys.join(", ")),
                    theme.mode(app.strategy),
                ),
                Span::raw(help_in(scope, binding.command)),
            ]));
        }
    }
    if let Some(note) = over.typing_note() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(note, theme.dim()));
    }
    if over == Layer::List {
        let f1 = app.keymap.label_for(Scope::Form, Command::Help);
        if !f1.is_empty() {
            lines.push(Line::raw(""));
            lines.push(Line::styled(
                format!(
                    "In a form, the reply editor or a filter being typed, {f1} lists its keys."
                ),
                theme.dim(),
            ));
        }
    }
    let close = app.keymap.label_for(Scope::Help, Command::Back);
    let block = Block::default().borders(Borders::ALL).title(format!(
        " Help — {} keys from your key map ({close} closes) ",
        layer_title(over)
    ));
    Widget::render(Clear, area, buf);
    Widget::render(
        Paragraph::new(lines).block(block).scroll((scroll, 0)),
        area,
        buf,
    );
}

/// What the help calls the layer it lists.
fn layer_title(layer: Layer) -> &'static str {
    match layer {
        Layer::List => "the desk's",
        Layer::Filter => "the filter's",
        Layer::Form => "the form's",
        Layer::Editor => "the reply editor's",
        Layer::Picker => "the saved-reply search's",
        Layer::Confirm => "the question's",
        Layer::Help => "the help's",
        Layer::Plan => "the plan screen's",
        Layer::Crisis => "the crisis checklist's",
    }
}

fn scope_title(scope: Scope) -> String {
    match scope {
        Scope::Global => "Everywhere".to_string(),
        Scope::Strategy => "In strategy mode".to_string(),
        Scope::Form => "In a form".to_string(),
        Scope::Editor => "In the reply editor".to_string(),
        Scope::Picker => "In the saved-reply search".to_string(),
        Scope::Filter => "While typing a filter".to_string(),
        Scope::Confirm => "When asked a question".to_string(),
        Scope::Help => "In this help".to_string(),
        Scope::Plan => "On the plan screen".to_string(),
        Scope::Crisis => "In the crisis checklist".to_string(),
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
pub fn welcome(app: &App, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let help = app.keymap.label_for(Scope::Global, Command::Help);
    let quit = app.keymap.label_for(Scope::Global, Command::Quit);
    let open = app.keymap.label_for(Scope::Global, Command::Open);
    let setup = app.keymap.label_for(Scope::Global, Command::Setup);
    let lines = vec![
        Line::styled("Welcome to cmdeck", theme.heading()),
        Line::raw(""),
        Line::raw("This database is empty. Set up your own brand in two short steps:"),
        Line::styled(
            format!("  {open:<8} the brand's name, time zone and week start, then its channels"),
            theme.mode(false),
        ),
        Line::raw(""),
        Line::raw("Or look around a populated desk first:"),
        Line::styled(
            "  cmdeck --demo                 open a throwaway demo brand",
            theme.mode(false),
        ),
        Line::raw(""),
        Line::raw("Channels, people and follower counts can also come from the command line"),
        Line::raw(
            "(`cmdeck channel add`, `cmdeck people add`, `cmdeck import …`, `cmdeck plan import`).",
        ),
        Line::raw(
            "Everything cmdeck knows lives in this one SQLite file (`--db FILE` picks another).",
        ),
        Line::raw(""),
        Line::styled(
            format!(
                "Any other key goes to the empty desk ({setup} opens the setup later), {help} for help, {quit} to quit."
            ),
            theme.dim(),
        ),
    ];
    let block = Block::default().borders(Borders::ALL).title(" cmdeck ");
    let inner = centered(area, 96, 16);
    Widget::render(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        inner,
        buf,
    );
}

/// The lines of a fetch under way (or just finished), in a box at the bottom of the screen.
pub fn fetch_log(app: &App, theme: &Theme, buf: &mut Buffer) {
    if app.fetch_log.is_empty() {
        return;
    }
    let full = buf.area;
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
    Widget::render(Clear, area, buf);
    Widget::render(
        Paragraph::new(lines).block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(theme.heading())
                .title(title),
        ),
        area,
        buf,
    );
}
