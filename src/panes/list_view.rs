//! How a windowed list and a strategy face are drawn from their pane state: only the visible rows
//! become cells, the filter being typed shows under the list, a face reads "loading" until its
//! data arrives.

use super::StrategyFace;
use super::list::ListPane;
use crate::domain::rows::Row;
use crate::text::sanitize_line;
use crate::ui::Theme;
use crate::ui::widgets::{ListLook, face, fit_columns, pane_block};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Row as TableRow, Table, Widget};

/// Draws a windowed list: only the visible rows are turned into cells.
pub fn list_table<R: Row>(
    buf: &mut Buffer,
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
            theme.lang.text("app-list-no-match")
        } else {
            empty.to_string()
        };
        Widget::render(
            Paragraph::new(Line::styled(format!(" {message}"), theme.dim())).block(block),
            area,
            buf,
        );
        return;
    }
    let fitted = fit_columns(columns, block.inner(area).width);
    let rows: Vec<TableRow<'_>> = list
        .visible()
        .map(|(index, row)| {
            let selected = index == list.selected();
            let mut line = vec![Span::raw(if selected { "▶" } else { " " })];
            line.extend(
                cells(row)
                    .into_iter()
                    .zip(&fitted)
                    .filter_map(|(cell, width)| width.map(|_| cell)),
            );
            let table_row = TableRow::new(line);
            if selected {
                table_row.style(theme.selected())
            } else {
                table_row
            }
        })
        .collect();
    let mut widths = vec![Constraint::Length(1)];
    widths.extend(fitted.iter().flatten());
    let mut header = vec![""];
    header.extend(
        columns
            .iter()
            .zip(&fitted)
            .filter_map(|(c, width)| width.map(|_| c.header.as_ref())),
    );
    let table = Table::new(rows, widths)
        .header(TableRow::new(header).style(theme.heading()))
        .column_spacing(1)
        .block(block);
    Widget::render(table, area, buf);
}

fn filter_title<R: Row>(list: &ListPane<R>, theme: &Theme) -> Line<'static> {
    let position = if list.total() == 0 {
        String::new()
    } else {
        let lang = theme.lang;
        let at = crate::i18n::count(lang, i64::try_from(list.selected() + 1).unwrap_or(i64::MAX));
        let total = crate::i18n::count(lang, i64::try_from(list.total()).unwrap_or(i64::MAX));
        format!(
            " {} ",
            lang.text_with(
                "app-list-position",
                &[
                    ("at", crate::i18n::Arg::Text(&at)),
                    ("total", crate::i18n::Arg::Text(&total)),
                ],
            )
        )
    };
    match &list.filter {
        Some(state) => {
            let cursor = if state.editing { "▏" } else { "" };
            let mut spans = vec![Span::styled(
                format!(
                    " {}: {}{cursor} ",
                    theme.lang.text("app-list-filter"),
                    sanitize_line(&state.typed)
                ),
                theme.warn(),
            )];
            if state.searching {
                spans.push(Span::styled(
                    format!("{} ", theme.lang.text("app-list-searching")),
                    theme.dim(),
                ));
            }
            spans.push(Span::styled(position, theme.dim()));
            Line::from(spans)
        }
        None => Line::styled(position, theme.dim()),
    }
}

/// Draws a pane's strategy face: its plan data as lines, or a loading line until the data arrives.
pub fn strategy_face<T>(
    buf: &mut Buffer,
    area: Rect,
    title: &str,
    face_state: &StrategyFace<T>,
    theme: &Theme,
    lines_of: impl Fn(&T, &Theme) -> Vec<Line<'static>>,
) {
    let lines = match face_state.data.as_ref() {
        Some(data) => lines_of(data, theme),
        None => vec![Line::styled(
            format!(" {}", theme.lang.text("app-list-reading-plan")),
            theme.dim(),
        )],
    };
    face(
        buf,
        area,
        pane_block(title, true, theme),
        lines,
        face_state.scroll,
    );
}
