//! Carries out the inbox's requests: state changes in bulk, replies with their first response
//! time, snoozes, links to people, messages typed by hand (with sentiment and triage rules) and
//! the saved replies library — each one transaction with its undo, each failure a message.

use super::{App, Undo, UndoAction};
use crate::clock::LocalZone;
use crate::db::DbError;
use crate::domain::inbox::{MessageChange, NewMessage};
use crate::domain::{MessageStatus, Priority};
use crate::keymap::Input;
use crate::panes::InboxRequest;
use crate::panes::inbox::reply::{ReplyEditor, ReplyOutcome, Variables};
use crate::panes::inbox::{InboxForm, InboxFormOutcome, SnoozeChoice};
use chrono::{Datelike, Duration, NaiveTime};

impl App {
    /// Sends a key to the open reply editor or inbox form.
    pub(super) fn inbox_key(&mut self, input: Input) {
        let inbox = &mut self.panes.inbox;
        if let Some(reply) = inbox.reply.as_mut() {
            match reply.handle_key(input) {
                ReplyOutcome::Open => {}
                ReplyOutcome::Cancel => inbox.reply = None,
                ReplyOutcome::Send(body) => {
                    let id = reply.message_id;
                    self.perform_inbox(InboxRequest::SendReply { id, body });
                }
            }
            return;
        }
        let Some(form) = inbox.form.as_mut() else {
            return;
        };
        match form.handle_key(input) {
            InboxFormOutcome::Open => {}
            InboxFormOutcome::Closed => inbox.form = None,
            InboxFormOutcome::Filtered(filter, label) => {
                inbox.form = None;
                inbox.set_filter(filter, label);
            }
            InboxFormOutcome::Submit(request) => self.perform_inbox(request),
        }
    }

