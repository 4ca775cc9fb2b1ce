//! The small pieces every section of the report is made of: signed changes, money, costs and
//! returns as the report writes them in its language, rows, and the per-channel table with its
//! "All channels" total.

use super::model::{Cell, Column, Row, Table};
use crate::domain::report::{ChannelLine, Report};
use crate::i18n::{Arg, Lang, count, decimal};

/// A change against the period before as the document writes it: `=`, `+3`, `−5`.
pub(super) fn signed(lang: Lang, now: i64, before: i64) -> String {
    match now - before {
        0 => "=".to_string(),
        d if d > 0 => format!("+{}", count(lang, d)),
        d => format!("−{}", count(lang, -d)),
    }
}

/// Text in `lang` as the report prints it: English keeps the plain space it has always had
/// before `€` and `%`, Spanish the no-break space [`crate::i18n`] puts there.
pub(super) fn spaced(lang: Lang, text: String) -> String {
    match lang {
        Lang::En => text.replace('\u{a0}', " "),
        Lang::Es => text,
    }
}

/// Cents as euros: `1,234.50 €` / `1.234,50 €`.
pub(super) fn euros(lang: Lang, cents: i64) -> String {
    spaced(lang, crate::i18n::money(lang, cents))
}

/// A KPI's value in its unit, as the report prints it.
pub(super) fn kpi_value(lang: Lang, kpi: crate::domain::Kpi, value: f64) -> String {
    spaced(lang, crate::i18n::kpi_value(lang, kpi, value))
}

/// A share 0–1 as a percentage with one decimal, or "no data".
pub(super) fn share(lang: Lang, value: Option<f64>) -> String {
    spaced(lang, crate::i18n::share(lang, value))
}

/// A whole percentage: `50%` / `50 %`.
pub(super) fn whole_percent(lang: Lang, value: f64) -> String {
    let number = decimal(lang, value * 100.0, 0);
    match lang {
        Lang::En => format!("{number}%"),
        Lang::Es => format!("{number}\u{a0}%"),
    }
}

/// A cost per result in euros, or "no data".
pub(super) fn cost(lang: Lang, value: Option<f64>) -> String {
    value.map_or_else(
        || lang.text("no-data"),
        |v| match lang {
            Lang::En => format!("{} €", decimal(lang, v, 2)),
            Lang::Es => format!("{}\u{a0}€", decimal(lang, v, 2)),
        },
    )
}

/// A return on investment in whole percent, or "no data".
pub(super) fn roi(lang: Lang, value: Option<f64>) -> String {
    value.map_or_else(|| lang.text("no-data"), |v| whole_percent(lang, v))
}

/// Minutes as `45m` or `2h 05m` (`45 min`, `2 h 05 min`), or "no data".
pub(super) fn minutes(lang: Lang, value: Option<f64>) -> String {
    crate::i18n::minutes(lang, value)
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
    lang: Lang,
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
    let mut total = vec![
        Cell::own(lang.text("report-all-channels")).on_pane(lang.text("report-all-channels-pane")),
    ];
    total.extend(all);
    rows.push(Row {
        cells: total,
        total: true,
    });
    Table { columns, rows }
}

/// An ISO week's label (`2026-W47`) as the report names it: `2026-W47` / `semana 47 de 2026`;
/// a label that is not an ISO week is shown as it is.
pub fn week_label(lang: Lang, label: &str) -> String {
    let Some((year, week)) = label.split_once("-W") else {
        return label.to_string();
    };
    let number = week
        .parse::<u32>()
        .ok()
        .filter(|_| year.parse::<i32>().is_ok());
    match number {
        Some(number) => lang.text_with(
            "report-week",
            &[
                ("year", Arg::Text(year)),
                ("week", Arg::Text(week)),
                ("number", Arg::Text(&number.to_string())),
            ],
        ),
        None => label.to_string(),
    }
}

/// The name of the report's voice at `index` when it is cmdeck's own placeholder for a brand
/// without a name (the first voice is always the brand's): "the brand" in `lang`.
pub(super) fn unnamed_brand(r: &Report, index: usize, lang: Lang) -> Option<String> {
    (index == 0 && r.brand.is_empty()).then(|| lang.text("report-the-brand"))
}
