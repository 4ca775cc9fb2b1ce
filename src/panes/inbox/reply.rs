//! The reply editor: built for one message from the saved replies (and the open crisis's
//! statements) the app read, a multi-line text with those replies at hand, searched fuzzily and
//! inserted with `{name}`, `{channel}` and `{today}` filled in; saving asks to record the reply.

use crate::command::Command;
use crate::domain::inbox::SavedReply;
use crate::domain::rows::MessageRow;
use crate::filter::Filter;
use crate::keymap::{Input, Layer};
use chrono::NaiveDate;
use ratatui_textarea::{TextArea, WrapMode};

/// The values a saved reply's placeholders take for this message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Variables {
    /// `{name}`: the person's name, else the sender as shown.
    pub name: String,
    /// `{channel}`: the network.
    pub channel: String,
    /// `{today}`: today's date.
    pub today: String,
}

impl Variables {
    /// The values for answering `message` on `today`: the linked person's name, else the sender
    /// without its `@`; the network; the date as dd/mm/yyyy.
    pub fn for_message(message: &MessageRow, today: NaiveDate) -> Variables {
        Variables {
            name: message.person.as_ref().map_or_else(
                || message.author.line().trim_start_matches('@').to_string(),
                |person| person.line(),
            ),
            channel: message.network.to_string(),
            today: today.format("%d/%m/%Y").to_string(),
        }
    }
}

/// The replies offered while answering: the saved replies, then the open crisis's holding
/// statements named “Crisis: …” (with ids below zero: they are not saved replies).
pub fn offered(replies: Vec<SavedReply>, statements: Vec<(String, String)>) -> Vec<SavedReply> {
    let crisis = statements
        .into_iter()
        .enumerate()
        .map(|(i, (title, body))| SavedReply {
            id: -1 - i as i64,
            name: format!("Crisis: {title}"),
            body,
        });
    replies.into_iter().chain(crisis).collect()
}

/// Fills a saved reply's placeholders.
pub fn fill(template: &str, vars: &Variables) -> String {
    template
        .replace("{name}", &vars.name)
        .replace("{channel}", &vars.channel)
        .replace("{today}", &vars.today)
}

/// The saved-reply search under way.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Picker {
    /// What was typed.
    pub(super) typed: String,
    /// Indexes into the library of the replies that match, best first.
    pub(super) matches: Vec<usize>,
    /// The highlighted match.
    pub(super) selected: usize,
}

impl Picker {
    /// Indexes into the library of the replies that match, best first.
    pub fn matches(&self) -> &[usize] {
        &self.matches
    }
}

/// What a key did to the reply editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplyOutcome {
    /// Still editing.
    Open,
    /// Closed without recording anything.
    Cancel,
    /// Record this reply.
    Send(String),
}

/// The reply being written to one message.
#[derive(Debug, Clone)]
pub struct ReplyEditor {
    /// The message answered.
    pub(super) message_id: i64,
    /// Who it goes to.
    pub(super) to: String,
    /// The text.
    pub(super) editor: Box<TextArea<'static>>,
    /// The saved replies.
    pub(super) library: Vec<SavedReply>,
    /// The placeholder values.
    pub(super) vars: Variables,
    /// The saved reply a triage rule suggests, if any.
    pub(super) suggestion: Option<String>,
    /// The search, while open.
    pub(super) picker: Option<Picker>,
    /// A mistake to show.
    pub(super) error: Option<String>,
}

impl ReplyEditor {
    /// The editor for answering `message` on `today`, with the saved replies and the open
    /// crisis's statements at hand; the search opens at once when a rule suggests a reply.
    pub fn answering(
        message: &MessageRow,
        replies: Vec<SavedReply>,
        statements: Vec<(String, String)>,
        today: NaiveDate,
    ) -> ReplyEditor {
        ReplyEditor::new(
            message.id,
            message.author.line(),
            offered(replies, statements),
            Variables::for_message(message, today),
            message.suggested_reply.clone(),
        )
    }

    /// The replies at hand: the saved ones, then the open crisis's statements.
    pub fn library(&self) -> &[SavedReply] {
        &self.library
    }

    /// The saved-reply search, while open.
    pub fn picker(&self) -> Option<&Picker> {
        self.picker.as_ref()
    }

    /// An empty reply to `message_id`.
    pub fn new(
        message_id: i64,
        to: String,
        library: Vec<SavedReply>,
        vars: Variables,
        suggestion: Option<String>,
    ) -> ReplyEditor {
        let mut editor = TextArea::default();
        editor.set_wrap_mode(WrapMode::WordOrGlyph);
        let mut reply = ReplyEditor {
            message_id,
            to,
            editor: Box::new(editor),
            library,
            vars,
            suggestion,
            picker: None,
            error: None,
        };
        if reply.suggestion.is_some() {
            reply.open_picker();
        }
        reply
    }

    /// The text written so far.
    pub fn text(&self) -> String {
        self.editor.lines().join("\n")
    }

    fn open_picker(&mut self) {
        let mut picker = Picker {
            matches: (0..self.library.len()).collect(),
            ..Picker::default()
        };
        if let Some(name) = &self.suggestion
            && let Some(index) = self.library.iter().position(|r| &r.name == name)
        {
            picker.matches.retain(|i| *i != index);
            picker.matches.insert(0, index);
        }
        self.picker = Some(picker);
    }