    pub(super) fn inbox_form_errors(&mut self, errors: &[(&'static str, String)]) {
        if let Some(form) = self.panes.inbox.form.as_mut() {
            form.form.set_errors(errors);
        }
    }

    pub(super) fn inbox_changed(
        &mut self,
        message: String,
        label: impl Into<String>,
        action: UndoAction,
    ) {
        self.message = Some(format!("{message}{}", self.undoes()));
        self.undo = Some(Undo {
            label: label.into(),
            action,
        });
        let inbox = &mut self.panes.inbox;
        inbox.form = None;
        inbox.reply = None;
        inbox.marked.clear();
        self.data_changed();
    }

    pub(super) fn perform_inbox(&mut self, request: InboxRequest) {
        if let Err(error) = self.try_inbox(request) {
            self.message = Some(format!("Nothing was changed: {error}"));
        }
    }

    fn messages_undo(restore: Vec<crate::domain::inbox::MessageRecord>) -> UndoAction {
        UndoAction::Messages {
            restore,
            replies: Vec::new(),
            messages: Vec::new(),
            people: Vec::new(),
        }
    }

    fn try_inbox(&mut self, request: InboxRequest) -> Result<(), DbError> {
        let now = self.clock.now;
        match request {
            InboxRequest::ChangeMessages { ids, change, label } => {
                let records = self.db.message_records(&ids)?;
                self.db.change_messages(&ids, &change)?;
                if label == "open" {
                    self.data_changed();
                    self.panes.inbox.detail_replies = self.db.replies_of(ids[0])?;
                    return Ok(());
                }
                let what = match &change {
                    MessageChange::Status(MessageStatus::Done) => "Marked done".to_string(),
                    MessageChange::Status(status) => format!("Set to {status}"),
                    MessageChange::Priority(priority) => format!("Priority {priority}"),
                    MessageChange::Sentiment(sentiment) => format!(
                        "Sentiment corrected to {sentiment} (the automatic guess is kept apart)"
                    ),
                    MessageChange::Snooze(_) | MessageChange::Person(_) => "Changed".to_string(),
                };
                let count = if ids.len() > 1 {
                    format!(" ({} messages)", ids.len())
                } else {
                    String::new()
                };
                self.inbox_changed(format!("{what}{count}"), label, App::messages_undo(records));
            }
            InboxRequest::OpenReply(id) => {
                let Some(row) = self.db.messages_by_ids(&[id])?.into_iter().next() else {
                    return Ok(());
                };
                let vars = Variables {
                    name: row.person.as_ref().map_or_else(
                        || row.author.line().trim_start_matches('@').to_string(),
                        |person| person.line(),
                    ),
                    channel: row.network.to_string(),
                    today: self.clock.today().format("%d/%m/%Y").to_string(),
                };
                let mut library = self.db.saved_replies()?;
                if let Some(crisis) = self.db.open_crisis()? {
                    library.extend(crisis.statements.into_iter().enumerate().map(
                        |(i, (title, body))| crate::db::inbox_actions::SavedReply {
                            id: -1 - i as i64,
                            name: format!("Crisis: {title}"),
                            body,
                        },
                    ));
                }
                self.panes.inbox.reply = Some(ReplyEditor::new(
                    id,
                    row.author.line(),
                    library,
                    vars,
                    row.suggested_reply.clone(),
                ));
            }
            InboxRequest::SendReply { id, body } => {
                let records = self.db.message_records(&[id])?;
                let first = records
                    .first()
                    .is_some_and(|r| r.first_response_at.is_none());
                let reply = self.db.record_reply(id, &body, now)?;
                let waited = self
                    .db
                    .messages_by_ids(&[id])?
                    .first()
                    .map(|row| (now - row.received_at).num_minutes())
                    .unwrap_or(0);
                let note = if first {
                    format!(
                        " — first response after {}",
                        crate::clock::short_age(now - Duration::minutes(waited), now)
                    )
                } else {
                    String::new()
                };
                self.inbox_changed(
                    format!("Reply recorded{note}; post it on the network yourself"),
                    "reply",
                    UndoAction::Messages {
                        restore: records,
                        replies: vec![reply],
                        messages: Vec::new(),
                        people: Vec::new(),
                    },
                );
            }
            InboxRequest::SnoozeMessages { ids, choice } => {
                let today = self.clock.today();
                let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default();
                let until = match choice {
                    SnoozeChoice::OneHour => now + Duration::hours(1),
                    SnoozeChoice::TomorrowNine => self
                        .clock
                        .to_utc((today + Duration::days(1)).and_time(nine)),
                    SnoozeChoice::NextMondayNine => {
                        let days = 7 - i64::from(today.weekday().num_days_from_monday());
                        self.clock
                            .to_utc((today + Duration::days(days)).and_time(nine))
                    }
                    SnoozeChoice::At(text) => {
                        match chrono::NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%d %H:%M") {
                            Ok(local) if self.clock.to_utc(local) > now => self.clock.to_utc(local),
                            Ok(_) => {
                                self.inbox_form_errors(&[(
                                    "at",
                                    "that time has already passed".into(),
                                )]);
                                return Ok(());
                            }
                            Err(_) => {
                                self.inbox_form_errors(&[(
                                    "at",
                                    format!(
                                        "“{}” is not a time; write it as YYYY-MM-DD HH:MM",
                                        text.trim()
                                    ),
                                )]);
                                return Ok(());
                            }
                        }
                    }
                };
                let records = self.db.message_records(&ids)?;
                self.db
                    .change_messages(&ids, &MessageChange::Snooze(until))?;
                let when = self.clock.local(until).format("%a %d %b %H:%M");
                self.inbox_changed(
                    format!("Snoozed until {when}"),
                    "snooze",
                    App::messages_undo(records),
                );
            }
            InboxRequest::OpenLinkPerson(ids) => {
                let rows = self.db.messages_by_ids(&ids)?;
                let Some(first) = rows.first() else {
                    return Ok(());
                };
                let people = self.db.people_names()?;
                let suggested = first.person_id.or(self
                    .db
                    .person_by_handle(first.network, first.author.raw())?);
                self.panes.inbox.form = Some(InboxForm::link_person(
                    ids,
                    &people,
                    suggested,
                    &first.author.line(),
                ));
            }
            InboxRequest::LinkPerson {
                ids,
                person,
                name,
                role,
            } => {
                let records = self.db.message_records(&ids)?;
                match person {
                    Some(person) => {
                        self.db
                            .change_messages(&ids, &MessageChange::Person(person))?;
                        self.inbox_changed(
                            "Linked to the person".into(),
                            "link",
                            App::messages_undo(records),
                        );
                    }
                    None if name.trim().is_empty() => {
                        self.inbox_form_errors(&[("name", "give the new person a name".into())])
                    }
                    None => {
                        let rows = self.db.messages_by_ids(&ids)?;
                        let Some(first) = rows.first() else {
                            return Ok(());
                        };
                        let person = self.db.create_person_for(
                            name.trim(),
                            role,
                            first.network,
                            first.author.raw(),
                            &ids,
                            now,
                        )?;
                        self.inbox_changed(
                            format!("Added {} to Prescriptors as {role} and linked", name.trim()),
                            "new person",
                            UndoAction::Messages {
                                restore: records,
                                replies: Vec::new(),
                                messages: Vec::new(),
                                people: vec![person],
                            },
                        );
                    }
                }
            }
            InboxRequest::OpenMessageFilter => {
                let channels: Vec<(i64, String)> = self
                    .db
                    .channels()?
                    .iter()
                    .map(|c| (c.id, c.label()))
                    .collect();
                let people = self.db.people_names()?;
                self.panes.inbox.form = Some(InboxForm::filter(
                    &channels,
                    &people,
                    &self.panes.inbox.filter,
                ));
            }
            InboxRequest::OpenNewMessage => {
                let channels: Vec<(i64, String)> = self
                    .db
                    .channels()?
                    .iter()
                    .map(|c| (c.id, c.label()))
                    .collect();
                self.panes.inbox.form = Some(InboxForm::new_message(&channels));
            }
            InboxRequest::AddMessage {
                channel_id,
                kind,
                author,
                body,
                received,
            } => {
                let mut errors = Vec::new();
                if channel_id.is_none() {
                    errors.push(("channel", "choose the channel it came from".to_string()));
                }
                if author.trim().is_empty() {
                    errors.push(("author", "say who sent it".to_string()));
                }
                if body.trim().is_empty() {
                    errors.push(("body", "the message has no text".to_string()));
                }
                let received_at = match received.trim() {
                    "" => Some(now),
                    text => match chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M") {
                        Ok(local) => Some(self.clock.to_utc(local)),
                        Err(_) => {
                            errors.push((
                                "received",
                                format!("“{text}” is not a time; write it as YYYY-MM-DD HH:MM"),
                            ));
                            None
                        }
                    },
                };
                let (Some(channel_id), Some(received_at)) = (channel_id, received_at) else {
                    self.inbox_form_errors(&errors);
                    return Ok(());
                };
                if !errors.is_empty() {
                    self.inbox_form_errors(&errors);
                    return Ok(());
                }
                let mut message = NewMessage {
                    channel_id,
                    kind,
                    external_id: None,
                    author: author.trim().to_string(),
                    person_id: None,
                    body: body.trim().to_string(),
                    received_at,
                    status: MessageStatus::New,
                    snoozed_until: None,
                    first_response_at: None,
                    sentiment_auto: None,
                    sentiment: None,
                    priority: Priority::Normal,
                    rule: None,
                    suggested_reply: None,
                };
                self.prepare_message(&mut message)?;
                let id = self.db.insert_message(&message)?;
                let rule = message
                    .rule
                    .as_deref()
                    .map(|r| format!(" (rule: {r})"))
                    .unwrap_or_default();
                self.inbox_changed(
                    format!("Added the message{rule}"),
                    "new message",
                    UndoAction::Messages {
                        restore: Vec::new(),
                        replies: Vec::new(),
                        messages: vec![id],
                        people: Vec::new(),
                    },
                );
            }
            InboxRequest::OpenLibrary => self.open_library()?,
            InboxRequest::SaveSavedReply { id, name, body } => {
                self.save_saved_reply(id, &name, &body)?
            }
            InboxRequest::DeleteSavedReply(id) => self.delete_saved_reply(id)?,
            InboxRequest::LoadReplies(id) => {
                self.panes.inbox.detail_replies = self.db.replies_of(id)?
            }
        }
        Ok(())
    }

    /// What happens to every message on arrival: the automatic sentiment, then the triage rules.
    pub(super) fn prepare_message(&self, message: &mut NewMessage) -> Result<(), DbError> {
        crate::import::arrival::prepare(message, &self.db.channels()?, &self.inbox_rules);
        Ok(())
    }
}
