//! Where the calendar stands in time: its layout (agenda, week, month), the cursor day, the
//! period a layout shows and loads, and the posts of that period on a day.

use super::CalendarPane;
use crate::domain::rows::PostRow;
use crate::panes::list::ListPane;
use chrono::{Datelike, Duration, NaiveDate};

/// How the calendar lays out time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// A list by day from the cursor day on.
    #[default]
    Agenda,
    /// Seven days by hours.
    Week,
    /// A month grid.
    Month,
}

impl View {
    /// The next view in the cycle.
    pub fn next(self) -> View {
        match self {
            View::Agenda => View::Week,
            View::Week => View::Month,
            View::Month => View::Agenda,
        }
    }

    /// Its name.
    pub fn name(self) -> &'static str {
        match self {
            View::Agenda => "agenda",
            View::Week => "week",
            View::Month => "month",
        }
    }
}

/// The posts of a loaded period (month or week view).
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    /// First day shown.
    pub first: NaiveDate,
    /// Last day shown.
    pub last: NaiveDate,
    /// The posts, by time.
    pub posts: Vec<PostRow>,
}

impl CalendarPane {
    /// The first and last day the current view shows.
    pub fn visible_range(&self) -> Option<(NaiveDate, NaiveDate)> {
        let cursor = self.cursor?;
        Some(match self.view {
            View::Agenda => (cursor, cursor + Duration::days(6)),
            View::Week => {
                let first = self.week_start(cursor);
                (first, first + Duration::days(6))
            }
            View::Month => {
                let first_of_month = cursor.with_day(1).unwrap_or(cursor);
                let first = self.week_start(first_of_month);
                (first, first + Duration::days(41))
            }
        })
    }

    pub(super) fn week_start(&self, date: NaiveDate) -> NaiveDate {
        let first = if self.week_starts_sunday {
            chrono::Weekday::Sun
        } else {
            chrono::Weekday::Mon
        };
        crate::clock::week_start(date, first)
    }

    /// The period the month or week view needs loaded, when it is not loaded yet.
    pub fn wanted_period(&self) -> Option<(NaiveDate, NaiveDate)> {
        if self.view == View::Agenda {
            return None;
        }
        let range = self.visible_range()?;
        match &self.period {
            Some(period) if (period.first, period.last) == range => None,
            _ => Some(range),
        }
    }

    /// The cursor day's posts (month and week views).
    pub fn day_posts(
        &self,
        day: NaiveDate,
        local_date: impl Fn(&PostRow) -> Option<NaiveDate>,
    ) -> Vec<&PostRow> {
        self.period
            .as_ref()
            .map(|p| {
                p.posts
                    .iter()
                    .filter(|post| local_date(post) == Some(day))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The post actions apply to: the agenda's selected row, or the selected post of the cursor day.
    pub fn selected_post(
        &self,
        local_date: impl Fn(&PostRow) -> Option<NaiveDate>,
    ) -> Option<&PostRow> {
        match self.view {
            View::Agenda => self.agenda.selected_row(),
            _ => {
                let day = self.cursor?;
                let posts = self.day_posts(day, local_date);
                posts
                    .get(self.day_selection.min(posts.len().saturating_sub(1)))
                    .copied()
            }
        }
    }

    /// Selects the followed post among the cursor day's posts, once the period is loaded.
    pub fn select_followed(&mut self, local_date: impl Fn(&PostRow) -> Option<NaiveDate>) {
        let (Some(id), Some(day)) = (self.follow, self.cursor) else {
            return;
        };
        if self.period.is_some() {
            if let Some(index) = self
                .day_posts(day, local_date)
                .iter()
                .position(|post| post.id == id)
            {
                self.day_selection = index;
            }
            self.follow = None;
        }
    }

    pub(super) fn move_cursor(&mut self, days: i64) {
        if let Some(cursor) = self.cursor {
            self.set_cursor(cursor + Duration::days(days));
        }
    }

    /// Puts the cursor on `day`; the agenda then starts there.
    pub fn set_cursor(&mut self, day: NaiveDate) {
        if self.cursor != Some(day) {
            self.cursor = Some(day);
            self.day_selection = 0;
            self.agenda = ListPane::default();
            self.agenda.set_height(self.agenda_page_height);
            self.strategy.invalidate();
        }
    }

    pub(super) fn period_step(&self) -> i64 {
        match self.view {
            View::Agenda | View::Week => 7,
            View::Month => 35,
        }
    }
}
