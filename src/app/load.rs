//! Carries out what the visible face needs from the database: today's counters, the plan
//! screen's measures, and then the pane shown — each pane's loading lives beside its requests
//! (`app/<pane>_load.rs`). A failure becomes a message in the status line, never a crash.

use super::App;
use crate::analytics::response::{ResponseCount, ServiceLevel};
use crate::db::DbError;
use crate::domain::rows::{Page, Row};
use crate::panes::Tab;
use crate::panes::list::{Fetch, ListPane};
use chrono::{DateTime, Duration, NaiveDate, Utc};

/// Serves one list's wanted page from `by_position` (told the size already counted, if any) or,
/// with a filter, from `by_ids`.
pub(super) fn serve<R: Row>(
    list: &mut ListPane<R>,
    by_position: impl FnOnce(usize, usize, Option<usize>) -> Result<Page<R>, DbError>,
    by_ids: impl FnOnce(&[i64]) -> Result<Vec<R>, DbError>,
) -> Result<(), DbError> {
    let Some(Fetch {
        offset,
        limit,
        ids,
        counted,
    }) = list.wanted()
    else {
        return Ok(());
    };
    match ids {
        Some(ids) => {
            let rows = by_ids(&ids)?;
            list.receive(0, offset, rows);
        }
        None => {
            let page = by_position(offset, limit, counted)?;
            list.receive_counted(page.total, page.offset, page.rows);
        }
    }
    Ok(())
}

/// The current week as the faces measure it.
pub(super) struct ThisWeek {
    /// Its first day.
    pub first: NaiveDate,
    /// Its start and end instants.
    pub range: (DateTime<Utc>, DateTime<Utc>),
    /// How response times are counted (business hours, zone).
    pub count: ResponseCount,
    /// The response-time target in force, in minutes.
    pub target: u32,
}

impl App {
    /// Loads what the visible face needs and has not got yet; nothing when it is all there.
    pub(super) fn sync(&mut self) {
        if let Err(error) = self.try_sync() {
            self.message = Some(self.lang.text_with(
                "app-database-unreadable",
                &[("error", crate::i18n::Arg::Text(&error.to_string()))],
            ));
        }
    }

    fn try_sync(&mut self) -> Result<(), DbError> {
        if self.counters_stale {
            self.counters = self.db.today_counters(&self.clock)?;
            self.panes
                .calendar
                .set_posts_paused(self.counters.crisis.is_some_and(|(_, paused)| paused));
            self.panes.inbox.set_service(ServiceLevel {
                target: self
                    .db
                    .response_target_minutes(self.config_response_target)?,
                hours: self.db.business_hours(self.config_business_hours)?,
            });
            self.sentiment = self.db.sentiment_adjustments()?;
            self.counters_stale = false;
        }
        let week = self.this_week();
        if let Some(screen) = self.plan.as_mut()
            && let Some(first) = screen.week_to_measure()
        {
            let figures = figures_for(&self.db, &self.clock, first, &week.count)?;
            let measured_on = (first + Duration::days(6)).min(self.clock.today());
            screen.show_measures(
                self.db
                    .reports_strategy(&figures, measured_on, week.target)?,
            );
        }
        match self.tab {
            Tab::Calendar => self.sync_calendar(&week),
            Tab::Inbox => self.sync_inbox(&week),
            Tab::Mentions => self.sync_mentions(&week),
            Tab::Prescriptors => self.sync_people(),
            Tab::Reports => self.sync_reports(&week),
        }
    }

    /// The current week, with how its response times are counted.
    pub(super) fn this_week(&self) -> ThisWeek {
        let clock = self.clock;
        let first = crate::clock::week_start(clock.today(), self.week_start);
        ThisWeek {
            first,
            range: clock.day_range(first, first + Duration::days(6)),
            count: ResponseCount {
                hours: self.panes.inbox.service().hours,
                clock,
            },
            target: self.panes.inbox.service().target,
        }
    }

    /// Gives the pane's filter the searchable text of the rows in scope.
    pub(super) fn load_filter_texts(&mut self) {
        let result = match self.tab {
            Tab::Calendar => self.calendar_filter_texts(),
            Tab::Inbox => self.inbox_filter_texts(),
            Tab::Mentions => self.mentions_filter_texts(),
            Tab::Prescriptors => self.people_filter_texts(),
            Tab::Reports => Ok(()),
        };
        if let Err(error) = result {
            self.message = Some(self.lang.text_with(
                "app-filter-unprepared",
                &[("error", crate::i18n::Arg::Text(&error.to_string()))],
            ));
        }
    }
}

/// The figures of the week starting on `first`.
fn figures_for(
    db: &crate::db::Db,
    clock: &crate::clock::Clock,
    first: chrono::NaiveDate,
    count: &ResponseCount,
) -> Result<crate::domain::week::WeekFigures, DbError> {
    let last = first + Duration::days(6);
    let (start, end) = clock.day_range(first, last);
    db.week_figures(first, last, start, end, count)
}
