//! What the Reports pane asks of the app: write the report, read and store the week's notes,
//! and record a channel's follower count.

use chrono::NaiveDate;

/// Something only the app can do for the pane: read or change the database, or write a file.
#[derive(Debug, Clone, PartialEq)]
pub enum ReportsRequest {
    /// Write the report of the week shown as Markdown into the report folder.
    ExportReport,
    /// Read the small victories and notes of the week starting on this day, for their form.
    ReadWeekNotes(NaiveDate),
    /// Store the small victories and notes of a week.
    SaveWeekNotes {
        /// The first day of the week.
        first: NaiveDate,
        /// Its small victories, one per line.
        victories: String,
        /// Its notes and decisions, one per line.
        notes: String,
    },
    /// Read the channels in use, for the follower-count form.
    ReadFollowerChannels,
    /// Record a channel's follower count for a day (replacing the one recorded that day).
    RecordFollowers {
        /// The channel's id.
        channel: i64,
        /// The day the count was taken.
        on: NaiveDate,
        /// How many followers.
        followers: u64,
    },
}
