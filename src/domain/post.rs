//! Writing posts: what a post holds, the form's raw input, and the rules that turn one into the
//! other (dates that exist, times in range, a body, a known channel, the channel's length limit).

use super::enums::{Network, PostStatus};
use super::length::check as check_length;
use crate::clock::LocalZone;
use crate::i18n::{Arg, Lang};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

/// A channel as the composer needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChannelInfo {
    /// Database id.
    pub id: i64,
    /// The network.
    pub network: Network,
    /// The handle.
    pub handle: String,
    /// Maximum post length in user-perceived characters.
    pub char_limit: u32,
    /// Weekly posting slots, as written in the plan or config (`mon 09:30, wed 09:30`).
    pub slots: String,
}

impl ChannelInfo {
    /// `IG @cafelanora`.
    pub fn label(&self) -> String {
        format!("{} {}", self.network.short(), self.handle)
    }
}

/// A post as stored: what a person edits, what it repeats, and when it was written and changed.
/// Its database id and metrics live beside it (see [`PostSnapshot`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Post {
    /// The channel it goes to.
    pub channel_id: i64,
    /// The text.
    pub body: String,
    /// Where it stands.
    pub status: PostStatus,
    /// When it is planned (ideas may have no time).
    pub scheduled_at: Option<DateTime<Utc>>,
    /// When it went out.
    pub published_at: Option<DateTime<Utc>>,
    /// Its address once published.
    pub url: Option<String>,
    /// Campaign.
    pub campaign_id: Option<i64>,
    /// Content pillar.
    pub pillar_id: Option<i64>,
    /// Persona.
    pub persona_id: Option<i64>,
    /// Whether it may be re-queued.
    pub evergreen: bool,
    /// Days before an evergreen post may come back.
    pub cooldown_days: u32,
    /// How many times it may come back (`None`: no limit).
    pub max_repeats: Option<u32>,
    /// Last day it may come back.
    pub until: Option<NaiveDate>,
    /// Free notes.
    pub notes: String,
    /// The post it repeats (evergreen copies).
    pub repeat_of: Option<i64>,
    /// When it was written down.
    pub created_at: DateTime<Utc>,
    /// When it was last changed.
    pub updated_at: DateTime<Utc>,
}

/// A stored post exactly as it stands, with its id and every metrics capture: what undo puts
/// back.
#[derive(Debug, Clone, PartialEq)]
pub struct PostSnapshot {
    /// Database id.
    pub id: i64,
    /// The post.
    pub post: Post,
    /// Every metrics capture, oldest first.
    pub metrics: Vec<(DateTime<Utc>, Metrics)>,
}

/// The post form's fields as typed, before validation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PostDraft {
    /// The channels to plan it on (one post per channel).
    pub channel_ids: Vec<i64>,
    /// The text.
    pub body: String,
    /// `YYYY-MM-DD`, empty for an idea without a date.
    pub date: String,
    /// `HH:MM`.
    pub time: String,
    /// The status chosen.
    pub status: Option<PostStatus>,
    /// Campaign.
    pub campaign_id: Option<i64>,
    /// Content pillar.
    pub pillar_id: Option<i64>,
    /// Persona.
    pub persona_id: Option<i64>,
    /// Evergreen flag.
    pub evergreen: bool,
    /// Cooldown in days, as typed.
    pub cooldown_days: String,
    /// Maximum repeats, as typed (empty: no limit).
    pub max_repeats: String,
    /// End date, as typed (empty: none).
    pub until: String,
    /// Notes.
    pub notes: String,
    /// Published time and URL kept from the post being edited.
    pub published: Option<(Option<DateTime<Utc>>, Option<String>)>,
}

/// A form field that holds a mistake.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The channels.
    Channels,
    /// The text.
    Body,
    /// The date.
    Date,
    /// The time.
    Time,
    /// Evergreen settings.
    Evergreen,
}

/// A mistake in the form, said plainly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// Where.
    pub field: Field,
    /// What is wrong and what to do.
    pub message: String,
}

fn error(field: Field, message: impl Into<String>) -> FieldError {
    FieldError {
        field,
        message: message.into(),
    }
}

/// Reads a typed date (`YYYY-MM-DD`, also `DD/MM/YYYY`); says why in English when it is not a
/// real date.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    parse_date_in(Lang::En, text)
}

/// Reads a typed date (`YYYY-MM-DD`, also `DD/MM/YYYY`); says why in `lang` when it is not a
/// real date.
pub fn parse_date_in(lang: Lang, text: &str) -> Result<NaiveDate, String> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d/%m/%Y"))
        .map_err(|_| lang.text_with("calendar-error-date", &[("text", Arg::Text(text))]))
}

/// Reads a typed time (`HH:MM`, 24-hour); says why in English when it is out of range.
pub fn parse_time(text: &str) -> Result<NaiveTime, String> {
    parse_time_in(Lang::En, text)
}

/// Reads a typed time (`HH:MM`, 24-hour); says why in `lang` when it is out of range.
pub fn parse_time_in(lang: Lang, text: &str) -> Result<NaiveTime, String> {
    let text = text.trim();
    NaiveTime::parse_from_str(text, "%H:%M")
        .map_err(|_| lang.text_with("calendar-error-time", &[("text", Arg::Text(text))]))
}

