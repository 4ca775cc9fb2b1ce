//! The Inbox pane: the queue in its views and order, the rows marked for a bulk action, the
//! reply editor, the saved-replies library and the small forms. Keys become requests; the data
//! the app reads for them comes back through [`InboxPane::receive`], and the pane builds its
//! forms and editor from it.
//!
//! Answering a message with a saved reply, traced from key to SQL: every file of `src/` whose
//! code runs on the way, shared routing included (12):
//! 1. `keymap/defaults.rs` — `r` is `reply` in the Inbox, `ctrl-t` is `insert_saved_reply` and
//!    `ctrl-s` is `save` in the editor, `enter` is `open` in the picker.
//! 2. `keymap.rs` — reads a key in the scopes of the layer in force and gives its command.
//! 3. `command.rs` — the commands themselves (`Reply`, `InsertSavedReply`, `Save`, `Open`).
//! 4. `app/keys.rs` — `App::key` derives the layer; a list key goes to `dispatch` →
//!    `Panes::handle`, an editor or picker key to `inbox_key`; `after` → `perform` routes the
//!    request to `perform_inbox`.
//! 5. `panes/mod.rs` — `Panes::handle` sends the command to this pane; `Request::Inbox`.
//! 6. `panes/inbox/mod.rs` — `InboxPane::handle(Reply)` asks `OpenReply(id)` for the selected
//!    row; `receive` opens the editor; `form_key` passes editor keys on and turns a saved text
//!    into `SendReply`.
//! 7. `panes/list.rs` — the selected row of the queue.
//! 8. `panes/inbox/request.rs` — `InboxRequest::OpenReply` / `SendReply` and
//!    `InboxData::ReplyLibrary`.
//! 9. `panes/inbox/reply.rs` — `ReplyEditor::answering` builds the editor and its placeholder
//!    values; `ctrl-t` opens the search, `enter` inserts the filled reply, `ctrl-s` sends.
//! 10. `app/inbox.rs` — reads the library for `OpenReply` and hands it back; records the reply
//!     for `SendReply` with its undo and message.
//! 11. `db/inbox_actions.rs` — `saved_replies`, `holding_statements`, `message_records`,
//!     `record_reply` and `received_at`, each with its SQL statement inline.
//! 12. `domain/inbox.rs` — `SavedReply`, the type the database stores and the editor offers.
//!
//! Eight of them (1, 3, 6, 8–12) hold code of this feature; the other four are the key map, the
//! routing and the list every pane shares.

mod forms;
mod library;
mod reply;
mod reply_view;
mod request;
mod triage_rules;
#[cfg(test)]
mod triage_rules_tests;
mod view;
mod view_strategy;
#[cfg(test)]
mod view_tests;

pub use forms::{InboxForm, InboxFormOutcome, InboxFormPurpose};
pub use library::Library;
pub use reply::{Group, Picker, ReplyEditor, ReplyOutcome, Variables, fill, fit};
pub use request::{InboxData, InboxRequest, LinkTo};
pub use triage_rules::TriageRuleEntry;
pub use view::InboxPaneView;

use super::form::Form;
use super::list::ListPane;
use super::{Context, Outcome, StrategyFace};
use crate::analytics::response::ServiceLevel;
use crate::command::Command;
use crate::domain::inbox::{InboxQuery, InboxView, MessageChange, MessageFilter};
use crate::domain::rows::MessageRow;
use crate::domain::strategy::InboxStrategy;
use crate::domain::{MessageStatus, Sentiment};
use crate::i18n::Lang;
use crate::keymap::{Input, Layer};
use chrono::{DateTime, Utc};
use library::LibraryKey;
use std::collections::BTreeSet;

/// The Inbox pane.
#[derive(Debug, Clone, Default)]
pub struct InboxPane {
    /// The messages of the current view.
    queue: ListPane<MessageRow>,
    /// Which messages are listed.
    view: InboxView,
    /// Newest first instead of oldest first.
    newest_first: bool,
    /// The channel / sentiment / person filter.
    filter: MessageFilter,
    /// The filter, described for the title.
    filter_label: String,
    /// Messages marked for a bulk action.
    marked: BTreeSet<i64>,
    /// The open form.
    form: Option<InboxForm>,
    /// The reply being written.
    reply: Option<ReplyEditor>,
    /// The saved replies library, when open.
    library: Option<Library>,
    /// Replies recorded for the message open in detail.
    detail_replies: Vec<(DateTime<Utc>, String)>,
    /// Response-time target, tone and escalation.
    strategy: StrategyFace<InboxStrategy>,
    /// The triage rules listed on the strategy face.
    triage_rules: triage_rules::TriageRules,
    /// How many rows fit on screen.
    page_height: usize,
    /// The response-time target and business hours messages are measured against.
    service: ServiceLevel,
    /// The language its forms, questions and messages are written in, as the app last said.
    lang: Lang,
}

