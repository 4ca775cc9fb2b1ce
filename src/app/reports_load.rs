//! Loads what Reports shows: the report of the week shown, gathered off the key path.

use super::App;
use super::gather::Job;
use super::load::ThisWeek;
use crate::db::DbError;
use chrono::Duration;

impl App {
    /// Asks the gatherer for the report of the week shown when it is out of date.
    pub(super) fn sync_reports(&mut self, week: &ThisWeek) -> Result<(), DbError> {
        self.panes.reports.set_lang(self.lang);
        let reports = &self.panes.reports;
        if reports.wants_report() {
            let first = reports.week_start().unwrap_or(week.first);
            let request = crate::report::ReportRequest {
                first,
                last: first + Duration::days(6),
                today: self.clock.today(),
                count: week.count,
                target_minutes: week.target,
            };
            self.gather(Job::Report(request));
        }
        Ok(())
    }
}
