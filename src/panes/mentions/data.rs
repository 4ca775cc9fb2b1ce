//! What the app hands back to the Mentions pane: the data a form is built from, and how a
//! request the form made turned out.

use crate::domain::listening::RuleInput;

/// Data read for the pane, or the answer to what its form asked.
#[derive(Debug, Clone, PartialEq)]
pub enum MentionsData {
    /// The rule to edit, for the rule form.
    RuleToEdit {
        /// The rule edited; none for a new one.
        id: Option<i64>,
        /// The rule as stored; none for a new one (or one no longer stored).
        rule: Option<RuleInput>,
    },
    /// The rules' ids and names, for the filter form.
    RuleNames(Vec<(i64, String)>),
    /// A mention's author to link to a person.
    AuthorToLink {
        /// The mention.
        mention: i64,
        /// Its author, as the source gives it.
        author: String,
        /// The people known, by id and name.
        people: Vec<(i64, String)>,
        /// The person the author's handle already belongs to.
        suggested: Option<i64>,
    },
    /// What the form asked is done: the form closes.
    Saved,
    /// The database refused what the form asked: why, by field.
    Refused(Vec<(&'static str, String)>),
}
