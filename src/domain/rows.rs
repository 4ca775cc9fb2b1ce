//! The rows the execution faces of the panes list, as read from the database (raw, unsanitized text).

use super::enums::*;
use crate::text::Outside;
use chrono::{DateTime, NaiveDate, Utc};

/// Anything a windowed list can hold: it has a stable database id.
pub trait Row: Clone {
    /// The row's database id.
    fn id(&self) -> i64;
}

/// A post in the calendar with its latest metrics.
#[derive(Debug, Clone, PartialEq)]
pub struct PostRow {
    /// Database id.
    pub id: i64,
    /// The channel's id.
    pub channel_id: i64,
    /// The network of the post's channel.
    pub network: Network,
    /// The channel's handle.
    pub channel: String,
    /// The post text.
    pub body: Outside,
    /// Where it stands.
    pub status: PostStatus,
    /// When it is (or was) planned to go out.
    pub scheduled_at: Option<DateTime<Utc>>,
    /// When it actually went out.
    pub published_at: Option<DateTime<Utc>>,
    /// Its address once published.
    pub url: Option<String>,
    /// The campaign it belongs to.
    pub campaign: Option<String>,
    /// The content pillar it serves.
    pub pillar: Option<String>,
    /// The persona it speaks to.
    pub persona: Option<String>,
    /// Whether it may be re-queued later.
    pub evergreen: bool,
    /// Free notes.
    pub notes: String,
    /// Latest impressions, when measured.
    pub impressions: Option<i64>,
    /// Latest reach, when measured.
    pub reach: Option<i64>,
    /// Latest interactions (likes + comments + shares + saves), when measured.
    pub interactions: Option<i64>,
}

impl PostRow {
    /// Whether a scheduled post's time has passed without it being published.
    pub fn is_overdue(&self, now: DateTime<Utc>) -> bool {
        self.status == PostStatus::Scheduled && self.scheduled_at.is_some_and(|at| at < now)
    }
}

/// An inbox item.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageRow {
    /// Database id.
    pub id: i64,
    /// The network it came from.
    pub network: Network,
    /// The channel's handle.
    pub channel: String,
    /// DM, comment, review…
    pub kind: MessageKind,
    /// The sender as the network shows them.
    pub author: Outside,
    /// The person the sender is linked to, if any.
    pub person: Option<Outside>,
    /// Whether the linked person is on the watchlist (detractor or troll).
    pub on_watchlist: bool,
    /// The message text.
    pub body: Outside,
    /// When it arrived.
    pub received_at: DateTime<Utc>,
    /// Where it stands.
    pub status: MessageStatus,
    /// The sentiment in force (the correction when there is one).
    pub sentiment: Option<Sentiment>,
    /// Whether the sentiment was corrected by hand.
    pub sentiment_corrected: bool,
    /// How urgent it is.
    pub priority: Priority,
    /// When it was first answered.
    pub first_response_at: Option<DateTime<Utc>>,
    /// Until when it sleeps.
    pub snoozed_until: Option<DateTime<Utc>>,
    /// The triage rule that touched it.
    pub rule: Option<String>,
    /// The channel's id.
    pub channel_id: i64,
    /// The person the sender is linked to.
    pub person_id: Option<i64>,
    /// The saved reply a triage rule suggests.
    pub suggested_reply: Option<String>,
    /// Where the mention it was made from was heard (reddit, news…); none for an item that
    /// came from the channel itself.
    pub heard_on: Option<Outside>,
}

/// A mention heard by a listening rule.
#[derive(Debug, Clone, PartialEq)]
pub struct MentionRow {
    /// Database id.
    pub id: i64,
    /// Where it was heard (twitter, google-alerts, news…).
    pub source: Outside,
    /// Its address.
    pub url: Option<Outside>,
    /// Who said it.
    pub author: Outside,
    /// The person the author is linked to, if any.
    pub person: Option<Outside>,
    /// Whether the linked person is on the watchlist.
    pub on_watchlist: bool,
    /// What was said.
    pub text: Outside,
    /// When it was said.
    pub published_at: DateTime<Utc>,
    /// How many people could see it.
    pub reach: i64,
    /// The sentiment in force (the correction when there is one).
    pub sentiment: Sentiment,
    /// The automatic guess.
    pub sentiment_auto: Sentiment,
    /// Whether the sentiment was corrected by hand.
    pub sentiment_corrected: bool,
    /// The rule that matched it.
    pub rule: Option<String>,
    /// What the rule listens for.
    pub rule_kind: Option<RuleKind>,
    /// Where it stands in triage.
    pub status: MentionStatus,
}

/// A person in the prescriptors list.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonRow {
    /// Database id.
    pub id: i64,
    /// Their name.
    pub name: Outside,
    /// Their part for the brand.
    pub role: Role,
    /// Their advocacy tier.
    pub tier: String,
    /// Comma-separated tags.
    pub tags: Outside,
    /// Their audience size.
    pub reach: i64,
    /// When to get back to them.
    pub next_follow_up: Option<NaiveDate>,
    /// Their handles, `network:handle` joined by spaces.
    pub handles: Outside,
}

impl PersonRow {
    /// Whether the follow-up is due on or before `today`.
    pub fn follow_up_due(&self, today: NaiveDate) -> bool {
        self.next_follow_up.is_some_and(|date| date <= today)
    }
}

/// One logged action with a person, or a message or mention linked to them.
#[derive(Debug, Clone, PartialEq)]
pub struct InteractionRow {
    /// When it happened.
    pub at: DateTime<Utc>,
    /// What it was (dm, call, gift, message, mention…).
    pub kind: String,
    /// Its sentiment, for messages and mentions.
    pub sentiment: Option<Sentiment>,
    /// What was said or done.
    pub note: String,
}

/// Everything cmdeck knows about one person.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonProfile {
    /// The list row.
    pub person: PersonRow,
    /// Free notes.
    pub notes: String,
    /// Handles per network.
    pub handles: Vec<(String, String)>,
    /// Most recent interactions first.
    pub interactions: Vec<InteractionRow>,
    /// Messages linked to them.
    pub messages: i64,
    /// Mentions linked to them.
    pub mentions: i64,
    /// Of those, positive ones.
    pub positive: i64,
    /// Of those, negative ones.
    pub negative: i64,
}

impl Row for PostRow {
    fn id(&self) -> i64 {
        self.id
    }
}
impl Row for MessageRow {
    fn id(&self) -> i64 {
        self.id
    }
}
impl Row for MentionRow {
    fn id(&self) -> i64 {
        self.id
    }
}
impl Row for PersonRow {
    fn id(&self) -> i64 {
        self.id
    }
}

/// A page of a list: the rows from `offset` and the size of the whole list.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<R> {
    /// How many rows the whole list holds.
    pub total: usize,
    /// The index of the first row returned.
    pub offset: usize,
    /// The rows.
    pub rows: Vec<R>,
}
