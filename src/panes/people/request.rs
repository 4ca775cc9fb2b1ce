//! What the Prescriptors pane asks of the app: read what its forms and lists need, or change
//! people (add, edit, delete) and their log. Typed values arrive here already parsed into domain values.

use chrono::{DateTime, NaiveDate, Utc};

/// Something only the app can do for the pane: read or change the database.
#[derive(Debug, Clone, PartialEq)]
pub enum PeopleRequest {
    /// Read the advocacy tiers the filter form offers.
    OpenPeopleFilter,
    /// Read the scores that order the people this filter keeps (the pane applied it already).
    RankPeople {
        /// The filter.
        filter: crate::domain::people::PeopleFilter,
    },
    /// Set a person's next follow-up (`None` clears it).
    SetFollowUp {
        /// The person.
        id: i64,
        /// The date.
        date: Option<NaiveDate>,
    },
    /// Log an interaction with a person.
    LogInteraction {
        /// The person.
        id: i64,
        /// What it was.
        kind: String,
        /// When it was.
        at: DateTime<Utc>,
        /// The note, trimmed.
        note: String,
        /// The next follow-up (`None`: unchanged).
        next: Option<NaiveDate>,
    },
    /// Read who the person may be merged with, for the merge form.
    OpenMerge(i64),
    /// Merge `removed` into `kept`.
    MergePeople {
        /// The record kept.
        kept: i64,
        /// The record merged into it.
        removed: i64,
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
    /// Read what the person form needs — the tiers, and the person to edit (`None`: a new one).
    OpenPersonForm(Option<i64>),
    /// Store a new person (`id` none) or the edited one, checked.
    SavePerson {
        /// The person edited, or none for a new one.
        id: Option<i64>,
        /// Their values, checked.
        person: crate::domain::person::PersonDraft,
    },
    /// Delete a person (the pane asked first).
    DeletePerson(i64),
}
