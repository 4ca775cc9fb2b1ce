//! The help overlay (generated from the live key map of the layer in force) and the welcome
//! screen of an empty database.

use crate::app::App;
use crate::command::Command;
use crate::i18n::{Arg, Lang};
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
    let lang = app.lang;
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
        lines.push(Line::styled(scope_title(lang, scope), theme.heading()));
        for binding in bindings {
            let keys: Vec<String> = binding.keys.iter().map(ToString::to_string).collect();
            lines.push(Line::from(vec![
                Span::styled(
                    format!("  {:<18}", keys.join(", ")),
                    theme.mode(app.strategy),
                ),
                Span::raw(help_in(lang, scope, binding.command)),
            ]));
        }
    }
    if let Some(note) = over.typing_note(lang) {
        lines.push(Line::raw(""));
        lines.push(Line::styled(note, theme.dim()));
    }
    if over == Layer::List {
        let f1 = app.keymap.label_for(Scope::Form, Command::Help);
        if !f1.is_empty() {
            lines.push(Line::raw(""));
            lines.push(Line::styled(
                lang.text_with("app-help-layers-note", &[("key", Arg::Text(&f1))]),
                theme.dim(),
            ));
        }
    }
    let close = app.keymap.label_for(Scope::Help, Command::Back);
    let block = Block::default().borders(Borders::ALL).title(format!(
        " {} ",
        lang.text_with(
            "app-help-title",
            &[
                ("layer", Arg::Text(&layer_title(lang, over))),
                ("key", Arg::Text(&close)),
            ],
        )
    ));
    Widget::render(Clear, area, buf);
    Widget::render(
        Paragraph::new(lines).block(block).scroll((scroll, 0)),
        area,
        buf,
    );
}

/// What the help calls the layer it lists.
fn layer_title(lang: Lang, layer: Layer) -> String {
    match layer {
        Layer::List => lang.text("app-help-layer-list"),
        Layer::Filter => lang.text("app-help-layer-filter"),
        Layer::Form => lang.text("app-help-layer-form"),
        Layer::Editor => lang.text("app-help-layer-editor"),
        Layer::Picker => lang.text("app-help-layer-picker"),
        Layer::Confirm => lang.text("app-help-layer-confirm"),
        Layer::Help => lang.text("app-help-layer-help"),
        Layer::Plan => lang.text("app-help-layer-plan"),
        Layer::Crisis => lang.text("app-help-layer-crisis"),
    }
}

/// The heading of a scope's keys in the help.
fn scope_title(lang: Lang, scope: Scope) -> String {
    match scope {
        Scope::Global => lang.text("app-help-scope-global"),
        Scope::Calendar => lang.text("app-help-scope-calendar"),
        Scope::Inbox => lang.text("app-help-scope-inbox"),
        Scope::Mentions => lang.text("app-help-scope-mentions"),
        Scope::Prescriptors => lang.text("app-help-scope-prescriptors"),
        Scope::Reports => lang.text("app-help-scope-reports"),
        Scope::Strategy => lang.text("app-help-scope-strategy"),
        Scope::Form => lang.text("app-help-scope-form"),
        Scope::Editor => lang.text("app-help-scope-editor"),
        Scope::Picker => lang.text("app-help-scope-picker"),
        Scope::Filter => lang.text("app-help-scope-filter"),
        Scope::Confirm => lang.text("app-help-scope-confirm"),
        Scope::Help => lang.text("app-help-scope-help"),
        Scope::Plan => lang.text("app-help-scope-plan"),
        Scope::Crisis => lang.text("app-help-scope-crisis"),
    }
}

/// What to do with an empty database.
pub fn welcome(app: &App, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let help = app.keymap.label_for(Scope::Global, Command::Help);
    let quit = app.keymap.label_for(Scope::Global, Command::Quit);
    let open = app.keymap.label_for(Scope::Global, Command::Open);
    let setup = app.keymap.label_for(Scope::Global, Command::Setup);
    let lang = app.lang;
    let lines = vec![
        Line::styled(lang.text("app-welcome-title"), theme.heading()),
        Line::raw(""),
        Line::raw(lang.text("app-welcome-empty")),
        Line::styled(
            format!("  {open:<8} {}", lang.text("app-welcome-setup")),
            theme.mode(false),
        ),
        Line::raw(""),
        Line::raw(lang.text("app-welcome-demo-intro")),
        Line::styled(
            format!("  {:<30}{}", "cmdeck --demo", lang.text("app-welcome-demo")),
            theme.mode(false),
        ),
        Line::raw(""),
        Line::raw(lang.text("app-welcome-cli")),
        Line::raw(lang.text("app-welcome-cli-commands")),
        Line::raw(lang.text("app-welcome-file")),
        Line::raw(""),
        Line::styled(
            lang.text_with(
                "app-welcome-keys",
                &[
                    ("setup", Arg::Text(&setup)),
                    ("help", Arg::Text(&help)),
                    ("quit", Arg::Text(&quit)),
                ],
            ),
            theme.dim(),
        ),
    ];
    let block = Block::default().borders(Borders::ALL).title(" cmdeck ");
    let inner = centered(area, 96, welcome_height(&lines, area.width.min(96)));
    Widget::render(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        inner,
        buf,
    );
}

/// The rows the welcome box takes at `width`: its lines wrapped (a wrapped line given one row more
/// than its length needs, for the words carried over) and its frame, at least 16.
fn welcome_height(lines: &[Line<'_>], width: u16) -> u16 {
    let inner = usize::from(width.saturating_sub(2)).max(1);
    let rows: usize = lines
        .iter()
        .map(|line| match line.width() {
            shown if shown <= inner => 1,
            shown => shown.div_ceil(inner) + 1,
        })
        .sum();
    u16::try_from(rows + 2).unwrap_or(u16::MAX).max(16)
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
        format!(" {} ", app.lang.text("app-fetch-running"))
    } else {
        format!(" {} ", app.lang.text("app-fetch-finished"))
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
