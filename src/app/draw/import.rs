//! Draws the import screen: its form, or the dry run's preview with the keys that import it or
//! cancel; nothing while the import runs (the status line follows it).

use crate::app::{App, ImportScreen};
use crate::command::Command;
use crate::keymap::Scope;
use crate::panes::form::FormView;
use crate::text::sanitize_line;
use crate::ui::{Theme, centered};
use ratatui::buffer::Buffer;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

/// Draws the import screen when it shows something.
pub fn render(app: &App, theme: &Theme, buf: &mut Buffer) {
    match &app.import {
        Some(ImportScreen::Asking(form)) => {
            FormView::new(form, theme, &app.keymap).render(buf.area, buf)
        }
        Some(ImportScreen::Preview { lines, .. }) => dialog(
            app,
            theme,
            buf,
            lines,
            &format!(" {} ", app.lang.text("app-import-preview-title")),
            &app.lang.text("app-import-preview-action"),
        ),
        Some(ImportScreen::Refused(lines)) => dialog(
            app,
            theme,
            buf,
            lines,
            &format!(" {} ", app.lang.text("app-import-refused-title")),
            "",
        ),
        Some(ImportScreen::Previewing(_) | ImportScreen::Importing(_)) | None => {}
    }
}

/// A box of `lines` in the middle of the screen, with the yes key's `action` (or, without one,
/// "any key closes") under them.
fn dialog(app: &App, theme: &Theme, buf: &mut Buffer, lines: &[String], title: &str, action: &str) {
    let width = buf.area.width.min(110);
    let inner = usize::from(width.saturating_sub(2)).max(1);
    let rows: usize = lines
        .iter()
        .map(|line| UnicodeWidthStr::width(line.as_str()).div_ceil(inner).max(1))
        .sum();
    let height = u16::try_from(rows + 4).unwrap_or(u16::MAX);
    let area = centered(
        buf.area,
        width,
        height.min(buf.area.height.saturating_sub(2)),
    );
    Widget::render(Clear, area, buf);
    let mut shown: Vec<Line<'static>> = lines
        .iter()
        .map(|line| Line::raw(sanitize_line(line)))
        .collect();
    shown.push(Line::raw(""));
    let hint = if action.is_empty() {
        app.lang.text("app-any-key-closes")
    } else {
        let yes = app
            .keymap
            .keys_label(Scope::Confirm, Command::Yes)
            .replace('/', " / ");
        format!("{yes}: {action}")
    };
    shown.push(Line::styled(hint, theme.dim()));
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.heading())
        .title(Span::styled(title.to_string(), theme.heading()));
    Widget::render(
        Paragraph::new(shown)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
        buf,
    );
}
