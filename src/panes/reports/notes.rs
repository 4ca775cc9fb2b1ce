//! The form of a week's small victories and notes: built from what is stored for the week, and
//! saved as a request to store them.

use super::ReportsRequest;
use crate::domain::week::iso_week_label;
use crate::i18n::{Arg, Lang, dated};
use crate::keymap::Input;
use crate::panes::form::{Form, FormAction, FormField};
use chrono::{Duration, NaiveDate};

/// The open notes form and the week it is for.
#[derive(Debug, Clone)]
pub struct WeekNotesForm {
    /// The first day of the week.
    first: NaiveDate,
    /// Its fields.
    form: Form,
}

/// What a key did to the notes form.
#[derive(Debug, Clone, PartialEq)]
pub enum NotesKey {
    /// Typed or moved; the form stays open.
    Edited,
    /// The form is to close unsaved.
    Cancelled,
    /// The form asks for this to be stored.
    Save(ReportsRequest),
}

impl WeekNotesForm {
    /// The form of the week starting on `first`, filled with what is stored for it, in `lang`.
    pub fn new_in(first: NaiveDate, victories: &str, notes: &str, lang: Lang) -> WeekNotesForm {
        let last = first + Duration::days(6);
        let week = crate::report::week_label(lang, &iso_week_label(first));
        let title = lang.text_with(
            "report-notes-form-title",
            &[
                ("week", Arg::Text(&week)),
                ("first", Arg::Text(&dated(lang, first, "%d %b"))),
                ("last", Arg::Text(&dated(lang, last, "%d %b"))),
            ],
        );
        WeekNotesForm {
            first,
            form: Form::new(
                title,
                vec![
                    FormField::editor(
                        "victories",
                        lang.text("report-notes-field-victories"),
                        victories,
                    ),
                    FormField::editor("notes", lang.text("report-notes-field-notes"), notes),
                ],
            ),
        }
    }

    /// The form's fields.
    pub fn form(&self) -> &Form {
        &self.form
    }

    /// Applies a key; a save asks for the texts without their trailing blank lines.
    pub fn handle_key(&mut self, input: Input) -> NotesKey {
        match self.form.handle_key(input) {
            FormAction::Edited => NotesKey::Edited,
            FormAction::Cancel => NotesKey::Cancelled,
            FormAction::Save => NotesKey::Save(ReportsRequest::SaveWeekNotes {
                first: self.first,
                victories: self.form.text("victories").trim_end().to_string(),
                notes: self.form.text("notes").trim_end().to_string(),
            }),
        }
    }
}
