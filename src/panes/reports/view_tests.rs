//! Snapshots of the Reports pane drawn alone — no app, no database: the report tests' small
//! hand-built week shown through the pane's own API, on a fixed clock and the default keys.

#![allow(clippy::unwrap_used)]

use super::{ReportsData, ReportsPane, ReportsPaneView};
use crate::command::Command;
use crate::panes::Outcome;
use crate::report::tests::{clock, small_report};
use ratatui::widgets::Widget;

/// The pane on the small report's week, that week being the current one.
fn pane() -> ReportsPane {
    let report = small_report();
    let mut pane = ReportsPane::default();
    pane.set_current_week(report.first);
    pane.show(Box::new(report), &clock());
    pane
}

fn render(pane: &ReportsPane, strategy: bool) -> String {
    crate::ui::testing::screen(100, 24, clock(), strategy, |ctx, area, buf| {
        ReportsPaneView::new(pane, ctx).render(area, buf)
    })
}

#[test]
fn the_execution_face_shows_the_weeks_figures_against_the_week_before() {
    let text = render(&pane(), false);
    assert!(text.contains("2026-W47"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn the_strategy_face_leads_with_the_objectives() {
    let text = render(&pane(), true);
    assert!(text.contains("Grow"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn the_notes_form_opens_on_what_is_stored_for_the_week() {
    let mut pane = pane();
    let first = pane.week_start().unwrap();
    assert_eq!(
        pane.handle(Command::WeekNotes, false, 20),
        Outcome::Request(super::ReportsRequest::ReadWeekNotes(first))
    );
    pane.receive(ReportsData::WeekNotes {
        first,
        victories: "Inbox a cero el lunes".to_string(),
        notes: "Probar reels los jueves".to_string(),
    });
    let text = render(&pane, false);
    assert!(text.contains("Inbox a cero el lunes"), "{text}");
    insta::assert_snapshot!(text);
}
