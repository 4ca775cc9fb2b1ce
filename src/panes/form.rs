//! A keyboard form: labelled fields (text, choice, toggle, checklist, multi-line editor), focus
//! movement by the form layer's key map, and the errors found when the values were checked.
//! Knows nothing of posts.

mod view;
pub use view::FormView;

use crate::command::Command;
use crate::keymap::Input;
use ratatui_textarea::{TextArea, WrapMode};
use std::borrow::Cow;

/// What a field holds and how keys edit it.
#[derive(Debug, Clone)]
pub enum FieldKind {
    /// One line of text.
    Text(String),
    /// One of a list of options (`None` id means "none").
    Choice {
        /// The options: an id (or none) and a label.
        options: Vec<(Option<i64>, String)>,
        /// The chosen option.
        index: usize,
    },
    /// Yes or no.
    Toggle(bool),
    /// Any number of options.
    Checklist {
        /// The options: an id and a label.
        options: Vec<(i64, String)>,
        /// Which are ticked, parallel to `options`.
        ticked: Vec<bool>,
        /// The option under the cursor.
        cursor: usize,
    },
    /// Multi-line text.
    Editor(Box<TextArea<'static>>),
}

/// One labelled field.
#[derive(Debug, Clone)]
pub struct FormField {
    /// A stable name to read the value by.
    pub key: &'static str,
    /// What the user reads: a fixed text, or one in the run's language.
    pub label: Cow<'static, str>,
    /// The value.
    pub kind: FieldKind,
    /// The mistake found in it, if any.
    pub error: Option<String>,
}

/// What a key did to the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormAction {
    /// The user asked to save.
    Save,
    /// The user closed the form without saving.
    Cancel,
    /// A value or the focus changed.
    Edited,
}

/// A form: fields, the focused one, and a line of guidance.
#[derive(Debug, Clone)]
pub struct Form {
    /// The title.
    pub title: String,
    /// The fields, top to bottom.
    pub fields: Vec<FormField>,
    /// The focused field.
    pub focus: usize,
    /// A general message (an error not tied to one field, or a hint such as best times).
    pub note: Option<String>,
}

impl FormField {
    /// A one-line text field.
    pub fn text(
        key: &'static str,
        label: impl Into<Cow<'static, str>>,
        value: impl Into<String>,
    ) -> FormField {
        FormField {
            key,
            label: label.into(),
            kind: FieldKind::Text(value.into()),
            error: None,
        }
    }

    /// A choice among options, starting on the one with `selected` id.
    pub fn choice(
        key: &'static str,
        label: impl Into<Cow<'static, str>>,
        options: Vec<(Option<i64>, String)>,
        selected: Option<i64>,
    ) -> FormField {
        let index = options
            .iter()
            .position(|(id, _)| *id == selected)
            .unwrap_or(0);
        FormField {
            key,
            label: label.into(),
            kind: FieldKind::Choice { options, index },
            error: None,
        }
    }

    /// A yes/no field.
    pub fn toggle(
        key: &'static str,
        label: impl Into<Cow<'static, str>>,
        value: bool,
    ) -> FormField {
        FormField {
            key,
            label: label.into(),
            kind: FieldKind::Toggle(value),
            error: None,
        }
    }

    /// A checklist with the `ticked` ids ticked.
    pub fn checklist(
        key: &'static str,
        label: impl Into<Cow<'static, str>>,
        options: Vec<(i64, String)>,
        ticked: &[i64],
    ) -> FormField {
        let flags = options.iter().map(|(id, _)| ticked.contains(id)).collect();
        FormField {
            key,
            label: label.into(),
            kind: FieldKind::Checklist {
                options,
                ticked: flags,
                cursor: 0,
            },
            error: None,
        }
    }

    /// A multi-line editor holding `text`.
    pub fn editor(key: &'static str, label: impl Into<Cow<'static, str>>, text: &str) -> FormField {
        let mut area = TextArea::new(text.split('\n').map(str::to_string).collect());
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        FormField {
            key,
            label: label.into(),
            kind: FieldKind::Editor(Box::new(area)),
            error: None,
        }
    }
}

impl Form {
    /// A form with these fields, focused on the first.
    pub fn new(title: impl Into<String>, fields: Vec<FormField>) -> Form {
        Form {
            title: title.into(),
            fields,
            focus: 0,
            note: None,
        }
    }

