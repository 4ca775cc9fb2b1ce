//! The Reports pane's view: the week's report against the week before (execution), led by the
//! objectives with their traffic lights in strategy mode; the notes or follower-count form over it
//! when open.

use super::ReportsPane;
use super::lines::report_lines;
use crate::command::Command;
use crate::domain::week::iso_week_label;
use crate::i18n::{Arg, dated};
use crate::keymap::Scope;
use crate::panes::form::FormView;
use crate::ui::PaneView;
use crate::ui::hints::Hints;
use crate::ui::widgets::{face, pane_block};
use chrono::Datelike;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

/// The Reports pane's view, drawn in the face the context asks for, with its forms and overlays.
pub type ReportsPaneView<'a> = PaneView<'a, ReportsPane>;

impl Widget for ReportsPaneView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ReportsPaneView { pane, ctx } = self;
        let theme = ctx.theme;
        let lang = ctx.lang;
        let Some(first) = pane.week_start else {
            return;
        };
        let last = first + chrono::Duration::days(6);
        let current = if pane.current_week == Some(first) {
            format!(" · {}", lang.text("report-pane-this-week"))
        } else {
            String::new()
        };
        let hints = Hints::new(ctx.keys, Scope::Reports)
            .keys(
                &[Command::PrevPeriod, Command::NextPeriod],
                &lang.text("report-hint-week"),
            )
            .key(Command::ThisPeriod, &lang.text("report-hint-now"))
            .key(Command::ExportReport, &lang.text("report-hint-export"))
            .key(Command::WeekNotes, &lang.text("report-hint-notes"))
            .key(Command::ToggleFormulas, &lang.text("report-hint-formulas"));
        // The follower counts feed the execution face's Audience section; the strategy face's
        // longer title has no room for the hint (the key works there too, and help lists it).
        let keys = if ctx.strategy {
            hints
        } else {
            hints.key(
                Command::RecordFollowers,
                &lang.text("report-hint-followers"),
            )
        }
        .join(", ");
        let week = iso_week_label(first);
        let number = first.iso_week().week().to_string();
        let title = lang.text_with(
            "report-pane-title",
            &[
                ("week", Arg::Text(&week)),
                ("number", Arg::Text(&number)),
                ("first", Arg::Text(&dated(lang, first, "%d %b"))),
                ("last", Arg::Text(&dated(lang, last, "%d %b"))),
                ("current", Arg::Text(&current)),
                ("keys", Arg::Text(&keys)),
            ],
        );
        let block = pane_block(&title, ctx.strategy, theme);
        let (lines, scroll) = match pane.report.as_deref() {
            None => (
                vec![Line::styled(
                    format!(" {}", lang.text("report-pane-gathering")),
                    theme.dim(),
                )],
                0,
            ),
            Some(_) => {
                let lines = report_lines(&pane.sections, theme, pane.formulas, ctx.strategy);
                let scroll = if ctx.strategy {
                    pane.strategy.scroll
                } else {
                    pane.scroll
                };
                (lines, scroll)
            }
        };
        face(buf, area, block, lines, scroll);
        if let Some(form) = pane.notes().or_else(|| pane.followers_form()) {
            FormView::new(form, theme, ctx.keys).render(area, buf);
        }
    }
}
