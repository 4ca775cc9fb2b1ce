//! Building blocks shared by the views: the framed block, list columns, detail text, scrollable faces.

use super::Theme;
use crate::domain::Sentiment;
use crate::text::sanitize_line;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use std::fmt::Display;

/// The frame around a pane's face, titled with the mode so the face is never ambiguous.
pub fn pane_block<'a>(title: &str, strategy: bool, theme: &Theme) -> Block<'a> {
    let marker = if strategy { "◆ STRATEGY · " } else { "" };
    Block::default()
        .borders(Borders::ALL)
        .border_style(theme.mode(strategy))
        .title(Span::styled(
            format!(" {marker}{title} "),
            theme.mode(strategy),
        ))
}

/// One list column: its header and width.
pub struct Column {
    /// Header text.
    pub header: &'static str,
    /// Width rule.
    pub width: Constraint,
}

impl Column {
    /// A column of a fixed number of cells.
    pub const fn fixed(header: &'static str, width: u16) -> Column {
        Column {
            header,
            width: Constraint::Length(width),
        }
    }

    /// A column that takes `share` parts of the room left.
    pub const fn fill(header: &'static str, share: u16) -> Column {
        Column {
            header,
            width: Constraint::Fill(share),
        }
    }
}

/// What a list looks like: its frame, its columns, and what it says when empty.
pub struct ListLook<'a> {
    /// The frame.
    pub block: Block<'a>,
    /// The columns after the selection marker.
    pub columns: &'a [Column],
    /// The sentence shown when the list is empty.
    pub empty: &'a str,
}

/// Draws a detail view: labelled fields, then free text, wrapped and scrollable.
pub fn detail(buf: &mut Buffer, area: Rect, block: Block<'_>, lines: Vec<Line<'static>>) {
    Widget::render(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
        buf,
    );
}

/// A `label: value` line for detail views; the value (own or [`Outside`](crate::text::Outside) text) is sanitized.
pub fn field(label: &str, value: impl Display, theme: &Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label:>12}  "), theme.dim()),
        Span::raw(sanitize_line(&value.to_string())),
    ])
}

/// A section heading inside a face.
pub fn heading(text: &str, theme: &Theme) -> Line<'static> {
    Line::styled(text.to_string(), theme.heading())
}

/// A cell of own or [`Outside`](crate::text::Outside) text: sanitized, on one line.
pub fn cell(text: impl Display) -> Span<'static> {
    Span::raw(sanitize_line(&text.to_string()))
}

/// A scrollable face made of lines.
pub fn face(
    buf: &mut Buffer,
    area: Rect,
    block: Block<'_>,
    lines: Vec<Line<'static>>,
    scroll: u16,
) {
    let inner_height = area.height.saturating_sub(2);
    let max_scroll = (lines.len() as u16).saturating_sub(inner_height);
    Widget::render(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll.min(max_scroll), 0)),
        area,
        buf,
    );
}

/// The sentiment symbol, with `*` when it was corrected by hand.
pub fn sentiment_span(
    sentiment: Option<Sentiment>,
    corrected: bool,
    theme: &Theme,
) -> Span<'static> {
    let symbol = sentiment.map_or("?", Sentiment::symbol);
    Span::styled(
        format!(" {symbol}{}", if corrected { "*" } else { "" }),
        theme.sentiment(sentiment),
    )
}

/// Adds a block of plan text, indented, or a dim placeholder when it is empty.
pub fn push_text(lines: &mut Vec<Line<'static>>, text: &str, empty: &str, theme: &Theme) {
    if text.trim().is_empty() {
        lines.push(Line::styled(format!("  {empty}"), theme.dim()));
    }
    for line in crate::text::sanitize_block(text).lines() {
        lines.push(Line::raw(format!("  {line}")));
    }
}
