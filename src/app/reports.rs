//! The Reports pane's requests: writing the week's report as Markdown into the report folder,
//! and the form of the week's small victories and notes (stored in one transaction).

use super::App;
use crate::db::DbError;
use crate::domain::week::iso_week_label;
use crate::keymap::Input;
use crate::panes::ReportsRequest;
use crate::panes::form::{Form, FormAction, FormField};
use chrono::Duration;

impl App {
    /// Carries out a request of the Reports pane; a failure becomes a message.
    pub(super) fn perform_reports(&mut self, request: ReportsRequest) {
        let result = match request {
            ReportsRequest::ExportReport => self.export_report(),
            ReportsRequest::OpenWeekNotes => self.open_week_notes(),
        };
        if let Err(error) = result {
            self.message = Some(format!("Nothing was written: {error}"));
        }
    }

    fn export_report(&mut self) -> Result<(), DbError> {
        let pane = &self.panes.reports;
        let Some(report) = pane.report.as_deref().filter(|_| !pane.needs_report()) else {
            self.message = Some("The report is still being gathered; try again.".into());
            return Ok(());
        };
        let Some(dir) = self.reports_dir.clone() else {
            self.message = Some(
                "No report folder is known: set data.reports_dir in the config, or use `cmdeck report --out FILE`."
                    .into(),
            );
            return Ok(());
        };
        let file = dir.join(crate::domain::week::report_file_name(
            report.first,
            report.last,
        ));
        let text = crate::report::to_markdown(report, &self.clock);
        self.message = Some(
            match crate::files::write_atomically(&file, text.as_bytes()) {
                Ok(()) => format!("Report written to {}", file.display()),
                Err(error) => format!("The report was not written: {error}"),
            },
        );
        Ok(())
    }

    fn open_week_notes(&mut self) -> Result<(), DbError> {
        let Some(first) = self.panes.reports.week_start else {
            return Ok(());
        };
        let week = iso_week_label(first);
        let (victories, notes) = self.db.week_note(&week)?;
        let last = first + Duration::days(6);
        let title = format!(
            "{week} ({} – {}) — small victories and notes · one per line",
            first.format("%d %b"),
            last.format("%d %b")
        );
        self.panes.reports.notes = Some(Form::new(
            title,
            vec![
                FormField::editor("victories", "Small victories", &victories),
                FormField::editor("notes", "Notes and decisions", &notes),
            ],
        ));
        Ok(())
    }

    /// Handles a key while the notes form is open.
    pub(super) fn week_notes_key(&mut self, input: Input) {
        let Some(form) = self.panes.reports.notes.as_mut() else {
            return;
        };
        match form.handle_key(input) {
            FormAction::Edited => {}
            FormAction::Cancel => self.panes.reports.notes = None,
            FormAction::Save => {
                let victories = form.text("victories").trim_end().to_string();
                let notes = form.text("notes").trim_end().to_string();
                let Some(first) = self.panes.reports.week_start else {
                    return;
                };
                let week = iso_week_label(first);
                match self.db.save_week_note(&week, &victories, &notes) {
                    Ok(()) => {
                        self.panes.reports.notes = None;
                        self.message = Some(format!("Saved the notes of {week}."));
                        self.data_changed();
                    }
                    Err(error) => self.message = Some(format!("Nothing was changed: {error}")),
                }
            }
        }
    }
}
