//! The calendar's scheduling work: best free times for the composer, publishing and metrics,
//! the queue of posting slots and the evergreen re-queue (on demand or on its own).

use super::{App, Undo};
use crate::analytics::{self, Slot};
use crate::db::DbError;
use crate::domain::PostStatus;
use crate::domain::post::{Metrics, Post};
use crate::i18n::{self, Arg};
use crate::panes::CalendarRequest;
use chrono::{DateTime, Duration, Utc};

/// How far ahead the queue looks for a free slot.
const QUEUE_HORIZON_DAYS: i64 = 60;
/// How far ahead evergreen posts are re-queued.
const REFILL_DAYS: i64 = 14;
/// A slot counts as taken when a post on the channel is this close to it.
const SLOT_TOLERANCE_MINUTES: i64 = 30;

impl App {
    pub(super) fn best_time_note(&self) -> Result<String, DbError> {
        let now = self.clock.now;
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
        if map.is_thin() {
            let posts = i18n::count(self.lang, i64::try_from(map.posts_used).unwrap_or(i64::MAX));
            return Ok(self.lang.text_with(
                "calendar-best-thin",
                &[
                    ("posts", Arg::Text(&posts)),
                    ("weeks", Arg::Text(&weeks.to_string())),
                ],
            ));
        }
        let taken = self.db.scheduled_times(now, now + Duration::days(8))?;
        let times: Vec<String> = analytics::suggest_times(&map, &self.clock, now, &taken, 3)
            .into_iter()
            .map(|t| i18n::dated(self.lang, self.clock.local(t), "%a %d %H:%M"))
            .collect();
        Ok(if times.is_empty() {
            self.lang.text("calendar-best-none")
        } else {
            self.lang.text_with(
                "calendar-best-free",
                &[("times", Arg::Text(&times.join(" · ")))],
            )
        })
    }
    pub(super) fn publish(
        &mut self,
        id: i64,
        at: DateTime<Utc>,
        url: Option<&str>,
    ) -> Result<(), DbError> {
        let before = self.snapshot(id)?;
        self.db.publish_post(id, at, url, self.clock.now)?;
        let when = self.when_label(Some(at));
        self.changed(
            self.lang
                .text_with("calendar-published-at", &[("when", Arg::Text(&when))]),
            Undo::posts(
                self.lang.text("calendar-undo-publish"),
                vec![before],
                Vec::new(),
            ),
        );
        Ok(())
    }
    pub(super) fn save_metrics(&mut self, id: i64, metrics: &Metrics) -> Result<(), DbError> {
        let before = self.snapshot(id)?;
        self.db.add_metrics(id, self.clock.now, metrics)?;
        self.changed(
            self.lang.text("calendar-metrics-saved"),
            Undo::posts(
                self.lang.text("calendar-undo-metrics"),
                vec![before],
                Vec::new(),
            ),
        );
        Ok(())
    }
    /// The posting slots of a channel: the channel plan's, else the config's for its network.
    fn slots_for(&self, channel: &crate::domain::post::ChannelInfo) -> Result<Vec<Slot>, String> {
        let text = if channel.slots.trim().is_empty() {
            self.config_slots
                .iter()
                .find(|(network, _)| *network == channel.network)
                .map(|(_, s)| s.clone())
                .unwrap_or_default()
        } else {
            channel.slots.clone()
        };
        analytics::parse_slots(&text).map_err(|e| {
            self.lang.text_with(
                "calendar-slots-wrong",
                &[
                    ("channel", Arg::Text(&channel.label())),
                    ("why", Arg::Text(&e.message(self.lang))),
                ],
            )
        })
    }
    pub(super) fn add_to_queue(&mut self, id: i64) -> Result<(), DbError> {
        let before = self.snapshot(id)?;
        let channels = self.db.channels()?;
        let Some(channel) = channels.iter().find(|c| c.id == before.post.channel_id) else {
            return Ok(());
        };
        let slots = match self.slots_for(channel) {
            Ok(slots) if slots.is_empty() => {
                self.message = Some(self.lang.text_with(
                    "calendar-no-slots",
                    &[
                        ("channel", Arg::Text(&channel.label())),
                        ("network", Arg::Text(&channel.network.to_string())),
                    ],
                ));
                return Ok(());
            }
            Ok(slots) => slots,
            Err(message) => {
                self.message = Some(message);
                return Ok(());
            }
        };
        let now = self.clock.now;
        let taken: Vec<_> = self
            .db
            .post_times(
                channel.id,
                now,
                now + Duration::days(QUEUE_HORIZON_DAYS + 1),
            )?
            .into_iter()
            .filter(|t| Some(*t) != before.post.scheduled_at)
            .collect();
        let Some(slot) = analytics::next_free_slot(
            &slots,
            &self.clock,
            now,
            &taken,
            Duration::minutes(SLOT_TOLERANCE_MINUTES),
            QUEUE_HORIZON_DAYS,
        ) else {
            self.message = Some(self.lang.text_with(
                "calendar-no-free-slot",
                &[
                    ("channel", Arg::Text(&channel.label())),
                    ("days", Arg::Text(&QUEUE_HORIZON_DAYS.to_string())),
                ],
            ));
            return Ok(());
        };
        let fits = !analytics::check(&before.post.body, channel.char_limit).over()
            && !before.post.body.trim().is_empty();
        let status = if fits {
            PostStatus::Scheduled
        } else {
            before.post.status
        };
        let queued = Post {
            scheduled_at: Some(slot),
            status,
            ..before.post.clone()
        };
        self.db.update_post(id, &queued, now)?;
        let note = if fits {
            String::new()
        } else {
            format!(" ({})", self.lang.text("calendar-kept-draft"))
        };
        let when = self.when_label(Some(slot));
        self.changed(
            self.lang.text_with(
                "calendar-queued",
                &[("when", Arg::Text(&when)), ("note", Arg::Text(&note))],
            ),
            Undo::posts(
                self.lang.text("calendar-undo-queue"),
                vec![before],
                Vec::new(),
            ),
        );
        Ok(())
    }
    /// With `evergreen_auto` on, re-queues evergreen posts without being asked; says so only
    /// when it added something.
    pub(super) fn auto_refill(&mut self) {
        if !self.calendar_config.evergreen_auto || self.welcome {
            return;
        }
        let (message, recorded) = (self.message.take(), self.history.recorded());
        self.perform_calendar(CalendarRequest::RefillEvergreen);
        if self.history.recorded() == recorded {
            self.message = message;
        } else if let Some(text) = self.message.as_mut() {
            text.insert_str(0, &format!("{} ", self.lang.text("calendar-automatically")));
        }
    }
    pub(super) fn refill_evergreen(&mut self) -> Result<(), DbError> {
        let now = self.clock.now;
        let until = now + Duration::days(REFILL_DAYS);
        let mut free = Vec::new();
        for channel in self.db.channels()? {
            let Ok(slots) = self.slots_for(&channel) else {
                continue;
            };
            let taken = self.db.post_times(
                channel.id,
                now - Duration::hours(1),
                until + Duration::hours(1),
            )?;
            let tolerance = Duration::minutes(SLOT_TOLERANCE_MINUTES);
            free.extend(
                analytics::slot_times(&slots, &self.clock, now, until)
                    .into_iter()
                    .filter(|slot| taken.iter().all(|t| (*t - *slot).abs() > tolerance))
                    .map(|slot| (channel.id, slot)),
            );
        }
        free.sort_by_key(|(_, at)| *at);
        let plan = analytics::requeue_plan(&self.db.evergreen_posts()?, &free, &self.clock);
        if plan.is_empty() {
            let free = i18n::count(self.lang, i64::try_from(free.len()).unwrap_or(i64::MAX));
            self.message = Some(self.lang.text_with(
                "calendar-refill-none",
                &[
                    ("free", Arg::Text(&free)),
                    ("days", Arg::Text(&REFILL_DAYS.to_string())),
                ],
            ));
            return Ok(());
        }
        let ids = self.db.insert_repeats(&plan, now)?;
        let first = self.when_label(plan.first().map(|(_, at)| *at));
        let n = i64::try_from(ids.len()).unwrap_or(i64::MAX);
        self.changed(
            self.lang.text_with(
                "calendar-requeued",
                &[
                    ("count", Arg::Count(n)),
                    ("shown", Arg::Text(&i18n::count(self.lang, n))),
                    ("first", Arg::Text(&first)),
                ],
            ),
            Undo::posts(self.lang.text("calendar-undo-requeue"), Vec::new(), ids),
        );
        Ok(())
    }
}