    /// Applies one key press as the form layer's key map reads it: `next_field`/`prev_field`
    /// move the focus, `down`/`up`/`open` move it too outside a text box (`open` saves on the last
    /// field), `choose_next`/`choose_prev`/`toggle` change choices, toggles and checklists,
    /// `save` saves and `back` cancels. A key whose command does not apply to the focused field
    /// is typed into it (a text box takes every such key).
    pub fn handle_key(&mut self, input: Input) -> FormAction {
        match input.command {
            Some(Command::Back) => return FormAction::Cancel,
            Some(Command::Save) => return FormAction::Save,
            Some(Command::NextField) => return self.move_focus(1),
            Some(Command::PrevField) => return self.move_focus(-1),
            _ => {}
        }
        let last = self.fields.len().saturating_sub(1);
        let focus = self.focus.min(last);
        let Some(field) = self.fields.get_mut(focus) else {
            return FormAction::Edited;
        };
        field.error = None;
        let in_text_box = matches!(field.kind, FieldKind::Editor(_));
        match input.command {
            Some(Command::Down) if !in_text_box => return self.move_focus(1),
            Some(Command::Up) if !in_text_box => return self.move_focus(-1),
            Some(Command::Open) if !in_text_box && focus == last => return FormAction::Save,
            Some(Command::Open) if !in_text_box => return self.move_focus(1),
            _ => {}
        }
        match (&mut field.kind, input.command) {
            (FieldKind::Editor(area), _) => {
                area.input(input.key);
            }
            (FieldKind::Text(text), _) => {
                if input.is_backspace() {
                    text.pop();
                } else if let Some(c) = input.typed() {
                    text.push(c);
                }
            }
            (FieldKind::Choice { options, index }, Some(command)) => {
                let n = options.len().max(1);
                match command {
                    Command::ChooseNext | Command::Toggle => *index = (*index + 1) % n,
                    Command::ChoosePrev => *index = (*index + n - 1) % n,
                    _ => {}
                }
            }
            (FieldKind::Toggle(value), Some(command)) => {
                if matches!(
                    command,
                    Command::Toggle | Command::ChooseNext | Command::ChoosePrev
                ) {
                    *value = !*value;
                }
            }
            (
                FieldKind::Checklist {
                    options,
                    ticked,
                    cursor,
                },
                Some(command),
            ) => {
                let n = options.len().max(1);
                match command {
                    Command::ChooseNext => *cursor = (*cursor + 1) % n,
                    Command::ChoosePrev => *cursor = (*cursor + n - 1) % n,
                    Command::Toggle => {
                        if let Some(flag) = ticked.get_mut(*cursor) {
                            *flag = !*flag;
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        FormAction::Edited
    }

    fn move_focus(&mut self, step: isize) -> FormAction {
        let n = self.fields.len().max(1) as isize;
        self.focus = ((self.focus as isize + step).rem_euclid(n)) as usize;
        FormAction::Edited
    }

    fn field(&self, key: &str) -> Option<&FormField> {
        self.fields.iter().find(|f| f.key == key)
    }

    /// The text of a text or editor field ("" when absent).
    pub fn text(&self, key: &str) -> String {
        match self.field(key).map(|f| &f.kind) {
            Some(FieldKind::Text(text)) => text.clone(),
            Some(FieldKind::Editor(area)) => area.lines().join("\n"),
            _ => String::new(),
        }
    }

    /// The id of the chosen option of a choice field.
    pub fn choice(&self, key: &str) -> Option<i64> {
        match self.field(key).map(|f| &f.kind) {
            Some(FieldKind::Choice { options, index }) => {
                options.get(*index).and_then(|(id, _)| *id)
            }
            _ => None,
        }
    }

    /// The label of the chosen option of a choice field.
    pub fn choice_label(&self, key: &str) -> String {
        match self.field(key).map(|f| &f.kind) {
            Some(FieldKind::Choice { options, index }) => options
                .get(*index)
                .map(|(_, label)| label.clone())
                .unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// The value of a toggle field.
    pub fn toggle(&self, key: &str) -> bool {
        matches!(
            self.field(key).map(|f| &f.kind),
            Some(FieldKind::Toggle(true))
        )
    }

    /// The ticked ids of a checklist field.
    pub fn ticked(&self, key: &str) -> Vec<i64> {
        match self.field(key).map(|f| &f.kind) {
            Some(FieldKind::Checklist {
                options, ticked, ..
            }) => options
                .iter()
                .zip(ticked)
                .filter(|(_, t)| **t)
                .map(|((id, _), _)| *id)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Marks the fields the app found wrong, and focuses the first of them.
    pub fn set_errors(&mut self, errors: &[(&'static str, String)]) {
        for field in &mut self.fields {
            field.error = errors
                .iter()
                .find(|(key, _)| *key == field.key)
                .map(|(_, message)| message.clone());
        }
        if let Some(first) = self.fields.iter().position(|f| f.error.is_some()) {
            self.focus = first;
        }
    }
}

#[cfg(test)]
mod tests;
