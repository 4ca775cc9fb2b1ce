//! What the Mentions pane asks of the app: read or change mentions and listening rules.

use crate::domain::Role;
use crate::domain::listening::RuleInput;
use crate::domain::mentions::{MentionByHand, MentionChange};

/// Something only the app can do for the pane: read or change the database, or use the clock.
#[derive(Debug, Clone, PartialEq)]
pub enum MentionsRequest {
    /// Apply one triage change to these mentions.
    ChangeMentions {
        /// The mentions.
        ids: Vec<i64>,
        /// The change.
        change: MentionChange,
        /// What it is called in messages and undo.
        label: String,
    },
    /// Turn a mention into an inbox item, to answer it.
    MentionToInbox(i64),
    /// Turn a mention into a post idea that keeps its source link.
    MentionToIdea(i64),
    /// Read a mention's author, the people known and who the author may already be, for the
    /// link-to-person form.
    AuthorToLink(i64),
    /// Link a mention's author to a person, or add them as a new one.
    MentionPerson {
        /// The mention.
        id: i64,
        /// The existing person; none for a new one.
        person: Option<i64>,
        /// The new person's name, trimmed (never empty for a new person).
        name: String,
        /// The new person's role (advocate: a prescriptor candidate; detractor or troll: the watchlist).
        role: Role,
    },
    /// Read the rules' names, for the filter form.
    RuleNames,
    /// Read the rule to edit (none: a new rule), for the rule form.
    RuleToEdit(Option<i64>),
    /// Store a checked listening rule, unless another rule has its name.
    SaveRule {
        /// The rule edited; none for a new one.
        id: Option<i64>,
        /// The rule and its crisis threshold.
        rule: RuleInput,
    },
    /// Delete a listening rule.
    DeleteRule(i64),
    /// Store a checked mention typed by hand, unless its address is already stored.
    AddMention(MentionByHand),
    /// Forget the words the sentiment corrections taught (the corrections stay).
    ForgetSentimentLessons,
}
