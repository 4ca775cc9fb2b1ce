//! Carries out the calendar's requests: forms opened with their data, posts checked and saved,
//! moved, copied, cancelled, deleted, published, measured, queued and re-queued — each one
//! transaction with its undo, each failure a message.

use super::{App, Undo};
use crate::analytics;
use crate::clock::LocalZone;
use crate::command::Command;
use crate::db::DbError;
use crate::domain::PostStatus;
use crate::domain::post::{Field, PostSnapshot};
use crate::keymap::{Input, Scope};
use crate::panes::CalendarRequest;
use crate::panes::calendar::{CalendarForm, FormOutcome, View};
use chrono::{DateTime, Duration, Utc};

fn field_key(field: Field) -> &'static str {
    match field {
        Field::Channels => "channels",
        Field::Body => "body",
        Field::Date => "date",
        Field::Time => "time",
        Field::Evergreen => "cooldown",
    }
}

impl App {
    /// Sends a key to the open calendar form and acts on what it asks for.
    pub(super) fn calendar_form_key(&mut self, input: Input) {
        let Some(form) = self.panes.calendar.form.as_mut() else {
            return;
        };
        match form.handle_key(input) {
            FormOutcome::Open => {}
            FormOutcome::Closed => self.panes.calendar.form = None,
            FormOutcome::Filtered(filter, label) => {
                let calendar = &mut self.panes.calendar;
                calendar.form = None;
                calendar.filter = filter;
                calendar.filter_label = label;
                calendar.invalidate();
                calendar.agenda = Default::default();
                calendar.agenda.set_height(calendar.agenda_page_height);
            }
            FormOutcome::Submit(request) => self.perform_calendar(request),
        }
    }

