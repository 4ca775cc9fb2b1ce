//! The calendar's forms: compose or edit a post (on several channels at once), publish, metrics,
//! and the view filter — their fields, the keys those fields are known by, and where a mistake
//! found in the post goes. `submit.rs` turns the fields into checked requests.

use super::super::form::{Form, FormField};
use super::CalendarRequest;
use crate::domain::PostStatus;
use crate::domain::calendar::{Lookups, PostFilter};
use crate::domain::post::{Field, Metrics, PostDraft, PostSnapshot};
use crate::i18n::{Arg, Lang};
use chrono::{DateTime, NaiveDateTime, Utc};

/// What a calendar form is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormPurpose {
    /// A new post.
    Compose,
    /// Editing the post with this id.
    Edit(i64),
    /// Marking this post published.
    Publish(i64),
    /// Entering this post's metrics.
    Metrics(i64),
    /// Choosing which posts the views show.
    Filter,
}

/// An open calendar form.
#[derive(Debug, Clone)]
pub struct CalendarForm {
    /// What it is for.
    pub(super) purpose: FormPurpose,
    /// Its fields.
    pub(super) form: Form,
    /// The published time and address of the post being edited, kept through the edit.
    pub(super) published: Option<(Option<DateTime<Utc>>, Option<String>)>,
}

/// What happened to the form after a key.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum FormOutcome {
    /// Still open.
    Open,
    /// Closed without saving.
    Closed,
    /// Closed after choosing a filter.
    Filtered(PostFilter, String),
    /// The fields hold these mistakes (field key, message); nothing is asked.
    Refused(Vec<(&'static str, String)>),
    /// The app must carry this out (the form stays open until it succeeds).
    Submit(CalendarRequest),
}

pub(super) const CHANNELS_KEY: &str = "channels";
pub(super) const BODY_KEY: &str = "body";
pub(super) const DATE_KEY: &str = "date";
pub(super) const TIME_KEY: &str = "time";
pub(super) const STATUS_KEY: &str = "status";
pub(super) const COOLDOWN_KEY: &str = "cooldown";
pub(super) const URL_KEY: &str = "url";
/// The metrics form's fields, in order (their labels come from `calendar-metric`).
pub(super) const METRIC_KEYS: [&str; 7] = [
    "impressions",
    "reach",
    "likes",
    "comments",
    "shares",
    "saves",
    "clicks",
];

fn status_options(with_any: bool, lang: Lang) -> Vec<(Option<i64>, String)> {
    let mut options: Vec<(Option<i64>, String)> = if with_any {
        vec![(None, lang.text("calendar-option-any"))]
    } else {
        Vec::new()
    };
    options.extend(
        PostStatus::ALL
            .iter()
            .enumerate()
            .map(|(i, s)| (Some(i as i64), format!("{} {}", s.symbol(), s.word(lang)))),
    );
    options
}

fn status_id(status: PostStatus) -> Option<i64> {
    PostStatus::ALL
        .iter()
        .position(|s| *s == status)
        .map(|i| i as i64)
}

/// The key of the post form's field that shows a mistake in `field`.
pub(super) fn field_key(field: Field) -> &'static str {
    match field {
        Field::Channels => CHANNELS_KEY,
        Field::Body => BODY_KEY,
        Field::Date => DATE_KEY,
        Field::Time => TIME_KEY,
        Field::Evergreen => COOLDOWN_KEY,
    }
}

pub(super) fn status_of(id: Option<i64>) -> Option<PostStatus> {
    id.and_then(|i| PostStatus::ALL.get(usize::try_from(i).ok()?).copied())
}

fn with_none(items: &[(i64, String)], none: &str) -> Vec<(Option<i64>, String)> {
    std::iter::once((None, none.to_string()))
        .chain(items.iter().map(|(id, name)| (Some(*id), name.clone())))
        .collect()
}

