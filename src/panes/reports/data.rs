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
    /// The notes were stored: the form closes.
    Saved,
}
