//! The inbox's forms: snooze, link to a person, filter, a message typed by hand, a saved reply;
//! each turns its fields into a request for the app to check and carry out.

use super::super::form::{Form, FormAction, FormField};
use super::InboxRequest;
use crate::db::inbox_actions::SavedReply;
use crate::domain::inbox::MessageFilter;
use crate::domain::{MessageKind, Role, Sentiment};
use crate::keymap::Input;

/// When a snoozed message comes back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SnoozeChoice {
    /// In one hour.
    OneHour,
    /// Tomorrow at 9:00.
    TomorrowNine,
    /// Next Monday at 9:00.
    NextMondayNine,
    /// At a typed local time.
    At(String),
}

/// What an inbox form is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InboxFormPurpose {
    /// Snoozing these messages.
    Snooze(Vec<i64>),
    /// Linking the sender of these messages to a person.
    LinkPerson(Vec<i64>),
    /// Choosing what the queue shows.
    Filter,
    /// A message typed by hand.
    NewMessage,
    /// A saved reply, new or existing.
    SavedReply(Option<i64>),
}

/// An open inbox form.
#[derive(Debug, Clone)]
pub struct InboxForm {
    /// What it is for.
    pub purpose: InboxFormPurpose,
    /// Its fields.
    pub form: Form,
}

/// What happened to the form after a key.
#[derive(Debug, Clone, PartialEq)]
pub enum InboxFormOutcome {
    /// Still open.
    Open,
    /// Closed without saving.
    Closed,
    /// A filter was chosen.
    Filtered(MessageFilter, String),
    /// The app must check and carry this out.
    Submit(InboxRequest),
}

fn with_any(items: &[(i64, String)], none: &str) -> Vec<(Option<i64>, String)> {
    std::iter::once((None, none.to_string()))
        .chain(items.iter().map(|(id, name)| (Some(*id), name.clone())))
        .collect()
}

fn enum_options<T: Copy + std::fmt::Display>(all: &[T]) -> Vec<(Option<i64>, String)> {
    all.iter()
        .enumerate()
        .map(|(i, v)| (Some(i as i64), v.to_string()))
        .collect()
}

fn enum_of<T: Copy>(all: &[T], id: Option<i64>) -> Option<T> {
    id.and_then(|i| all.get(usize::try_from(i).ok()?).copied())
}

const SNOOZE_PRESETS: [&str; 4] = [
    "in 1 hour",
    "tomorrow 9:00",
    "next Monday 9:00",
    "at the time below",
];

impl InboxForm {
    /// When to bring the messages back.
    pub fn snooze(ids: Vec<i64>) -> InboxForm {
        let options = SNOOZE_PRESETS
            .iter()
            .enumerate()
            .map(|(i, l)| (Some(i as i64), l.to_string()))
            .collect();
        let title = format!(
            "Snooze {} message{}",
            ids.len(),
            if ids.len() == 1 { "" } else { "s" }
        );
        let fields = vec![
            FormField::choice("when", "Until", options, Some(0)),
            FormField::text("at", "Time (YYYY-MM-DD HH:MM)", ""),
        ];
        InboxForm {
            purpose: InboxFormPurpose::Snooze(ids),
            form: Form::new(title, fields),
        }
    }

    /// Link to an existing person, or create one named after the sender.
    pub fn link_person(
        ids: Vec<i64>,
        people: &[(i64, String)],
        suggested: Option<i64>,
        author: &str,
    ) -> InboxForm {
        let fields = vec![
            FormField::choice(
                "person",
                "Person",
                with_any(people, "— a new person —"),
                suggested,
            ),
            FormField::text("name", "New person's name", author.trim_start_matches('@')),
            FormField::choice("role", "Role", enum_options(Role::ALL), Some(2)),
        ];
        InboxForm {
            purpose: InboxFormPurpose::LinkPerson(ids),
            form: Form::new("Link the sender to a person", fields),
        }
    }

