//! The small pieces every section of the report is made of: signed changes, costs and returns as
//! the report writes them, rows, and the per-channel table with its "All channels" total.

use super::model::{Cell, Column, Row, Table};
use crate::domain::report::{ChannelLine, Report};
use crate::format::count;

/// A change against the period before as the document writes it: `=`, `+3`, `−5`.
pub(super) fn signed(now: i64, before: i64) -> String {
    match now - before {
        0 => "=".to_string(),
        d if d > 0 => format!("+{}", count(d)),
        d => format!("−{}", count(-d)),
    }
}

/// A cost per result in euros, or `no data`.
pub(super) fn cost(value: Option<f64>) -> String {
    value.map_or("no data".to_string(), |v| format!("{v:.2} €"))
}

/// A return on investment in whole percent, or `no data`.
pub(super) fn roi(value: Option<f64>) -> String {
    value.map_or("no data".to_string(), |v| format!("{:.0}%", v * 100.0))
}

/// A row of cells.
pub(super) fn row(cells: Vec<Cell>) -> Row {
    Row {
        cells,
        total: false,
    }
}

/// A table with one row per channel (its label then `cells`) and an "All channels" row.
pub(super) fn channel_table(
    r: &Report,
    columns: Vec<Column>,
    cells: impl Fn(&ChannelLine) -> Vec<Cell>,
    all: Vec<Cell>,
) -> Table {
    let mut rows: Vec<Row> = r
        .channels
        .iter()
        .map(|c| {
            let mut cells_of = vec![Cell::outside(&c.label)];
            cells_of.extend(cells(c));
            row(cells_of)
        })
        .collect();
    let mut total = vec![Cell::own("All channels").on_pane("all channels")];
    total.extend(all);
    rows.push(Row {
        cells: total,
        total: true,
    });
    Table { columns, rows }
}