impl PostDraft {
    /// Checks the draft against the channels and returns one post per chosen channel, written at
    /// `now`, or every mistake found (in English). Nothing is saved unless this succeeds for
    /// every channel.
    pub fn validate(
        &self,
        channels: &[ChannelInfo],
        zone: &impl LocalZone,
        now: DateTime<Utc>,
    ) -> Result<Vec<Post>, Vec<FieldError>> {
        self.validate_in(Lang::En, channels, zone, now)
    }

    /// [`PostDraft::validate`] with the mistakes written in `lang`.
    pub fn validate_in(
        &self,
        lang: Lang,
        channels: &[ChannelInfo],
        zone: &impl LocalZone,
        now: DateTime<Utc>,
    ) -> Result<Vec<Post>, Vec<FieldError>> {
        let mut errors = Vec::new();
        let status = self.status.unwrap_or(PostStatus::Draft);
        let chosen: Vec<&ChannelInfo> = self
            .channel_ids
            .iter()
            .filter_map(|id| channels.iter().find(|c| c.id == *id))
            .collect();
        if self.channel_ids.is_empty() {
            errors.push(error(
                Field::Channels,
                lang.text("calendar-error-no-channel"),
            ));
        } else if chosen.len() != self.channel_ids.len() {
            errors.push(error(
                Field::Channels,
                lang.text("calendar-error-channel-gone"),
            ));
        }
        if self.body.trim().is_empty() && status != PostStatus::Idea {
            errors.push(error(Field::Body, lang.text("calendar-error-no-text")));
        }
        let date = match self.date.trim() {
            "" => None,
            text => parse_date_in(lang, text)
                .map_err(|m| errors.push(error(Field::Date, m)))
                .ok(),
        };
        let time = match self.time.trim() {
            "" => None,
            text => parse_time_in(lang, text)
                .map_err(|m| errors.push(error(Field::Time, m)))
                .ok(),
        };
        if date.is_none()
            && self.date.trim().is_empty()
            && matches!(status, PostStatus::Scheduled | PostStatus::Published)
        {
            errors.push(error(
                Field::Date,
                lang.text_with(
                    "calendar-error-needs-date",
                    &[("status", Arg::Text(&status.word(lang)))],
                ),
            ));
        }
        if date.is_some() && time.is_none() && self.time.trim().is_empty() {
            errors.push(error(Field::Time, lang.text("calendar-error-needs-time")));
        }
        if status == PostStatus::Scheduled {
            for channel in &chosen {
                let length = check_length(&self.body, channel.char_limit);
                if length.over() {
                    errors.push(error(
                        Field::Body,
                        lang.text_with(
                            "calendar-error-too-long",
                            &[
                                (
                                    "count",
                                    Arg::Text(&crate::i18n::count(
                                        lang,
                                        i64::try_from(length.count).unwrap_or(i64::MAX),
                                    )),
                                ),
                                (
                                    "limit",
                                    Arg::Text(&crate::i18n::count(
                                        lang,
                                        i64::from(channel.char_limit),
                                    )),
                                ),
                                ("channel", Arg::Text(&channel.label())),
                            ],
                        ),
                    ));
                }
            }
        }
        let cooldown_days = match self.cooldown_days.trim() {
            "" => 30,
            text => text
                .parse()
                .map_err(|_| {
                    errors.push(error(
                        Field::Evergreen,
                        lang.text_with("calendar-error-cooldown", &[("text", Arg::Text(text))]),
                    ))
                })
                .unwrap_or(30),
        };
        let max_repeats = match self.max_repeats.trim() {
            "" => None,
            text => text
                .parse()
                .map_err(|_| {
                    errors.push(error(
                        Field::Evergreen,
                        lang.text_with("calendar-error-repeats", &[("text", Arg::Text(text))]),
                    ))
                })
                .ok(),
        };
        let until = match self.until.trim() {
            "" => None,
            text => parse_date_in(lang, text)
                .map_err(|m| {
                    errors.push(error(
                        Field::Evergreen,
                        lang.text_with("calendar-error-until", &[("why", Arg::Text(&m))]),
                    ))
                })
                .ok(),
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        let scheduled_at = date.zip(time).map(|(d, t)| zone.to_utc(d.and_time(t)));
        let (published_at, url) = self.published.clone().unwrap_or_default();
        Ok(chosen
            .iter()
            .map(|channel| Post {
                channel_id: channel.id,
                body: self.body.trim_end().to_string(),
                status,
                scheduled_at,
                published_at: if status == PostStatus::Published {
                    published_at.or(scheduled_at)
                } else {
                    None
                },
                url: if status == PostStatus::Published {
                    url.clone()
                } else {
                    None
                },
                campaign_id: self.campaign_id,
                pillar_id: self.pillar_id,
                persona_id: self.persona_id,
                evergreen: self.evergreen,
                cooldown_days,
                max_repeats,
                until,
                notes: self.notes.trim().to_string(),
                repeat_of: None,
                created_at: now,
                updated_at: now,
            })
            .collect())
    }
}

/// The latest metrics of a published post, as typed or stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Metrics {
    /// Impressions.
    pub impressions: Option<i64>,
    /// Reach.
    pub reach: Option<i64>,
    /// Likes.
    pub likes: i64,
    /// Comments.
    pub comments: i64,
    /// Shares.
    pub shares: i64,
    /// Saves.
    pub saves: i64,
    /// Link clicks.
    pub clicks: i64,
}

#[cfg(test)]
mod tests;