    fn refilter(&mut self) {
        let Some(picker) = self.picker.as_mut() else {
            return;
        };
        picker.selected = 0;
        picker.matches = match Filter::new(&picker.typed) {
            None => (0..self.library.len()).collect(),
            Some(filter) => filter
                .rank(
                    self.library
                        .iter()
                        .enumerate()
                        .map(|(i, r)| (i as i64, format!("{} {}", r.name, r.body))),
                )
                .into_iter()
                .map(|i| i as usize)
                .collect(),
        };
    }

    /// Which layer takes the keys: the saved-reply search when it is open, else the editor.
    pub fn layer(&self) -> Layer {
        if self.picker.is_some() {
            Layer::Picker
        } else {
            Layer::Editor
        }
    }

    /// Applies one key press, read in the scope of [`ReplyEditor::layer`]: in the editor `save`
    /// records, `insert_saved_reply` opens the search and `back` closes; in the search `down`,
    /// `up` choose, `open` inserts and `back` returns to the text. Other keys edit the text or
    /// the search.
    pub fn handle_key(&mut self, input: Input) -> ReplyOutcome {
        self.error = None;
        if let Some(picker) = self.picker.as_mut() {
            match input.command {
                Some(Command::Back) => self.picker = None,
                Some(Command::Down) => {
                    picker.selected =
                        (picker.selected + 1).min(picker.matches.len().saturating_sub(1))
                }
                Some(Command::Up) => picker.selected = picker.selected.saturating_sub(1),
                Some(Command::Open) => {
                    if let Some(reply) = picker
                        .matches
                        .get(picker.selected)
                        .and_then(|i| self.library.get(*i))
                    {
                        let text = fill(&reply.body, &self.vars);
                        self.editor.insert_str(text);
                    }
                    self.picker = None;
                }
                _ if input.is_backspace() => {
                    picker.typed.pop();
                    self.refilter();
                }
                _ => {
                    if let Some(c) = input.typed() {
                        picker.typed.push(c);
                        self.refilter();
                    }
                }
            }
            return ReplyOutcome::Open;
        }
        match input.command {
            Some(Command::Back) => ReplyOutcome::Cancel,
            Some(Command::Save) => {
                let text = self.text();
                if text.trim().is_empty() {
                    self.error =
                        Some("The reply is empty; write it or insert a saved reply.".into());
                    ReplyOutcome::Open
                } else {
                    ReplyOutcome::Send(text.trim_end().to_string())
                }
            }
            Some(Command::InsertSavedReply) => {
                self.open_picker();
                ReplyOutcome::Open
            }
            _ => {
                self.editor.input(input.key);
                ReplyOutcome::Open
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keymap::Keymap;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    /// A key press as the default key map reads it in the editor's current layer.
    fn press(reply: &mut ReplyEditor, code: KeyCode, modifiers: KeyModifiers) -> ReplyOutcome {
        let scope = reply.layer().scopes(crate::keymap::Scope::Inbox, false);
        let input = Keymap::defaults().input(&scope, KeyEvent::new(code, modifiers));
        reply.handle_key(input)
    }

    fn key(reply: &mut ReplyEditor, code: KeyCode) -> ReplyOutcome {
        press(reply, code, KeyModifiers::NONE)
    }

    fn ctrl(reply: &mut ReplyEditor, c: char) -> ReplyOutcome {
        press(reply, KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    fn library() -> Vec<SavedReply> {
        vec![
            SavedReply {
                id: 1,
                name: "Gracias".into(),
                body: "¡Gracias, {name}! Nos alegra leerte en {channel}.".into(),
            },
            SavedReply {
                id: 2,
                name: "Retraso en el envío".into(),
                body: "Hola {name}, sentimos el retraso. Hoy {today} lo revisamos.".into(),
            },
        ]
    }

    fn vars() -> Variables {
        Variables {
            name: "Lucía".into(),
            channel: "Instagram".into(),
            today: "23/11/2026".into(),
        }
    }

    #[test]
    fn placeholders_are_filled_with_the_messages_values() {
        assert_eq!(
            fill("Hola {name} ({channel}, {today})", &vars()),
            "Hola Lucía (Instagram, 23/11/2026)"
        );
    }

    #[test]
    fn searching_the_saved_replies_ignores_accents_and_inserts_the_filled_text() {
        let mut reply = ReplyEditor::new(9, "@lucia".into(), library(), vars(), None);
        ctrl(&mut reply, 't');
        for c in "envio".chars() {
            key(&mut reply, KeyCode::Char(c));
        }
        assert_eq!(
            reply.picker.as_ref().map(|p| p.matches.clone()),
            Some(vec![1])
        );
        key(&mut reply, KeyCode::Enter);
        assert_eq!(
            reply.text(),
            "Hola Lucía, sentimos el retraso. Hoy 23/11/2026 lo revisamos."
        );
        assert_eq!(ctrl(&mut reply, 's'), ReplyOutcome::Send(reply.text()));
    }

    #[test]
    fn a_rules_suggestion_comes_first_in_the_picker() {
        let reply = ReplyEditor::new(
            9,
            "@lucia".into(),
            library(),
            vars(),
            Some("Retraso en el envío".into()),
        );
        assert_eq!(reply.picker.map(|p| p.matches[0]), Some(1));
    }

    #[test]
    fn an_empty_reply_is_not_sent() {
        let mut reply = ReplyEditor::new(9, "@lucia".into(), library(), vars(), None);
        assert_eq!(ctrl(&mut reply, 's'), ReplyOutcome::Open);
        assert!(reply.error.is_some());
        assert_eq!(key(&mut reply, KeyCode::Esc), ReplyOutcome::Cancel);
    }
}
