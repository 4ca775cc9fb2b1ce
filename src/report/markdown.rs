//! The report as GitHub-flavoured Markdown: the title, then the sections of [`super::sections`]
//! written as headings, tables, paragraphs, lists and italic formulas. It draws what the model
//! holds and computes no figure; every piece of outside text goes through [`super::escape`].

use super::escape::{excerpt, inline, link};
use super::model::{Align, Block, Items, Line, Piece, Section, Source, Table};
use crate::clock::Clock;
use crate::domain::report::Report;
use crate::domain::week::iso_week_label;
use crate::i18n::{Arg, Lang, dated};
use std::fmt::Write;

/// The period's title: `2026-W48 (23 Nov – 29 Nov 2026)` or `2026-10-01 to 2026-12-31`.
pub fn period_title(report: &Report) -> String {
    period_title_in(report, Lang::En)
}

/// The period's title in `lang`: `2026-W48 (23 Nov – 29 Nov 2026)` /
/// `semana 48 de 2026 (23 nov – 29 nov 2026)`, or a range of days.
pub fn period_title_in(report: &Report, lang: Lang) -> String {
    let days = (report.last - report.first).num_days() + 1;
    if days == 7 && iso_week_label(report.first) == iso_week_label(report.last) {
        let week = super::cells::week_label(lang, &iso_week_label(report.first));
        let first = dated(lang, report.first, "%d %b");
        let last = dated(lang, report.last, "%d %b %Y");
        lang.text_with(
            "report-period-week",
            &[
                ("week", Arg::Text(&week)),
                ("first", Arg::Text(&first)),
                ("last", Arg::Text(&last)),
            ],
        )
    } else {
        let pattern = lang.text("report-range-date");
        let first = dated(lang, report.first, &pattern);
        let last = dated(lang, report.last, &pattern);
        lang.text_with(
            "report-period-range",
            &[("first", Arg::Text(&first)), ("last", Arg::Text(&last))],
        )
    }
}

/// The whole report as Markdown, in English; times are shown on `clock`'s local time.
pub fn to_markdown(report: &Report, clock: &Clock) -> String {
    to_markdown_with_charts(report, clock, "", &[])
}

/// The whole report as Markdown in `lang`; times are shown on `clock`'s local time.
pub fn to_markdown_in(report: &Report, clock: &Clock, lang: Lang) -> String {
    to_markdown_with_charts_in(report, clock, "", &[], lang)
}

/// The whole report as Markdown in English with its charts after the summary (see
/// [`to_markdown_with_charts_in`]).
pub fn to_markdown_with_charts(
    report: &Report,
    clock: &Clock,
    folder: &str,
    charts: &[super::charts::Chart],
) -> String {
    to_markdown_with_charts_in(report, clock, folder, charts, Lang::En)
}

/// The whole report as Markdown in `lang` with its charts after the summary, each an image
/// whose address is `folder/file`, relative to the Markdown file (so the folder renders anywhere
/// it is copied).
pub fn to_markdown_with_charts_in(
    report: &Report,
    clock: &Clock,
    folder: &str,
    charts: &[super::charts::Chart],
    lang: Lang,
) -> String {
    let mut out = String::new();
    let brand = if report.brand.is_empty() {
        "cmdeck".to_string()
    } else {
        inline(&report.brand)
    };
    let period = period_title_in(report, lang);
    let title = lang.text_with(
        "report-document-title",
        &[("brand", Arg::Text(&brand)), ("period", Arg::Text(&period))],
    );
    let _ = writeln!(out, "# {title}\n");
    let sections = super::sections::sections_in(report, clock, lang);
    let (summary, rest) = sections.split_at(sections.len().min(1));
    out.push_str(&sections_markdown(summary));
    if !charts.is_empty() {
        let _ = writeln!(out, "## {}\n", lang.text("report-charts"));
        for chart in charts {
            let address: String =
                percent_encoding::utf8_percent_encode(&format!("{folder}/{}", chart.file), PATH)
                    .collect();
            let _ = writeln!(out, "![{}]({address})\n", inline(&chart.title));
        }
    }
    out.push_str(&sections_markdown(rest));
    let _ = writeln!(out, "---\n\n*{}*", lang.text("report-footer"));
    out
}

