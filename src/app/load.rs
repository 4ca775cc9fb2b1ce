//! Carries out what the panes need from the database: the visible page, filter texts, profiles,
//! strategy faces and week figures. A failure becomes a message in the status line, never a crash.

use super::App;
use super::gather::Job;
use crate::db::DbError;
use crate::domain::PostStatus;
use crate::domain::calendar::AgendaQuery;
use crate::domain::inbox::InboxQuery;
use crate::domain::rows::{Page, Row};
use crate::panes::Tab;
use crate::panes::calendar::{Period, View};
use crate::panes::list::{Fetch, ListPane};
use chrono::Duration;

/// Serves one list's wanted page from `by_position` (told the size already counted, if any) or,
/// with a filter, from `by_ids`.
fn serve<R: Row>(
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

impl App {
    /// Loads what the visible face needs and has not got yet; nothing when it is all there.
    pub(super) fn sync(&mut self) {
        if let Err(error) = self.try_sync() {
            self.message = Some(format!("Could not read the database: {error}"));
        }
    }

    fn try_sync(&mut self) -> Result<(), DbError> {
        if self.counters_stale {
            self.counters = self.db.today_counters(&self.clock)?;
            self.response_target = self
                .db
                .response_target_minutes(self.config_response_target)?;
            self.business_hours = self.db.business_hours(self.config_business_hours)?;
            self.counters_stale = false;
        }
        let clock = self.clock;
        let today = clock.today();
        let week_first = crate::clock::week_start(today, self.week_start);
        let week = clock.day_range(week_first, week_first + Duration::days(6));
        let target = self.response_target;
        let count = crate::analytics::response::ResponseCount {
            hours: self.business_hours,
            clock,
        };
        if let Some(screen) = self.plan.as_mut()
            && screen.measured.is_none()
        {
            let first = screen.week_start;
            let figures = figures_for(&self.db, &clock, first, &count)?;
            let measured_on = (first + Duration::days(6)).min(today);
            screen.measured = Some(self.db.reports_strategy(&figures, measured_on, target)?);
        }
        let db = &self.db;
        let panes = &mut self.panes;
        match (self.tab, self.strategy) {
            (Tab::Calendar, false) => return self.sync_calendar(),
            (Tab::Inbox, false) => {
                let inbox = &mut panes.inbox;
                let query = InboxQuery {
                    now: clock.now,
                    view: inbox.view,
                    newest_first: inbox.newest_first,
                    filter: inbox.filter,
                };
                serve(
                    &mut inbox.queue,
                    |offset, limit, _| db.inbox_page(&query, offset, limit),
                    |ids| db.messages_by_ids(ids),
                )?
            }
            (Tab::Mentions, false) => {
                let mentions = &mut panes.mentions;
                let (view, filter) = (mentions.view, mentions.filter);
                serve(
                    &mut mentions.triage,
                    |offset, limit, counted| {
                        db.mentions_page(view, &filter, offset, limit, counted)
                    },
                    |ids| db.mentions_by_ids(ids),
                )?
            }
            (Tab::Prescriptors, false) => {
                let people = &mut panes.people;
                people.today = Some(today);
                let filter = people.filter.clone();
                serve(
                    &mut people.people,
                    |offset, limit, _| db.people_filtered(today, &filter, offset, limit),
                    |ids| db.people_by_ids(ids),
                )?
            }
            (Tab::Calendar, true) if panes.calendar.strategy.is_stale() => {
                let (first, last) = panes
                    .calendar
                    .visible_range()
                    .unwrap_or((week_first, week_first + Duration::days(6)));
                let range = clock.day_range(first, last);
                let data = db.calendar_strategy((first, last), week, range)?;
                panes.calendar.strategy.show(data);
            }
            (Tab::Inbox, true) if panes.inbox.strategy.is_stale() => {
                let data = db.inbox_strategy(week.0, week.1, target, &count)?;
                panes.inbox.strategy.show(data);
            }
            (Tab::Mentions, true) if panes.mentions.strategy.fresh.should_ask() => {
                self.gather(Job::Listening {
                    start: week.0,
                    end: week.1,
                    now: clock.now,
                });
            }
            (Tab::Prescriptors, true) if panes.people.strategy.is_stale() => {
                panes.people.strategy.show(db.people_strategy()?);
            }
            (Tab::Reports, _) if panes.reports.fresh.should_ask() => {
                let first = panes.reports.week_start.unwrap_or(week_first);
                let request = crate::domain::report::ReportRequest {
                    first,
                    last: first + Duration::days(6),
                    today,
                    count,
                    target_minutes: target,
                };
                self.gather(Job::Report(request));
            }
            _ => {}
        }
        Ok(())
    }

    pub(super) fn load_filter_texts(&mut self) {
        let clock = self.clock;
        let today = clock.today();
        let agenda = self.agenda_query();
        let result = match self.tab {
            Tab::Calendar => self
                .db
                .agenda_search_texts(&agenda)
                .map(|t| self.panes.calendar.agenda.receive_filter_texts(t)),
            Tab::Inbox => self
                .db
                .inbox_search_texts(&InboxQuery {
                    now: clock.now,
                    view: self.panes.inbox.view,
                    newest_first: self.panes.inbox.newest_first,
                    filter: self.panes.inbox.filter,
                })
                .map(|t| self.panes.inbox.queue.receive_filter_texts(t)),
            Tab::Mentions
                if self.panes.mentions.view != crate::db::mention_list::MentionView::New =>
            {
                self.search_mentions();
                Ok(())
            }
            Tab::Mentions => self
                .db
                .mentions_search_texts(self.panes.mentions.view, &self.panes.mentions.filter)
                .map(|t| self.panes.mentions.triage.receive_filter_texts(t)),
            Tab::Prescriptors => self
                .db
                .people_filtered_texts(today, &self.panes.people.filter)
                .map(|t| self.panes.people.people.receive_filter_texts(t)),
            Tab::Reports => Ok(()),
        };
        if let Err(error) = result {
            self.message = Some(format!("Could not prepare the filter: {error}"));
        }
    }

    /// Gives the filter of a large mention view the candidates the full-text index finds for
    /// what is typed so far (the small "new" view loads all its texts once instead).
    pub(super) fn search_mentions(&mut self) {
        let mentions = &self.panes.mentions;
        let typed = mentions
            .triage
            .filter
            .as_ref()
            .map(|state| state.typed.clone())
            .unwrap_or_default();
        match self
            .db
            .mentions_search_candidates(mentions.view, &mentions.filter, &typed)
        {
            Ok(candidates) => self.panes.mentions.triage.receive_filter_texts(candidates),
            Err(error) => self.message = Some(format!("Could not search the mentions: {error}")),
        }
    }

    pub(super) fn load_profile(&mut self) {
        let Some(id) = self
            .panes
            .people
            .people
            .selected_row()
            .map(|person| person.id)
        else {
            return;
        };
        let weights = self.scores.weights;
        let scores =
            self.db
                .activity(id, self.clock.now)
                .map(|a| crate::panes::people::ProfileScores {
                    advocacy: crate::analytics::scores::advocacy(&a, &weights),
                    risk: crate::analytics::scores::risk(&a, &weights),
                    activity: a,
                });
        match (self.db.person_profile(id), scores) {
            (Ok(profile), Ok(scores)) => {
                self.panes.people.profile = profile;
                self.panes.people.scores = Some(scores);
            }
            (Err(error), _) | (_, Err(error)) => {
                self.message = Some(format!("Could not open the profile: {error}"))
            }
        }
    }
}

impl App {
    /// The agenda the calendar shows: from its cursor day, with overdue posts when that is today.
    fn agenda_query(&self) -> AgendaQuery {
        let today = self.clock.today();
        let cursor = self.panes.calendar.cursor.unwrap_or(today);
        AgendaQuery {
            from: self.clock.start_of_day(cursor),
            overdue: cursor == today,
            filter: self.panes.calendar.filter,
        }
    }

    /// Loads what the calendar's execution face needs: the agenda page or the period's posts,
    /// then flags posts too close to each other.
    fn sync_calendar(&mut self) -> Result<(), DbError> {
        let clock = self.clock;
        let today = clock.today();
        let calendar = &mut self.panes.calendar;
        calendar.today = Some(today);
        if calendar.cursor.is_none() {
            calendar.set_cursor(today);
        }
        let query = self.agenda_query();
        let db = &self.db;
        let calendar = &mut self.panes.calendar;
        let mut loaded = false;
        if calendar.view == View::Agenda {
            if let Some(id) = calendar.follow.take()
                && calendar.agenda.filter.is_none()
                && let Some(position) = db.agenda_position(&query, id)?
            {
                calendar.agenda.invalidate();
                calendar.agenda.select(position);
            }
            loaded = calendar.agenda.wanted().is_some();
            serve(
                &mut calendar.agenda,
                |offset, limit, _| db.agenda_page(&query, offset, limit),
                |ids| db.posts_by_ids(ids),
            )?;
        } else if let Some((first, last)) = calendar.wanted_period() {
            let (start, end) = clock.day_range(first, last);
            calendar.period = Some(Period {
                first,
                last,
                posts: db.posts_between(start, end, &calendar.filter)?,
            });
            calendar.select_followed(|post| post.scheduled_at.map(|at| clock.local(at).date()));
            loaded = true;
        }
        if loaded {
            let gap = Duration::minutes(i64::from(self.calendar_config.min_gap_minutes));
            let posts: Vec<(i64, i64, chrono::DateTime<chrono::Utc>)> =
                match (&calendar.view, &calendar.period) {
                    (View::Agenda, _) => calendar
                        .agenda
                        .visible()
                        .filter_map(|(_, p)| p.scheduled_at.map(|at| (p.id, p.channel_id, at)))
                        .collect(),
                    (_, Some(period)) => period
                        .posts
                        .iter()
                        .filter(|p| p.status != PostStatus::Cancelled)
                        .filter_map(|p| p.scheduled_at.map(|at| (p.id, p.channel_id, at)))
                        .collect(),
                    _ => Vec::new(),
                };
            calendar.too_close = crate::analytics::too_close(&posts, gap);
        }
        Ok(())
    }
}

/// The figures of the week starting on `first`.
fn figures_for(
    db: &crate::db::Db,
    clock: &crate::clock::Clock,
    first: chrono::NaiveDate,
    count: &crate::analytics::response::ResponseCount,
) -> Result<crate::domain::week::WeekFigures, DbError> {
    let last = first + Duration::days(6);
    let (start, end) = clock.day_range(first, last);
    db.week_figures(first, last, start, end, count)
}
