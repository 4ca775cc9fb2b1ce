//! The Reports pane: one ISO week at a time against the week before, the objectives first in
//! strategy mode, the week's notes, and the export of the same report as Markdown.

mod request;
pub use request::ReportsRequest;
mod lines;
mod tables;
mod view;
pub use view::ReportsPaneView;

use super::freshness::Freshness;
use super::{Outcome, StrategyFace};
use crate::command::Command;
use crate::domain::report::Report;
use crate::panes::form::Form;
use chrono::{Duration, NaiveDate};

/// The week shown and its report.
#[derive(Debug, Clone, Default)]
pub struct ReportsPane {
    /// The first day of the week shown; `None` until the app sets the current week.
    pub week_start: Option<NaiveDate>,
    /// The first day of the current week, where `this_period` goes back to.
    pub current_week: Option<NaiveDate>,
    /// The report of the week shown, once the app has gathered it; after a data change it stays
    /// on screen until the new one arrives.
    pub report: Option<Box<Report>>,
    /// Whether the report shown answers the latest change of week or data.
    pub fresh: Freshness,
    /// The strategy face's scroll (its data is the report's objectives).
    pub strategy: StrategyFace<()>,
    /// Lines of the execution face scrolled off the top.
    pub scroll: u16,
    /// Whether each figure's formula is shown under it.
    pub formulas: bool,
    /// The form of the week's small victories and notes, when open.
    pub notes: Option<Form>,
}

impl ReportsPane {
    /// Moves between weeks, or scrolls the face.
    pub fn handle(
        &mut self,
        command: Command,
        strategy: bool,
        page: u16,
    ) -> Outcome<ReportsRequest> {
        let Some(start) = self.week_start else {
            return Outcome::Ignored;
        };
        let target = match command {
            Command::PrevPeriod => start - Duration::days(7),
            Command::NextPeriod => start + Duration::days(7),
            Command::ThisPeriod => self.current_week.unwrap_or(start),
            Command::ExportReport => return Outcome::Request(ReportsRequest::ExportReport),
            Command::WeekNotes => return Outcome::Request(ReportsRequest::OpenWeekNotes),
            Command::ToggleFormulas => {
                self.formulas = !self.formulas;
                return Outcome::Handled;
            }
            _ if strategy => return self.strategy.handle(command, page),
            _ => {
                let mut face: StrategyFace<()> = StrategyFace {
                    scroll: self.scroll,
                    ..StrategyFace::default()
                };
                let outcome = face.handle(command, page);
                self.scroll = face.scroll;
                return outcome;
            }
        };
        self.week_start = Some(target);
        self.report = None;
        self.invalidate();
        Outcome::NeedPeriod
    }

    /// Marks the report as out of date; it stays on screen until the next one arrives.
    pub fn invalidate(&mut self) {
        self.fresh.invalidate();
    }

    /// Whether the report shown (if any) is out of date or missing.
    pub fn needs_report(&self) -> bool {
        self.fresh.is_stale()
    }

    /// Shows a report gathered for the current generation.
    pub fn show(&mut self, report: Box<Report>) {
        self.report = Some(report);
        self.fresh.mark_shown();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn previous_and_next_move_a_week_and_this_period_comes_back() {
        let monday = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let mut pane = ReportsPane {
            week_start: Some(monday),
            current_week: Some(monday),
            ..Default::default()
        };
        assert_eq!(
            pane.handle(Command::PrevPeriod, false, 10),
            Outcome::NeedPeriod
        );
        assert_eq!(pane.week_start, NaiveDate::from_ymd_opt(2026, 11, 16));
        pane.handle(Command::NextPeriod, false, 10);
        pane.handle(Command::NextPeriod, false, 10);
        assert_eq!(pane.week_start, NaiveDate::from_ymd_opt(2026, 11, 30));
        pane.handle(Command::ThisPeriod, false, 10);
        assert_eq!(pane.week_start, Some(monday));
    }
}
