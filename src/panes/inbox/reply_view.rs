//! What the inbox draws over its queue: the reply editor with the saved-reply search, the saved
//! replies library, and the inbox's forms.

use super::InboxPaneView;
use super::reply::{Group, ReplyEditor, fill};
use crate::command::Command;
use crate::i18n::{Arg, Lang};
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
    let lang = view.ctx.lang;
    if let Some(reply) = &pane.reply {
        reply_editor(theme, view.ctx.keys, lang, buf, reply);
    } else if let Some(open) = &pane.form {
        FormView::new(&open.form, theme, view.ctx.keys).render(buf.area, buf);
    } else if let Some(library) = &pane.library {
        let area = centered(buf.area, 96, buf.area.height.saturating_sub(4));
        Widget::render(Clear, area, buf);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.heading())
            .title(format!(
                " {} ",
                lang.text_with(
                    "inbox-library-title",
                    &[(
                        "keys",
                        Arg::Text(
                            &Hints::new(view.ctx.keys, Scope::Inbox)
                                .key(Command::New, &lang.text("inbox-hint-new"))
                                .key(Command::Edit, &lang.text("inbox-hint-edit"))
                                .key(Command::Delete, &lang.text("inbox-hint-delete"))
                                .scope(Scope::Global)
                                .key(Command::Back, &lang.text("inbox-hint-closes"))
                                .join(", ")
                        )
                    )],
                )
            ));
        let mut lines = Vec::new();
        if library.replies.is_empty() {
            let add = Hints::new(view.ctx.keys, Scope::Inbox)
                .key(Command::New, &lang.text("inbox-hint-adds-one"))
                .join("");
            let add = if add.is_empty() {
                String::new()
            } else {
                format!("; {add}")
            };
            lines.push(Line::styled(
                format!(
                    " {}",
                    lang.text_with("inbox-library-empty", &[("add", Arg::Text(&add))])
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

fn reply_editor(theme: &Theme, keys: &Keymap, lang: Lang, buf: &mut Buffer, reply: &ReplyEditor) {
    let area = centered(buf.area, 100, buf.area.height.saturating_sub(4));
    Widget::render(Clear, area, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.heading())
        .title(format!(
            " {} ",
            lang.text_with(
                "inbox-reply-title",
                &[("to", Arg::Text(&sanitize_line(&reply.to)))]
            )
        ));
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
    let mut notes = vec![Line::styled(lang.text("inbox-reply-note"), theme.dim())];
    if let Some(suggestion) = &reply.suggestion {
        notes.push(Line::styled(
            lang.text_with(
                "inbox-reply-suggestion",
                &[("name", Arg::Text(&sanitize_line(suggestion)))],
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
            Span::styled(
                format!("{} ", lang.text("inbox-picker-prompt")),
                theme.heading(),
            ),
            Span::raw(sanitize_line(&picker.typed)),
            Span::styled("▏", theme.heading()),
        ])];
        let rows = usize::from(picker_rows.saturating_sub(2));
        let listed = picker_lines(theme, lang, reply, usize::from(inner.width));
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
                " {} · {} ",
                lang.text("inbox-picker-search"),
                Hints::new(keys, Scope::Picker)
                    .keys(
                        &[Command::Up, Command::Down],
                        &lang.text("inbox-hint-choose")
                    )
                    .key(Command::Open, &lang.text("inbox-hint-inserts"))
                    .key(Command::Back, &lang.text("inbox-hint-back-to-text"))
                    .key(Command::Help, &lang.text("inbox-hint-keys"))
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
                .key(Command::Save, &lang.text("inbox-hint-records"))
                .key(
                    Command::InsertSavedReply,
                    &lang.text("inbox-hint-saved-replies"),
                )
                .key(Command::Back, &lang.text("inbox-hint-cancels"))
                .key(Command::Help, &lang.text("inbox-hint-keys"))
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
    lang: Lang,
    reply: &'a ReplyEditor,
    width: usize,
) -> Vec<(Option<usize>, Line<'a>)> {
    let Some(picker) = &reply.picker else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    if picker.matches.is_empty() {
        let what = if picker.typed.trim().is_empty() {
            lang.text("inbox-picker-none")
        } else {
            lang.text_with(
                "inbox-picker-no-match",
                &[("typed", Arg::Text(&sanitize_line(picker.typed.trim())))],
            )
        };
        let what = format!("  {what}");
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
                Group::Saved => lang.text("inbox-picker-saved"),
                Group::Holding if reply.crisis => lang.text("inbox-picker-holding-crisis"),
                Group::Holding => lang.text("inbox-picker-holding"),
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
