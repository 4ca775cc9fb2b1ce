//! Building blocks shared by the views: the framed block, list columns, detail text, scrollable faces.

use super::Theme;
use crate::domain::Sentiment;
use crate::text::sanitize_line;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use std::borrow::Cow;
use std::fmt::Display;

/// The frame around a pane's face, titled with the mode so the face is never ambiguous.
pub fn pane_block<'a>(title: &str, strategy: bool, theme: &Theme) -> Block<'a> {
    let marker = if strategy {
        format!("{} · ", theme.lang.text("app-strategy-marker"))
    } else {
        String::new()
    };
    Block::default()
        .borders(Borders::ALL)
        .border_style(theme.mode(strategy))
        .title(Span::styled(
            format!(" {marker}{title} "),
            theme.mode(strategy),
        ))
}

/// The room a list keeps for its text columns (the ones that fill), dropping or narrowing the
/// others on a narrow terminal.
pub const MIN_TEXT: u16 = 30;

/// One list column: its header and width, and how it gives way on a narrow terminal.
pub struct Column {
    /// Header text: a fixed text, or one in the run's language.
    pub header: Cow<'static, str>,
    /// Width rule.
    pub width: Constraint,
    /// The fewest cells a fixed column may be cut to (its text then truncated).
    pub narrowest: u16,
    /// When it is dropped on a narrow terminal: 0 never, else higher goes first.
    pub drop: u8,
}

impl Column {
    /// A column of a fixed number of cells, never narrowed or dropped.
    pub fn fixed(header: impl Into<Cow<'static, str>>, width: u16) -> Column {
        Column {
            header: header.into(),
            width: Constraint::Length(width),
            narrowest: width,
            drop: 0,
        }
    }

    /// A column that takes `share` parts of the room left.
    pub fn fill(header: impl Into<Cow<'static, str>>, share: u16) -> Column {
        Column {
            header: header.into(),
            width: Constraint::Fill(share),
            narrowest: 0,
            drop: 0,
        }
    }

    /// The same column, which may be cut to `cells` when room is short.
    pub fn narrows_to(self, cells: u16) -> Column {
        Column {
            narrowest: cells,
            ..self
        }
    }

    /// The same column, dropped when room is short (`order` 1 last, higher first).
    pub fn drops(self, order: u8) -> Column {
        Column {
            drop: order,
            ..self
        }
    }

    fn fixed_width(&self) -> Option<u16> {
        match self.width {
            Constraint::Length(width) => Some(width),
            _ => None,
        }
    }
}

/// The widths of `columns` in `width` cells (a one-cell marker and one space between columns
/// included): as designed when the text columns keep [`MIN_TEXT`] cells; else fixed columns are
/// narrowed (last first), then dropped in their order, until they do. `None` marks a dropped
/// column.
pub fn fit_columns(columns: &[Column], width: u16) -> Vec<Option<Constraint>> {
    let mut widths: Vec<Option<u16>> = columns.iter().map(Column::fixed_width).collect();
    let mut kept: Vec<bool> = vec![true; columns.len()];
    let room = |widths: &[Option<u16>], kept: &[bool]| -> i32 {
        let shown = kept.iter().filter(|k| **k).count() as i32;
        let fixed: i32 = widths
            .iter()
            .zip(kept)
            .filter(|(_, k)| **k)
            .filter_map(|(w, _)| w.map(i32::from))
            .sum();
        i32::from(width) - 1 - shown - fixed
    };
    let enough = i32::from(MIN_TEXT);
    for index in (0..columns.len()).rev() {
        if room(&widths, &kept) >= enough {
            break;
        }
        if let Some(current) = widths[index] {
            let short = (enough - room(&widths, &kept)) as u16;
            let cut = current.saturating_sub(columns[index].narrowest).min(short);
            widths[index] = Some(current - cut);
        }
    }
    let mut order: Vec<usize> = (0..columns.len())
        .filter(|i| columns[*i].drop > 0)
        .collect();
    order.sort_by_key(|i| std::cmp::Reverse(columns[*i].drop));
    for index in order {
        if room(&widths, &kept) >= enough {
            break;
        }
        kept[index] = false;
    }
    columns
        .iter()
        .zip(widths)
        .zip(kept)
        .map(|((column, width), kept)| kept.then(|| width.map_or(column.width, Constraint::Length)))
        .collect()
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
