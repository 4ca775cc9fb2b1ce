//! Loads what the Calendar shows: the agenda page or the period's posts (with the posts too
//! close to each other flagged), its filter's texts, and its strategy face.

use super::App;
use super::load::{ThisWeek, serve};
use crate::db::DbError;
use crate::domain::calendar::AgendaQuery;
use crate::panes::calendar::{CalendarData, Period, View};
use chrono::Duration;

impl App {
    /// The agenda the calendar shows: from its cursor day, with overdue posts when that is today.
    pub(super) fn agenda_query(&self) -> AgendaQuery {
        let today = self.clock.today();
        let cursor = self.panes.calendar.cursor().unwrap_or(today);
        AgendaQuery {
            from: self.clock.start_of_day(cursor),
            overdue: cursor == today,
            filter: self.panes.calendar.filter(),
        }
    }

    /// Loads the face shown: the strategy face when it is out of date, else the execution face.
    pub(super) fn sync_calendar(&mut self, week: &ThisWeek) -> Result<(), DbError> {
        if !self.strategy {
            return self.sync_calendar_posts();
        }
        let calendar = &self.panes.calendar;
        if calendar.strategy_is_stale() {
            let (first, last) = calendar
                .visible_range()
                .unwrap_or((week.first, week.first + Duration::days(6)));
            let range = self.clock.day_range(first, last);
            let data = self
                .db
                .calendar_strategy((first, last), week.range, range)?;
            self.calendar_receive(CalendarData::Strategy(data));
        }
        Ok(())
    }

    /// The searchable text of the agenda's posts.
    pub(super) fn calendar_filter_texts(&mut self) -> Result<(), DbError> {
        let agenda = self.agenda_query();
        let texts = self.db.agenda_search_texts(&agenda)?;
        self.panes.calendar.agenda_mut().receive_filter_texts(texts);
        Ok(())
    }

    /// Loads what the calendar's execution face needs: the agenda page or the period's posts,
    /// then flags posts too close to each other.
    fn sync_calendar_posts(&mut self) -> Result<(), DbError> {
        let clock = self.clock;
        let ctx = self.context();
        self.panes.calendar.set_lang(self.lang);
        self.panes.calendar.set_today(clock.today());
        let query = self.agenda_query();
        let db = &self.db;
        let calendar = &mut self.panes.calendar;
        let mut loaded = false;
        if calendar.view() == View::Agenda {
            if let Some(id) = calendar.take_follow()
                && calendar.agenda().filter.is_none()
                && let Some(position) = db.agenda_position(&query, id)?
            {
                let agenda = calendar.agenda_mut();
                agenda.invalidate();
                agenda.select(position);
            }
            loaded = calendar.agenda().wanted().is_some();
            serve(
                calendar.agenda_mut(),
                |offset, limit, _| db.agenda_page(&query, offset, limit),
                |ids| db.posts_by_ids(ids),
            )?;
        } else if let Some((first, last)) = calendar.wanted_period() {
            let (start, end) = clock.day_range(first, last);
            let posts = db.posts_between(start, end, &calendar.filter())?;
            calendar.receive(CalendarData::Period(Period { first, last, posts }), &ctx);
            loaded = true;
        }
        if loaded {
            let gap = Duration::minutes(i64::from(self.calendar_config.min_gap_minutes));
            calendar.flag_too_close(gap);
        }
        Ok(())
    }
}