impl CalendarForm {
    /// The post form, for a new post (`stored` = None) or a stored one, with `when` as the local
    /// date and time to start from, written in `lang`.
    pub fn post(
        lookups: &Lookups,
        stored: Option<&PostSnapshot>,
        when: Option<NaiveDateTime>,
        default_channels: &[i64],
        lang: Lang,
    ) -> CalendarForm {
        let none = lang.text("calendar-option-none");
        let post = stored.map(|s| &s.post);
        let channels: Vec<(i64, String)> =
            lookups.channels.iter().map(|c| (c.id, c.label())).collect();
        let ticked: Vec<i64> =
            post.map_or_else(|| default_channels.to_vec(), |p| vec![p.channel_id]);
        let date = when
            .map(|w| w.format("%Y-%m-%d").to_string())
            .unwrap_or_default();
        let time = when
            .map(|w| w.format("%H:%M").to_string())
            .unwrap_or_default();
        let status = post.map_or(PostStatus::Draft, |p| p.status);
        let mut fields = vec![
            FormField::checklist(
                CHANNELS_KEY,
                lang.text("calendar-form-channels"),
                channels,
                &ticked,
            ),
            FormField::editor(
                BODY_KEY,
                lang.text("calendar-form-text"),
                post.map_or("", |p| p.body.as_str()),
            ),
            FormField::text(DATE_KEY, lang.text("calendar-form-date"), date),
            FormField::text(TIME_KEY, lang.text("calendar-form-time"), time),
            FormField::choice(
                STATUS_KEY,
                lang.text("calendar-form-status"),
                status_options(false, lang),
                status_id(status),
            ),
            FormField::choice(
                "campaign",
                lang.text("calendar-form-campaign"),
                with_none(&lookups.campaigns, &none),
                post.and_then(|p| p.campaign_id),
            ),
            FormField::choice(
                "pillar",
                lang.text("calendar-form-pillar"),
                with_none(&lookups.pillars, &none),
                post.and_then(|p| p.pillar_id),
            ),
            FormField::choice(
                "persona",
                lang.text("calendar-form-persona"),
                with_none(&lookups.personas, &none),
                post.and_then(|p| p.persona_id),
            ),
            FormField::toggle(
                "evergreen",
                lang.text("calendar-form-evergreen"),
                post.is_some_and(|p| p.evergreen),
            ),
            FormField::text(
                COOLDOWN_KEY,
                lang.text("calendar-form-cooldown"),
                post.map_or("30".to_string(), |p| p.cooldown_days.to_string()),
            ),
            FormField::text(
                "max_repeats",
                lang.text("calendar-form-max-repeats"),
                post.and_then(|p| p.max_repeats)
                    .map(|n| n.to_string())
                    .unwrap_or_default(),
            ),
            FormField::text(
                "until",
                lang.text("calendar-form-until"),
                post.and_then(|p| p.until)
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
            ),
            FormField::text(
                "notes",
                lang.text("calendar-form-notes"),
                post.map_or("", |p| p.notes.as_str()),
            ),
        ];
        if stored.is_some()
            && let Some(field) = fields.first_mut()
        {
            field.label = lang.text("calendar-form-channel").into();
        }
        let (purpose, title) = match stored {
            Some(r) => (
                FormPurpose::Edit(r.id),
                lang.text("calendar-form-edit-title"),
            ),
            None => (FormPurpose::Compose, lang.text("calendar-form-new-title")),
        };
        let mut form = Form::new(title, fields);
        form.focus = usize::from(stored.is_none() && !ticked.is_empty());
        CalendarForm {
            purpose,
            form,
            published: post.map(|p| (p.published_at, p.url.clone())),
        }
    }

    /// The publish form: when it went out (empty = now) and its address, written in `lang`.
    pub fn publish(id: i64, lang: Lang) -> CalendarForm {
        let fields = vec![
            FormField::text(DATE_KEY, lang.text("calendar-form-publish-date"), ""),
            FormField::text(TIME_KEY, lang.text("calendar-form-time"), ""),
            FormField::text(URL_KEY, lang.text("calendar-form-url"), ""),
        ];
        CalendarForm {
            purpose: FormPurpose::Publish(id),
            form: Form::new(lang.text("calendar-form-publish-title"), fields),
            published: None,
        }
    }

    /// The metrics form, filled with the latest capture, written in `lang`.
    pub fn metrics(id: i64, latest: Option<Metrics>, lang: Lang) -> CalendarForm {
        let m = latest.unwrap_or_default();
        let values = [
            m.impressions.map(|v| v.to_string()),
            m.reach.map(|v| v.to_string()),
            (m.likes > 0).then(|| m.likes.to_string()),
            (m.comments > 0).then(|| m.comments.to_string()),
            (m.shares > 0).then(|| m.shares.to_string()),
            (m.saves > 0).then(|| m.saves.to_string()),
            (m.clicks > 0).then(|| m.clicks.to_string()),
        ];
        let fields = METRIC_KEYS
            .iter()
            .zip(values)
            .map(|(key, value)| {
                let label = lang.text_with("calendar-metric", &[("metric", Arg::Text(key))]);
                FormField::text(key, label, value.unwrap_or_default())
            })
            .collect();
        CalendarForm {
            purpose: FormPurpose::Metrics(id),
            form: Form::new(lang.text("calendar-form-metrics-title"), fields),
            published: None,
        }
    }

    /// The filter form, on the current filter, written in `lang`.
    pub fn filter(lookups: &Lookups, current: &PostFilter, lang: Lang) -> CalendarForm {
        let any = lang.text("calendar-option-any");
        let channels: Vec<(i64, String)> =
            lookups.channels.iter().map(|c| (c.id, c.label())).collect();
        let fields = vec![
            FormField::choice(
                "channel",
                lang.text("calendar-form-channel"),
                with_none(&channels, &any),
                current.channel_id,
            ),
            FormField::choice(
                STATUS_KEY,
                lang.text("calendar-form-status"),
                status_options(true, lang),
                current.status.and_then(status_id),
            ),
            FormField::choice(
                "campaign",
                lang.text("calendar-form-campaign"),
                with_none(&lookups.campaigns, &any),
                current.campaign_id,
            ),
            FormField::choice(
                "pillar",
                lang.text("calendar-form-pillar"),
                with_none(&lookups.pillars, &any),
                current.pillar_id,
            ),
        ];
        CalendarForm {
            purpose: FormPurpose::Filter,
            form: Form::new(lang.text("calendar-form-filter-title"), fields),
            published: None,
        }
    }

    /// The post form's values as a draft.
    pub fn draft(&self) -> PostDraft {
        let form = &self.form;
        PostDraft {
            channel_ids: form.ticked(CHANNELS_KEY),
            body: form.text(BODY_KEY),
            date: form.text(DATE_KEY),
            time: form.text(TIME_KEY),
            status: status_of(form.choice(STATUS_KEY)),
            campaign_id: form.choice("campaign"),
            pillar_id: form.choice("pillar"),
            persona_id: form.choice("persona"),
            evergreen: form.toggle("evergreen"),
            cooldown_days: form.text(COOLDOWN_KEY),
            max_repeats: form.text("max_repeats"),
            until: form.text("until"),
            notes: form.text("notes"),
            published: self.published.clone(),
        }
    }
}
