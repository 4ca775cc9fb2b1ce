//! What the Mentions pane asks of the app: read or change mentions and listening rules.

/// Something only the app can do for the pane: read or change the database, or use the clock.
#[derive(Debug, Clone, PartialEq)]
pub enum MentionsRequest {
    /// Apply one triage change to these mentions.
    ChangeMentions {
        /// The mentions.
        ids: Vec<i64>,
        /// The change.
        change: crate::domain::mentions::MentionChange,
        /// What it is called in messages and undo.
        label: &'static str,
    },
    /// Turn a mention into an inbox item, to answer it.
    MentionToInbox(i64),
    /// Turn a mention into a post idea that keeps its source link.
    MentionToIdea(i64),
    /// Open the link-to-person form for a mention's author.
    OpenMentionPerson(i64),
    /// Link a mention's author to a person, or add them as a new one.
    MentionPerson {
        /// The mention.
        id: i64,
        /// The existing person; none for a new one.
        person: Option<i64>,
        /// The new person's name.
        name: String,
        /// The new person's role (advocate: a prescriptor candidate; detractor or troll: the watchlist).
        role: crate::domain::Role,
    },
    /// Open the mentions' filter form.
    OpenMentionFilter,
    /// Open the rule form (none: a new rule).
    OpenRuleForm(Option<i64>),
    /// Check and store a listening rule.
    SaveRule {
        /// The rule edited; none for a new one.
        id: Option<i64>,
        /// The typed fields by name.
        fields: Vec<(&'static str, String)>,
        /// Brand, competitor or sector.
        kind: crate::domain::RuleKind,
        /// The alert sensitivity.
        sensitivity: String,
    },
    /// Delete a listening rule.
    DeleteRule(i64),
    /// Open the form for a mention typed by hand.
    OpenNewMention,
    /// Check and store a mention typed by hand.
    AddMention {
        /// The typed fields by name.
        fields: Vec<(&'static str, String)>,
    },
    /// Show only what the filter keeps.
    FilterMentions {
        /// The filter.
        filter: crate::domain::mentions::MentionFilter,
        /// The filter, described.
        label: String,
    },
}
