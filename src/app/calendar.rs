//! Carries out the calendar's requests: forms opened with their data, posts checked and saved,
//! moved, copied, cancelled, deleted, published, measured, queued and re-queued — each one
//! transaction with its undo, each failure a message.

use super::{App, Undo};
use crate::analytics;
use crate::clock::LocalZone;
use crate::command::Command;
use crate::db::DbError;
use crate::domain::PostStatus;
use crate::domain::post::PostSnapshot;
use crate::i18n::{self, Arg};
use crate::keymap::{Input, Scope};
use crate::panes::calendar::CalendarData;
use crate::panes::{CalendarRequest, Outcome};
use chrono::{DateTime, Duration, Utc};

impl App {
    /// Hands the calendar pane what was read for it.
    pub(super) fn calendar_receive(&mut self, data: CalendarData) {
        let ctx = self.context();
        self.panes.calendar.receive(data, &ctx);
    }

    /// Sends a key to the open calendar form and carries out what it asks for.
    pub(super) fn calendar_form_key(&mut self, input: Input) {
        let ctx = self.context();
        if let Outcome::Request(request) = self.panes.calendar.form_key(input, &ctx) {
            self.perform_calendar(request);
        }
    }

    /// Records a change: its undo, a message, and fresh data everywhere.
    pub(super) fn changed(&mut self, message: String, undo: Undo) {
        self.message = Some(format!("{message}{}", self.undoes()));
        self.record(undo);
        self.calendar_receive(CalendarData::Saved);
        self.data_changed();
    }

    pub(super) fn perform_calendar(&mut self, request: CalendarRequest) {
        if let Err(error) = self.try_calendar(request) {
            let error = error.to_string();
            self.message = Some(
                self.lang
                    .text_with("calendar-nothing-changed", &[("error", Arg::Text(&error))]),
            );
        }
    }

    /// The post with this id as it stands now, to change and to put back on undo.
    pub(super) fn snapshot(&self, id: i64) -> Result<PostSnapshot, DbError> {
        self.db
            .post_snapshot(id)?
            .ok_or(DbError::Sqlite(rusqlite::Error::QueryReturnedNoRows))
    }

    pub(super) fn when_label(&self, at: Option<DateTime<Utc>>) -> String {
        at.map(|t| i18n::dated(self.lang, self.clock.local(t), "%a %d %b %H:%M"))
            .unwrap_or_else(|| self.lang.text("calendar-no-date"))
    }

