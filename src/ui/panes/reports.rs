//! The Reports pane: the week's report against the week before (execution), led by the objectives
//! with their traffic lights in strategy mode; the notes form over it when open.

use super::super::Theme;
use super::super::widgets::{face, pane_block};
use super::report_lines::report_lines;
use crate::app::App;
use crate::domain::week::iso_week_label;
use ratatui::Frame;
use ratatui::layout::Rect;

/// Draws Reports in the current face.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame<'_>, area: Rect) {
    let pane = &app.panes.reports;
    let Some(first) = pane.week_start else {
        return;
    };
    let last = first + chrono::Duration::days(6);
    let current = if pane.current_week == Some(first) {
        " · this week"
    } else {
        ""
    };
    let title = format!(
        "Reports — {} ({} – {}){current} · h/l week, t now, x export, n notes, f formulas",
        iso_week_label(first),
        first.format("%d %b"),
        last.format("%d %b")
    );
    let block = pane_block(&title, app.strategy, theme);
    let (lines, scroll) = match pane.report.as_deref() {
        None => (
            vec![ratatui::text::Line::styled(
                " Gathering the week's figures…",
                theme.dim(),
            )],
            0,
        ),
        Some(report) => {
            let sections = crate::report::sections(report, &app.clock);
            let lines = report_lines(&sections, theme, pane.formulas, app.strategy);
            let scroll = if app.strategy {
                pane.strategy.scroll
            } else {
                pane.scroll
            };
            (lines, scroll)
        }
    };
    face(frame, area, block, lines, scroll);
    if let Some(form) = &pane.notes {
        super::super::form::render(frame, theme, &app.keymap, form, Vec::new());
    }
}
