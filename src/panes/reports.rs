//! The Reports pane: one ISO week at a time with the week before for comparison, and the objectives.

use super::{Outcome, StrategyFace};
use crate::command::Command;
use crate::domain::strategy::ReportsStrategy;
use crate::domain::week::WeekFigures;
use chrono::{Duration, NaiveDate};

/// The week shown and its figures.
#[derive(Debug, Clone, Default)]
pub struct ReportsPane {
    /// The first day of the week shown; `None` until the app sets the current week.
    pub week_start: Option<NaiveDate>,
    /// The first day of the current week, where `this_period` goes back to.
    pub current_week: Option<NaiveDate>,
    /// The figures of the week shown and of the week before.
    pub figures: Option<(WeekFigures, WeekFigures)>,
    /// Objectives and campaigns.
    pub strategy: StrategyFace<ReportsStrategy>,
    /// Lines of the execution face scrolled off the top.
    pub scroll: u16,
}

impl ReportsPane {
    /// Moves between weeks, or scrolls the face.
    pub fn handle(&mut self, command: Command, strategy: bool, page: u16) -> Outcome {
        let Some(start) = self.week_start else {
            return Outcome::Ignored;
        };
        let target = match command {
            Command::PrevPeriod => start - Duration::days(7),
            Command::NextPeriod => start + Duration::days(7),
            Command::ThisPeriod => self.current_week.unwrap_or(start),
            _ if strategy => return self.strategy.handle(command, page),
            _ => {
                let mut face: StrategyFace<()> = StrategyFace {
                    data: None,
                    scroll: self.scroll,
                };
                let outcome = face.handle(command, page);
                self.scroll = face.scroll;
                return outcome;
            }
        };
        self.week_start = Some(target);
        self.invalidate();
        Outcome::NeedPeriod
    }

    /// Forgets the loaded figures.
    pub fn invalidate(&mut self) {
        self.figures = None;
        self.strategy.data = None;
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
