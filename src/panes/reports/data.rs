//! What the app hands back to the Reports pane after reading or writing the database.

use chrono::NaiveDate;

/// Data for the Reports pane, given to [`super::ReportsPane::receive`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReportsData {
    /// A week's notes as stored: the pane opens the notes form on them.
    WeekNotes {
        /// The first day of the week.
        first: NaiveDate,
        /// Its small victories, one per line.
        victories: String,
        /// Its notes and decisions, one per line.
        notes: String,
    },
    /// The channels in use (id and label) and today: the pane opens the follower-count form.
    FollowerChannels {
        /// The channels to choose from.
        channels: Vec<(i64, String)>,
        /// The day the form starts on, and the latest it accepts.
        today: NaiveDate,
    },
    /// What was asked was stored: the open form closes.
    Saved,
    /// What was asked was refused: the reasons go under the fields of the open form.
    Refused(Vec<(&'static str, String)>),
}
