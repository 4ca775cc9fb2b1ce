//! What the inbox draws over its queue: the reply editor with the saved-reply search, the saved
//! replies library, and the inbox's forms.

use super::InboxPaneView;
use super::reply::{Group, ReplyEditor, fill};
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
            let add = Hints::new(view.ctx.keys, Scope::Inbox)
                .key(Command::New, "adds one")
                .join("");
            lines.push(Line::styled(
                format!(
                    " No saved replies yet{}{add}. Use {{name}}, {{channel}} and {{today}} in the text.",
                    if add.is_empty() { "" } else { "; " }
                ),
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
    let picker_rows = if reply.picker.is_some() { 14 } else { 0 };
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
        let rows = usize::from(picker_rows.saturating_sub(2));
        let listed = picker_lines(theme, reply, usize::from(inner.width));
        let selected = listed
            .iter()
            .position(|(rank, _)| *rank == Some(picker.selected))
            .unwrap_or(0);
        let skip = (selected + 1).saturating_sub(rows);
        lines.extend(
            listed
                .into_iter()
                .skip(skip)
                .take(rows)
                .map(|(_, line)| line),
        );
        let block = Block::default()
            .borders(Borders::TOP)
            .border_style(theme.dim())
            .title(format!(
                " type words to search · {} ",
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

/// The picker's lines below the search: a heading for each group that has matches, then its
/// replies, each with its rank among the matches (headings have none).
fn picker_lines<'a>(
    theme: &Theme,
    reply: &'a ReplyEditor,
    width: usize,
) -> Vec<(Option<usize>, Line<'a>)> {
    let Some(picker) = &reply.picker else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    if picker.matches.is_empty() {
        let what = if picker.typed.trim().is_empty() {
            "  No saved replies or holding statements yet.".to_string()
        } else {
            format!(
                "  Nothing holds every word of “{}”.",
                sanitize_line(picker.typed.trim())
            )
        };
        lines.push((None, Line::styled(what, theme.dim())));
    }
    let mut group = None;
    for (rank, index) in picker.matches.iter().enumerate() {
        let Some(saved) = reply.library.get(*index) else {
            continue;
        };
        let this = reply.group(*index);
        if group != Some(this) {
            let heading = match this {
                Group::Saved => "Saved replies",
                Group::Holding if reply.crisis => {
                    "Holding statements (crisis protocol; a crisis is open)"
                }
                Group::Holding => "Holding statements (crisis protocol)",
            };
            lines.push((None, Line::styled(format!(" {heading}"), theme.heading())));
            group = Some(this);
        }
        let marker = match this {
            Group::Saved => " ",
            Group::Holding => "⚑",
        };
        let preview = truncate(
            &sanitize_line(&fill(&saved.body, &reply.vars)),
            width.saturating_sub(32),
        );
        let style = if rank == picker.selected {
            theme.selected()
        } else {
            theme.text()
        };
        lines.push((
            Some(rank),
            Line::from(vec![
                Span::styled(
                    format!(
                        " {marker} {:<26} ",
                        truncate(&sanitize_line(&saved.name), 26)
                    ),
                    style,
                ),
                Span::styled(preview, theme.dim()),
            ]),
        ));
    }
    lines
}
