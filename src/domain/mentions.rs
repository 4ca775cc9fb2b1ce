//! The mentions' vocabulary: which mentions the list shows, how it is narrowed, the changes
//! triage applies, what undo puts back, what a conversion created, a mention typed by hand and a
//! new mention to store.

use super::enums::{MentionStatus, RuleKind, Sentiment};
use chrono::{DateTime, Utc};

/// Which mentions the list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MentionView {
    /// Not triaged yet (negative first).
    #[default]
    New,
    /// Everything, newest first.
    All,
    /// Reviewed.
    Reviewed,
    /// Acted on (answered, linked, curated).
    Actioned,
    /// Ignored.
    Ignored,
}

impl MentionView {
    /// Every view, in the order `v` cycles them.
    pub const ALL: [MentionView; 5] = [
        MentionView::New,
        MentionView::All,
        MentionView::Reviewed,
        MentionView::Actioned,
        MentionView::Ignored,
    ];

    /// The next view.
    pub fn next(self) -> MentionView {
        let i = MentionView::ALL
            .iter()
            .position(|v| *v == self)
            .unwrap_or(0);
        MentionView::ALL[(i + 1) % MentionView::ALL.len()]
    }

    /// What the view is called on screen, in `lang`.
    pub fn label(self, lang: crate::i18n::Lang) -> String {
        match self {
            MentionView::New => lang.text("mentions-view-new"),
            MentionView::All => lang.text("mentions-view-all"),
            MentionView::Reviewed => lang.text("mentions-view-reviewed"),
            MentionView::Actioned => lang.text("mentions-view-actioned"),
            MentionView::Ignored => lang.text("mentions-view-ignored"),
        }
    }
}

/// A narrowing of the list to a rule, a kind of rule (brand, a competitor, the sector) or a sentiment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MentionFilter {
    /// Only this rule.
    pub rule_id: Option<i64>,
    /// Only rules of this kind.
    pub kind: Option<RuleKind>,
    /// Only this sentiment (the corrected one when there is one).
    pub sentiment: Option<Sentiment>,
}

/// The fields of a mention triage can change: what undo puts back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionRecord {
    /// Database id.
    pub id: i64,
    /// Its triage state.
    pub status: MentionStatus,
    /// The corrected sentiment.
    pub sentiment_corrected: Option<Sentiment>,
    /// The person linked.
    pub person_id: Option<i64>,
}

/// A change to apply to mentions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionChange {
    /// Set the triage state.
    Status(MentionStatus),
    /// Correct the sentiment (the guess stays apart).
    Sentiment(Sentiment),
    /// Link the author to this person.
    Person(i64),
}

/// What a conversion created, for undo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Created {
    /// An inbox item.
    Message(i64),
    /// A post idea.
    Post(i64),
    /// A person.
    Person(i64),
    /// A mention.
    Mention(i64),
}

/// Something said about the brand, a competitor or the sector.
#[derive(Debug, Clone)]
pub struct NewMention {
    /// Where it was found (`mastodon`, `google-alerts`…).
    pub source: String,
    /// The source's own id for it.
    pub external_id: Option<String>,
    /// Its address (unique).
    pub url: Option<String>,
    /// Who said it.
    pub author: String,
    /// The person it is linked to.
    pub person_id: Option<i64>,
    /// What was said.
    pub text: String,
    /// When it was said.
    pub published_at: DateTime<Utc>,
    /// The author's audience size.
    pub reach: i64,
    /// The automatic sentiment guess.
    pub sentiment_auto: Sentiment,
    /// The sentiment as corrected by the user.
    pub sentiment_corrected: Option<Sentiment>,
    /// The rule that matched it.
    pub rule_id: Option<i64>,
    /// Where it stands in triage.
    pub status: MentionStatus,
    /// Whether it defends the brand from an attack.
    pub is_defence: bool,
}

/// A mention typed by hand, checked: what the form gives before a rule and a sentiment are found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionByHand {
    /// Where it was found, as typed (empty: none said).
    pub source: String,
    /// Its address, when one was given.
    pub url: Option<String>,
    /// Who said it.
    pub author: String,
    /// What was said.
    pub text: String,
    /// When it was said.
    pub published_at: DateTime<Utc>,
    /// The author's audience size.
    pub reach: i64,
}
