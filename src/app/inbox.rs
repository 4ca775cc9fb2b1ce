//! Carries out the inbox's requests: reads what its forms and reply editor need and hands it to
//! the pane; stores state changes in bulk, replies with their first response time, snoozes,
//! links to people, messages typed by hand (with sentiment and triage rules) — each one
//! transaction with its undo, each failure a message.

use super::{App, Undo};
use crate::db::DbError;
use crate::db::undo_rows::{RowImage, Table};
use crate::domain::inbox::{MessageChange, NewMessage};
use crate::domain::{MessageStatus, Priority};
use crate::i18n::{self, Arg};
use crate::keymap::Input;
use crate::panes::inbox::{InboxData, LinkTo};
use crate::panes::{InboxRequest, Request};
use chrono::Duration;

impl App {
    /// Hands the inbox pane what was read or done for it.
    pub(super) fn inbox_receive(&mut self, data: InboxData) {
        let ctx = self.context();
        self.panes.inbox.receive(data, &ctx);
    }

    /// Sends a key to the open reply editor or inbox form, and carries out what it asks.
    pub(super) fn inbox_key(&mut self, input: Input) {
        let ctx = self.context();
        let outcome = self.panes.inbox.form_key(input, &ctx);
        self.after(outcome.map(Request::Inbox));
    }

    pub(super) fn inbox_changed(&mut self, message: String, undo: Undo) {
        self.message = Some(format!("{message}{}", self.undoes()));
        self.record(undo);
        self.inbox_receive(InboxData::Saved);
        self.data_changed();
    }

    pub(super) fn perform_inbox(&mut self, request: InboxRequest) {
        if let Err(error) = self.try_inbox(request) {
            self.message = Some(self.lang.text_with(
                "app-nothing-changed-because",
                &[("error", Arg::Text(&error.to_string()))],
            ));
        }
    }

    /// The messages `ids` as they stand, kept whole to put back on undo.
    fn message_images(&self, ids: &[i64]) -> Result<Vec<RowImage>, DbError> {
        let keys: Vec<(Table, i64)> = ids.iter().map(|id| (Table::Messages, *id)).collect();
        self.db.row_images(&keys)
    }

