//! What the app hands back to the Prescriptors pane after reading the database: the data a form
//! or list needs, or word that a change was made.

use super::ProfileScores;
use crate::domain::people::Suggestion;
use crate::domain::rows::PersonProfile;
use crate::domain::strategy::PeopleStrategy;

/// Data for the Prescriptors pane, given to [`super::PeoplePane::receive`].
#[derive(Debug, Clone, PartialEq)]
pub enum PeopleData {
    /// The advocacy tiers known: the pane opens the filter form with them.
    Tiers(Vec<String>),
    /// Everyone by name and who shares a handle with person `id`: the pane opens the merge form.
    MergeCandidates {
        /// The record kept.
        id: i64,
        /// Everyone, by name (the person included).
        people: Vec<(i64, String)>,
        /// The ids of the records sharing a handle with them.
        same_handle: Vec<i64>,
    },
    /// Everyone's scores and the people the filter keeps: the pane orders its list by them.
    Scores {
        /// Each person's id, advocacy and risk score.
        scores: Vec<(i64, f64, f64)>,
        /// The ids the filter keeps.
        kept: Vec<i64>,
    },
    /// Suggested candidates and watchlist entries, best first; none closes the list.
    Suggestions(Vec<Suggestion>),
    /// The selected person's profile and scores.
    Profile {
        /// The profile (`None`: the person is gone).
        profile: Option<PersonProfile>,
        /// Their scores.
        scores: ProfileScores,
    },
    /// The open profile read again after a change; its scores stay.
    ProfileAgain(Option<PersonProfile>),
    /// Personas and advocacy tiers, for the strategy face.
    Strategy(PeopleStrategy),
    /// What the person form needs: the pane opens it on this person.
    Person {
        /// The person edited, or none for a new one.
        id: Option<i64>,
        /// Their values as stored (the default for a new person).
        draft: crate::domain::person::PersonDraft,
        /// The advocacy tiers known.
        tiers: Vec<String>,
    },
    /// The open form was refused by what is stored (a handle or name someone else has): the
    /// reasons, by field.
    Refused(Vec<(&'static str, String)>),
    /// The change the open form asked for was made: the form closes.
    Saved,
}
