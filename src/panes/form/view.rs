//! Draws a form over the pane: labelled fields, the focused one marked, errors under their field,
//! an optional block of extra lines (such as length counters) and the keys that drive it.

use super::{FieldKind, Form};
use crate::command::Command;
use crate::keymap::{Keymap, Scope};
use crate::text::sanitize_line;
use crate::ui::hints::Hints;
use crate::ui::{Theme, centered};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

/// Rows the multi-line editor takes.
const EDITOR_ROWS: u16 = 6;
/// Width of the label column.
const LABEL: usize = 16;

/// A form centred over the screen: its fields, the focused one marked, errors under their field,
/// lines right under the editor (such as length counters) and, at the bottom, the keys that drive
/// it as they are bound.
pub struct FormView<'a> {
    form: &'a Form,
    theme: &'a Theme,
    keys: &'a Keymap,
    below_editor: Vec<Line<'static>>,
}

impl<'a> FormView<'a> {
    /// The view of `form`, hints read from `keys`.
    pub fn new(form: &'a Form, theme: &'a Theme, keys: &'a Keymap) -> FormView<'a> {
        FormView {
            form,
            theme,
            keys,
            below_editor: Vec::new(),
        }
    }

    /// Lines shown right under the multi-line editor.
    pub fn below_editor(mut self, lines: Vec<Line<'static>>) -> FormView<'a> {
        self.below_editor = lines;
        self
    }
}

impl Widget for FormView<'_> {
    fn render(self, _area: Rect, buf: &mut Buffer) {
        let FormView {
            form,
            theme,
            keys,
            below_editor,
        } = self;
        draw(buf, theme, keys, form, below_editor);
    }
}

fn draw(
    buf: &mut Buffer,
    theme: &Theme,
    keys: &Keymap,
    form: &Form,
    below_editor: Vec<Line<'static>>,
) {
    let area = centered(buf.area, 100, buf.area.height.saturating_sub(2));
    Widget::render(Clear, area, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.heading())
        .title(format!(" {} ", form.title));
    let inner = block.inner(area);
    Widget::render(block, area, buf);
    let label_width = form
        .fields
        .iter()
        .map(|f| f.label.chars().count() + 1)
        .max()
        .unwrap_or(0)
        .max(LABEL);
    let mut y = inner.y;
    let bottom = inner.y + inner.height.saturating_sub(2);
    let first = first_shown(
        form,
        &below_editor,
        theme,
        (label_width, inner.width),
        bottom - inner.y,
    );
    for (index, field) in form.fields.iter().enumerate().skip(first) {
        if y >= bottom {
            break;
        }
        let focused = index == form.focus;
        let marker = if focused { "› " } else { "  " };
        let label = Span::styled(
            format!("{marker}{:<label_width$}", field.label.as_ref()),
            if focused {
                theme.heading()
            } else {
                theme.dim()
            },
        );
        let row = Rect {
            x: inner.x,
            y,
            width: inner.width,
            height: 1,
        };
        match &field.kind {
            FieldKind::Editor(area) => {
                Widget::render(Paragraph::new(Line::from(label)), row, buf);
                y += 1;
                let height = EDITOR_ROWS.min(bottom.saturating_sub(y));
                let editor_area = Rect {
                    x: inner.x + 2,
                    y,
                    width: inner.width.saturating_sub(4),
                    height,
                };
                let mut editor = (**area).clone();
                editor.set_block(
                    Block::default()
                        .borders(Borders::ALL)
                        .border_style(if focused {
                            theme.heading()
                        } else {
                            theme.dim()
                        }),
                );
                editor.set_cursor_style(if focused {
                    theme.selected()
                } else {
                    theme.text()
                });
                editor.set_cursor_line_style(theme.text());
                Widget::render(&editor, editor_area, buf);
                y += height;
                for line in &below_editor {
                    if y < bottom {
                        Widget::render(
                            Paragraph::new(line.clone()),
                            Rect {
                                x: inner.x + 2,
                                y,
                                width: inner.width.saturating_sub(2),
                                height: 1,
                            },
                            buf,
                        );
                        y += 1;
                    }
                }
            }
            kind => {
                let mut spans = vec![label];
                spans.extend(value_spans(kind, focused, theme));
                let width: usize = spans.iter().map(Span::width).sum();
                let lines = width.div_ceil(usize::from(inner.width.max(1))) as u16;
                let height = lines.clamp(1, bottom.saturating_sub(y).max(1));
                let text = Paragraph::new(Line::from(spans)).wrap(Wrap { trim: false });
                Widget::render(text, Rect { height, ..row }, buf);
                y += height;
            }
        }
        if let Some(error) = &field.error
            && y < bottom
        {
            // The mistake wraps under the value, so a long one is read whole.
            let indent = (2 + label_width as u16).min(inner.width.saturating_sub(1));
            let width = inner.width - indent;
            let text = format!("✕ {}", sanitize_line(error));
            let height = error_rows(&text, width).min(bottom - y);
            Widget::render(
                Paragraph::new(Line::styled(text, theme.alert())).wrap(Wrap { trim: false }),
                Rect {
                    x: inner.x + indent,
                    y,
                    width,
                    height,
                },
                buf,
            );
            y += height;
        }
    }
    let [note_area, hint_area] = Layout::vertical([Constraint::Length(1), Constraint::Length(1)])
        .areas(Rect {
            x: inner.x,
            y: bottom,
            width: inner.width,
            height: 2.min(inner.height),
        });
    if let Some(note) = &form.note {
        Widget::render(
            Paragraph::new(Line::styled(
                format!("  {}", sanitize_line(note)),
                theme.warn(),
            )),
            note_area,
            buf,
        );
    }
    let focused = form.fields.get(form.focus).map(|f| &f.kind);
    let lang = theme.lang;
    let mut hints = Hints::new(keys, Scope::Form).keys(
        &[Command::NextField, Command::PrevField],
        &lang.text("app-form-key-move"),
    );
    if matches!(
        focused,
        Some(FieldKind::Choice { .. } | FieldKind::Checklist { .. })
    ) {
        hints = hints.keys(
            &[Command::ChoosePrev, Command::ChooseNext],
            &lang.text("app-form-key-choose"),
        );
    }
    if matches!(
        focused,
        Some(FieldKind::Toggle(_) | FieldKind::Checklist { .. })
    ) {
        hints = hints.key(Command::Toggle, &lang.text("app-form-key-tick"));
    }
    let hint = hints
        .key(Command::Save, &lang.text("app-form-key-save"))
        .key(Command::Back, &lang.text("app-form-key-cancel"))
        .key(Command::Help, &lang.text("app-hint-keys"))
        .join(" · ");
    Widget::render(
        Paragraph::new(Line::styled(format!("  {hint}"), theme.dim())),
        hint_area,
        buf,
    );
}

/// The first field drawn: the top one, unless the focused field would fall below `rows` rows,
/// then the fields above it scroll out of sight (the note and the keys keep their two rows).
fn first_shown(
    form: &Form,
    below_editor: &[Line<'static>],
    theme: &Theme,
    (label_width, width): (usize, u16),
    rows: u16,
) -> usize {
    let height = |index: usize| -> u16 {
        let Some(field) = form.fields.get(index) else {
            return 0;
        };
        let body = match &field.kind {
            FieldKind::Editor(_) => 1 + EDITOR_ROWS + below_editor.len() as u16,
            kind => {
                let value: usize = value_spans(kind, false, theme)
                    .iter()
                    .map(Span::width)
                    .sum();
                ((label_width + 2 + value).div_ceil(usize::from(width.max(1)))).max(1) as u16
            }
        };
        let indent = (2 + label_width as u16).min(width.saturating_sub(1));
        let error = field.error.as_ref().map_or(0, |error| {
            error_rows(&format!("✕ {}", sanitize_line(error)), width - indent)
        });
        body + error
    };
    let mut first = 0;
    while first < form.focus && (first..=form.focus).map(height).sum::<u16>() > rows {
        first += 1;
    }
    first
}

fn value_spans(kind: &FieldKind, focused: bool, theme: &Theme) -> Vec<Span<'static>> {
    let cursor = if focused { "▏" } else { "" };
    match kind {
        FieldKind::Text(text) => vec![
            Span::raw(sanitize_line(text)),
            Span::styled(cursor.to_string(), theme.heading()),
        ],
        FieldKind::Choice { options, index } => {
            let label = options
                .get(*index)
                .map(|(_, l)| sanitize_line(l))
                .unwrap_or_default();
            if focused {
                vec![Span::styled(format!("‹ {label} ›"), theme.heading())]
            } else {
                vec![Span::raw(label)]
            }
        }
        FieldKind::Toggle(value) => vec![Span::raw(if *value {
            format!("[x] {}", theme.lang.text("app-form-yes"))
        } else {
            format!("[ ] {}", theme.lang.text("app-form-no"))
        })],
        FieldKind::Checklist {
            options,
            ticked,
            cursor,
        } => options
            .iter()
            .zip(ticked)
            .enumerate()
            .flat_map(|(i, ((_, label), tick))| {
                let text = format!(
                    "[{}] {}",
                    if *tick { "x" } else { " " },
                    sanitize_line(label)
                );
                let style = if focused && i == *cursor {
                    theme.selected()
                } else if *tick {
                    theme.text()
                } else {
                    theme.dim()
                };
                [Span::styled(text, style), Span::raw("  ")]
            })
            .collect(),
        FieldKind::Editor(_) => Vec::new(),
    }
}

/// The rows `text` takes wrapped word by word at `width` columns, as the paragraph wraps it
/// (at least one).
fn error_rows(text: &str, width: u16) -> u16 {
    use unicode_width::UnicodeWidthStr;
    let width = usize::from(width.max(1));
    let mut rows = 1;
    let mut used = 0;
    for word in text.split(' ') {
        let long = word.width();
        let needed = if used == 0 { long } else { used + 1 + long };
        if needed <= width {
            used = needed;
        } else {
            rows += (used > 0) as usize + long.saturating_sub(1) / width;
            used = if long > width { long % width } else { long };
        }
    }
    u16::try_from(rows).unwrap_or(u16::MAX)
}
