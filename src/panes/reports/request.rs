//! What the Reports pane asks of the app: write the report, read and store the week's notes.

/// Something only the app can do for the pane: read or change the database, or use the clock.
#[derive(Debug, Clone, PartialEq)]
pub enum ReportsRequest {
    /// Write the report of the week shown as Markdown into the report folder.
    ExportReport,
    /// Open the form of the week's small victories and notes.
    OpenWeekNotes,
}
