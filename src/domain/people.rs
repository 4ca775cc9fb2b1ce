//! The prescriptors' vocabulary: how the people list is narrowed and ordered, the fields a
//! follow-up or a merge changes, what undo of a merge puts back, what a person did (counted for
//! the scores), the scores' suggestions, and a person to store or import.

use super::enums::{Network, Role};
use chrono::{DateTime, NaiveDate, Utc};

/// How the people list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PeopleSort {
    /// Follow-ups due first, then by name.
    #[default]
    FollowUpsFirst,
    /// By name.
    Name,
    /// Largest audience first.
    Reach,
    /// Highest advocacy score first (computed by the app, then paged by id).
    Advocacy,
    /// Highest risk score first (computed by the app, then paged by id).
    Risk,
}

impl PeopleSort {
    /// Every order, in the order the filter form offers them.
    pub const ALL: [PeopleSort; 5] = [
        PeopleSort::FollowUpsFirst,
        PeopleSort::Name,
        PeopleSort::Reach,
        PeopleSort::Advocacy,
        PeopleSort::Risk,
    ];

    /// Whether the order comes from the scores rather than the database.
    pub fn by_score(self) -> bool {
        matches!(self, PeopleSort::Advocacy | PeopleSort::Risk)
    }

    /// What it is called on screen.
    pub fn label(self) -> &'static str {
        match self {
            PeopleSort::FollowUpsFirst => "follow-ups due first",
            PeopleSort::Name => "by name",
            PeopleSort::Reach => "by reach",
            PeopleSort::Advocacy => "by advocacy score",
            PeopleSort::Risk => "by risk score",
        }
    }

    /// What it is called on screen, in `lang`.
    pub fn label_in(self, lang: crate::i18n::Lang) -> String {
        match self {
            PeopleSort::FollowUpsFirst => lang.text("people-sort-follow-ups"),
            PeopleSort::Name => lang.text("people-sort-name"),
            PeopleSort::Reach => lang.text("people-sort-reach"),
            PeopleSort::Advocacy => lang.text("people-sort-advocacy"),
            PeopleSort::Risk => lang.text("people-sort-risk"),
        }
    }
}

/// A narrowing of the people list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PeopleFilter {
    /// Only this role.
    pub role: Option<Role>,
    /// Only this tier.
    pub tier: Option<String>,
    /// Only people with this tag (case-insensitive).
    pub tag: Option<String>,
    /// Only follow-ups due today or overdue.
    pub due_only: bool,
    /// The order.
    pub sort: PeopleSort,
}

/// The fields a follow-up or a merge changes on the person kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonFields {
    /// Database id.
    pub id: i64,
    /// Free notes.
    pub notes: String,
    /// Comma-separated tags.
    pub tags: String,
    /// Audience size.
    pub reach: i64,
    /// Next follow-up.
    pub next_follow_up: Option<NaiveDate>,
}

/// Everything a merge moved or removed, to put it back.
#[derive(Debug, Clone, PartialEq)]
pub struct MergeSnapshot {
    /// The kept person as they were.
    pub kept: PersonFields,
    /// The merged person's row: (id, name, role, tier, persona, created) and their fields.
    pub removed: (i64, String, String, String, Option<i64>, String),
    /// The merged person's notes, tags, reach, follow-up.
    pub removed_fields: PersonFields,
    /// Handles moved (id), messages, mentions and interactions moved (ids).
    pub handles: Vec<i64>,
    /// Messages moved.
    pub messages: Vec<i64>,
    /// Mentions moved.
    pub mentions: Vec<i64>,
    /// Interactions moved.
    pub interactions: Vec<i64>,
    /// Handles the kept person already had on the same network and name (dropped as duplicates): (network, handle).
    pub duplicate_handles: Vec<(String, String)>,
}

/// Whether a suggestion is for the prescriptors or for the watchlist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SuggestionKind {
    /// Not a prescriptor yet, with an advocacy score at or above the candidate threshold.
    Candidate,
    /// Not a detractor or troll yet, with a risk score at or above the watchlist threshold.
    Watchlist,
}

/// What one person did, counted over all their linked mentions, messages and interactions.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Activity {
    /// Mentions by them with a positive sentiment (the corrected one when set).
    pub positive_mentions: u32,
    /// Messages from them with a positive sentiment (the corrected one when set).
    pub positive_messages: u32,
    /// Mentions of theirs marked as defending the brand.
    pub defences: u32,
    /// Interactions logged as `share` or `repost`.
    pub shares: u32,
    /// Mentions by them with a negative sentiment.
    pub negative_mentions: u32,
    /// Messages from them with a negative sentiment.
    pub hostile_messages: u32,
    /// Their audience: the person's reach plus the largest reach of their mentions.
    pub reach: i64,
    /// Days since their latest mention, message or interaction; `None` when nothing is dated.
    pub days_since_last: Option<i64>,
}

/// A person the scores suggest looking at, with why.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// The person.
    pub person_id: i64,
    /// Their name.
    pub name: String,
    /// Candidate or watchlist.
    pub kind: SuggestionKind,
    /// The advocacy score for a candidate, the risk score for the watchlist.
    pub score: f64,
    /// The counts behind the score (worded by the pane, in the reader's language).
    pub evidence: Activity,
}

/// A person read from a file, with the handles that identify them.
#[derive(Debug, Clone)]
pub struct ImportedPerson {
    /// Who they are.
    pub person: NewPerson,
    /// Their handles, each on its network, without repeats.
    pub handles: Vec<(Network, String)>,
}

/// A person the brand keeps track of, friend or foe.
#[derive(Debug, Clone)]
pub struct NewPerson {
    /// Their name.
    pub name: String,
    /// The part they play.
    pub role: Role,
    /// Their advocacy tier name, or empty.
    pub tier: String,
    /// The persona they fit.
    pub persona_id: Option<i64>,
    /// Free notes.
    pub notes: String,
    /// Comma-separated tags.
    pub tags: String,
    /// Their audience size.
    pub reach: i64,
    /// When to get back to them.
    pub next_follow_up: Option<NaiveDate>,
    /// When they were added.
    pub created_at: DateTime<Utc>,
}