impl InboxPane {
    /// The modal layer of the pane: the reply editor (or its saved-reply search), a form, the
    /// filter being typed, or the queue.
    pub fn layer(&self) -> Layer {
        match (&self.reply, &self.form) {
            (Some(reply), _) => reply.layer(),
            (None, Some(_)) => Layer::Form,
            (None, None) if self.queue.is_typing() => Layer::Filter,
            (None, None) => Layer::List,
        }
    }

    /// The messages an action applies to: the marked ones, or else the selected one.
    pub fn targets(&self) -> Vec<i64> {
        if self.marked.is_empty() {
            self.queue
                .selected_row()
                .map(|row| vec![row.id])
                .unwrap_or_default()
        } else {
            self.marked.iter().copied().collect()
        }
    }

    /// Writes its forms, questions and messages in `lang` from now on.
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// "Select a message first." in the pane's language.
    fn select_first(&self) -> Outcome<InboxRequest> {
        Outcome::Message(self.lang.text("inbox-select-first"))
    }

    fn restart(&mut self) {
        self.queue = ListPane::default();
        self.queue.set_height(self.page_height);
        self.marked.clear();
    }

    /// Forgets loaded rows so they are read again (marks stay: the same messages are meant).
    pub fn invalidate(&mut self) {
        self.queue.invalidate();
        self.strategy.invalidate();
    }

    fn change(
        &self,
        change: impl Fn(&MessageRow) -> MessageChange,
        label: String,
    ) -> Outcome<InboxRequest> {
        let Some(row) = self.queue.selected_row() else {
            return self.select_first();
        };
        Outcome::Request(InboxRequest::ChangeMessages {
            ids: self.targets(),
            change: change(row),
            label,
        })
    }

    /// Handles the inbox's commands in its execution face.
    pub fn handle(&mut self, command: Command) -> Outcome<InboxRequest> {
        let lang = self.lang;
        if let Some(library) = self.library.as_mut() {
            return match library.handle(command, lang) {
                LibraryKey::Outcome(outcome) => outcome,
                LibraryKey::Close => {
                    self.library = None;
                    Outcome::Handled
                }
                LibraryKey::Form(form) => {
                    self.form = Some(form);
                    Outcome::Handled
                }
            };
        }
        match command {
            Command::Reply => match self.queue.selected_row() {
                Some(row) => return Outcome::Request(InboxRequest::OpenReply(row.id)),
                None => return self.select_first(),
            },
            Command::MarkDone => {
                return self.change(
                    |_| MessageChange::Status(MessageStatus::Done),
                    lang.text("inbox-undo-mark-done"),
                );
            }
            Command::Escalate => {
                return self.change(
                    |_| MessageChange::Status(MessageStatus::Escalated),
                    lang.text("inbox-undo-escalate"),
                );
            }
            Command::CyclePriority => {
                return self.change(
                    |row| MessageChange::Priority(row.priority.next()),
                    lang.text("inbox-undo-priority"),
                );
            }
            Command::CorrectSentiment => {
                return self.change(
                    |row| {
                        MessageChange::Sentiment(
                            row.sentiment.map_or(Sentiment::Positive, Sentiment::next),
                        )
                    },
                    lang.text("inbox-undo-sentiment"),
                );
            }
            Command::Snooze => {
                if self.queue.selected_row().is_none() {
                    return self.select_first();
                }
                self.form = Some(InboxForm::snooze(self.targets(), lang));
            }
            Command::LinkPerson => {
                if self.queue.selected_row().is_none() {
                    return self.select_first();
                }
                return Outcome::Request(InboxRequest::LoadLinkChoices(self.targets()));
            }
            Command::ToggleMark => {
                if let Some(id) = self.queue.selected_row().map(|row| row.id)
                    && !self.marked.remove(&id)
                {
                    self.marked.insert(id);
                }
                self.queue.handle::<InboxRequest>(Command::Down);
            }
            Command::CycleView => {
                self.view = self.view.next();
                self.restart();
            }
            Command::ToggleOrder => {
                self.newest_first = !self.newest_first;
                self.restart();
            }
            Command::FilterMessages => return Outcome::Request(InboxRequest::LoadFilterChoices),
            Command::New => return Outcome::Request(InboxRequest::LoadChannels),
            Command::SavedReplies => return Outcome::Request(InboxRequest::LoadLibrary),
            Command::Open => {
                let outcome = self.queue.handle(command);
                if let Some(row) = self.queue.selected_row() {
                    let id = row.id;
                    if row.status == MessageStatus::New {
                        return Outcome::Request(InboxRequest::MarkOpened(id));
                    }
                    return Outcome::Request(InboxRequest::LoadReplies(id));
                }
                return outcome;
            }
            Command::Back
                if !self.marked.is_empty() && !self.queue.detail && self.queue.filter.is_none() =>
            {
                self.marked.clear()
            }
            _ => return self.queue.handle(command),
        }
        Outcome::Handled
    }