/// What a chart's address escapes: anything but letters, digits and `-._/`.
const PATH: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'/');

/// The sections the document shows, as Markdown.
pub fn sections_markdown(sections: &[Section]) -> String {
    let mut out = String::new();
    for section in sections.iter().filter(|s| s.show.in_document()) {
        if !section.title.is_empty() {
            let _ = writeln!(out, "## {}{}\n", section.title, section.document_aside);
        }
        for block in &section.blocks {
            match block {
                Block::Table(show, table) if show.in_document() => write_table(&mut out, table),
                Block::Line(show, line) if show.in_document() => write_line(&mut out, line),
                Block::Items(show, items) if show.in_document() => write_items(&mut out, items),
                Block::Formula { show, label, text } if show.in_document() => match label {
                    Some(label) => {
                        let _ = writeln!(out, "*{label}* {text}\n");
                    }
                    None => {
                        let _ = writeln!(out, "*{text}*\n");
                    }
                },
                Block::Subheading(show, text) if show.in_document() => {
                    let _ = writeln!(out, "### {text}\n");
                }
                _ => {}
            }
        }
    }
    out
}

/// Pieces as inline Markdown: own text as it is, outside text escaped (and cut), links only
/// when they are http(s).
fn pieces(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|piece| match &piece.source {
            Source::Own => piece.text.clone(),
            Source::Outside(None) => inline(&piece.text),
            Source::Outside(Some(max)) => excerpt(&piece.text, *max),
            Source::Link(url) => link(&piece.text, url).unwrap_or_else(|| "—".to_string()),
        })
        .collect()
}

fn write_table(out: &mut String, table: &Table) {
    let shown: Vec<usize> = (0..table.columns.len())
        .filter(|i| table.columns[*i].show.in_document())
        .collect();
    let header: Vec<&str> = shown
        .iter()
        .map(|i| table.columns[*i].header.as_str())
        .collect();
    let marks: Vec<&str> = shown
        .iter()
        .map(|i| match table.columns[*i].align {
            Align::Right => "---:",
            Align::Left => "---",
        })
        .collect();
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "| {} |", marks.join(" | "));
    for row in &table.rows {
        let cells: Vec<String> = shown
            .iter()
            .enumerate()
            .map(|(n, i)| {
                let text = row
                    .cells
                    .get(*i)
                    .map_or(String::new(), |c| pieces(&c.pieces));
                if row.total && n == 0 {
                    format!("**{text}**")
                } else {
                    text
                }
            })
            .collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out.push('\n');
}

fn write_line(out: &mut String, line: &Line) {
    if let Some(lead) = &line.lead {
        let _ = write!(out, "**{lead}** ");
    }
    let _ = writeln!(out, "{}\n", pieces(&line.pieces));
}

/// A list; an item typed with its own list mark (`- `, `* `, `• `) loses it, the list has one.
fn write_items(out: &mut String, items: &Items) {
    if items.items.is_empty() {
        return;
    }
    if let Some(label) = &items.label {
        let _ = writeln!(out, "**{label}**\n");
    }
    for item in &items.items {
        let unmarked: Vec<Piece> = item
            .iter()
            .enumerate()
            .map(|(i, piece)| match piece.source {
                Source::Outside(_) if i == 0 => Piece {
                    text: piece
                        .text
                        .trim()
                        .trim_start_matches(['-', '*', '•'])
                        .trim_start()
                        .to_string(),
                    ..piece.clone()
                },
                _ => piece.clone(),
            })
            .collect();
        let _ = writeln!(out, "- {}", pieces(&unmarked));
    }
    out.push('\n');
}