    pub(super) fn form_errors(&mut self, errors: &[(&'static str, String)]) {
        if let Some(form) = self.panes.calendar.form.as_mut() {
            form.form.set_errors(errors);
        }
    }

    /// Records a change: its undo, a message, and fresh data everywhere.
    pub(super) fn changed(&mut self, message: String, undo: Undo) {
        self.message = Some(format!("{message}{}", self.undoes()));
        self.undo = Some(undo);
        self.panes.calendar.form = None;
        self.data_changed();
    }

    pub(super) fn perform_calendar(&mut self, request: CalendarRequest) {
        if let Err(error) = self.try_calendar(request) {
            self.message = Some(format!("Nothing was changed: {error}"));
        }
    }

    /// The post with this id as it stands now, to change and to put back on undo.
    pub(super) fn snapshot(&self, id: i64) -> Result<PostSnapshot, DbError> {
        self.db
            .post_snapshot(id)?
            .ok_or(DbError::Sqlite(rusqlite::Error::QueryReturnedNoRows))
    }

    pub(super) fn when_label(&self, at: Option<DateTime<Utc>>) -> String {
        at.map(|t| self.clock.local(t).format("%a %d %b %H:%M").to_string())
            .unwrap_or_else(|| "no date".into())
    }

    fn try_calendar(&mut self, request: CalendarRequest) -> Result<(), DbError> {
        let now = self.clock.now;
        match request {
            CalendarRequest::OpenComposer => {
                let lookups = self.db.lookups()?;
                let day = self.panes.calendar.cursor.unwrap_or(self.clock.today());
                let hour = if day == self.clock.today() {
                    (self.clock.local(now) + Duration::hours(1))
                        .time()
                        .format("%H:00")
                        .to_string()
                } else {
                    "09:00".into()
                };
                let when = chrono::NaiveTime::parse_from_str(&hour, "%H:%M")
                    .ok()
                    .map(|t| day.and_time(t));
                let defaults: Vec<i64> =
                    self.panes.calendar.filter.channel_id.into_iter().collect();
                let mut form = CalendarForm::post(&lookups, None, when, &defaults);
                form.form.note = Some(self.best_time_note()?);
                self.panes.calendar.form = Some(form);
                self.panes.calendar.lookups = Some(lookups);
            }
            CalendarRequest::OpenEditor(id) => {
                let before = self.snapshot(id)?;
                let lookups = self.db.lookups()?;
                let when = before.post.scheduled_at.map(|t| self.clock.local(t));
                self.panes.calendar.form =
                    Some(CalendarForm::post(&lookups, Some(&before), when, &[]));
                self.panes.calendar.lookups = Some(lookups);
            }
            CalendarRequest::OpenMetrics(id) => {
                let before = self.snapshot(id)?;
                self.panes.calendar.form = Some(CalendarForm::metrics(
                    id,
                    before.metrics.last().map(|(_, m)| *m),
                ));
            }
            CalendarRequest::OpenPostFilter => {
                let lookups = self.db.lookups()?;
                self.panes.calendar.form =
                    Some(CalendarForm::filter(&lookups, &self.panes.calendar.filter));
                self.panes.calendar.lookups = Some(lookups);
            }
            CalendarRequest::SaveDraft { editing, mut draft } => {
                let channels = self.db.channels()?;
                let original = editing.map(|id| self.snapshot(id)).transpose()?;
                if let Some(before) = &original {
                    draft.published = Some((before.post.published_at, before.post.url.clone()));
                }
                let posts = match draft.validate(&channels, &self.clock, now) {
                    Ok(posts) => posts,
                    Err(errors) => {
                        let errors: Vec<_> = errors
                            .into_iter()
                            .map(|e| (field_key(e.field), e.message))
                            .collect();
                        self.form_errors(&errors);
                        return Ok(());
                    }
                };
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
                        let label = format!("edit of the post for {when}");
                        self.changed(
                            format!("Saved the post for {when}"),
                            Undo::posts(label, vec![before], new_ids),
                        );
                    }
                    None => {
                        let ids = self.db.insert_posts(&posts)?;
                        let n = ids.len();
                        let label = format!("{n} new post{}", if n == 1 { "" } else { "s" });
                        self.changed(
                            format!("Saved {label} for {when}"),
                            Undo::posts(label, Vec::new(), ids),
                        );
                    }
                }
            }
            CalendarRequest::MovePost { id, days, hours } => {
                let before = self.snapshot(id)?;
                let Some(at) = before.post.scheduled_at else {
                    self.message = Some(format!(
                        "This idea has no date yet; edit it ({}) to give it one.",
                        self.key_label(Scope::Calendar, Command::Edit)
                    ));
                    return Ok(());
                };
                if before.post.status == PostStatus::Published {
                    self.message = Some("A published post stays where it went out.".into());
                    return Ok(());
                }
                let local = self.clock.local(at) + Duration::days(days) + Duration::hours(hours);
                let to = self.clock.to_utc(local);
                self.db.move_post(id, to, now)?;
                if self.panes.calendar.view != View::Agenda {
                    self.panes.calendar.set_cursor(local.date());
                }
                self.panes.calendar.follow = Some(id);
                let label = format!("move to {}", self.when_label(Some(to)));
                self.changed(
                    format!("Moved to {}", self.when_label(Some(to))),
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
                    "Duplicated as a draft".into(),
                    Undo::posts("duplicate", Vec::new(), vec![copy]),
                );
            }
            CalendarRequest::CancelPost(id) => {
                let before = self.snapshot(id)?;
                self.db.set_post_status(id, PostStatus::Cancelled, now)?;
                self.changed(
                    "Cancelled the post".into(),
                    Undo::posts("cancel", vec![before], Vec::new()),
                );
            }
            CalendarRequest::DeletePost(id) => {
                let before = self.snapshot(id)?;
                self.db.delete_posts(&[id])?;
                self.changed(
                    "Deleted the post".into(),
                    Undo::posts("delete", vec![before], Vec::new()),
                );
            }
            CalendarRequest::PublishPost {
                id,
                date,
                time,
                url,
            } => self.publish(id, &date, &time, &url)?,
            CalendarRequest::SaveMetrics { id, values } => self.save_metrics(id, &values)?,
            CalendarRequest::AddToQueue(id) => self.add_to_queue(id)?,
            CalendarRequest::RefillEvergreen => self.refill_evergreen()?,
            CalendarRequest::LoadHeatmap => {
                let weeks = self.calendar_config.best_time_weeks;
                let posts = self
                    .db
                    .performance_since(now - Duration::weeks(i64::from(weeks)))?;
                self.panes.calendar.heatmap = Some(analytics::heatmap(
                    &posts,
                    &self.clock,
                    now,
                    weeks,
                    self.calendar_config.best_time_min_posts,
                ));
            }
        }
        Ok(())
    }
}