    /// Applies a chosen filter and starts the list again.
    fn set_filter(&mut self, filter: MessageFilter, label: String) {
        self.filter = filter;
        self.filter_label = label;
        self.restart();
    }

    /// Sends a key to the open reply editor or form: editing stays here, a saved reply or form
    /// becomes a request (checked first: a mistake stays on the form), cancel closes.
    pub fn form_key(&mut self, input: Input, ctx: &Context) -> Outcome<InboxRequest> {
        self.lang = ctx.lang;
        if let Some(reply) = self.reply.as_mut() {
            return match reply.handle_key(input) {
                ReplyOutcome::Open => Outcome::Handled,
                ReplyOutcome::Cancel => {
                    self.reply = None;
                    Outcome::Handled
                }
                ReplyOutcome::Send(body) => Outcome::Request(InboxRequest::SendReply {
                    id: reply.message_id,
                    body,
                }),
            };
        }
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        let library = self.library.as_ref().map_or(&[][..], Library::replies);
        match form.handle_key(input, &ctx.clock, library) {
            InboxFormOutcome::Open => Outcome::Handled,
            InboxFormOutcome::Closed => {
                self.form = None;
                Outcome::Handled
            }
            InboxFormOutcome::Filtered(filter, label) => {
                self.form = None;
                self.set_filter(filter, label);
                Outcome::Handled
            }
            InboxFormOutcome::Submit(request) => Outcome::Request(request),
        }
    }

    /// Takes what the app read or did for a request: opens the form or editor it was for,
    /// shows what was read, closes the form after a save, or shows why a save was refused.
    pub fn receive(&mut self, data: InboxData, ctx: &Context) {
        self.lang = ctx.lang;
        let lang = ctx.lang;
        match data {
            InboxData::ReplyLibrary {
                message_id,
                replies,
                statements,
            } => {
                let message = self
                    .queue
                    .selected_row()
                    .filter(|row| row.id == message_id)
                    .or_else(|| {
                        self.queue
                            .visible()
                            .map(|(_, row)| row)
                            .find(|row| row.id == message_id)
                    });
                if let Some(message) = message {
                    let today = ctx.clock.today();
                    self.reply = Some(
                        ReplyEditor::answering(message, replies, statements, today).speaking(lang),
                    );
                }
            }
            InboxData::LinkChoices {
                ids,
                people,
                suggested,
                author,
            } => {
                self.form = Some(InboxForm::link_person(
                    ids, &people, suggested, &author, lang,
                ))
            }
            InboxData::FilterChoices { channels, people } => {
                self.form = Some(InboxForm::filter(&channels, &people, &self.filter, lang))
            }
            InboxData::Channels(channels) => {
                self.form = Some(InboxForm::new_message(&channels, lang))
            }
            InboxData::Library(replies) => self.library = Some(Library::new(replies)),
            InboxData::Replies(replies) => self.detail_replies = replies,
            InboxData::Strategy(data) => self.strategy.show(data),
            InboxData::TriageRules(entries) => self.triage_rules.show(entries),
            InboxData::TriageRuleToEdit { id, rule } => {
                self.form = Some(InboxForm::triage_rule(id, rule.as_ref(), lang))
            }
            InboxData::Saved => {
                self.form = None;
                self.reply = None;
                self.marked.clear();
            }
            InboxData::Refused(errors) => {
                if let Some(form) = self.form.as_mut() {
                    form.set_errors(&errors);
                }
            }
        }
    }

    /// Tells the queue how many rows fit on screen.
    pub fn set_height(&mut self, height: usize) {
        self.page_height = height;
        self.queue.set_height(height);
    }

    /// Sets the response-time target and business hours messages are measured against.
    pub fn set_service(&mut self, service: ServiceLevel) {
        self.service = service;
    }

    /// The response-time target and business hours messages are measured against.
    pub fn service(&self) -> ServiceLevel {
        self.service
    }

    /// What the queue shows at `now`: its view, order and filter.
    pub fn query(&self, now: DateTime<Utc>) -> InboxQuery {
        InboxQuery {
            now,
            view: self.view,
            newest_first: self.newest_first,
            filter: self.filter,
        }
    }

    /// The strategy face: response targets, tone and escalation.
    pub fn strategy(&self) -> &StrategyFace<InboxStrategy> {
        &self.strategy
    }

    /// The queue of messages.
    pub fn queue(&self) -> &ListPane<MessageRow> {
        &self.queue
    }

    /// The queue, for the app to serve its pages and for the filter being typed.
    pub fn queue_mut(&mut self) -> &mut ListPane<MessageRow> {
        &mut self.queue
    }

    /// The reply being written, when the editor is open.
    pub fn reply(&self) -> Option<&ReplyEditor> {
        self.reply.as_ref()
    }

    /// The fields of the open form.
    pub fn form(&self) -> Option<&Form> {
        self.form.as_ref().map(InboxForm::form)
    }
}

#[cfg(test)]
mod tests;
