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

/// The pane on the Spanish test week (ISO week 49), that week being the current one, in Spanish.
fn spanish_pane() -> ReportsPane {
    let report = crate::report::tests::spanish_week();
    let mut pane = ReportsPane::default();
    pane.set_lang(crate::i18n::Lang::Es);
    pane.set_current_week(report.first);
    pane.show(Box::new(report), &clock());
    pane
}

fn render_in_spanish(pane: &ReportsPane, strategy: bool) -> String {
    crate::ui::testing::screen_in(
        crate::i18n::Lang::Es,
        120,
        40,
        clock(),
        strategy,
        |ctx, area, buf| ReportsPaneView::new(pane, ctx).render(area, buf),
    )
}

/// Fails on a catalogue key or an English word of the pane's own left on a Spanish screen.
fn assert_spanish(text: &str) {
    assert!(
        !text.contains("report-"),
        "a catalogue key is shown:\n{text}"
    );
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .collect();
    for english in [
        "reports",
        "this",
        "week",
        "publishing",
        "planned",
        "published",
        "all",
        "channels",
        "last",
        "engagement",
        "followers",
        "objectives",
        "data",
        "export",
        "formulas",
        "now",
        "target",
        "share",
        "received",
        "answered",
        "median",
        "slowest",
        "mentions",
        "voice",
    ] {
        assert!(
            !words.iter().any(|w| w == english),
            "{english:?} left in:\n{text}"
        );
    }
}

#[test]
fn the_execution_face_reads_in_spanish() {
    let text = render_in_spanish(&spanish_pane(), false);
    assert!(
        text.contains("Informes — semana 49 (30 nov – 06 dic) · esta semana"),
        "{text}"
    );
    assert!(text.contains("todos los canales"), "{text}");
    assert!(text.contains("12.345"), "{text}");
    assert_spanish(&text);
    insta::assert_snapshot!(text);
}

#[test]
fn the_strategy_face_reads_in_spanish() {
    let text = render_in_spanish(&spanish_pane(), true);
    assert!(text.contains("✕ desviado"), "{text}");
    assert!(text.contains("1.234,50"), "{text}");
    assert!(text.contains("La semana en cifras"), "{text}");
    assert_spanish(&text);
    insta::assert_snapshot!(text);
}

#[test]
fn the_notes_and_follower_forms_read_in_spanish() {
    let mut pane = spanish_pane();
    let first = pane.week_start().unwrap();
    pane.receive(ReportsData::WeekNotes {
        first,
        victories: "Bandeja a cero el lunes".to_string(),
        notes: String::new(),
    });
    let notes = render_in_spanish(&pane, false);
    assert!(notes.contains("Pequeñas victorias"), "{notes}");
    assert!(notes.contains("Notas y decisiones"), "{notes}");
    pane.receive(ReportsData::Saved);
    pane.receive(ReportsData::FollowerChannels {
        channels: vec![(3, "IG @mimarca".into())],
        today: first,
    });
    let followers = render_in_spanish(&pane, false);
    assert!(followers.contains("Anotar seguidores"), "{followers}");
    assert!(followers.contains("Fecha (AAAA-MM-DD)"), "{followers}");
    insta::assert_snapshot!(format!("{notes}\n\n{followers}"));
}
