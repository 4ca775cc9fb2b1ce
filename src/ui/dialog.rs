//! Dialogs drawn over the screen: a yes/no question, and where a centred box goes.

use super::Theme;
use crate::command::Command;
use crate::keymap::{Keymap, Scope};
use crate::text::sanitize_line;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

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

/// A yes/no question over the screen, with the key that answers yes (from the live key map).
pub struct Confirm<'a> {
    /// The question, outside text allowed (it is sanitized).
    pub question: &'a str,
    /// Colours.
    pub theme: &'a Theme,
    /// The key map in force.
    pub keys: &'a Keymap,
    /// The language of its words.
    pub lang: crate::i18n::Lang,
}

impl Widget for Confirm<'_> {
    fn render(self, _area: Rect, buf: &mut Buffer) {
        let Confirm {
            question,
            theme,
            keys,
            lang,
        } = self;
        let area = centered(buf.area, 64, 5);
        Widget::render(Clear, area, buf);
        let lines = vec![
            Line::raw(sanitize_line(question)),
            Line::raw(""),
            Line::styled(
                format!(
                    "{}{}",
                    lang.text_with(
                        "app-confirm-answers",
                        &[(
                            "key",
                            crate::i18n::Arg::Text(
                                &keys
                                    .keys_label(Scope::Confirm, Command::Yes)
                                    .replace('/', " / ")
                            ),
                        )],
                    ),
                    super::hints::undoes_in(lang, keys)
                        .trim_end_matches('.')
                        .replace(" — ", "   ·   ")
                ),
                theme.dim(),
            ),
        ];
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.alert())
            .title(Span::styled(
                format!(" {} ", lang.text("app-confirm-title")),
                theme.alert().add_modifier(Modifier::BOLD),
            ));
        Widget::render(
            Paragraph::new(lines)
                .block(block)
                .wrap(Wrap { trim: false }),
            area,
            buf,
        );
    }
}