    fn try_inbox(&mut self, request: InboxRequest) -> Result<(), DbError> {
        let lang = self.lang;
        match request {
            InboxRequest::TriageRuleToEdit(id) => self.open_triage_rule_form(id)?,
            InboxRequest::SaveTriageRule { id, rule } => self.save_triage_rule(id, rule)?,
            InboxRequest::DeleteTriageRule(id) => self.delete_triage_rule(id)?,
            InboxRequest::ChangeMessages { ids, change, label } => {
                let before = self.message_images(&ids)?;
                self.db.change_messages(&ids, &change)?;
                let what = match &change {
                    MessageChange::Status(MessageStatus::Done) => lang.text("inbox-marked-done"),
                    MessageChange::Status(status) => {
                        lang.text_with("inbox-set-to", &[("status", Arg::Text(&status.word(lang)))])
                    }
                    MessageChange::Priority(priority) => lang.text_with(
                        "inbox-priority-set",
                        &[("priority", Arg::Text(&priority.word(lang)))],
                    ),
                    MessageChange::Sentiment(sentiment) => lang.text_with(
                        "inbox-sentiment-set",
                        &[("sentiment", Arg::Text(&sentiment.word(lang)))],
                    ),
                    MessageChange::Snooze(_) | MessageChange::Person(_) => {
                        lang.text("inbox-changed")
                    }
                };
                let count = if ids.len() > 1 {
                    let n = ids.len() as i64;
                    let messages = lang.text_with(
                        "inbox-messages-count",
                        &[
                            ("count", Arg::Count(n)),
                            ("shown", Arg::Text(&i18n::count(lang, n))),
                        ],
                    );
                    format!(" ({messages})")
                } else {
                    String::new()
                };
                self.inbox_changed(
                    format!("{what}{count}"),
                    Undo::rows(label, before, Vec::new()),
                );
            }
            InboxRequest::MarkOpened(id) => {
                self.db
                    .change_messages(&[id], &MessageChange::Status(MessageStatus::Open))?;
                self.data_changed();
                let replies = self.db.replies_of(id)?;
                self.inbox_receive(InboxData::Replies(replies));
            }
            InboxRequest::OpenReply(message_id) => {
                let replies = self.db.saved_replies()?;
                let statements = self.db.holding_statements()?;
                self.inbox_receive(InboxData::ReplyLibrary {
                    message_id,
                    replies,
                    statements,
                });
            }
            InboxRequest::SendReply { id, body } => self.send_reply(id, &body)?,
            InboxRequest::SnoozeMessages { ids, until } => {
                let before = self.message_images(&ids)?;
                self.db
                    .change_messages(&ids, &MessageChange::Snooze(until))?;
                let when = i18n::dated(lang, self.clock.local(until), "%a %d %b %H:%M");
                self.inbox_changed(
                    lang.text_with("inbox-snoozed-until", &[("when", Arg::Text(&when))]),
                    Undo::rows(lang.text("inbox-undo-snooze"), before, Vec::new()),
                );
            }
            InboxRequest::LoadLinkChoices(ids) => {
                let rows = self.db.messages_by_ids(&ids)?;
                let Some(first) = rows.first() else {
                    return Ok(());
                };
                let people = self.db.people_names()?;
                let suggested = first.person_id.or(self
                    .db
                    .person_by_handle(first.network, first.author.raw())?);
                let author = first.author.line();
                self.inbox_receive(InboxData::LinkChoices {
                    ids,
                    people,
                    suggested,
                    author,
                });
            }
            InboxRequest::LinkPerson { ids, to } => self.link_person(ids, to)?,
            InboxRequest::LoadFilterChoices => {
                let channels = self.channel_labels()?;
                let people = self.db.people_names()?;
                self.inbox_receive(InboxData::FilterChoices { channels, people });
            }
            InboxRequest::LoadChannels => {
                let channels = self.channel_labels()?;
                self.inbox_receive(InboxData::Channels(channels));
            }
            InboxRequest::AddMessage {
                channel_id,
                kind,
                author,
                body,
                received_at,
            } => {
                let mut message = NewMessage {
                    channel_id,
                    kind,
                    external_id: None,
                    author,
                    person_id: None,
                    body,
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
                let added = match message.rule.as_deref() {
                    Some(rule) => {
                        lang.text_with("inbox-added-message-rule", &[("rule", Arg::Text(rule))])
                    }
                    None => lang.text("inbox-added-message"),
                };
                self.inbox_changed(
                    added,
                    Undo::rows(
                        lang.text("inbox-undo-new-message"),
                        Vec::new(),
                        vec![(Table::Messages, id)],
                    ),
                );
            }
            InboxRequest::LoadLibrary => self.open_library()?,
            InboxRequest::SaveSavedReply { id, name, body } => {
                self.save_saved_reply(id, &name, &body)?
            }
            InboxRequest::DeleteSavedReply(id) => self.delete_saved_reply(id)?,
            InboxRequest::LoadReplies(id) => {
                let replies = self.db.replies_of(id)?;
                self.inbox_receive(InboxData::Replies(replies));
            }
        }
        Ok(())
    }

    /// Every channel as (id, label), for the forms that choose one.
    fn channel_labels(&self) -> Result<Vec<(i64, String)>, DbError> {
        Ok(self
            .db
            .channels()?
            .iter()
            .map(|c| (c.id, c.label()))
            .collect())
    }

    /// Records a reply, saying how long the message waited when it is the first.
    fn send_reply(&mut self, id: i64, body: &str) -> Result<(), DbError> {
        let now = self.clock.now;
        let records = self.db.message_records(&[id])?;
        let before = self.message_images(&[id])?;
        let first = records
            .first()
            .is_some_and(|r| r.first_response_at.is_none());
        let reply = self.db.record_reply(id, body, now)?;
        let waited = self
            .db
            .received_at(id)?
            .map(|received| (now - received).num_minutes())
            .unwrap_or(0);
        let lang = self.lang;
        let recorded = if first {
            let after = i18n::age(lang, now - Duration::minutes(waited), now);
            lang.text_with(
                "inbox-reply-recorded-first",
                &[("after", Arg::Text(&after))],
            )
        } else {
            lang.text("inbox-reply-recorded")
        };
        self.inbox_changed(
            recorded,
            Undo::rows(
                lang.text("inbox-undo-reply"),
                before,
                vec![(Table::Replies, reply)],
            ),
        );
        Ok(())
    }

    /// Links the senders to an existing person, or to a new one added to Prescriptors.
    fn link_person(&mut self, ids: Vec<i64>, to: LinkTo) -> Result<(), DbError> {
        let before = self.message_images(&ids)?;
        let lang = self.lang;
        match to {
            LinkTo::Person(person) => {
                self.db
                    .change_messages(&ids, &MessageChange::Person(person))?;
                self.inbox_changed(
                    lang.text("inbox-linked"),
                    Undo::rows(lang.text("inbox-undo-link"), before, Vec::new()),
                );
            }
            LinkTo::NewPerson { name, role } => {
                let rows = self.db.messages_by_ids(&ids)?;
                let Some(first) = rows.first() else {
                    return Ok(());
                };
                let now = self.clock.now;
                let person = self.db.create_person_for(
                    &name,
                    role,
                    first.network,
                    first.author.raw(),
                    &ids,
                    now,
                )?;
                self.inbox_changed(
                    lang.text_with(
                        "inbox-linked-new-person",
                        &[
                            ("name", Arg::Text(&name)),
                            ("role", Arg::Text(&role.word(lang))),
                        ],
                    ),
                    Undo::rows(
                        lang.text("inbox-undo-new-person"),
                        before,
                        vec![(Table::People, person)],
                    ),
                );
            }
        }
        Ok(())
    }

    /// What happens to every message on arrival: the automatic sentiment, then the triage rules.
    pub(super) fn prepare_message(&self, message: &mut NewMessage) -> Result<(), DbError> {
        let rules = self.triage_rules_in_force()?;
        crate::import::arrival::prepare(message, &self.db.channels()?, &rules, &self.sentiment);
        Ok(())
    }
}
