//! The report model's tables and pieces as the Reports pane draws them: a name column, figures
//! right-aligned in fixed columns, a dim remark; outside text sanitized and cut to fit. Layout
//! only: the figures come formatted from [`crate::report::model`].

use crate::report::model::{Align, Meaning, Piece, Source, Table};
use crate::text::{sanitize_line, truncate};
use crate::ui::Theme;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

/// Width of the first column of the pane's tables.
pub(super) const NAME: usize = 34;
/// Width of a number column.
const NUMBER: usize = 11;

/// The style of a meaning.
pub(super) fn style(theme: &Theme, meaning: Meaning) -> Style {
    match meaning {
        Meaning::Plain => Style::default(),
        Meaning::Dim => theme.dim(),
        Meaning::Good => theme.good(),
        Meaning::Warn => theme.warn(),
        Meaning::Bad => theme.alert(),
    }
}

/// Pieces as one line of pane text: outside text sanitized (and cut), each piece padded.
pub(super) fn pane_text(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|piece| {
            let text = match piece.source {
                Source::Outside(None) => sanitize_line(&piece.text),
                Source::Outside(Some(max)) => truncate(&sanitize_line(&piece.text), max),
                Source::Own | Source::Link(_) => piece.text.clone(),
            };
            format!("{text:<width$}", width = piece.pad)
        })
        .collect()
}

/// A table: a dim header over the figures when they have one (even over no rows), then a line
/// per row.
pub(super) fn table(table: &Table, theme: &Theme, out: &mut Vec<Line<'static>>) {
    let shown: Vec<usize> = (0..table.columns.len())
        .filter(|i| table.columns[*i].show.in_pane())
        .collect();
    let Some((&name, rest)) = shown.split_first() else {
        return;
    };
    let of = |align: Align| -> Vec<usize> {
        rest.iter()
            .copied()
            .filter(|i| table.columns[*i].align == align)
            .collect()
    };
    let (figures, remarks) = (of(Align::Right), of(Align::Left));
    let headed = figures
        .iter()
        .any(|i| !table.columns[*i].pane_header.is_empty());
    if headed {
        let mut text = format!("  {:NAME$}", "");
        for i in &figures {
            text.push_str(&format!("{:>NUMBER$}", table.columns[*i].pane_header));
        }
        out.push(Line::styled(text, theme.dim()));
    }
    for row in &table.rows {
        let cell = |i: usize| {
            row.cells
                .get(i)
                .map_or(String::new(), |c| pane_text(c.pane_pieces()))
        };
        let name = truncate(&cell(name), NAME);
        let pad = NAME.saturating_sub(name.width());
        let mut text = format!("  {name}{}", " ".repeat(pad));
        for i in &figures {
            text.push_str(&format!("{:>NUMBER$}", cell(*i)));
        }
        let tail: Vec<String> = remarks.iter().map(|i| cell(*i)).collect();
        out.push(Line::from(vec![
            Span::raw(text),
            Span::styled(format!("  {}", tail.join(" ")), theme.dim()),
        ]));
    }
}
