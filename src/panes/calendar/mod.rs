//! The Calendar pane: month, week and agenda views around a cursor day, the selected post, the
//! filter, and the forms and requests that change posts. It never touches the database or clock.

mod request;
pub use request::CalendarRequest;

mod data;
mod forms;
mod period;
mod submit;

pub use data::CalendarData;
use forms::FormOutcome;
pub use forms::{CalendarForm, FormPurpose};
pub use period::{Period, View};
mod view;
pub use view::CalendarPaneView;

use super::list::ListPane;
use super::{Context, Outcome, StrategyFace};
use crate::command::Command;
use crate::domain::PostStatus;
use crate::domain::calendar::{Lookups, PostFilter};
use crate::domain::rows::PostRow;
use crate::domain::strategy::CalendarStrategy;
use crate::i18n::{Arg, Lang};
use crate::keymap::Input;
use chrono::{Duration, NaiveDate};
use std::collections::BTreeSet;

/// The Calendar pane.
#[derive(Debug, Clone, Default)]
pub struct CalendarPane {
    /// The layout.
    view: View,
    /// The day the views are centred on; set to today by the app at start.
    cursor: Option<NaiveDate>,
    /// Today, as the app last said.
    today: Option<NaiveDate>,
    /// The first day of the week (Monday or Sunday).
    week_starts_sunday: bool,
    /// The agenda from the cursor day on.
    agenda: ListPane<PostRow>,
    /// The posts of the month or week on screen.
    period: Option<Period>,
    /// The selected post among the cursor day's posts (month and week views).
    day_selection: usize,
    /// Which posts are shown.
    filter: PostFilter,
    /// A description of the filter for the title.
    filter_label: String,
    /// The open form, if any.
    form: Option<CalendarForm>,
    /// Channels, campaigns, pillars and personas, once loaded.
    lookups: Option<Lookups>,
    /// Posts closer than the minimum gap to another post on the same channel.
    too_close: BTreeSet<i64>,
    /// Whether the best-time heat map is shown.
    show_heatmap: bool,
    /// The computed heat map.
    heatmap: Option<crate::analytics::Heatmap>,
    /// How many agenda rows fit on screen.
    agenda_page_height: usize,
    /// A post to keep selected once the data is read again (after it moved).
    follow: Option<i64>,
    /// Campaigns, pillar mix, channel pace.
    strategy: StrategyFace<CalendarStrategy>,
    /// Whether an open crisis has paused scheduled posts (they show as paused, not due).
    posts_paused: bool,
    /// The language its questions and messages are written in, as the app last said.
    lang: Lang,
}

impl CalendarPane {
    /// The layout.
    pub fn view(&self) -> View {
        self.view
    }

    /// The day the views are centred on.
    pub fn cursor(&self) -> Option<NaiveDate> {
        self.cursor
    }

    /// Which posts are shown.
    pub fn filter(&self) -> PostFilter {
        self.filter
    }

    /// The agenda from the cursor day on.
    pub fn agenda(&self) -> &ListPane<PostRow> {
        &self.agenda
    }

    /// The agenda, for the app to serve its pages and the filter to type into.
    pub fn agenda_mut(&mut self) -> &mut ListPane<PostRow> {
        &mut self.agenda
    }

    /// The posts of the month or week on screen, once loaded.
    pub fn period(&self) -> Option<&Period> {
        self.period.as_ref()
    }

    /// The open form, if any.
    pub fn form(&self) -> Option<&CalendarForm> {
        self.form.as_ref()
    }

    /// The computed best-time heat map, once read.
    pub fn heatmap(&self) -> Option<&crate::analytics::Heatmap> {
        self.heatmap.as_ref()
    }

    /// Whether the best-time heat map is shown.
    pub fn shows_heatmap(&self) -> bool {
        self.show_heatmap
    }

    /// The strategy face: campaigns, pillar mix, channel pace.
    pub fn strategy(&self) -> &StrategyFace<CalendarStrategy> {
        &self.strategy
    }

    /// Whether the strategy face needs reading.
    pub fn strategy_is_stale(&self) -> bool {
        self.strategy.is_stale()
    }

    /// Scrolls the strategy face.
    pub fn handle_strategy<R>(&mut self, command: Command, page: u16) -> Outcome<R> {
        self.strategy.handle(command, page)
    }

    /// Says which day the week starts on.
    pub fn set_week_starts_sunday(&mut self, sunday: bool) {
        self.week_starts_sunday = sunday;
    }

    /// Says which language its questions and messages are written in.
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// Says whether an open crisis has paused scheduled posts.
    pub fn set_posts_paused(&mut self, paused: bool) {
        self.posts_paused = paused;
    }

    /// Says what day it is; the cursor starts there, and moves on with it when it was on today
    /// (past midnight, or once the brand's time zone is set), unless the user moved it away.
    pub fn set_today(&mut self, today: NaiveDate) {
        let on_today = self.cursor.is_none() || self.cursor == self.today;
        self.today = Some(today);
        if on_today && self.cursor != Some(today) {
            self.set_cursor(today);
        }
    }

    /// Tells the agenda how many rows fit on screen.
    pub fn set_height(&mut self, height: usize) {
        self.agenda_page_height = height;
        self.agenda.set_height(height);
    }

    /// The post to keep selected once the agenda is read again, taken once.
    pub fn take_follow(&mut self) -> Option<i64> {
        self.follow.take()
    }