    fn try_calendar(&mut self, request: CalendarRequest) -> Result<(), DbError> {
        let now = self.clock.now;
        let lang = self.lang;
        match request {
            CalendarRequest::OpenComposer => {
                let lookups = self.db.lookups()?;
                let note = self.best_time_note()?;
                self.calendar_receive(CalendarData::Composer { lookups, note });
            }
            CalendarRequest::OpenEditor(id) => {
                let post = Box::new(self.snapshot(id)?);
                let lookups = self.db.lookups()?;
                self.calendar_receive(CalendarData::Editor { lookups, post });
            }
            CalendarRequest::OpenMetrics(id) => {
                let before = self.snapshot(id)?;
                let latest = before.metrics.last().map(|(_, m)| *m);
                self.calendar_receive(CalendarData::Metrics { id, latest });
            }
            CalendarRequest::OpenPostFilter => {
                let lookups = self.db.lookups()?;
                self.calendar_receive(CalendarData::Filter(lookups));
            }
            CalendarRequest::SavePosts { editing, posts } => {
                let original = editing.map(|id| self.snapshot(id)).transpose()?;
                let when = self.when_label(posts.first().and_then(|p| p.scheduled_at));
                match original {
                    Some(before) => {
                        let keep = posts
                            .iter()
                            .position(|p| p.channel_id == before.post.channel_id)
                            .unwrap_or(0);
                        let (mut new_ids, others): (Vec<i64>, Vec<_>) = (
                            Vec::new(),
                            posts
                                .iter()
                                .enumerate()
                                .filter(|(i, _)| *i != keep)
                                .map(|(_, p)| p.clone())
                                .collect::<Vec<_>>(),
                        );
                        self.db.update_post(before.id, &posts[keep], now)?;
                        if !others.is_empty() {
                            new_ids = self.db.insert_posts(&others)?;
                        }
                        let label =
                            lang.text_with("calendar-undo-edit", &[("when", Arg::Text(&when))]);
                        self.changed(
                            lang.text_with("calendar-saved-post", &[("when", Arg::Text(&when))]),
                            Undo::posts(label, vec![before], new_ids),
                        );
                    }
                    None => {
                        let ids = self.db.insert_posts(&posts)?;
                        let n = i64::try_from(ids.len()).unwrap_or(i64::MAX);
                        let label = lang.text_with(
                            "calendar-new-posts",
                            &[
                                ("count", Arg::Count(n)),
                                ("shown", Arg::Text(&i18n::count(lang, n))),
                            ],
                        );
                        self.changed(
                            lang.text_with(
                                "calendar-saved-new",
                                &[("posts", Arg::Text(&label)), ("when", Arg::Text(&when))],
                            ),
                            Undo::posts(label, Vec::new(), ids),
                        );
                    }
                }
            }
            CalendarRequest::MovePost { id, days, hours } => {
                let before = self.snapshot(id)?;
                let Some(at) = before.post.scheduled_at else {
                    let key = self.key_label(Scope::Calendar, Command::Edit);
                    self.message =
                        Some(lang.text_with("calendar-idea-no-date", &[("key", Arg::Text(&key))]));
                    return Ok(());
                };
                if before.post.status == PostStatus::Published {
                    self.message = Some(lang.text("calendar-published-stays"));
                    return Ok(());
                }
                let local = self.clock.local(at) + Duration::days(days) + Duration::hours(hours);
                let to = self.clock.to_utc(local);
                self.db.move_post(id, to, now)?;
                self.calendar_receive(CalendarData::Moved {
                    id,
                    day: local.date(),
                });
                let when = self.when_label(Some(to));
                let label = lang.text_with("calendar-undo-move", &[("when", Arg::Text(&when))]);
                self.changed(
                    lang.text_with("calendar-moved", &[("when", Arg::Text(&when))]),
                    Undo::posts(label, vec![before], Vec::new()),
                );
            }
            CalendarRequest::DuplicatePost(id) => {
                let before = self.snapshot(id)?;
                let copy = self.db.duplicate_post(
                    id,
                    before.post.scheduled_at,
                    None,
                    PostStatus::Draft,
                    now,
                )?;
                self.changed(
                    lang.text("calendar-duplicated"),
                    Undo::posts(lang.text("calendar-undo-duplicate"), Vec::new(), vec![copy]),
                );
            }
            CalendarRequest::CancelPost(id) => {
                let before = self.snapshot(id)?;
                self.db.set_post_status(id, PostStatus::Cancelled, now)?;
                self.changed(
                    lang.text("calendar-cancelled"),
                    Undo::posts(lang.text("calendar-undo-cancel"), vec![before], Vec::new()),
                );
            }
            CalendarRequest::DeletePost(id) => {
                let before = self.snapshot(id)?;
                self.db.delete_posts(&[id])?;
                self.changed(
                    lang.text("calendar-deleted"),
                    Undo::posts(lang.text("calendar-undo-delete"), vec![before], Vec::new()),
                );
            }
            CalendarRequest::PublishPost { id, at, url } => self.publish(id, at, url.as_deref())?,
            CalendarRequest::SaveMetrics { id, metrics } => self.save_metrics(id, &metrics)?,
            CalendarRequest::AddToQueue(id) => self.add_to_queue(id)?,
            CalendarRequest::RefillEvergreen => self.refill_evergreen()?,
            CalendarRequest::LoadHeatmap => {
                let weeks = self.calendar_config.best_time_weeks;
                let posts = self
                    .db
                    .performance_since(now - Duration::weeks(i64::from(weeks)))?;
                let map = analytics::heatmap(
                    &posts,
                    &self.clock,
                    now,
                    weeks,
                    self.calendar_config.best_time_min_posts,
                );
                self.calendar_receive(CalendarData::Heatmap(Box::new(map)));
            }
        }
        Ok(())
    }
}
