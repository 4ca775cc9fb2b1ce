//! What the app hands the Calendar pane: the data a form is built from, the posts and figures it
//! shows, and the news that a change was saved. The pane builds its forms and defaults from it.

use super::{CalendarForm, CalendarPane, Period, View};
use crate::analytics::Heatmap;
use crate::domain::calendar::Lookups;
use crate::domain::post::{Metrics, PostSnapshot};
use crate::domain::strategy::CalendarStrategy;
use crate::panes::Context;
use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

/// Data the app read for the Calendar pane, answering one of its requests or a load.
#[derive(Debug, Clone)]
pub enum CalendarData {
    /// For the composer: the lookups and the best-time note shown under the form.
    Composer {
        /// Channels, campaigns, pillars and personas.
        lookups: Lookups,
        /// "Best free times: …" or why there are none.
        note: String,
    },
    /// For the editor: the lookups and the post as stored (with its published time and address).
    Editor {
        /// Channels, campaigns, pillars and personas.
        lookups: Lookups,
        /// The post being edited.
        post: Box<PostSnapshot>,
    },
    /// For the metrics form: the post and its latest capture.
    Metrics {
        /// The post.
        id: i64,
        /// Its latest metrics, if any were captured.
        latest: Option<Metrics>,
    },
    /// For the filter form: the lookups to choose from.
    Filter(Lookups),
    /// The best-time heat map.
    Heatmap(Box<Heatmap>),
    /// The posts of the month or week on screen.
    Period(Period),
    /// The strategy face's figures.
    Strategy(CalendarStrategy),
    /// A post moved to this local day: the views follow it there.
    Moved {
        /// The post.
        id: i64,
        /// Its new local day.
        day: NaiveDate,
    },
    /// A change was saved: the open form closes.
    Saved,
}

impl CalendarPane {
    /// Takes what the app read: builds the form it is for, or shows it.
    pub fn receive(&mut self, data: CalendarData, ctx: &Context) {
        self.lang = ctx.lang;
        match data {
            CalendarData::Composer { lookups, note } => {
                let defaults: Vec<i64> = self.filter.channel_id.into_iter().collect();
                let when = self.composer_time(ctx);
                let mut form = CalendarForm::post(&lookups, None, when, &defaults, ctx.lang);
                form.form.note = Some(note);
                self.form = Some(form);
                self.lookups = Some(lookups);
            }
            CalendarData::Editor { lookups, post } => {
                let when = post.post.scheduled_at.map(|t| ctx.clock.local(t));
                self.form = Some(CalendarForm::post(
                    &lookups,
                    Some(&post),
                    when,
                    &[],
                    ctx.lang,
                ));
                self.lookups = Some(lookups);
            }
            CalendarData::Metrics { id, latest } => {
                self.form = Some(CalendarForm::metrics(id, latest, ctx.lang));
            }
            CalendarData::Filter(lookups) => {
                self.form = Some(CalendarForm::filter(&lookups, &self.filter, ctx.lang));
                self.lookups = Some(lookups);
            }
            CalendarData::Heatmap(map) => self.heatmap = Some(*map),
            CalendarData::Period(period) => {
                self.period = Some(period);
                let clock = ctx.clock;
                self.select_followed(|post| post.scheduled_at.map(|at| clock.local(at).date()));
            }
            CalendarData::Strategy(data) => self.strategy.show(data),
            CalendarData::Moved { id, day } => {
                if self.view != View::Agenda {
                    self.set_cursor(day);
                }
                self.follow = Some(id);
            }
            CalendarData::Saved => self.form = None,
        }
    }

    /// Where a new post starts: the cursor day (today when none) at 09:00, or when that is today
    /// at the next whole hour (tomorrow's first hour after 23:00).
    pub(super) fn composer_time(&self, ctx: &Context) -> Option<NaiveDateTime> {
        let clock = &ctx.clock;
        let today = clock.today();
        let day = self.cursor.unwrap_or(today);
        if day == today {
            let next = clock.local(clock.now) + Duration::hours(1);
            let hour = NaiveTime::from_hms_opt(next.hour(), 0, 0)?;
            return Some(next.date().and_time(hour));
        }
        NaiveTime::from_hms_opt(9, 0, 0).map(|t| day.and_time(t))
    }
}
