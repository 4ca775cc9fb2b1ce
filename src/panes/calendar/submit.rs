//! Turns a calendar form's typed fields into checked domain values: the post form into posts
//! (one per channel), the publish form into a time and an address, the metrics form into figures,
//! the filter form into a filter. A mistake lands on its field instead of becoming a request.

use super::CalendarRequest;
use super::forms::{
    CalendarForm, DATE_KEY, FormOutcome, FormPurpose, METRIC_KEYS, STATUS_KEY, TIME_KEY, URL_KEY,
    field_key, status_of,
};
use crate::clock::LocalZone;
use crate::domain::calendar::PostFilter;
use crate::domain::post::{ChannelInfo, Metrics, parse_date_in, parse_time_in};
use crate::keymap::Input;
use crate::panes::Context;
use crate::panes::form::FormAction;

/// Mistakes found in a form: the field's key and what is wrong.
type Errors = Vec<(&'static str, String)>;

impl CalendarForm {
    /// Applies a key and says what the pane must do; `channels` are the ones the post form
    /// checks against, `ctx` gives "now" and the zone.
    pub(super) fn handle_key(
        &mut self,
        input: Input,
        channels: &[ChannelInfo],
        ctx: &Context,
    ) -> FormOutcome {
        match self.form.handle_key(input) {
            FormAction::Cancel => FormOutcome::Closed,
            FormAction::Edited => FormOutcome::Open,
            FormAction::Save => self.submit(channels, ctx),
        }
    }

    fn submit(&self, channels: &[ChannelInfo], ctx: &Context) -> FormOutcome {
        let checked = match self.purpose {
            FormPurpose::Compose => self.posts(None, channels, ctx),
            FormPurpose::Edit(id) => self.posts(Some(id), channels, ctx),
            FormPurpose::Publish(id) => self.publication(id, ctx),
            FormPurpose::Metrics(id) => self.metrics_request(id, ctx),
            FormPurpose::Filter => {
                let (filter, label) = self.chosen_filter();
                return FormOutcome::Filtered(filter, label);
            }
        };
        match checked {
            Ok(request) => FormOutcome::Submit(request),
            Err(errors) => FormOutcome::Refused(errors),
        }
    }

    fn posts(
        &self,
        editing: Option<i64>,
        channels: &[ChannelInfo],
        ctx: &Context,
    ) -> Result<CalendarRequest, Errors> {
        let clock = &ctx.clock;
        self.draft()
            .validate_in(ctx.lang, channels, clock, clock.now)
            .map(|posts| CalendarRequest::SavePosts { editing, posts })
            .map_err(|errors| {
                errors
                    .into_iter()
                    .map(|e| (field_key(e.field), e.message))
                    .collect()
            })
    }

    fn publication(&self, id: i64, ctx: &Context) -> Result<CalendarRequest, Errors> {
        let form = &self.form;
        let (date, time) = (form.text(DATE_KEY), form.text(TIME_KEY));
        let mut errors = Vec::new();
        let at = match (date.trim(), time.trim()) {
            ("", "") => Some(ctx.clock.now),
            (d, t) => match (
                parse_date_in(ctx.lang, d),
                parse_time_in(ctx.lang, if t.is_empty() { "00:00" } else { t }),
            ) {
                (Ok(d), Ok(t)) => Some(ctx.clock.to_utc(d.and_time(t))),
                (Err(m), _) => {
                    errors.push((DATE_KEY, m));
                    None
                }
                (_, Err(m)) => {
                    errors.push((TIME_KEY, m));
                    None
                }
            },
        };
        let url = form.text(URL_KEY).trim().to_string();
        if !(url.is_empty() || url.starts_with("https://") || url.starts_with("http://")) {
            errors.push((URL_KEY, ctx.lang.text("calendar-error-url")));
        }
        match at.filter(|_| errors.is_empty()) {
            Some(at) => Ok(CalendarRequest::PublishPost {
                id,
                at,
                url: (!url.is_empty()).then_some(url),
            }),
            None => Err(errors),
        }
    }

    fn metrics_request(&self, id: i64, ctx: &Context) -> Result<CalendarRequest, Errors> {
        let mut errors = Vec::new();
        let mut number = |key: &'static str, optional: bool| -> Option<i64> {
            let text = self.form.text(key);
            let text = text.trim();
            if text.is_empty() {
                return if optional { None } else { Some(0) };
            }
            match crate::domain::typed_number::whole(text) {
                Ok(n) if n >= 0 => Some(n),
                Ok(_) => {
                    errors.push((key, ctx.lang.text("calendar-error-count-negative")));
                    None
                }
                Err(why) => {
                    errors.push((key, why));
                    None
                }
            }
        };
        let [impressions, reach, likes, comments, shares, saves, clicks] = METRIC_KEYS;
        let metrics = Metrics {
            impressions: number(impressions, true),
            reach: number(reach, true),
            likes: number(likes, false).unwrap_or(0),
            comments: number(comments, false).unwrap_or(0),
            shares: number(shares, false).unwrap_or(0),
            saves: number(saves, false).unwrap_or(0),
            clicks: number(clicks, false).unwrap_or(0),
        };
        if errors.is_empty() {
            Ok(CalendarRequest::SaveMetrics { id, metrics })
        } else {
            Err(errors)
        }
    }

    fn chosen_filter(&self) -> (PostFilter, String) {
        let form = &self.form;
        let filter = PostFilter {
            channel_id: form.choice("channel"),
            status: status_of(form.choice(STATUS_KEY)),
            campaign_id: form.choice("campaign"),
            pillar_id: form.choice("pillar"),
        };
        let label = ["channel", STATUS_KEY, "campaign", "pillar"]
            .iter()
            .filter(|key| form.choice(key).is_some())
            .map(|key| form.choice_label(key))
            .collect::<Vec<_>>()
            .join(" · ");
        (filter, label)
    }
}