    /// Show only a channel, a sentiment or a person.
    pub fn filter(
        channels: &[(i64, String)],
        people: &[(i64, String)],
        current: &MessageFilter,
    ) -> InboxForm {
        let sentiment = current
            .sentiment
            .and_then(|s| Sentiment::ALL.iter().position(|x| *x == s))
            .map(|i| i as i64);
        let mut sentiments = vec![(None, "any".to_string())];
        sentiments.extend(enum_options(Sentiment::ALL));
        let fields = vec![
            FormField::choice(
                "channel",
                "Channel",
                with_any(channels, "any"),
                current.channel_id,
            ),
            FormField::choice("sentiment", "Sentiment", sentiments, sentiment),
            FormField::choice(
                "person",
                "Person",
                with_any(people, "any"),
                current.person_id,
            ),
        ];
        InboxForm {
            purpose: InboxFormPurpose::Filter,
            form: Form::new("Show only…", fields),
        }
    }

    /// A message typed by hand (a phone call, an email forwarded…).
    pub fn new_message(channels: &[(i64, String)]) -> InboxForm {
        let first = channels.first().map(|(id, _)| *id);
        let fields = vec![
            FormField::choice(
                "channel",
                "Channel",
                channels
                    .iter()
                    .map(|(id, l)| (Some(*id), l.clone()))
                    .collect(),
                first,
            ),
            FormField::choice("kind", "Kind", enum_options(MessageKind::ALL), Some(0)),
            FormField::text("author", "From", ""),
            FormField::editor("body", "Message", ""),
            FormField::text("received", "Received (empty = now)", ""),
        ];
        InboxForm {
            purpose: InboxFormPurpose::NewMessage,
            form: Form::new("New message", fields),
        }
    }

    /// A saved reply to add or edit.
    pub fn saved_reply(existing: Option<&SavedReply>) -> InboxForm {
        let fields = vec![
            FormField::text("name", "Name", existing.map_or("", |r| r.name.as_str())),
            FormField::editor(
                "body",
                "Text ({name} {channel} {today})",
                existing.map_or("", |r| r.body.as_str()),
            ),
        ];
        let title = if existing.is_some() {
            "Edit saved reply"
        } else {
            "New saved reply"
        };
        InboxForm {
            purpose: InboxFormPurpose::SavedReply(existing.map(|r| r.id)),
            form: Form::new(title, fields),
        }
    }

    /// Applies a key and says what the app must do.
    pub fn handle_key(&mut self, input: Input) -> InboxFormOutcome {
        match self.form.handle_key(input) {
            FormAction::Cancel => InboxFormOutcome::Closed,
            FormAction::Edited => InboxFormOutcome::Open,
            FormAction::Save => self.submit(),
        }
    }

    fn submit(&self) -> InboxFormOutcome {
        let form = &self.form;
        match &self.purpose {
            InboxFormPurpose::Snooze(ids) => {
                let choice = match form.choice("when") {
                    Some(0) => SnoozeChoice::OneHour,
                    Some(1) => SnoozeChoice::TomorrowNine,
                    Some(2) => SnoozeChoice::NextMondayNine,
                    _ => SnoozeChoice::At(form.text("at")),
                };
                InboxFormOutcome::Submit(InboxRequest::SnoozeMessages {
                    ids: ids.clone(),
                    choice,
                })
            }
            InboxFormPurpose::LinkPerson(ids) => {
                InboxFormOutcome::Submit(InboxRequest::LinkPerson {
                    ids: ids.clone(),
                    person: form.choice("person"),
                    name: form.text("name"),
                    role: enum_of(Role::ALL, form.choice("role")).unwrap_or(Role::Customer),
                })
            }
            InboxFormPurpose::Filter => {
                let filter = MessageFilter {
                    channel_id: form.choice("channel"),
                    sentiment: enum_of(Sentiment::ALL, form.choice("sentiment")),
                    person_id: form.choice("person"),
                };
                let label = ["channel", "sentiment", "person"]
                    .iter()
                    .filter(|key| form.choice(key).is_some())
                    .map(|key| form.choice_label(key))
                    .collect::<Vec<_>>()
                    .join(" · ");
                InboxFormOutcome::Filtered(filter, label)
            }
            InboxFormPurpose::NewMessage => InboxFormOutcome::Submit(InboxRequest::AddMessage {
                channel_id: form.choice("channel"),
                kind: enum_of(MessageKind::ALL, form.choice("kind")).unwrap_or(MessageKind::Dm),
                author: form.text("author"),
                body: form.text("body"),
                received: form.text("received"),
            }),
            InboxFormPurpose::SavedReply(id) => {
                InboxFormOutcome::Submit(InboxRequest::SaveSavedReply {
                    id: *id,
                    name: form.text("name"),
                    body: form.text("body"),
                })
            }
        }
    }
}
