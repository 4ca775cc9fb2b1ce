//! Draws the crisis protocol: the form that opens a crisis, or the open crisis's checklist with
//! its holding statements and contacts.

use crate::app::{App, CrisisOverlay};
use crate::command::Command;
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
            let area = centered(buf.area, 110, buf.area.height.saturating_sub(2));
            Widget::render(Clear, area, buf);
            let paused = if crisis.pause_posts {
                " · scheduled posts PAUSED"
            } else {
                ""
            };
            let keys = Hints::new(&app.keymap, Scope::Crisis)
                .key(Command::TickStep, "ticks")
                .key(Command::PausePosts, "pauses posts")
                .key(Command::CloseCrisis, "closes")
                .key(Command::Back, "hides")
                .key(Command::Help, "keys")
                .join(" · ");
            let title = format!(
                " ⛑ Crisis level {} — opened {}{paused} · {keys} ",
                crisis.level,
                app.clock.local(crisis.opened_at).format("%a %d %b %H:%M")
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
            lines.push(Line::styled("Steps", theme.heading()));
            if crisis.steps.is_empty() {
                lines.push(Line::styled(
                    "  The plan has no crisis steps yet.",
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
                let text = format!(
                    "{} {mark} L{} {}{when}",
                    if i == *selected { "▶" } else { " " },
                    step.level,
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
                format!(
                    "Holding statements (also in the reply editor's {})",
                    key(&app.keymap, Scope::Editor, Command::InsertSavedReply)
                ),
                theme.heading(),
            ));
            for (title, body) in &crisis.statements {
                lines.push(Line::styled(format!("  {}", title.line()), theme.warn()));
                lines.push(Line::raw(format!("    {}", body.line())));
            }
            lines.push(Line::raw(""));
            lines.push(Line::styled("Contacts", theme.heading()));
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
