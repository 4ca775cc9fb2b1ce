//! The calendar's vocabulary: how the agenda is narrowed and where it starts, and the names a post
//! can point to.

use super::enums::PostStatus;
use super::post::ChannelInfo;
use chrono::{DateTime, Utc};

/// Which posts a calendar view shows: any combination of channel, status, campaign and pillar.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PostFilter {
    /// Only this channel.
    pub channel_id: Option<i64>,
    /// Only this status.
    pub status: Option<PostStatus>,
    /// Only this campaign.
    pub campaign_id: Option<i64>,
    /// Only this pillar.
    pub pillar_id: Option<i64>,
}

impl PostFilter {
    /// Whether no dimension is filtered.
    pub fn is_empty(&self) -> bool {
        *self == PostFilter::default()
    }
}

/// The agenda: posts dated from `from` on; with `overdue`, also scheduled posts left behind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgendaQuery {
    /// The first instant shown.
    pub from: DateTime<Utc>,
    /// Whether overdue scheduled posts before `from` are shown first.
    pub overdue: bool,
    /// The filter.
    pub filter: PostFilter,
}

/// The names a post can point to, for the form's pickers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lookups {
    /// Channels.
    pub channels: Vec<ChannelInfo>,
    /// Campaigns (id, name).
    pub campaigns: Vec<(i64, String)>,
    /// Content pillars (id, name).
    pub pillars: Vec<(i64, String)>,
    /// Personas (id, name).
    pub personas: Vec<(i64, String)>,
}
