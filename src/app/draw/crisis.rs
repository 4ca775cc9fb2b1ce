//! Draws the crisis protocol: the form that opens a crisis, or the open crisis's checklist with
//! its holding statements and contacts.

use crate::app::{App, CrisisOverlay};
use crate::command::Command;
use crate::i18n::{self, Arg};
use crate::keymap::Scope;
use crate::panes::form::FormView;
use crate::ui::Theme;
use crate::ui::centered;
use crate::ui::hints::{Hints, key};
use ratatui::buffer::Buffer;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

/// Draws the crisis overlay when it is open.
pub fn render(app: &App, theme: &Theme, buf: &mut Buffer) {
    match &app.crisis {
        None => {}
        Some(CrisisOverlay::Opening(open)) => {
            FormView::new(open, theme, &app.keymap).render(buf.area, buf)
        }
        Some(CrisisOverlay::Checklist { crisis, selected }) => {
            let lang = app.lang;
            let area = centered(buf.area, 110, buf.area.height.saturating_sub(2));
            Widget::render(Clear, area, buf);
            let paused = if crisis.pause_posts {
                format!(" · {}", lang.text("app-crisis-paused"))
            } else {
                String::new()
            };
            let keys = Hints::new(&app.keymap, Scope::Crisis)
                .key(Command::TickStep, &lang.text("app-crisis-key-tick"))
                .key(Command::PausePosts, &lang.text("app-crisis-key-pause"))
                .key(Command::CloseCrisis, &lang.text("app-crisis-key-close"))
                .key(Command::Back, &lang.text("app-crisis-key-hide"))
                .key(Command::Help, &lang.text("app-hint-keys"))
                .join(" · ");
            let opened = i18n::dated(lang, app.clock.local(crisis.opened_at), "%a %d %b %H:%M");
            let title = format!(
                " {}{paused} · {keys} ",
                lang.text_with(
                    "app-crisis-title",
                    &[
                        ("level", Arg::Text(&i18n::count(lang, crisis.level))),
                        ("opened", Arg::Text(&opened)),
                    ],
                )
            );
            let block = Block::default()
                .borders(Borders::ALL)
                .border_style(theme.alert())
                .title(Span::styled(title, theme.alert()));
            let mut lines = Vec::new();
            if !crisis.note.is_blank() {
                lines.push(Line::raw(crisis.note.line()));
                lines.push(Line::raw(""));
            }
            lines.push(Line::styled(lang.text("app-crisis-steps"), theme.heading()));
            if crisis.steps.is_empty() {
                lines.push(Line::styled(
                    format!("  {}", lang.text("app-crisis-no-steps")),
                    theme.dim(),
                ));
            }
            for (i, step) in crisis.steps.iter().enumerate() {
                let mark = if step.checked_at.is_some() {
                    "☑"
                } else {
                    "☐"
                };
                let when = step
                    .checked_at
                    .map(|t| format!("  ({})", app.clock.local(t).format("%H:%M")))
                    .unwrap_or_default();
                let level = lang.text_with(
                    "app-crisis-step-level",
                    &[("level", Arg::Text(&i18n::count(lang, step.level)))],
                );
                let text = format!(
                    "{} {mark} {level} {}{when}",
                    if i == *selected { "▶" } else { " " },
                    step.text.line()
                );
                let style = if i == *selected {
                    theme.selected()
                } else if step.checked_at.is_some() {
                    theme.dim()
                } else {
                    theme.text()
                };
                lines.push(Line::styled(text, style));
            }
            lines.push(Line::raw(""));
            lines.push(Line::styled(
                lang.text_with(
                    "app-crisis-statements",
                    &[(
                        "key",
                        Arg::Text(&key(&app.keymap, Scope::Editor, Command::InsertSavedReply)),
                    )],
                ),
                theme.heading(),
            ));
            for (title, body) in &crisis.statements {
                lines.push(Line::styled(format!("  {}", title.line()), theme.warn()));
                lines.push(Line::raw(format!("    {}", body.line())));
            }
            lines.push(Line::raw(""));
            lines.push(Line::styled(
                lang.text("app-crisis-contacts"),
                theme.heading(),
            ));
            for (name, role, phone, email) in &crisis.contacts {
                lines.push(Line::raw(format!(
                    "  {} — {} · {} · {}",
                    name.line(),
                    role.line(),
                    phone.line(),
                    email.line()
                )));
            }
            Widget::render(
                Paragraph::new(lines)
                    .block(block)
                    .wrap(Wrap { trim: false }),
                area,
                buf,
            );
        }
    }
}
