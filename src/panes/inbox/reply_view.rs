//! What the inbox draws over its queue: the reply editor with the saved-reply search, the saved
//! replies library, and the inbox's forms.

use super::InboxPaneView;
use super::reply::{ReplyEditor, fill};
use crate::command::Command;
use crate::keymap::{Keymap, Scope};
use crate::panes::form::FormView;
use crate::text::{sanitize_line, truncate};
use crate::ui::Theme;
use crate::ui::centered;
use crate::ui::hints::Hints;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

/// Draws whichever inbox overlay is open.
pub fn render(view: &InboxPaneView<'_>, theme: &Theme, buf: &mut Buffer) {
    let pane = view.pane;
    if let Some(reply) = &pane.reply {
        reply_editor(theme, view.ctx.keys, buf, reply);
    } else if let Some(open) = &pane.form {
        FormView::new(&open.form, theme, view.ctx.keys).render(buf.area, buf);
    } else if let Some(library) = &pane.library {
        let area = centered(buf.area, 96, buf.area.height.saturating_sub(4));
        Widget::render(Clear, area, buf);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.heading())
            .title(format!(
                " Saved replies — {} ",
                Hints::new(view.ctx.keys, Scope::Inbox)
                    .key(Command::New, "new")
                    .key(Command::Edit, "edit")
                    .key(Command::Delete, "delete")
                    .scope(Scope::Global)
                    .key(Command::Back, "closes")
                    .join(", ")
            ));
        let mut lines = Vec::new();
        if library.replies.is_empty() {
            lines.push(Line::styled(
                " No saved replies yet; n adds one. Use {name}, {channel} and {today} in the text.",
                theme.dim(),
            ));
        }
        for (i, reply) in library.replies.iter().enumerate() {
            let style = if i == library.selected {
                theme.selected()
            } else {
                theme.text()
            };
            lines.push(Line::styled(
                format!(
                    "{} {}",
                    if i == library.selected { "▶" } else { " " },
                    sanitize_line(&reply.name)
                ),
                style,
            ));
            lines.push(Line::styled(
                format!(
                    "    {}",
                    truncate(
                        &sanitize_line(&reply.body),
                        usize::from(area.width.saturating_sub(8))
                    )
                ),
                theme.dim(),
            ));
        }
        Widget::render(Paragraph::new(lines).block(block), area, buf);
    }
}

fn reply_editor(theme: &Theme, keys: &Keymap, buf: &mut Buffer, reply: &ReplyEditor) {
    let area = centered(buf.area, 100, buf.area.height.saturating_sub(4));
    Widget::render(Clear, area, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.heading())
        .title(format!(" Reply to {} ", sanitize_line(&reply.to)));
    let inner = block.inner(area);
    Widget::render(block, area, buf);
    let picker_rows = if reply.picker.is_some() { 10 } else { 0 };
    let [note, editor_area, picker_area, error_area, hint] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(4),
        Constraint::Length(picker_rows),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let mut notes = vec![Line::styled(
        "cmdeck records the reply and its time; publishing it on the network happens there (or through a later connector).",
        theme.dim(),
    )];
    if let Some(suggestion) = &reply.suggestion {
        notes.push(Line::styled(
            format!(
                "A rule suggests the saved reply “{}”.",
                sanitize_line(suggestion)
            ),
            theme.warn(),
        ));
    }
    Widget::render(Paragraph::new(notes).wrap(Wrap { trim: false }), note, buf);
    let mut editor = (*reply.editor).clone();
    editor.set_block(
        Block::default()
            .borders(Borders::ALL)
            .border_style(theme.heading()),
    );
    editor.set_cursor_style(theme.selected());
    editor.set_cursor_line_style(theme.text());
    Widget::render(&editor, editor_area, buf);
    if let Some(picker) = &reply.picker {
        let mut lines = vec![Line::from(vec![
            Span::styled("saved reply: ", theme.heading()),
            Span::raw(sanitize_line(&picker.typed)),
            Span::styled("▏", theme.heading()),
        ])];
        if picker.matches.is_empty() {
            lines.push(Line::styled("  nothing matches", theme.dim()));
        }
        for (rank, index) in picker
            .matches
            .iter()
            .take(usize::from(picker_rows.saturating_sub(2)))
            .enumerate()
        {
            let Some(saved) = reply.library.get(*index) else {
                continue;
            };
            let preview = truncate(
                &sanitize_line(&fill(&saved.body, &reply.vars)),
                usize::from(inner.width.saturating_sub(30)),
            );
            let style = if rank == picker.selected {
                theme.selected()
            } else {
                theme.text()
            };
            lines.push(Line::from(vec![
                Span::styled(
                    format!(" {:<24} ", truncate(&sanitize_line(&saved.name), 24)),
                    style,
                ),
                Span::styled(preview, theme.dim()),
            ]));
        }
        let block = Block::default()
            .borders(Borders::TOP)
            .border_style(theme.dim())
            .title(format!(
                " type to search · {} ",
                Hints::new(keys, Scope::Picker)
                    .keys(&[Command::Up, Command::Down], "choose")
                    .key(Command::Open, "inserts")
                    .key(Command::Back, "back to the text")
                    .key(Command::Help, "keys")
                    .join(" · ")
            ));
        Widget::render(Paragraph::new(lines).block(block), picker_area, buf);
    }
    if let Some(error) = &reply.error {
        Widget::render(
            Paragraph::new(Line::styled(
                format!("✕ {}", sanitize_line(error)),
                theme.alert(),
            )),
            error_area,
            buf,
        );
    }
    Widget::render(
        Paragraph::new(Line::styled(
            Hints::new(keys, Scope::Editor)
                .key(Command::Save, "records the reply")
                .key(Command::InsertSavedReply, "saved replies")
                .key(Command::Back, "cancels")
                .key(Command::Help, "keys")
                .join(" · "),
            theme.dim(),
        )),
        hint,
        buf,
    );
}
