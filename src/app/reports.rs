//! The Reports pane's requests: writing the week's report as Markdown into the report folder,
//! and reading and storing the week's small victories and notes (in one transaction).

use super::App;
use crate::db::DbError;
use crate::domain::week::iso_week_label;
use crate::keymap::Input;
use crate::panes::reports::ReportsData;
use crate::panes::{ReportsRequest, Request};
use chrono::NaiveDate;

impl App {
    /// Carries out a request of the Reports pane; a failure becomes a message.
    pub(super) fn perform_reports(&mut self, request: ReportsRequest) {
        let result = match request {
            ReportsRequest::ExportReport => self.export_report(),
            ReportsRequest::ReadWeekNotes(first) => self.read_week_notes(first),
            ReportsRequest::SaveWeekNotes {
                first,
                victories,
                notes,
            } => {
                self.save_week_notes(first, &victories, &notes);
                Ok(())
            }
        };
        if let Err(error) = result {
            self.message = Some(format!("Nothing was written: {error}"));
        }
    }

    fn export_report(&mut self) -> Result<(), DbError> {
        let pane = &self.panes.reports;
        let Some(report) = pane.report().filter(|_| !pane.needs_report()) else {
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

    fn read_week_notes(&mut self, first: NaiveDate) -> Result<(), DbError> {
        let (victories, notes) = self.db.week_note(&iso_week_label(first))?;
        self.panes.reports.receive(ReportsData::WeekNotes {
            first,
            victories,
            notes,
        });
        Ok(())
    }

    fn save_week_notes(&mut self, first: NaiveDate, victories: &str, notes: &str) {
        let week = iso_week_label(first);
        let before = match self.db.week_note(&week) {
            Ok(before) => before,
            Err(error) => {
                self.message = Some(format!("Nothing was written: {error}"));
                return;
            }
        };
        match self.db.save_week_note(&week, victories, notes) {
            Ok(()) => {
                self.record(super::Undo {
                    label: format!("notes of {week}"),
                    action: super::UndoAction::WeekNote {
                        week: week.clone(),
                        victories: before.0,
                        notes: before.1,
                    },
                });
                self.panes.reports.receive(ReportsData::Saved);
                self.message = Some(format!("Saved the notes of {week}{}", self.undoes()));
                self.data_changed();
            }
            Err(error) => self.message = Some(format!("Nothing was changed: {error}")),
        }
    }

    /// Sends a key to the open notes form, and carries out what it asks.
    pub(super) fn week_notes_key(&mut self, input: Input) {
        let outcome = self.panes.reports.form_key(input);
        self.after(outcome.map(Request::Reports));
    }
}
