//! The report's sections drawn as the Reports pane's lines: a heading per section, then its
//! tables (through [`super::tables`]), lines, lists and, when asked for, formulas. It draws
//! what [`crate::report::sections`] holds and computes no figure; outside text is sanitized here.

use super::tables::{NAME, pane_text, style, table};
use crate::report::model::{Block, Line as Text, Section};
use crate::ui::Theme;
use crate::ui::widgets::heading;
use ratatui::text::{Line, Span};

/// The lines of the sections the pane shows; in the strategy face the strategy sections come
/// first, then the week's figures under their own heading.
pub fn report_lines(
    sections: &[Section],
    theme: &Theme,
    formulas: bool,
    strategy: bool,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let shown = || sections.iter().filter(|s| s.show.in_pane());
    if strategy {
        for (i, s) in shown().filter(|s| s.strategy).enumerate() {
            if i > 0 {
                out.push(Line::raw(""));
            }
            section(s, theme, formulas, &mut out);
        }
        out.push(Line::raw(""));
        out.push(heading(
            &theme.lang.text("report-pane-week-in-figures"),
            theme,
        ));
    }
    for (i, s) in shown().filter(|s| !s.strategy).enumerate() {
        if i > 0 {
            out.push(Line::raw(""));
        }
        section(s, theme, formulas, &mut out);
    }
    out
}

fn section(s: &Section, theme: &Theme, formulas: bool, out: &mut Vec<Line<'static>>) {
    out.push(heading(&format!("{}{}", s.title, s.pane_aside), theme));
    for block in &s.blocks {
        match block {
            Block::Table(show, t) if show.in_pane() => table(t, theme, out),
            Block::Line(show, line) if show.in_pane() => out.push(text_line(line, theme)),
            Block::Items(show, items) if show.in_pane() => {
                for item in &items.items {
                    out.push(Line::raw(format!("  {} {}", items.mark, pane_text(item))));
                }
            }
            Block::Formula { show, text, .. } if show.in_pane() && formulas => {
                out.push(Line::styled(format!("    = {text}"), theme.dim()));
            }
            Block::Subheading(show, text) if show.in_pane() => {
                out.push(Line::styled(format!("  {text}"), theme.dim()));
            }
            _ => {}
        }
    }
}

/// A line, indented (further for a detail), its lead in the tables' name column.
fn text_line(line: &Text, theme: &Theme) -> Line<'static> {
    let indent = if line.detail { "      " } else { "  " };
    let mut spans = Vec::new();
    let mut prefix = match &line.lead {
        Some(lead) => {
            spans.push(Span::raw(format!("{indent}{lead:<NAME$}")));
            String::new()
        }
        None => indent.to_string(),
    };
    for piece in &line.pieces {
        let text = format!(
            "{}{}",
            std::mem::take(&mut prefix),
            pane_text(std::slice::from_ref(piece))
        );
        spans.push(Span::styled(text, style(theme, piece.meaning)));
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::model::{Cell, Show, Table};
    use crate::report::tests::{clock, small_report};
    use crate::report::{sections, sections_markdown};

    /// The cells of a row both media show in the same words, as text.
    fn shared(table: &Table, cells: &[Cell]) -> Vec<String> {
        table
            .columns
            .iter()
            .zip(cells)
            .filter(|(column, cell)| column.show == Show::Both && cell.pane.is_none())
            .map(|(_, cell)| cell.pieces.iter().map(|p| p.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn every_shared_title_and_table_row_appears_in_the_document_and_on_the_pane() {
        let mut report = small_report();
        report.channels[0].label = "shop".to_string();
        report.channels[1].label = "web".to_string();
        let all = sections(&report, &clock());
        let markdown = sections_markdown(&all);
        let pane: Vec<String> = report_lines(&all, &Theme::new(false), true, true)
            .iter()
            .map(|line| line.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect();
        let mut checked = 0;
        for section in all.iter().filter(|s| s.show == Show::Both) {
            assert!(
                markdown.contains(&format!("## {}", section.title)),
                "{} is not in the document",
                section.title
            );
            assert!(
                pane.iter().any(|l| l.starts_with(&section.title)),
                "{} is not on the pane",
                section.title
            );
            for block in &section.blocks {
                let Block::Table(Show::Both, table) = block else {
                    continue;
                };
                for row in &table.rows {
                    let cells = shared(table, &row.cells);
                    let in_document = markdown.lines().any(|line| {
                        let row_cells: Vec<&str> = line
                            .trim_matches('|')
                            .split(" | ")
                            .map(|c| c.trim().trim_matches('*'))
                            .collect();
                        cells.iter().all(|c| row_cells.contains(&c.as_str()))
                    });
                    let on_pane = pane
                        .iter()
                        .any(|line| cells.iter().all(|c| line.contains(c.as_str())));
                    assert!(in_document, "{cells:?} is not a row of the document");
                    assert!(on_pane, "{cells:?} is not a line of the pane");
                    checked += 1;
                }
            }
        }
        assert!(checked >= 15, "only {checked} rows were compared");
    }
}
