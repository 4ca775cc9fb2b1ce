//! Building blocks shared by the panes: the windowed list table, the framed block, detail text.

use super::Theme;
use crate::domain::rows::Row;
use crate::panes::list::ListPane;
use crate::text::sanitize_line;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row as TableRow, Table, Wrap};

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

/// Draws a windowed list: only the visible rows are turned into cells.
pub fn list_table<R: Row>(
    frame: &mut Frame<'_>,
    area: Rect,
    look: ListLook<'_>,
    list: &ListPane<R>,
    theme: &Theme,
    cells: impl Fn(&R) -> Vec<Span<'static>>,
) {
    let ListLook {
        block,
        columns,
        empty,
    } = look;
    let block = block.title_bottom(filter_title(list, theme));
    if list.total() == 0 {
        let message = if list.filter.is_some() {
            "Nothing matches the filter."
        } else {
            empty
        };
        frame.render_widget(
            Paragraph::new(Line::styled(format!(" {message}"), theme.dim())).block(block),
            area,
        );
        return;
    }
    let rows: Vec<TableRow<'_>> = list
        .visible()
        .map(|(index, row)| {
            let selected = index == list.selected();
            let mut line = vec![Span::raw(if selected { "▶" } else { " " })];
            line.extend(cells(row));
            let table_row = TableRow::new(line);
            if selected {
                table_row.style(theme.selected())
            } else {
                table_row
            }
        })
        .collect();
    let mut widths = vec![Constraint::Length(1)];
    widths.extend(columns.iter().map(|c| c.width));
    let mut header = vec![""];
    header.extend(columns.iter().map(|c| c.header));
    let table = Table::new(rows, widths)
        .header(TableRow::new(header).style(theme.heading()))
        .column_spacing(1)
        .block(block);
    frame.render_widget(table, area);
}

fn filter_title<R: Row>(list: &ListPane<R>, theme: &Theme) -> Line<'static> {
    let position = if list.total() == 0 {
        String::new()
    } else {
        format!(" {} of {} ", list.selected() + 1, list.total())
    };
    match &list.filter {
        Some(state) => {
            let cursor = if state.editing { "▏" } else { "" };
            Line::from(vec![
                Span::styled(
                    format!(" filter: {}{cursor} ", sanitize_line(&state.typed)),
                    theme.warn(),
                ),
                Span::styled(position, theme.dim()),
            ])
        }
        None => Line::styled(position, theme.dim()),
    }
}

/// Draws a detail view: labelled fields, then free text, wrapped and scrollable.
pub fn detail(frame: &mut Frame<'_>, area: Rect, block: Block<'_>, lines: Vec<Line<'static>>) {
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}

/// A `label: value` line for detail views; the value is sanitized.
pub fn field(label: &str, value: &str, theme: &Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label:>12}  "), theme.dim()),
        Span::raw(sanitize_line(value)),
    ])
}

/// A section heading inside a face.
pub fn heading(text: &str, theme: &Theme) -> Line<'static> {
    Line::styled(text.to_string(), theme.heading())
}

/// A cell of outside text: sanitized, on one line.
pub fn cell(text: &str) -> Span<'static> {
    Span::raw(sanitize_line(text))
}

/// Draws a pane's strategy face: its plan data as lines, or a loading line until the data arrives.
pub fn strategy_face<T>(
    frame: &mut Frame<'_>,
    area: Rect,
    title: &str,
    face_state: &crate::panes::StrategyFace<T>,
    theme: &Theme,
    lines_of: impl Fn(&T, &Theme) -> Vec<Line<'static>>,
) {
    let lines = match face_state.data.as_ref() {
        Some(data) => lines_of(data, theme),
        None => vec![Line::styled(" Reading the plan…", theme.dim())],
    };
    face(
        frame,
        area,
        pane_block(title, true, theme),
        lines,
        face_state.scroll,
    );
}

/// A scrollable face made of lines.
pub fn face(
    frame: &mut Frame<'_>,
    area: Rect,
    block: Block<'_>,
    lines: Vec<Line<'static>>,
    scroll: u16,
) {
    let inner_height = area.height.saturating_sub(2);
    let max_scroll = (lines.len() as u16).saturating_sub(inner_height);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll.min(max_scroll), 0)),
        area,
    );
}
