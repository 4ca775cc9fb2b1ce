//! What the Prescriptors pane asks of the app: read or change people and their log.

/// Something only the app can do for the pane: read or change the database, or use the clock.
#[derive(Debug, Clone, PartialEq)]
pub enum PeopleRequest {
    /// Open the people filter form.
    OpenPeopleFilter,
    /// Show only what the filter keeps, in its order.
    FilterPeople {
        /// The filter.
        filter: crate::domain::people::PeopleFilter,
    },
    /// Set a person's next follow-up (typed date; empty clears it).
    SetFollowUp {
        /// The person.
        id: i64,
        /// The typed date.
        date: String,
    },
    /// Log an interaction with a person.
    LogInteraction {
        /// The person.
        id: i64,
        /// What it was.
        kind: String,
        /// The typed date.
        date: String,
        /// The note.
        note: String,
        /// The typed next follow-up (empty: unchanged).
        next: String,
    },
    /// Open the merge form for a person.
    OpenMerge(i64),
    /// Merge `removed` into `kept`.
    MergePeople {
        /// The record kept.
        kept: i64,
        /// The record merged into it.
        removed: Option<i64>,
    },
    /// Compute the suggested candidates and watchlist entries.
    OpenSuggestions,
    /// Accept a suggestion: give the person this role.
    AcceptSuggestion {
        /// The person.
        id: i64,
        /// Their new role.
        role: crate::domain::Role,
    },
}