    /// Flags the shown posts closer than `gap` to another post on the same channel (cancelled
    /// ones do not count in the month and week views).
    pub fn flag_too_close(&mut self, gap: Duration) {
        let posts: Vec<(i64, i64, chrono::DateTime<chrono::Utc>)> = match (&self.view, &self.period)
        {
            (View::Agenda, _) => self
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
        self.too_close = crate::analytics::too_close(&posts, gap);
    }

    /// Sends a key to the open form: closes it, applies the chosen filter, puts mistakes on
    /// their fields, or returns the checked request for the app to carry out.
    pub fn form_key(&mut self, input: Input, ctx: &Context) -> Outcome<CalendarRequest> {
        self.lang = ctx.lang;
        let channels = self
            .lookups
            .as_ref()
            .map(|l| l.channels.as_slice())
            .unwrap_or_default();
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        match form.handle_key(input, channels, ctx) {
            FormOutcome::Open => {}
            FormOutcome::Closed => self.form = None,
            FormOutcome::Refused(errors) => form.form.set_errors(&errors),
            FormOutcome::Filtered(filter, label) => {
                self.form = None;
                self.filter = filter;
                self.filter_label = label;
                self.invalidate();
                self.agenda = ListPane::default();
                self.agenda.set_height(self.agenda_page_height);
            }
            FormOutcome::Submit(request) => return Outcome::Request(request),
        }
        Outcome::Handled
    }

    /// Forgets loaded posts so they are read again.
    pub fn invalidate(&mut self) {
        self.agenda.invalidate();
        self.period = None;
        self.strategy.invalidate();
    }

    /// Handles the calendar's commands in its execution face; `local_date` gives a post's local day.
    pub fn handle(
        &mut self,
        command: Command,
        local_date: impl Fn(&PostRow) -> Option<NaiveDate>,
    ) -> Outcome<CalendarRequest> {
        if self.show_heatmap && matches!(command, Command::Back | Command::BestTimes) {
            self.show_heatmap = false;
            return Outcome::Handled;
        }
        let lang = self.lang;
        let select_first = || Outcome::Message(lang.text("calendar-select-post-first"));
        let selected = self
            .selected_post(&local_date)
            .map(|post| (post.id, post.status));
        let needs_post = |request: fn(i64) -> CalendarRequest| {
            selected.map_or_else(select_first, |(id, _)| Outcome::Request(request(id)))
        };
        match command {
            Command::CycleView => {
                self.view = self.view.next();
                self.day_selection = 0;
                self.strategy.invalidate();
            }
            Command::PrevDay => self.move_cursor(-1),
            Command::NextDay => self.move_cursor(1),
            Command::PrevPeriod => self.move_cursor(-self.period_step()),
            Command::NextPeriod => self.move_cursor(self.period_step()),
            Command::ThisPeriod => {
                if let Some(today) = self.today {
                    self.set_cursor(today);
                }
            }
            Command::Down | Command::Up if self.view != View::Agenda => {
                let count = self
                    .cursor
                    .map(|day| self.day_posts(day, &local_date).len())
                    .unwrap_or(0);
                self.day_selection = match command {
                    Command::Down => (self.day_selection + 1).min(count.saturating_sub(1)),
                    _ => self.day_selection.saturating_sub(1),
                };
            }
            Command::New => return Outcome::Request(CalendarRequest::OpenComposer),
            Command::Edit => return needs_post(CalendarRequest::OpenEditor),
            Command::Duplicate => return needs_post(CalendarRequest::DuplicatePost),
            Command::CancelPost => return needs_post(CalendarRequest::CancelPost),
            Command::Delete => {
                return match self.selected_post(&local_date) {
                    Some(post) => Outcome::Confirm(
                        lang.text_with(
                            "calendar-confirm-delete",
                            &[("status", Arg::Text(&post.status.word(lang)))],
                        ),
                        CalendarRequest::DeletePost(post.id),
                    ),
                    None => select_first(),
                };
            }
            Command::LaterDay => {
                return needs_post(|id| CalendarRequest::MovePost {
                    id,
                    days: 1,
                    hours: 0,
                });
            }
            Command::EarlierDay => {
                return needs_post(|id| CalendarRequest::MovePost {
                    id,
                    days: -1,
                    hours: 0,
                });
            }
            Command::LaterHour => {
                return needs_post(|id| CalendarRequest::MovePost {
                    id,
                    days: 0,
                    hours: 1,
                });
            }
            Command::EarlierHour => {
                return needs_post(|id| CalendarRequest::MovePost {
                    id,
                    days: 0,
                    hours: -1,
                });
            }
            Command::Publish => {
                return match selected {
                    Some((id, _)) => {
                        self.form = Some(CalendarForm::publish(id, lang));
                        Outcome::Handled
                    }
                    None => select_first(),
                };
            }
            Command::Metrics => {
                return match selected {
                    Some((id, PostStatus::Published)) => {
                        Outcome::Request(CalendarRequest::OpenMetrics(id))
                    }
                    Some(_) => Outcome::Message(lang.text("calendar-metrics-need-published")),
                    None => select_first(),
                };
            }
            Command::AddToQueue => return needs_post(CalendarRequest::AddToQueue),
            Command::RefillEvergreen => return Outcome::Request(CalendarRequest::RefillEvergreen),
            Command::BestTimes => {
                self.show_heatmap = true;
                return Outcome::Request(CalendarRequest::LoadHeatmap);
            }
            Command::FilterPosts => return Outcome::Request(CalendarRequest::OpenPostFilter),
            Command::Open if self.view != View::Agenda => {
                if self.selected_post(&local_date).is_some() {
                    self.view = View::Agenda;
                }
            }
            Command::Filter if self.view != View::Agenda => {
                self.view = View::Agenda;
                return self.agenda.handle(command);
            }
            _ if self.view == View::Agenda => return self.agenda.handle(command),
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod view_tests;
